/**
 * The institution (with `write`) submits its draft: checked whole against the template and the previous period's
 * accepted figures; any error refuses it with every problem (path `values.<metric>[.<item>]`). Otherwise the revision
 * is frozen with its warnings as they stood, the report is `submitted`, and the audit log says so.
 */
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { requireReporter } from "./stat-access";
import {
  checkRevision,
  readReport,
  readValues,
  type StatReportView,
  toProblemView,
  toReportView,
} from "./stat-report-rows";
import { templateOr400 } from "./stat-templates";

export async function submitStatReport(p: Platform, actor: Actor, reportId: string): Promise<StatReportView> {
  requireReporter(actor, "write");
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const row = await readReport(tx, reportId, true);
    if (!row || row.org_id !== actor.orgId) throw AppError.notFound("stat_report");
    if (row.status !== "draft")
      throw new AppError("CONFLICT", {
        zh: "只有草稿可以报送（修改已报送或已审核的报表，请先保存为新的修订）",
        en: "Only a draft can be submitted (save a correction first to open a new revision)",
        details: { status: row.status, revision: row.revision },
      });
    const template = templateOr400(row.template_ref);
    const values = await readValues(tx, row.id, row.revision);
    const check = await checkRevision(tx, template, row, values);
    if (!check.ok)
      throw new AppError("VALIDATION_FAILED", {
        zh: "报表未通过校验，不能报送",
        en: "The report did not pass the checks and cannot be submitted",
        details: { problems: check.problems.map(toProblemView) },
      });
    const warnings = check.problems.filter((x) => x.severity === "warning").map(toProblemView);
    await tx.query(
      `INSERT INTO stat_report_revisions (report_id, revision, submitted_by, submitted_at, warnings)
       VALUES ($1,$2,$3,$4,$5::jsonb)`,
      [row.id, row.revision, actor.userId, now, JSON.stringify(warnings)],
    );
    await tx.query("UPDATE stat_reports SET status = 'submitted', updated_at = $2 WHERE id = $1", [row.id, now]);
    await appendAudit(tx, actor, now, {
      action: "statistics.report.submit",
      entityType: "stat_report",
      entityId: row.id,
      orgId: row.org_id,
      details: {
        templateRef: row.template_ref,
        period: row.period,
        revision: row.revision,
        warnings: warnings.map((w) => w.check ?? w.code),
      },
    });
    return toReportView(tx, template, (await readReport(tx, row.id))!);
  });
}
