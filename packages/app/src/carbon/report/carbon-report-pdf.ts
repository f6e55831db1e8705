/**
 * The carbon credit report a bank attaches to a loan file: one year's account (latest version unless one is asked
 * for) as a PDF in Chinese or English. Read exactly as the account itself is (getCarbonAccount): the enterprise, the
 * district, or a holder of the enterprise's "carbon" grant, the read logged.
 */
import { loadCarbonFactorSet, resolveIndustryCode } from "@greenfin/reference";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import type { ReportLang } from "../../reports/report-words";
import { carbonAccountYears, getCarbonAccount } from "../carbon-account-read";
import type { CarbonReportModel } from "./carbon-report-model";
import { renderCarbonReportPdf } from "./render-carbon-report-pdf";

export async function buildCarbonReportModel(
  p: Platform,
  actor: Actor,
  orgId: string,
  year: number,
  version?: number,
): Promise<CarbonReportModel> {
  const detail = await getCarbonAccount(p, actor, orgId, year, version);
  const years = await carbonAccountYears(p, actor, orgId);
  const org = (
    await p.db.query<{ name_zh: string; name_en: string; uscc: string | null; industry_code: string | null }>(
      "SELECT name_zh, name_en, uscc, industry_code FROM organisations WHERE id = $1",
      [orgId],
    )
  ).rows[0];
  const industryCode = detail.account.industryCode ?? org?.industry_code ?? null;
  const industry = industryCode ? resolveIndustryCode(industryCode) : undefined;
  const named = industry && (industry.class ?? industry.division ?? industry.section);
  const itemNames = Object.fromEntries(
    loadCarbonFactorSet().items.map((i) => [i.item, { nameZh: i.nameZh, nameEn: i.nameEn }]),
  );
  return {
    organisation: {
      nameZh: org?.name_zh ?? "",
      nameEn: org?.name_en ?? "",
      uscc: org?.uscc ?? null,
      industryCode,
      industryNameZh: named?.nameZh ?? null,
      // GB/T 4754 names classes and divisions in Chinese only: in English, the Chinese name with its section's.
      industryNameEn:
        (named && "nameEn" in named ? named.nameEn : null) ||
        (named && industry ? `${named.nameZh} (${industry.section.nameEn})` : null),
    },
    year: detail.year,
    version: detail.version,
    calculatedOn: detail.calculatedOn,
    factorSet: detail.factorSet,
    inputsHash: detail.inputsHash,
    accountHash: detail.accountHash,
    account: detail.account,
    versions: detail.versions.map((v) => ({ version: v.version, calculatedOn: v.calculatedOn })),
    grade: detail.grade,
    ets: detail.ets,
    years,
    itemNames,
  };
}

/** The report's bytes and a file name ("<enterprise>-碳信用报告-2025-v2.pdf"). */
export async function carbonReportPdf(
  p: Platform,
  actor: Actor,
  orgId: string,
  year: number,
  lang: ReportLang,
  version?: number,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const model = await buildCarbonReportModel(p, actor, orgId, year, version);
  const bytes = await renderCarbonReportPdf(model, lang);
  const name = lang === "zh" ? model.organisation.nameZh : model.organisation.nameEn || model.organisation.nameZh;
  const title = lang === "zh" ? "碳信用报告" : "carbon-credit-report";
  return { bytes, fileName: `${name}-${title}-${model.year}-v${model.version}.pdf` };
}
