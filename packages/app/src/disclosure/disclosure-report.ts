import { requirePermission } from "../access/tenancy";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { completenessOf } from "./completeness";
import { contextOfRow } from "./disclosure-context";
import { reportSource } from "./report-source";
import { dimensionLabel, reportLine } from "./report-values";
import { renderDisclosureReportHtml } from "./reports/render-report-html";
import { renderDisclosureReportPdf } from "./reports/render-report-pdf";
import type { DisclosureReportModel, ReportLang, ReportSection } from "./reports/report-model";

/**
 * A disclosure report for one framework: the framework's indicators for this kind of entity, grouped by topic, each
 * with its clause, level, values with units (and what was entered where converted), the stated reason where
 * nothing was disclosed, and the evidence attached. Built from a frozen revision, so it can be reproduced.
 */
export async function buildReportModel(
  p: Platform,
  actor: Actor,
  id: string,
  framework: string,
  revision?: number,
): Promise<DisclosureReportModel> {
  requirePermission(actor, "read");
  const src = await reportSource(p, actor, id, revision);
  const ctx = contextOfRow(src.row);
  const fw = ctx.catalogue.frameworks.find((f) => f.code === framework);
  if (!fw || !src.row.frameworks.includes(framework)) throw AppError.notFound("framework");
  const org = (
    await p.db.query<{ name_zh: string; name_en: string; uscc: string | null }>(
      "SELECT name_zh, name_en, uscc FROM organisations WHERE id = $1",
      [src.row.org_id],
    )
  ).rows[0]!;
  const evidence = await p.db.query<{ indicator_id: string; file_name: string }>(
    "SELECT indicator_id, file_name FROM evidence_files WHERE disclosure_id = $1 AND removed_at IS NULL ORDER BY uploaded_at",
    [src.row.id],
  );
  const levels = new Map(ctx.required.map((r) => [r.indicatorId, r.levels]));
  const sections: ReportSection[] = [];
  for (const topic of ctx.template.topics) {
    const rows = topic.items
      .filter((i) => i.frameworks.includes(framework))
      .map((i) => {
        const id = i.indicator.id;
        const mine = src.values.filter((v) => v.indicatorId === id);
        const disclosed = mine.filter((v) => v.payload !== null);
        return {
          indicatorId: id,
          name: i.indicator.name,
          clause: i.clauses
            .filter((c) => c.framework === framework)
            .map((c) => c.clause)
            .join("; "),
          level: levels.get(id)?.[framework] ?? i.level,
          values: disclosed.map((v) => reportLine(v.payload!, dimensionLabel(v.dimension, ctx.catalogue.dimensions))),
          notDisclosedReason: disclosed.length
            ? null
            : (mine.find((v) => v.notDisclosedReason)?.notDisclosedReason ?? null),
          evidence: evidence.rows.filter((e) => e.indicator_id === id).map((e) => e.file_name),
        };
      });
    if (rows.length) sections.push({ title: topic.topic, rows });
  }
  const c = completenessOf(ctx, src.values).find((x) => x.framework === framework);
  const d = src.row;
  return {
    organisation: { nameZh: org.name_zh, nameEn: org.name_en, uscc: org.uscc },
    framework: { code: fw.code, name: fw.name, issuer: fw.issuer },
    period: { start: d.period_start, end: d.period_end, year: d.period_year },
    revision: src.revision,
    status: src.status,
    catalogueVersion: d.catalogue_version,
    submittedAt: src.submittedAt,
    decidedAt: src.decidedAt,
    completeness: {
      mandatoryFilled: c?.mandatoryFilled ?? 0,
      mandatoryTotal: c?.mandatoryTotal ?? 0,
      allFilled: c?.allFilled ?? 0,
      allTotal: c?.allTotal ?? 0,
    },
    sections,
    generatedAt: p.clock.now().toISOString(),
    valuesHash: src.valuesHash,
  };
}

export async function disclosureReport(
  p: Platform,
  actor: Actor,
  id: string,
  q: { framework: string; lang: ReportLang; format: "html" | "pdf"; revision?: number },
) {
  const model = await buildReportModel(p, actor, id, q.framework, q.revision);
  const base = `ESG-${model.framework.code}-${model.period.year}-r${model.revision}-${q.lang}`;
  if (q.format === "html")
    return {
      body: renderDisclosureReportHtml(model, q.lang),
      contentType: "text/html; charset=utf-8",
      fileName: `${base}.html`,
    };
  return {
    body: await renderDisclosureReportPdf(model, q.lang),
    contentType: "application/pdf",
    fileName: `${base}.pdf`,
  };
}
