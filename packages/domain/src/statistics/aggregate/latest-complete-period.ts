/**
 * The period a dashboard opens on when none is asked for. The newest period with any accepted report is often still
 * under review — a few institutions accepted, the rest submitted or returned — and its totals would show a false fall.
 * So: the newest period in which as many institutions have an accepted report as in any of the newest three. An
 * institution that stops reporting lowers all three alike, so it cannot hold the dashboard back for good.
 *
 * `periods` newest first, `reporters[i]` the institutions with an accepted report for `periods[i]`.
 */
export function latestCompletePeriod(periods: readonly string[], reporters: readonly number[]): string | null {
  if (periods.length !== reporters.length) throw new RangeError("one reporter count per period");
  const recent = reporters.slice(0, 3);
  if (recent.length === 0) return null;
  const most = Math.max(...recent);
  const i = recent.indexOf(most);
  return periods[i] ?? null;
}
