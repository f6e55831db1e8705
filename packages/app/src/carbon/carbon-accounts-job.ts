/**
 * The district recomputes a year's carbon accounts for every enterprise with activity data, then grades them: a
 * background job, with progress, committing batch by batch (an enterprise whose inputs did not change keeps its
 * version, so a re-run after a crash or a partial feed costs little and changes nothing it need not).
 */
import { requireDistrict } from "../access/tenancy";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { enqueueJob } from "../jobs/job-queue";
import { type JobHandler, JobInterrupted } from "../jobs/job-worker";
import type { Platform } from "../platform";
import { gradeCarbonYear } from "./carbon-grades";
import { prepareAccounts, storeAccounts } from "./compute-carbon-account";

export const CARBON_ACCOUNTS_JOB = "carbon.accounts";
/** Accounts per transaction: small enough that the embedded database, one connection, keeps answering requests. */
const BATCH = 50;

export async function startCarbonAccounting(p: Platform, actor: Actor, year: number) {
  requireDistrict(actor, "write");
  return p.db.transaction(async (tx) => {
    const job = await enqueueJob(tx, actor, CARBON_ACCOUNTS_JOB, { year }, { maxAttempts: 3 });
    await appendAudit(tx, actor, p.clock.now(), {
      action: "carbon.accounts.start",
      entityType: "job",
      entityId: job.id,
      orgId: actor.orgId,
      details: { year },
    });
    return job;
  });
}

export interface AccountingSummary {
  year: number;
  enterprises: number;
  created: number;
  unchanged: number;
  graded: number;
  ungraded: number;
  gradeBatchId: string;
}

/** Computes every account of the year (batch by batch), then grades the year. */
export async function accountYear(
  p: Platform,
  year: number,
  createdBy: string | null,
  progress: (fraction: number, message?: string) => Promise<void> = async () => undefined,
  signal?: AbortSignal,
): Promise<AccountingSummary> {
  // An index probe per enterprise (the activity key starts with org_id) rather than a pass over every activity row.
  const orgs = await p.db.query<{ id: string }>(
    `SELECT o.id FROM organisations o
      WHERE o.kind = 'enterprise' AND EXISTS (
        SELECT 1 FROM carbon_activity a
         WHERE a.org_id = o.id AND a.month >= make_date($1, 1, 1) AND a.month < make_date($1 + 1, 1, 1))
      ORDER BY o.id`,
    [year],
  );
  const ids = orgs.rows.map((r) => r.id);
  const batchAt = (i: number) => ids.slice(i * BATCH, (i + 1) * BATCH);
  const batches = Math.ceil(ids.length / BATCH);
  const prepare = (i: number) => {
    const work = i < batches ? prepareAccounts(p.db, p, batchAt(i), year) : Promise.resolve([]);
    work.catch(() => undefined); // awaited in its turn; not an unhandled rejection meanwhile
    return work;
  };
  let created = 0;
  let next = prepare(0);
  for (let i = 0; i < batches; i++) {
    // Each batch commits on its own: a stop between batches loses nothing, and the rerun skips what is unchanged.
    if (signal?.aborted) throw new JobInterrupted();
    const prepared = await next;
    // The next batch is read and computed while this one is written.
    next = prepare(i + 1);
    const stored = await p.db.transaction((tx) => storeAccounts(tx, p, null, prepared, year, createdBy));
    created += stored.filter((s) => s.created).length;
    const done = Math.min((i + 1) * BATCH, ids.length);
    await progress((0.9 * done) / Math.max(ids.length, 1), `${done} / ${ids.length}`);
  }
  const grades = await p.db.transaction((tx) => gradeCarbonYear(tx, p, createdBy, year));
  await progress(1, `${grades.graded} graded`);
  return {
    year,
    enterprises: ids.length,
    created,
    unchanged: ids.length - created,
    graded: grades.graded,
    ungraded: grades.ungraded,
    gradeBatchId: grades.id,
  };
}

export const carbonAccountsHandler: JobHandler = async (p, ctx) => {
  const { year } = ctx.job.payload as { year: number };
  const createdBy = (ctx.job as { created_by?: string | null }).created_by ?? null;
  return accountYear(p, year, createdBy, ctx.progress, ctx.signal);
};
