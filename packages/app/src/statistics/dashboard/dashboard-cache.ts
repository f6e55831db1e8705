/**
 * The district dashboard is read far more often than its figures change: they change only when the district accepts
 * a report (a new report, or a later revision that supersedes the one in force; a submitted revision's figures are
 * frozen by migration 0013). So the computed dashboard is kept per database handle and month, keyed by a fingerprint
 * of the accepted reports — their number, the sum of their accepted revisions and the latest change — which every
 * acceptance changes. A cache hit costs one small query; a miss recomputes everything from the accepted figures.
 */
import type { TStatDashboard } from "@greenfin/contracts";
import type { Queryable } from "@greenfin/db";

const KEEP = 8;
const memo = new WeakMap<object, Map<string, TStatDashboard>>();

/** Changes whenever the accepted figures can have changed. */
export async function acceptedFingerprint(db: Queryable): Promise<string> {
  const r = await db.query<{ n: string; s: string; at: string | null }>(
    `SELECT count(*)::text AS n, coalesce(sum(accepted_revision), 0)::text AS s, max(updated_at)::text AS at
       FROM stat_reports WHERE accepted_revision IS NOT NULL`,
  );
  const row = r.rows[0]!;
  return `${row.n}/${row.s}/${row.at ?? "-"}`;
}

/** The dashboard for `period` from the cache when the accepted reports have not changed, else computed and kept. */
export async function cachedDashboard(
  db: Queryable,
  period: string | undefined,
  compute: () => Promise<TStatDashboard>,
): Promise<TStatDashboard> {
  const fingerprint = await acceptedFingerprint(db);
  const key = `${fingerprint}|${period ?? "latest"}`;
  const entries = memo.get(db) ?? new Map<string, TStatDashboard>();
  const hit = entries.get(key);
  if (hit) return hit;
  const value = await compute();
  memo.set(db, entries);
  // Entries of an earlier fingerprint are stale for good.
  for (const k of [...entries.keys()]) if (!k.startsWith(`${fingerprint}|`)) entries.delete(k);
  while (entries.size >= KEEP) entries.delete(entries.keys().next().value!);
  entries.set(key, value);
  return value;
}
