/** The filtered list of green financings as an Excel workbook, headed in Chinese or English, amounts as numbers. */
import type { TGreenFinancingRow } from "@greenfin/contracts";
import ExcelJS from "exceljs";
import type { Actor } from "../../context/actor";
import type { Lang } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { allGreenFinancings, type GreenFinancingQuery } from "./list-green-financings";

/** More than an institution's green book holds; the list is for people, bulk data has the API. */
export const EXPORT_LIMIT = 100_000;

const INSTRUMENTS = {
  loan: { zh: "贷款", en: "Loan" },
  bond: { zh: "债券", en: "Bond" },
  insurance: { zh: "保险", en: "Insurance" },
} as const;

type Cell = string | number | null;
const COLUMNS: {
  zh: string;
  en: string;
  width: number;
  numFmt?: string;
  value: (r: TGreenFinancingRow, lang: Lang) => Cell;
}[] = [
  {
    zh: "机构",
    en: "Institution",
    width: 30,
    value: (r, l) => (l === "zh" ? r.institution.nameZh : r.institution.nameEn),
  },
  { zh: "品种", en: "Instrument", width: 10, value: (r, l) => INSTRUMENTS[r.instrument][l] },
  { zh: "合同/债券/保单编号", en: "Reference", width: 22, value: (r) => r.reference },
  { zh: "借款人/发行人/被保险人", en: "Borrower / issuer / insured", width: 30, value: (r) => r.borrower.name },
  { zh: "项目编号", en: "Project", width: 16, value: (r) => r.project?.refNo ?? null },
  { zh: "项目名称", en: "Project name", width: 36, value: (r) => r.project?.name ?? null },
  { zh: "金额（元）", en: "Amount (CNY)", width: 18, numFmt: "#,##0.00", value: (r) => Number(r.amount) },
  { zh: "余额（元）", en: "Outstanding (CNY)", width: 18, numFmt: "#,##0.00", value: (r) => Number(r.outstanding) },
  { zh: "起始日", en: "Start", width: 12, value: (r) => r.startDate },
  { zh: "到期日", en: "Maturity", width: 12, value: (r) => r.maturityDate },
  { zh: "目录类别代码", en: "Category code", width: 12, value: (r) => r.category?.code ?? null },
  {
    zh: "目录类别",
    en: "Category",
    width: 36,
    value: (r, l) =>
      r.category ? (l === "zh" ? r.category.nameZh : r.category.nameEn) : l === "zh" ? "未标识" : "unlabelled",
  },
  { zh: "资金用途", en: "Use of proceeds", width: 40, value: (r) => r.useOfProceeds },
  { zh: "行业代码", en: "Industry", width: 10, value: (r) => r.industryCode },
  { zh: "门类", en: "Section", width: 8, value: (r) => r.section },
  {
    zh: "利率/费率（%）",
    en: "Rate (%)",
    width: 10,
    numFmt: "0.0000",
    value: (r) => (r.ratePercent === null ? null : Number(r.ratePercent)),
  },
  { zh: "标识时间", en: "Labelled at", width: 22, value: (r) => r.labelledAt },
];

export async function greenFinancingsWorkbook(p: Platform, actor: Actor, q: GreenFinancingQuery) {
  const rows = await allGreenFinancings(p, actor, q, EXPORT_LIMIT);
  const lang = q.lang;
  const wb = new ExcelJS.Workbook();
  wb.creator = "GreenFin";
  const sheet = wb.addWorksheet(lang === "zh" ? "绿色融资" : "Green financings", {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((c) => ({
    header: c[lang],
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow(COLUMNS.map((c) => c.value(r, lang)));
  const date = p.clock.now().toISOString().slice(0, 10);
  return {
    fileName: lang === "zh" ? `绿色融资清单-${date}.xlsx` : `green-financings-${date}.xlsx`,
    bytes: new Uint8Array(await wb.xlsx.writeBuffer()),
    rows: rows.length,
  };
}
