import type { Queryable } from "@greenfin/db";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";

export interface JobRow {
  id: string;
  type: string;
  payload: unknown;
  status: "queued" | "running" | "succeeded" | "failed";
  progress: number;
  message: string | null;
  result: unknown;
  error: string | null;
  attempts: number;
  max_attempts: number;
  org_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export function toJob(j: JobRow) {
  return {
    id: j.id,
    type: j.type,
    status: j.status,
    progress: j.progress,
    message: j.message,
    result: j.result ?? null,
    error: j.error,
    attempts: j.attempts,
    createdAt: j.created_at.toISOString(),
    updatedAt: j.updated_at.toISOString(),
  };
}

/** Queues work inside the caller's transaction, so the job exists exactly when the change does. */
export async function enqueueJob(
  db: Queryable,
  actor: Actor | null,
  type: string,
  payload: unknown,
  options: { maxAttempts?: number } = {},
) {
  const r = await db.query<JobRow>(
    "INSERT INTO jobs (type, payload, org_id, created_by, max_attempts) VALUES ($1,$2::jsonb,$3,$4,$5) RETURNING *",
    [type, JSON.stringify(payload ?? {}), actor?.orgId ?? null, actor?.userId ?? null, options.maxAttempts ?? 3],
  );
  return toJob(r.rows[0]!);
}

/** A job is visible to the organisation that started it (and to the district). */
export async function getJob(p: Platform, actor: Actor, jobId: string) {
  const r = await p.db.query<JobRow>("SELECT * FROM jobs WHERE id = $1", [jobId]);
  const j = r.rows[0];
  if (!j || (j.org_id !== actor.orgId && actor.orgKind !== "district")) throw AppError.notFound("job");
  return toJob(j);
}

/**
 * Claims the oldest runnable job: a queued one that is due, or a running one whose worker's lease
 * ran out (the process died). SKIP LOCKED lets several workers claim at once without doubling up.
 */
export async function claimJob(
  db: Queryable,
  workerId: string,
  leaseMs: number,
  types: string[],
): Promise<JobRow | null> {
  const r = await db.query<JobRow>(
    `UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = $1,
            locked_until = now() + ($2 || ' milliseconds')::interval, updated_at = now()
      WHERE id = (
        SELECT id FROM jobs
         WHERE type = ANY($3) AND ((status = 'queued' AND run_after <= now()) OR (status = 'running' AND locked_until < now()))
         ORDER BY created_at FOR UPDATE SKIP LOCKED LIMIT 1)
      RETURNING *`,
    [workerId, String(leaseMs), types],
  );
  return r.rows[0] ?? null;
}

/**
 * Claims one named job that is still queued, whether or not it is due, waiting for (not skipping) a lock on it:
 * for callers that must run a job they just queued (the demo seeder, tests) without racing the poller's
 * SKIP LOCKED claim, which may pass over a row another transaction briefly holds.
 */
export async function claimJobById(
  db: Queryable,
  jobId: string,
  workerId: string,
  leaseMs: number,
): Promise<JobRow | null> {
  const r = await db.query<JobRow>(
    `UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = $2,
            locked_until = now() + ($3 || ' milliseconds')::interval, updated_at = now()
      WHERE id = $1 AND status = 'queued'
      RETURNING *`,
    [jobId, workerId, String(leaseMs)],
  );
  return r.rows[0] ?? null;
}

/** Records progress and extends the lease; false when the job is no longer this worker's. */
export async function reportProgress(
  db: Queryable,
  jobId: string,
  workerId: string,
  leaseMs: number,
  progress: number,
  message: string | null,
): Promise<boolean> {
  const r = await db.query(
    `UPDATE jobs SET progress = $3, message = $4, locked_until = now() + ($5 || ' milliseconds')::interval, updated_at = now()
      WHERE id = $1 AND locked_by = $2 AND status = 'running'`,
    [jobId, workerId, Math.max(0, Math.min(1, progress)), message, String(leaseMs)],
  );
  return r.rowCount > 0;
}

/** Extends the lease of a job this worker still holds; false when it is no longer this worker's. */
export async function renewLease(db: Queryable, jobId: string, workerId: string, leaseMs: number): Promise<boolean> {
  const r = await db.query(
    `UPDATE jobs SET locked_until = now() + ($3 || ' milliseconds')::interval
      WHERE id = $1 AND locked_by = $2 AND status = 'running'`,
    [jobId, workerId, String(leaseMs)],
  );
  return r.rowCount > 0;
}

export async function completeJob(db: Queryable, jobId: string, workerId: string, result: unknown): Promise<void> {
  await db.query(
    `UPDATE jobs SET status = 'succeeded', progress = 1, result = $3::jsonb, locked_by = NULL, locked_until = NULL,
            error = NULL, updated_at = now() WHERE id = $1 AND locked_by = $2`,
    [jobId, workerId, JSON.stringify(result ?? null)],
  );
}

/** A failed attempt is retried with backoff until max_attempts, then the job is marked failed. */
export async function failJob(db: Queryable, job: JobRow, workerId: string, error: string): Promise<void> {
  const final = job.attempts >= job.max_attempts;
  await db.query(
    `UPDATE jobs SET status = $3, error = $4, locked_by = NULL, locked_until = NULL, updated_at = now(),
            run_after = now() + ($5 || ' milliseconds')::interval WHERE id = $1 AND locked_by = $2`,
    [job.id, workerId, final ? "failed" : "queued", error.slice(0, 2000), String(1000 * 2 ** job.attempts)],
  );
}

/** A job its worker gave back unfinished (stopping): queued again at once, the attempt not counted. */
export async function requeueJob(db: Queryable, jobId: string, workerId: string): Promise<void> {
  await db.query(
    `UPDATE jobs SET status = 'queued', attempts = greatest(attempts - 1, 0), locked_by = NULL, locked_until = NULL,
            updated_at = now(), run_after = now() WHERE id = $1 AND locked_by = $2`,
    [jobId, workerId],
  );
}

/** A job whose lease ran out more times than it may be attempted is failed rather than retried forever. */
export async function failExhaustedJobs(db: Queryable): Promise<void> {
  await db.query(
    `UPDATE jobs SET status = 'failed', error = coalesce(error, 'worker lost too many times'), locked_by = NULL,
            locked_until = NULL, updated_at = now()
      WHERE status = 'running' AND locked_until < now() AND attempts >= max_attempts`,
  );
}
