import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { enqueueJob } from "../jobs/job-queue";
import type { Platform } from "../platform";
import { requireRatingAgency } from "./rating-access";
import { methodologyOrFail } from "./rating-methodologies";
import { loadRunRow, toRatingRun } from "./rating-run-row";

export const RATING_RUN_JOB = "rating.run";

export interface StartRatingRunInput {
  methodology: string;
  periodYear: number;
  /** YYYY-MM-DD; today (the platform clock, UTC) when left out. */
  asOf?: string | undefined;
}

/**
 * Starts a rating run: the run is recorded as running and a background job rates the universe (progress shown on
 * the job). Its results appear only when the whole run has completed.
 */
export async function startRating(p: Platform, actor: Actor, input: StartRatingRunInput) {
  requireRatingAgency(actor, "write");
  const m = methodologyOrFail(input.methodology);
  const now = p.clock.now();
  const asOf = input.asOf ?? now.toISOString().slice(0, 10);
  return p.db.transaction(async (tx) => {
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO rating_runs (org_id, methodology_id, methodology_version, entity_kind, period_year, as_of, created_by, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING id`,
      [actor.orgId, m.id, m.version, m.entityKind, input.periodYear, asOf, actor.userId, now],
    );
    const runId = inserted.rows[0]!.id;
    const job = await enqueueJob(tx, actor, RATING_RUN_JOB, { runId }, { maxAttempts: 3 });
    await tx.query("UPDATE rating_runs SET job_id = $2 WHERE id = $1", [runId, job.id]);
    await appendAudit(tx, actor, now, {
      action: "rating.run.start",
      entityType: "rating_run",
      entityId: runId,
      orgId: actor.orgId,
      details: { methodology: m.ref, periodYear: input.periodYear, asOf },
    });
    return { run: toRatingRun(await loadRunRow(tx, runId)), job };
  });
}
