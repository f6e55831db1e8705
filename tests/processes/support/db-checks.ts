/** What the tests read back from the database the servers share. */
import type { HttpSession } from "./http-session";
import type { SqlReader } from "./process-database";
import { waitFor } from "./wait-for";

export async function countOf(db: SqlReader, sql: string, params: unknown[] = []): Promise<number> {
  const r = await db.query<{ n: string | number }>(sql, params);
  return Number(r.rows[0]?.n ?? 0);
}

/**
 * The audit chain re-verified from the stored rows (every link and hash intact, nothing missing), by the platform's
 * own verification job, asked for by a district reviewer through a running process.
 */
export async function auditChainReport(district: HttpSession): Promise<{ ok: boolean; breaks: number }> {
  const started = await district.post<{ id: string }>("/api/audit/verify");
  if (started.status !== 200) throw new Error(`audit verification refused: ${JSON.stringify(started.body)}`);
  const job = await waitFor("the audit verification finished", async () => {
    const j = (
      await district.get<{ status: string; result: { ok: boolean; breaks: unknown[] } }>(`/api/jobs/${started.body.id}`)
    ).body;
    return j.status === "succeeded" || j.status === "failed" ? j : null;
  });
  if (job.status !== "succeeded") throw new Error(`audit verification ${job.status}`);
  return { ok: job.result.ok, breaks: job.result.breaks.length };
}

/** The database sessions (backends) of one database that match a condition on pg_stat_activity. */
export async function backends(
  db: SqlReader,
  database: string,
  where: string,
): Promise<{ pid: number; state: string | null; query: string; wait_event_type: string | null }[]> {
  const r = await db.query<{ pid: number; state: string | null; query: string; wait_event_type: string | null }>(
    `SELECT pid, state, query, wait_event_type FROM pg_stat_activity
      WHERE datname = $1 AND pid <> pg_backend_pid() AND (${where})`,
    [database],
  );
  return r.rows;
}
