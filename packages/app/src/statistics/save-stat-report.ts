/**
 * An institution (with `write`) saves its report for a template and period as a draft: the first save creates it
 * (revision 1); a draft's figures are replaced (delete and insert, one transaction); after a return or an acceptance
 * the save opens the next revision (the accepted one stays in force until the new one is accepted); a submitted
 * revision awaiting the district's decision cannot change (409; the database freezes it too).
 *
 * A draft may carry problems — the answer lists them (errors and warnings) and submission refuses while an error
 * remains — but figures that cannot be stored at all (not a number, an unknown metric or item, twice the same) are a
 * 400 with every such problem. A figure equal to the platform's pre-filled value keeps that source; others are
 * `reported`.
 */
import Decimal from "decimal.js";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError, type FieldProblem } from "../errors/app-error";
import type { Platform } from "../platform";
import { computePrefill, periodOr400 } from "./prefill-stat-report";
import { requireReporter } from "./stat-access";
import { checkRevision, REPORT_SELECT, readReport, type StatReportView, toReportView } from "./stat-report-rows";
import { templateOr400 } from "./stat-templates";

export interface StatReportSaveInput {
  templateRef: string;
  period: string;
  values: { metric: string; item?: string | null; value: string }[];
}

/** Problems that make a figure unstorable, not merely wrong. */
const UNSTORABLE = new Set(["unknown_metric", "unexpected_item", "unknown_item", "duplicate_value", "bad_number"]);

function shapeProblems(input: unknown): FieldProblem[] {
  const out: FieldProblem[] = [];
  const values = (input as { values?: unknown } | null)?.values;
  if (!Array.isArray(values)) {
    out.push({ path: "values", messageZh: "values：应为数值列表", messageEn: "values: a list of figures" });
    return out;
  }
  if (values.length > 2000)
    out.push({ path: "values", messageZh: "values：最多 2000 项", messageEn: "values: at most 2000 figures" });
  values.forEach((v, i) => {
    const ok =
      v !== null &&
      typeof v === "object" &&
      typeof v.metric === "string" &&
      v.metric.length <= 64 &&
      typeof v.value === "string" &&
      v.value.length <= 40 &&
      (v.item === undefined || v.item === null || (typeof v.item === "string" && v.item.length <= 16));
    if (!ok)
      out.push({
        path: `values.${i}`,
        messageZh: `values.${i}：应为 {metric, item?, value}，value 为数字文本`,
        messageEn: `values.${i}: {metric, item?, value} with the value as decimal text`,
      });
  });
  return out;
}

export async function saveStatReport(p: Platform, actor: Actor, input: StatReportSaveInput): Promise<StatReportView> {
  requireReporter(actor, "write");
  const template = templateOr400(input?.templateRef);
  const period = periodOr400(template, input?.period);
  const shape = shapeProblems(input);
  if (shape.length) throw AppError.validation(shape);
  const values = input.values
    .map((v) => ({ metric: v.metric.trim(), item: v.item ? v.item.trim() : null, value: v.value.trim() }))
    .filter((v) => v.value !== "");
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const org = (await tx.query<{ kind: string }>("SELECT kind FROM organisations WHERE id = $1", [actor.orgId]))
      .rows[0];
    const pre = await checkRevision(
      tx,
      template,
      {
        org_id: actor.orgId,
        org_kind: (org?.kind ?? actor.orgKind) as Actor["orgKind"],
        template_ref: template.ref,
        period,
      },
      values.map((v) => ({ ...v, source: "reported" })),
    );
    const unstorable = pre.problems.filter((x) => UNSTORABLE.has(x.code));
    if (unstorable.length)
      throw AppError.validation(
        unstorable.map((x) => ({
          path: `values.${x.metric}${x.item === null ? "" : `.${x.item}`}`,
          messageZh: x.messageZh,
          messageEn: x.messageEn,
        })),
      );
    const existing = (
      await tx.query<{ id: string }>(`${REPORT_SELECT} WHERE r.org_id = $1 AND r.template_ref = $2 AND r.period = $3`, [
        actor.orgId,
        template.ref,
        period,
      ])
    ).rows[0];
    let id: string;
    let revision: number;
    let opened: "created" | "replaced" | "new_revision";
    if (!existing) {
      const r = await tx.query<{ id: string }>(
        `INSERT INTO stat_reports (org_id, template_ref, period, status, revision, created_by, created_at, updated_at)
         VALUES ($1,$2,$3,'draft',1,$4,$5,$5) RETURNING id`,
        [actor.orgId, template.ref, period, actor.userId, now],
      );
      id = r.rows[0]!.id;
      revision = 1;
      opened = "created";
    } else {
      const row = (await readReport(tx, existing.id, true))!;
      id = row.id;
      if (row.status === "submitted")
        throw new AppError("CONFLICT", {
          zh: "该报表已报送，正在等待审核，不能修改",
          en: "The report was submitted and awaits the district's decision; it cannot change",
          details: { status: row.status, revision: row.revision },
        });
      if (row.status === "draft") {
        revision = row.revision;
        opened = "replaced";
        await tx.query("DELETE FROM stat_report_values WHERE report_id = $1 AND revision = $2", [id, revision]);
        await tx.query("UPDATE stat_reports SET updated_at = $2 WHERE id = $1", [id, now]);
      } else {
        revision = row.revision + 1;
        opened = "new_revision";
        await tx.query("UPDATE stat_reports SET status = 'draft', revision = $2, updated_at = $3 WHERE id = $1", [
          id,
          revision,
          now,
        ]);
      }
    }
    const prefilled = new Map(
      (await computePrefill(tx, actor.orgId, template, period)).map((v) => [`${v.metric}\u0000${v.item ?? ""}`, v]),
    );
    for (const v of values) {
      const pf = prefilled.get(`${v.metric}\u0000${v.item ?? ""}`);
      const source = pf && new Decimal(pf.value).eq(v.value) ? pf.source : "reported";
      await tx.query(
        `INSERT INTO stat_report_values (report_id, revision, metric, item, value, source) VALUES ($1,$2,$3,$4,$5,$6)`,
        [id, revision, v.metric, v.item ?? "", v.value, source],
      );
    }
    await appendAudit(tx, actor, now, {
      action: "statistics.report.save",
      entityType: "stat_report",
      entityId: id,
      orgId: actor.orgId,
      details: {
        templateRef: template.ref,
        period,
        revision,
        opened,
        values: values.length,
        errors: pre.problems.filter((x) => x.severity === "error").length,
      },
    });
    return toReportView(tx, template, (await readReport(tx, id))!);
  });
}
