/**
 * Reads an uploaded statistics workbook: guarded like the disclosure workbooks (zip-bomb and size checks before
 * exceljs sees it), the data sheet found by name, its header checked column by column, then one entry per row that
 * names a metric. A formula or an error value is refused at its cell: the filer should see the figure they submit.
 */
import type { IntakeProblem } from "@greenfin/domain";
import ExcelJS from "exceljs";
import { fileProblem, wholeFile } from "../../disclosure/intake/file-problem";
import { inspectXlsxZip } from "../../disclosure/intake/inspect-zip";
import { type IntakeLimits, intakeLimits } from "../../disclosure/intake/intake-limits";
import { readCell } from "../../disclosure/intake/read-cell";
import type { StatFileEntry, StatFileRead } from "./stat-file-types";
import {
  DATA_SHEET,
  FIRST_DATA_ROW,
  HEADER_ROW,
  headerText,
  PERIOD_CELL,
  STAT_COLUMNS,
  TEMPLATE_CELL,
} from "./stat-workbook-layout";

const at = (row: number, column: string) => ({ source: "xlsx" as const, sheet: DATA_SHEET, row, column });
const TEMPLATE_AT = at(TEMPLATE_CELL.row, TEMPLATE_CELL.column);
const PERIOD_AT = at(PERIOD_CELL.row, PERIOD_CELL.column);

const refuse = (problem: IntakeProblem): StatFileRead => ({
  templateRef: null,
  period: null,
  templateLocation: TEMPLATE_AT,
  periodLocation: PERIOD_AT,
  entries: [],
  problems: [problem],
});

/** A cell as text: numbers in their shortest exact form, blanks as "". Formulas and errors are problems. */
function cellText(ws: ExcelJS.Worksheet, row: number, column: string, problems: IntakeProblem[]): string {
  const reading = readCell(ws.getCell(`${column}${row}`));
  if (reading.kind === "formula") {
    problems.push(
      fileProblem(
        "FORMULA_CELL",
        at(row, column),
        "请填写数值而不是公式（可复制后“选择性粘贴—数值”）。",
        'enter the figure, not a formula (copy, then "Paste Special → Values").',
      ),
    );
    return "";
  }
  if (reading.kind === "error") {
    problems.push(
      fileProblem(
        "ERROR_CELL",
        at(row, column),
        `单元格是错误值 ${reading.error}。`,
        `the cell holds the error ${reading.error}.`,
      ),
    );
    return "";
  }
  const v = reading.value;
  return v === null ? "" : String(v).trim();
}

/** A period cell Excel turned into a date (2026-10 → 2026-10-01) reads back as the month. */
const periodText = (text: string) => (/^\d{4}-\d{2}-01$/.test(text) ? text.slice(0, 7) : text);

export async function readStatWorkbook(bytes: Uint8Array, limits?: Partial<IntakeLimits>): Promise<StatFileRead> {
  const lim = intakeLimits(limits);
  const guard = await inspectXlsxZip(bytes, lim);
  if (guard.length > 0) return { ...refuse(guard[0] as IntakeProblem), problems: guard };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (e) {
    const detail = (e as Error).message;
    return refuse(
      fileProblem(
        "NOT_XLSX",
        wholeFile("xlsx"),
        `无法读取该 Excel 文件（${detail}）。请在 Excel 中重新另存为 .xlsx 后上传。`,
        `the Excel file could not be read (${detail}). Save it again as .xlsx in Excel and upload it.`,
      ),
    );
  }
  const ws = workbook.getWorksheet(DATA_SHEET);
  if (!ws)
    return refuse(
      fileProblem(
        "MISSING_SHEET",
        wholeFile(`sheet:${DATA_SHEET}`),
        `找不到工作表「${DATA_SHEET}」。请下载统计报表模板，在其中填写后上传。`,
        `there is no sheet "${DATA_SHEET}". Download the statistics workbook, fill it in and upload it.`,
      ),
    );
  if (ws.rowCount > lim.maxRows)
    return refuse(
      fileProblem(
        "TOO_LARGE",
        wholeFile("rows"),
        `工作表共有 ${ws.rowCount} 行，超过 ${lim.maxRows} 行上限。`,
        `the sheet has ${ws.rowCount} rows, more than the limit of ${lim.maxRows}.`,
      ),
    );
  const problems: IntakeProblem[] = [];
  for (const c of Object.values(STAT_COLUMNS)) {
    const text = cellText(ws, HEADER_ROW, c.letter, problems);
    if (text !== headerText(c))
      problems.push(
        fileProblem(
          "BAD_HEADER",
          at(HEADER_ROW, c.letter),
          `表头应为「${headerText(c)}」。请不要改动、插入或删除模板的列。`,
          `the header should read "${headerText(c)}". Do not change, insert or delete the template's columns.`,
        ),
      );
  }
  if (problems.length) return { ...refuse(problems[0] as IntakeProblem), problems };
  const templateRef = cellText(ws, TEMPLATE_CELL.row, TEMPLATE_CELL.column, problems) || null;
  const period = periodText(cellText(ws, PERIOD_CELL.row, PERIOD_CELL.column, problems)) || null;
  const entries: StatFileEntry[] = [];
  const c = STAT_COLUMNS;
  for (let row = FIRST_DATA_ROW; row <= ws.rowCount; row++) {
    const metric = cellText(ws, row, c.metric.letter, problems);
    const item = cellText(ws, row, c.item.letter, problems);
    const value = cellText(ws, row, c.value.letter, problems);
    if (metric === "") {
      if (value !== "")
        problems.push(
          fileProblem(
            "NO_METRIC",
            at(row, c.value.letter),
            `这一行填了数值，但「${c.metric.zh}」为空。`,
            `the row has a value but no ${c.metric.en}.`,
          ),
        );
      continue;
    }
    entries.push({ metric, item: item === "" ? null : item, value, location: at(row, c.value.letter) });
  }
  return { templateRef, period, templateLocation: TEMPLATE_AT, periodLocation: PERIOD_AT, entries, problems };
}
