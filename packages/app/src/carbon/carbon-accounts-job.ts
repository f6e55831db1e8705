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
import { computeAccountIn } from "./compute-carbon-account";

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
  const orgs = await p.db.query<{ org_id: string }>(
    `SELECT DISTINCT a.org_id FROM carbon_activity a JOIN organisations o ON o.id = a.org_id AND o.kind = 'enterprise'
      WHERE a.month >= make_date($1, 1, 1) AND a.month < make_date($1 + 1, 1, 1) ORDER BY a.org_id`,
    [year],
  );
  const ids = orgs.rows.map((r) => r.org_id);
  let created = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    // Each batch commits on its own: a stop between batches loses nothing, and the rerun skips what is unchanged.
    if (signal?.aborted) throw new JobInterrupted();
    const batch = ids.slice(i, i + BATCH);
    created += await p.db.transaction(async (tx) => {
      let n = 0;
      for (const id of batch) if ((await computeAccountIn(tx, p, null, id, year, createdBy)).created) n++;
      return n;
    });
    await progress((0.9 * (i + batch.length)) / Math.max(ids.length, 1), `${i + batch.length} / ${ids.length}`);
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
