import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { requireOwnRun, requireRatingAgency } from "./rating-access";
import { loadRunRow, toRatingRun } from "./rating-run-row";

/**
 * Publishes a completed run: its final grades (approved overrides applied) become visible to the rated entities,
 * the district's distribution and rating grantees. Refused while any override awaits its second reviewer.
 */
export async function publishRatingRun(p: Platform, actor: Actor, runId: string) {
  requireRatingAgency(actor, "review");
  return p.db.transaction(async (tx) => {
    const run = await loadRunRow(tx, runId);
    requireOwnRun(actor, run);
    if (run.status !== "completed")
      throw new AppError("CONFLICT", {
        zh: `评级批次状态为「${run.status}」，只能发布已完成的批次`,
        en: `The run is "${run.status}"; only a completed run can be published`,
        details: { status: run.status },
      });
    if (run.pending_overrides > 0)
      throw new AppError("CONFLICT", {
        zh: `仍有 ${run.pending_overrides} 项评级调整待审批，审批后才能发布`,
        en: `${run.pending_overrides} override(s) still await review; decide them before publishing`,
        details: { pendingOverrides: run.pending_overrides },
      });
    const now = p.clock.now();
    await tx.query("UPDATE rating_runs SET status = 'published', published_at = $2, published_by = $3 WHERE id = $1", [
      runId,
      now,
      actor.userId,
    ]);
    await appendAudit(tx, actor, now, {
      action: "rating.run.publish",
      entityType: "rating_run",
      entityId: runId,
      orgId: actor.orgId,
      details: {
        methodology: `${run.methodology_id}@${run.methodology_version}`,
        periodYear: run.period_year,
        resultHash: run.result_hash,
        entityCount: run.entity_count,
        approvedOverrides: run.approved_overrides,
      },
    });
    return toRatingRun(await loadRunRow(tx, runId));
  });
}
