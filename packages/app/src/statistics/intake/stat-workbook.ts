/**
 * The workbook an institution (with `read`) downloads to fill a report offline: its current figures for the
 * template and period when it has a report (its current revision, each with the source it was saved with), else what
 * the platform can pre-fill, with the source shown.
 */
import { statBreakdownItems } from "@greenfin/reference";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { computePrefill, periodOr400 } from "../prefill-stat-report";
import { requireReporter } from "../stat-access";
import { readValues } from "../stat-report-rows";
import { templateOr400 } from "../stat-templates";
import { buildStatWorkbook, valueKey } from "./build-stat-workbook";

export async function statisticsWorkbook(
  p: Platform,
  actor: Actor,
  q: { templateRef: string; period: string },
): Promise<{ bytes: Buffer; fileName: string }> {
  requireReporter(actor, "read");
  const template = templateOr400(q.templateRef);
  const period = periodOr400(template, q.period);
  const org = (await p.db.query<{ name_zh: string }>("SELECT name_zh FROM organisations WHERE id = $1", [actor.orgId]))
    .rows[0];
  const report = (
    await p.db.query<{ id: string; revision: number }>(
      "SELECT id, revision FROM stat_reports WHERE org_id = $1 AND template_ref = $2 AND period = $3",
      [actor.orgId, template.ref, period],
    )
  ).rows[0];
  const figures = report
    ? await readValues(p.db, report.id, report.revision)
    : await computePrefill(p.db, actor.orgId, template, period);
  const bytes = await buildStatWorkbook({
    template,
    period,
    orgName: org?.name_zh ?? "",
    breakdownItems: statBreakdownItems(),
    values: new Map(figures.map((v) => [valueKey(v.metric, v.item), { value: v.value, source: v.source }])),
  });
  return { bytes, fileName: `统计报表-${template.ref.split("@")[0]}-${period}.xlsx` };
}
