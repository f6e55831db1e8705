/**
 * Every position result of a completed run as an Excel workbook, written with exceljs's streaming writer to the
 * caller's stream: rows are read from the database in keyset batches and committed as they go, so a run of a million
 * positions is exported in bounded memory. An "About" sheet comes first with the run's hashes.
 */
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import type { Actor } from "../context/actor";
import type { Lang } from "../errors/app-error";
import type { Platform } from "../platform";
import { exportContext, exportFileName } from "./pcaf-export-context";
import { POSITION_ROW_COLUMNS, toPositionRow } from "./read-pcaf-positions";

const BATCH = 5_000;

const COLUMNS: { key: string; zh: string; en: string; width: number; numFmt?: string }[] = [
  { key: "positionId", zh: "头寸编号", en: "Position", width: 26 },
  { key: "assetClass", zh: "资产类别", en: "Asset class", width: 22 },
  { key: "counterparty", zh: "交易对手", en: "Counterparty", width: 22 },
  { key: "counterpartyName", zh: "交易对手名称", en: "Counterparty name", width: 30 },
  { key: "sector", zh: "行业", en: "Sector", width: 10 },
  { key: "section", zh: "门类", en: "Section", width: 10 },
  { key: "outstanding", zh: "余额（元）", en: "Outstanding (CNY)", width: 18, numFmt: "#,##0.00" },
  { key: "attributionFactor", zh: "归因因子", en: "Attribution factor", width: 16, numFmt: "0.000000000000" },
  {
    key: "financedScope12Tco2e",
    zh: "投融资排放 范围一+二（tCO2e）",
    en: "Financed Scope 1+2 (tCO2e)",
    width: 20,
    numFmt: "#,##0.000000",
  },
  {
    key: "financedScope3Tco2e",
    zh: "投融资排放 范围三（tCO2e）",
    en: "Financed Scope 3 (tCO2e)",
    width: 20,
    numFmt: "#,##0.000000",
  },
  { key: "score", zh: "数据质量得分", en: "Data-quality score", width: 12 },
  { key: "evidence", zh: "数据依据", en: "Evidence", width: 20 },
];
const NUMERIC = new Set(COLUMNS.filter((c) => c.numFmt).map((c) => c.key));

/** Writes the workbook to `out` (which the caller opened and disposes of); returns the file's name. */
export async function writePcafPositionsWorkbook(
  p: Platform,
  actor: Actor,
  runId: string,
  lang: Lang,
  out: Writable,
): Promise<{ fileName: string; positions: number }> {
  const ctx = await exportContext(p, actor, runId);
  const { run } = ctx;
  const zh = lang === "zh";
  const classNames = new Map(ctx.reference.assetClasses.map((c) => [c.id, zh ? c.nameZh : c.nameEn]));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const about = wb.addWorksheet(zh ? "说明" : "About");
  about.columns = [{ width: 24 }, { width: 72 }];
  for (const row of [
    [zh ? "机构" : "Institution", zh ? ctx.institution.nameZh : ctx.institution.nameEn],
    [zh ? "报告年度" : "Reporting year", run.year],
    [zh ? "头寸清单" : "Book", ctx.bookLabel],
    [zh ? "核算编号" : "Run", run.id],
    [zh ? "参考数据" : "Reference data", run.reference],
    [zh ? "输入哈希" : "Inputs hash", run.inputs_hash],
    [zh ? "结果哈希" : "Result hash", run.result_hash],
  ])
    about.addRow(row).commit();
  about.commit();

  const sheet = wb.addWorksheet(zh ? "头寸" : "Positions", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = COLUMNS.map((c) => ({
    header: zh ? c.zh : c.en,
    key: c.key,
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  let after = 0;
  let positions = 0;
  for (;;) {
    const r = await p.db.query<Parameters<typeof toPositionRow>[0] & { row_no: number }>(
      `SELECT row_no, ${POSITION_ROW_COLUMNS} FROM pcaf_position_results
        WHERE run_id = $1 AND row_no > $2 ORDER BY row_no LIMIT $3`,
      [run.id, after, BATCH],
    );
    if (r.rows.length === 0) break;
    for (const x of r.rows) {
      const row = toPositionRow(x) as unknown as Record<string, string | number | null>;
      const values: Record<string, string | number | null> = {};
      for (const c of COLUMNS) {
        const v = row[c.key] ?? null;
        values[c.key] = NUMERIC.has(c.key) && typeof v === "string" ? Number(v) : v;
      }
      values.assetClass = classNames.get(x.asset_class) ?? x.asset_class;
      sheet.addRow(values).commit();
    }
    positions += r.rows.length;
    after = r.rows[r.rows.length - 1]!.row_no;
  }
  sheet.commit();
  await wb.commit();
  return { fileName: exportFileName(ctx, lang, { zh: "头寸结果", en: "positions" }), positions };
}
