/**
 * Rules out keys repeated within a file while it streams, so that the import need not group millions of staged rows
 * in SQL to learn there are none. Exact when the file lists each enterprise's rows together, as a utility's export
 * and the form do: it holds the current enterprise's (meter, month, item) keys and the enterprises already passed.
 * A key seen twice, or an enterprise coming back after another, makes it `unsure`, and the staged rows are then
 * checked in SQL (repeatedKeys), which also names the lines. Memory: an entry per enterprise, one enterprise's keys.
 */
export class RepeatGuard {
  /** Set once a repeat may exist among the rows added. */
  unsure = false;
  private current: string | null = null;
  private readonly keys = new Set<string>();
  private readonly passed = new Set<string>();

  add(orgId: string, meter: string, month: string, item: string): void {
    if (this.unsure) return;
    if (orgId !== this.current) {
      if (this.current !== null) this.passed.add(this.current);
      if (this.passed.has(orgId)) {
        this.unsure = true;
        return;
      }
      this.current = orgId;
      this.keys.clear();
    }
    // Month (YYYY-MM) and item (a catalogue code) hold no "|"; the meter, free text, goes last.
    const key = `${month}|${item}|${meter}`;
    if (this.keys.has(key)) this.unsure = true;
    else this.keys.add(key);
  }
}
