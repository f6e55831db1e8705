/**
 * The JR/T 0227-2021 §5.7 section of a completed run as an Excel workbook: a cover sheet (institution, year, book,
 * reference data, hashes, notes) and one sheet per table of the domain's section (buildJrt0227Section), labelled in
 * Chinese or English, figures as numbers with number formats so that they can be summed and charted.
 */
import {
  buildJrt0227Section,
  comparePcafResults,
  type Jrt0227Section,
  type ReportColumn,
  type ReportTable,
} from "@greenfin/domain";
import ExcelJS from "exceljs";
import type { Actor } from "../context/actor";
import type { Lang } from "../errors/app-error";
import type { Platform } from "../platform";
import { exportContext, exportFileName, type PcafExportContext } from "./pcaf-export-context";
import { previousSummary, summaryOf } from "./pcaf-run-view";

/** Short sheet names (Excel allows 31 characters and no / \ ? * [ ] :). */
const SHEET_NAMES: Record<string, { zh: string; en: string }> = {
  "by-asset-class": { zh: "按资产类别", en: "By asset class" },
  "by-sector": { zh: "按行业", en: "By sector" },
  "data-quality": { zh: "数据质量", en: "Data quality" },
  intensity: { zh: "碳强度", en: "Intensity" },
  "year-on-year": { zh: "同比变化", en: "Year on year" },
};

/** The number format of a column's unit. */
const FORMATS: Record<string, string> = {
  CNY: "#,##0.00",
  tCO2e: "#,##0.000",
  ratio: "0.00%",
  "1–5": "0.00",
  "%": "0.00",
};
const NUMBER = /^-?\d+(\.\d+)?$/;

function sheetName(table: ReportTable, lang: Lang): string {
  const named = SHEET_NAMES[table.id];
  if (named) return named[lang];
  return table.title[lang].replace(/[\\/?*[\]:]/g, "-").slice(0, 31);
}

function heading(c: ReportColumn, lang: Lang): string {
  const name = lang === "zh" ? c.zh : c.en;
  return c.unit && !FORMATS[c.unit]?.includes("%") ? `${name} (${c.unit})` : name;
}

function addTable(wb: ExcelJS.Workbook, table: ReportTable, lang: Lang): void {
  const sheet = wb.addWorksheet(sheetName(table, lang));
  sheet.addRow([table.title[lang]]).font = { bold: true, size: 13 };
  sheet.addRow(table.columns.map((c) => heading(c, lang))).font = { bold: true };
  for (const row of table.rows) {
    const added = sheet.addRow(
      table.columns.map((c) => {
        const v = row[c.key] ?? null;
        return typeof v === "string" && NUMBER.test(v) && (c.unit !== null || c.key === "value") ? Number(v) : v;
      }),
    );
    table.columns.forEach((c, i) => {
      const format = c.unit ? FORMATS[c.unit] : c.key === "value" ? "#,##0.0000" : undefined;
      if (format) added.getCell(i + 1).numFmt = format;
    });
  }
  table.columns.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.unit === null && c.key !== "value" ? 44 : 20;
  });
  sheet.views = [{ state: "frozen", ySplit: 2 }];
}

function addCover(wb: ExcelJS.Workbook, ctx: PcafExportContext, section: Jrt0227Section, lang: Lang): void {
  const zh = lang === "zh";
  const { run } = ctx;
  const sheet = wb.addWorksheet(zh ? "封面" : "Cover");
  sheet.addRow([`${section.standard} §${section.clause} ${section.title[lang]}`]).font = { bold: true, size: 14 };
  const lines: [string, string | number][] = [
    [zh ? "机构" : "Institution", zh ? ctx.institution.nameZh : ctx.institution.nameEn],
    [zh ? "报告年度" : "Reporting year", run.year],
    [zh ? "头寸清单" : "Book", ctx.bookLabel],
    [zh ? "核算编号" : "Run", run.id],
    [zh ? "完成时间" : "Completed at", run.completed_at?.toISOString() ?? ""],
    [zh ? "参考数据" : "Reference data", run.reference],
    [zh ? "参考数据 SHA-256" : "Reference data SHA-256", run.reference_sha256 ?? ""],
    [zh ? "输入哈希" : "Inputs hash", run.inputs_hash ?? ""],
    [zh ? "结果哈希" : "Result hash", run.result_hash ?? ""],
    [zh ? "汇总 SHA-256" : "Summary SHA-256", run.summary_sha256 ?? ""],
  ];
  for (const [label, value] of lines) sheet.addRow([label, value]).getCell(1).font = { bold: true };
  sheet.addRow([]);
  sheet.addRow([zh ? "说明" : "Notes"]).font = { bold: true };
  for (const note of section.notes) sheet.addRow([note[lang]]);
  sheet.getColumn(1).width = 26;
  sheet.getColumn(2).width = 72;
}

export async function pcafJrt0227Workbook(p: Platform, actor: Actor, runId: string, lang: Lang) {
  const ctx = await exportContext(p, actor, runId);
  const result = summaryOf(ctx.run)!;
  const previous = await previousSummary(p.db, ctx.run);
  const section = buildJrt0227Section(
    result,
    ctx.reference,
    previous ? comparePcafResults(previous, result) : undefined,
  );
  const wb = new ExcelJS.Workbook();
  wb.creator = "GreenFin";
  addCover(wb, ctx, section, lang);
  for (const table of section.tables) addTable(wb, table, lang);
  return {
    fileName: exportFileName(ctx, lang, { zh: "JR-T-0227-投融资活动环境影响", en: "JR-T-0227-financed-emissions" }),
    bytes: new Uint8Array(await wb.xlsx.writeBuffer()),
  };
}
