/**
 * The library list as an Excel workbook: the same filter and order as the list (all pages, up to EXPORT_LIMIT rows),
 * headings in Chinese or English, amounts as numbers in yuan so that they can be summed.
 */
import type { TGreenProjectQuery, TGreenProjectRow } from "@greenfin/contracts";
import ExcelJS from "exceljs";
import type { Actor } from "../../context/actor";
import type { Lang } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { queryProjects } from "./list-projects";

export const EXPORT_LIMIT = 20_000;

const STATUS: Record<TGreenProjectRow["stage"], { zh: string; en: string }> = {
  submitted: { zh: "待审核", en: "Submitted" },
  returned: { zh: "已退回", en: "Returned" },
  certified: { zh: "已认定", en: "Certified" },
  rejected: { zh: "未通过", en: "Rejected" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
  financed: { zh: "已融资", en: "Financed" },
  monitored: { zh: "效益监测中", en: "Monitored" },
};

interface Column {
  zh: string;
  en: string;
  width: number;
  format?: string;
  value: (r: TGreenProjectRow, lang: Lang) => string | number | null;
}

const yesNo = (v: boolean, lang: Lang) => (v ? (lang === "zh" ? "是" : "yes") : lang === "zh" ? "否" : "no");
const amount = (v: string | null) => (v === null ? null : Number(v));

export const PROJECT_COLUMNS: readonly Column[] = [
  { zh: "项目编号", en: "Reference", width: 16, value: (r) => r.refNo },
  { zh: "项目名称", en: "Project", width: 40, value: (r) => r.name },
  { zh: "项目所有方", en: "Owner", width: 36, value: (r, l) => (l === "zh" ? r.owner.nameZh : r.owner.nameEn) },
  { zh: "区（市）", en: "Area", width: 10, value: (r) => r.area },
  { zh: "行业代码", en: "Industry", width: 10, value: (r) => r.industryCode },
  { zh: "阶段", en: "Stage", width: 12, value: (r, l) => STATUS[r.stage][l] },
  { zh: "目录代码", en: "Category", width: 10, value: (r) => r.category?.code ?? null },
  {
    zh: "目录名称",
    en: "Category name",
    width: 40,
    value: (r, l) => (r.category ? (l === "zh" ? r.category.nameZh : r.category.nameEn) : null),
  },
  {
    zh: "类别来源",
    en: "Category source",
    width: 12,
    value: (r, l) =>
      r.categorySource === null
        ? null
        : { certified: { zh: "认定", en: "certified" }, proposed: { zh: "系统建议", en: "proposed" } }[
            r.categorySource
          ][l],
  },
  { zh: "置信度", en: "Confidence", width: 10, format: "0.00", value: (r) => r.confidence },
  { zh: "蓝色金融", en: "Blue", width: 8, value: (r, l) => yesNo(r.blue, l) },
  { zh: "转型金融", en: "Transition", width: 10, value: (r, l) => yesNo(r.transition, l) },
  {
    zh: "总投资（元）",
    en: "Total investment (CNY)",
    width: 18,
    format: "#,##0.00",
    value: (r) => amount(r.totalInvestment),
  },
  {
    zh: "融资需求（元）",
    en: "Financing need (CNY)",
    width: 18,
    format: "#,##0.00",
    value: (r) => amount(r.financingNeed),
  },
  { zh: "已融资（元）", en: "Financed (CNY)", width: 18, format: "#,##0.00", value: (r) => amount(r.financed) },
  {
    zh: "预期年减排（tCO2）",
    en: "Expected CO2 reduction (tCO2/yr)",
    width: 18,
    format: "#,##0.000",
    value: (r) => amount(r.expectedCo2AvoidedT),
  },
  { zh: "申报时间", en: "Submitted at", width: 22, value: (r) => r.submittedAt },
  { zh: "更新时间", en: "Updated at", width: 22, value: (r) => r.updatedAt },
];

export async function greenProjectsWorkbook(p: Platform, actor: Actor, q: TGreenProjectQuery) {
  const { rows } = await queryProjects(p, actor, q, { limit: EXPORT_LIMIT, offset: 0 });
  const lang = q.lang;
  const wb = new ExcelJS.Workbook();
  wb.creator = "GreenFin";
  const sheet = wb.addWorksheet(lang === "zh" ? "绿色项目库" : "Green projects");
  sheet.addRow(PROJECT_COLUMNS.map((c) => c[lang])).font = { bold: true };
  for (const r of rows) {
    const added = sheet.addRow(PROJECT_COLUMNS.map((c) => c.value(r, lang)));
    PROJECT_COLUMNS.forEach((c, i) => {
      if (c.format) added.getCell(i + 1).numFmt = c.format;
    });
  }
  PROJECT_COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const date = p.clock.now().toISOString().slice(0, 10);
  return {
    fileName: `${lang === "zh" ? "绿色项目库" : "green-projects"}-${date}.xlsx`,
    bytes: new Uint8Array(await wb.xlsx.writeBuffer()),
    rows: rows.length,
  };
}
