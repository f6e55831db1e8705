/**
 * A lock the test holds on a table from a connection of its own, to stop a server at a known point of its work
 * (its next write to that table waits), instead of hoping a sleep lands in the middle.
 */
import pg from "pg";

export interface HeldLock {
  release(): Promise<void>;
}

export async function holdTableLock(url: string, table: string, mode: "SHARE" | "ACCESS EXCLUSIVE"): Promise<HeldLock> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("BEGIN");
  await client.query(`LOCK TABLE ${table} IN ${mode} MODE`);
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      await client.query("ROLLBACK").catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}
