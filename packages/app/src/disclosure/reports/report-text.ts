/**
 * The words and number formats both report renderers print, in Chinese and English, so the HTML and the PDF say
 * exactly the same thing.
 */
import { type Bilingual, COMMON_REPORT_TEXT, colon, type ReportLang } from "../../reports/report-words";
import type { DisclosureReportModel, ReportIndicatorRow, ReportValueLine } from "./report-model";

type Level = ReportIndicatorRow["level"];

const LEVELS: Record<Level, Bilingual> = {
  mandatory: { zh: "强制", en: "Mandatory" },
  comply_or_explain: { zh: "不遵守就解释", en: "Comply or explain" },
  conditional: { zh: "条件适用", en: "Conditional" },
  voluntary: { zh: "自愿", en: "Voluntary" },
};

const STATUSES: Record<string, Bilingual> = {
  draft: { zh: "草稿", en: "Draft" },
  submitted: { zh: "已提交", en: "Submitted" },
  returned: { zh: "已退回", en: "Returned" },
  accepted: { zh: "已受理", en: "Accepted" },
  rejected: { zh: "未通过", en: "Rejected" },
  published: { zh: "已发布", en: "Published" },
  superseded: { zh: "已被新修订取代", en: "Superseded" },
};

export const REPORT_TEXT = {
  ...COMMON_REPORT_TEXT,
  title: { zh: "ESG 信息披露报告", en: "ESG Disclosure Report" },
  framework: { zh: "披露框架", en: "Framework" },
  issuer: { zh: "发布机构", en: "Issuer" },
  period: { zh: "报告期", en: "Reporting period" },
  revision: { zh: "修订版本", en: "Revision" },
  status: { zh: "状态", en: "Status" },
  catalogueVersion: { zh: "指标目录版本", en: "Catalogue version" },
  submittedAt: { zh: "提交时间", en: "Submitted" },
  decidedAt: { zh: "审核时间", en: "Decided" },
  completeness: { zh: "填报完整度", en: "Completeness" },
  mandatoryFilled: { zh: "强制指标", en: "Mandatory indicators" },
  allFilled: { zh: "全部指标", en: "All indicators" },
  indicatorCount: { zh: "个指标", en: "indicators" },
  colId: { zh: "指标编号", en: "Indicator" },
  colName: { zh: "指标名称", en: "Name" },
  colClause: { zh: "条款", en: "Clause" },
  colLevel: { zh: "要求", en: "Requirement" },
  colValue: { zh: "披露值", en: "Disclosed value" },
  notDisclosed: { zh: "未披露", en: "Not disclosed" },
  reason: { zh: "原因：", en: "Reason: " },
  noReason: { zh: "未说明原因", en: "No reason given" },
  entered: { zh: "填报值：", en: "As entered: " },
  evidence: { zh: "佐证材料：", en: "Evidence: " },
  valuesHash: { zh: "填报数据哈希（SHA-256）", en: "Values hash (SHA-256)" },
  generatedAt: { zh: "报告生成时间", en: "Generated" },
  notYet: { zh: "—", en: "—" },
} satisfies Record<string, Bilingual>;

export type ReportTextKey = keyof typeof REPORT_TEXT;

export function say(key: ReportTextKey, lang: ReportLang): string {
  return REPORT_TEXT[key][lang];
}

export const pick = (text: Bilingual, lang: ReportLang): string => text[lang];

export const levelLabel = (level: Level, lang: ReportLang): string => LEVELS[level][lang];

/** Statuses the report knows are translated; any other is printed as it is stored. */
export const statusLabel = (status: string, lang: ReportLang): string => STATUSES[status]?.[lang] ?? status;

/** The organisation's name in the report's language; the other one when that is blank. */
export function organisationName(model: DisclosureReportModel, lang: ReportLang): string {
  const { nameZh, nameEn } = model.organisation;
  return (lang === "zh" ? nameZh : nameEn).trim() || nameZh || nameEn;
}

/** The name in the other language, printed under the main one for identification; null when it adds nothing. */
export function otherOrganisationName(model: DisclosureReportModel, lang: ReportLang): string | null {
  const other = (lang === "zh" ? model.organisation.nameEn : model.organisation.nameZh).trim();
  return other && other !== organisationName(model, lang) ? other : null;
}

/** Reports are read by Chinese regulators and lenders: timestamps print in Beijing time (UTC+8, no daylight saving). */
const BEIJING_OFFSET_MS = 8 * 3600_000;

export function formatTimestamp(iso: string | null, lang: ReportLang): string {
  if (iso === null) return say("notYet", lang);
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const local = new Date(t + BEIJING_OFFSET_MS).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}${lang === "zh" ? "（北京时间）" : " (UTC+8)"}`;
}

export function formatPeriod(model: DisclosureReportModel, lang: ReportLang): string {
  const { start, end, year } = model.period;
  return lang === "zh" ? `${year} 年度（${start} 至 ${end}）` : `FY${year} (${start} to ${end})`;
}

/** "42 / 48 (87.5%)"; a total of zero prints no percentage. */
export function formatFraction(filled: number, total: number): string {
  if (total <= 0) return `${filled} / ${total}`;
  const percent = Math.round((filled / total) * 1000) / 10;
  return `${filled} / ${total} (${percent}%)`;
}

/** One value line as printed: "女：1,234 人" or, for the total, "1,234 人". */
export function formatValueLine(line: ReportValueLine, lang: ReportLang): string {
  const value = line.unit ? `${line.display[lang]} ${line.unit[lang]}` : line.display[lang];
  const dimension = line.dimensionLabel?.[lang];
  if (!dimension) return value;
  return `${dimension}${colon(lang)}${value}`;
}

/** The facts under the cover's title, label and value, in the order both renderers print them. */
export function coverFacts(model: DisclosureReportModel, lang: ReportLang): [label: string, value: string][] {
  const facts: [ReportTextKey, string][] = [
    ["uscc", model.organisation.uscc ?? say("notYet", lang)],
    ["framework", `${pick(model.framework.name, lang)} (${model.framework.code})`],
    ["issuer", model.framework.issuer],
    ["period", formatPeriod(model, lang)],
    ["revision", String(model.revision)],
    ["status", statusLabel(model.status, lang)],
    ["catalogueVersion", model.catalogueVersion],
    ["submittedAt", formatTimestamp(model.submittedAt, lang)],
    ["decidedAt", formatTimestamp(model.decidedAt, lang)],
  ];
  return facts.map(([key, value]) => [say(key, lang), value]);
}
