/**
 * The district (with `review`) decides a submitted revision: `accept` puts it in force (accepted_revision, status
 * accepted — superseding an earlier accepted revision as a whole); `return` sends it back with a note (required), and
 * the institution's next save opens a new revision. Saved with its audit entry in one transaction.
 */
import { requireDistrict } from "../access/tenancy";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError, type FieldProblem } from "../errors/app-error";
import type { Platform } from "../platform";
import { readReport, type StatReportView, toReportView } from "./stat-report-rows";
import { templateOr400 } from "./stat-templates";

export interface StatDecisionInput {
  outcome: "accept" | "return";
  note?: string | null;
}

export async function decideStatReport(
  p: Platform,
  actor: Actor,
  reportId: string,
  input: StatDecisionInput,
): Promise<StatReportView> {
  requireDistrict(actor, "review");
  const problems: FieldProblem[] = [];
  const outcome = input?.outcome;
  const note = typeof input?.note === "string" ? input.note.trim() : "";
  if (outcome !== "accept" && outcome !== "return")
    problems.push({
      path: "outcome",
      messageZh: "outcome：应为 accept 或 return",
      messageEn: "outcome: accept or return",
    });
  if (outcome === "return" && note.length < 2)
    problems.push({ path: "note", messageZh: "note：退回须说明理由", messageEn: "note: a return needs a reason" });
  if (note.length > 2000)
    problems.push({ path: "note", messageZh: "note：最多 2000 字", messageEn: "note: at most 2000 characters" });
  if (problems.length) throw AppError.validation(problems);
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const row = await readReport(tx, reportId, true);
    if (!row) throw AppError.notFound("stat_report");
    if (row.status !== "submitted")
      throw new AppError("CONFLICT", {
        zh: "只有已报送、待审核的报表可以审核",
        en: "Only a submitted report awaiting a decision can be decided",
        details: { status: row.status, revision: row.revision },
      });
    await tx.query(
      `UPDATE stat_report_revisions SET outcome = $3, decided_by = $4, decided_at = $5, decision_note = $6
        WHERE report_id = $1 AND revision = $2`,
      [row.id, row.revision, outcome === "accept" ? "accepted" : "returned", actor.userId, now, note || null],
    );
    if (outcome === "accept")
      await tx.query(
        "UPDATE stat_reports SET status = 'accepted', accepted_revision = revision, updated_at = $2 WHERE id = $1",
        [row.id, now],
      );
    else await tx.query("UPDATE stat_reports SET status = 'returned', updated_at = $2 WHERE id = $1", [row.id, now]);
    await appendAudit(tx, actor, now, {
      action: outcome === "accept" ? "statistics.report.accept" : "statistics.report.return",
      entityType: "stat_report",
      entityId: row.id,
      orgId: row.org_id,
      details: {
        templateRef: row.template_ref,
        period: row.period,
        revision: row.revision,
        supersedes: outcome === "accept" ? row.accepted_revision : null,
        note: note || null,
      },
    });
    return toReportView(tx, templateOr400(row.template_ref), (await readReport(tx, row.id))!);
  });
}
