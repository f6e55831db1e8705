/**
 * Reads a filled disclosure workbook into raw entries for the validator, plus the problems only the file layer can
 * see: formulas, merged cells, error values, sheets and headers that are not the template's. Any such problem
 * refuses the file as a whole (no entries), so a filer never sees half a workbook imported; every problem is listed
 * at once so all can be fixed in one go. Values are not judged here (that is the validator's job).
 */
import type { IntakeProblem, RawEntry, RawValue } from "@greenfin/domain";
import ExcelJS from "exceljs";
import { fileProblem, wholeFile } from "./file-problem";
import { inspectXlsxZip } from "./inspect-zip";
import { type IntakeLimits, intakeLimits } from "./intake-limits";
import { readCell } from "./read-cell";
import { unitFromText } from "./unit-text";
import {
  AUXILIARY_SHEETS,
  COLUMN_ORDER,
  COLUMNS,
  type ColumnKey,
  columnNumber,
  FIRST_DATA_ROW,
  HEADER_ROW,
  headerMatches,
  TEMPLATE_FORMAT_VERSION,
} from "./workbook-layout";
import { readMetaSheet, type WorkbookMeta } from "./workbook-meta";

export interface WorkbookReadResult {
  readonly entries: RawEntry[];
  readonly problems: IntakeProblem[];
  readonly meta: WorkbookMeta | null;
}

const HEADER_LIST_ZH = COLUMN_ORDER.map((k) => COLUMNS[k].zh).join("、");
const HEADER_LIST_EN = COLUMN_ORDER.map((k) => COLUMNS[k].en).join(", ");

const at = (sheet: string, row: number, column: string) => ({ source: "xlsx", sheet, row, column }) as const;

function cellText(cell: ExcelJS.Cell): string | null {
  const r = readCell(cell);
  return r.kind === "value" && r.value !== null ? String(r.value).trim() || null : null;
}

/** The first header cell that does not name its column, or null when the header is the template's. */
function badHeaderColumn(ws: ExcelJS.Worksheet): ColumnKey | null {
  const row = ws.getRow(HEADER_ROW);
  return COLUMN_ORDER.find((k) => !headerMatches(COLUMNS[k], cellText(row.getCell(columnNumber(k))) ?? "")) ?? null;
}

/** "B3:D4" → its top-left cell. */
function topLeft(range: string): { row: number; column: string } {
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(range.toUpperCase());
  return { column: m?.[1] ?? "A", row: Number(m?.[2] ?? 1) };
}

function mergeProblems(ws: ExcelJS.Worksheet): IntakeProblem[] {
  if (!ws.hasMerges) return [];
  return ws.model.merges.map((range) => {
    const { row, column } = topLeft(range);
    return fileProblem(
      "MERGED_CELLS",
      at(ws.name, row, column),
      `合并单元格（${range}）不被接受，请取消合并，每个单元格只填一个值。`,
      `merged cells (${range}) are not accepted; unmerge them and keep one value per cell.`,
    );
  });
}

interface RowReading {
  readonly cells: Partial<Record<ColumnKey, RawValue>>;
  readonly problems: IntakeProblem[];
}

function readRow(ws: ExcelJS.Worksheet, row: ExcelJS.Row): RowReading {
  const cells: Partial<Record<ColumnKey, RawValue>> = {};
  const problems: IntakeProblem[] = [];
  for (const k of COLUMN_ORDER) {
    const letter = COLUMNS[k].letter;
    const r = readCell(row.getCell(columnNumber(k)));
    if (r.kind === "formula")
      problems.push(
        fileProblem(
          "FORMULA_CELL",
          at(ws.name, row.number, letter),
          "单元格含公式，请粘贴为数值。",
          "the cell holds a formula; paste the value instead.",
        ),
      );
    else if (r.kind === "error")
      problems.push(
        fileProblem(
          "ERROR_CELL",
          at(ws.name, row.number, letter),
          `单元格是错误值 ${r.error}，请改为数值，或留空并在「${COLUMNS.reason.zh}」列说明原因。`,
          `the cell holds the error value ${r.error}; enter a figure, or leave it empty and give a reason in column ${COLUMNS.reason.letter}.`,
        ),
      );
    else cells[k] = r.value;
  }
  return { cells, problems };
}

const asText = (v: RawValue | undefined): string | null => (v === null || v === undefined ? null : String(v));

function sheetEntries(ws: ExcelJS.Worksheet, entries: RawEntry[], problems: IntakeProblem[]): void {
  problems.push(...mergeProblems(ws));
  ws.eachRow((row, rowNumber) => {
    if (rowNumber < FIRST_DATA_ROW) return;
    const r = readRow(ws, row);
    problems.push(...r.problems);
    const value = r.cells.value ?? null;
    const reason = asText(r.cells.reason);
    // Rows still holding only the prefilled id, name and unit are indicators left unfilled.
    if (r.problems.length > 0 || (value === null && reason === null)) return;
    const indicatorId = asText(r.cells.indicator);
    const location = at(ws.name, rowNumber, value === null ? COLUMNS.reason.letter : COLUMNS.value.letter);
    if (indicatorId === null) {
      problems.push(
        fileProblem(
          "MISSING_INDICATOR",
          at(ws.name, rowNumber, COLUMNS.indicator.letter),
          `这一行填了数值或原因，但「${COLUMNS.indicator.zh}」为空。`,
          `the row has a value or reason but no ${COLUMNS.indicator.en}.`,
        ),
      );
      return;
    }
    entries.push({
      indicatorId,
      dimension: asText(r.cells.dimension) ?? "",
      value,
      unit: unitFromText(asText(r.cells.unit)),
      notDisclosedReason: reason,
      location,
    });
  });
}

/** Whether a sheet is meant to hold entries: named as a topic sheet in `_meta`, or headed like one. */
function isDataSheet(ws: ExcelJS.Worksheet, topicSheets: ReadonlySet<string>): boolean {
  if (topicSheets.has(ws.name)) return true;
  return headerMatches(COLUMNS.indicator, cellText(ws.getRow(HEADER_ROW).getCell(1)) ?? "");
}

function checkSheets(workbook: ExcelJS.Workbook, meta: WorkbookMeta | null, entries: RawEntry[]): IntakeProblem[] {
  const problems: IntakeProblem[] = [];
  const topicSheets = new Set(meta?.sheets.map((s) => s.sheet));
  for (const ws of workbook.worksheets) {
    if (AUXILIARY_SHEETS.includes(ws.name) || ws.actualRowCount === 0) continue;
    if (!isDataSheet(ws, topicSheets)) {
      problems.push(
        fileProblem(
          "UNKNOWN_SHEET",
          wholeFile(`sheet:${ws.name}`),
          `工作表「${ws.name}」不是填报模板的工作表（表头应为：${HEADER_LIST_ZH}）。请删除它，或把数据移到对应主题的工作表。`,
          `sheet "${ws.name}" is not a template sheet (its header should be: ${HEADER_LIST_EN}). Delete it, or move its data to the sheet of its topic.`,
        ),
      );
      continue;
    }
    const bad = badHeaderColumn(ws);
    if (bad) {
      const c = COLUMNS[bad];
      problems.push(
        fileProblem(
          "BAD_HEADER",
          at(ws.name, HEADER_ROW, c.letter),
          `表头应为「${c.zh}」。请不要改动、插入或删除模板的列（应为：${HEADER_LIST_ZH}）。`,
          `the header should read "${c.en}". Do not change, insert or delete the template's columns (${HEADER_LIST_EN}).`,
        ),
      );
      continue;
    }
    sheetEntries(ws, entries, problems);
  }
  return problems;
}

function rowBudgetProblem(workbook: ExcelJS.Workbook, limits: IntakeLimits): IntakeProblem | null {
  const rows = workbook.worksheets.reduce((n, ws) => n + ws.rowCount, 0);
  if (rows <= limits.maxRows) return null;
  return fileProblem(
    "TOO_LARGE",
    wholeFile("rows"),
    `工作簿共有 ${rows} 行，超过 ${limits.maxRows} 行上限。`,
    `the workbook has ${rows} rows, more than the limit of ${limits.maxRows}.`,
  );
}

export async function readDisclosureWorkbook(
  bytes: Uint8Array,
  limits?: Partial<IntakeLimits>,
): Promise<WorkbookReadResult> {
  const lim = intakeLimits(limits);
  const guard = await inspectXlsxZip(bytes, lim);
  if (guard.length > 0) return { entries: [], problems: guard, meta: null };

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer (JSZip reads either); slice() gives one of exactly these bytes.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (e) {
    const detail = (e as Error).message;
    const problem = fileProblem(
      "NOT_XLSX",
      wholeFile("xlsx"),
      `无法读取该 Excel 文件（${detail}）。请在 Excel 中重新另存为 .xlsx 后上传。`,
      `the Excel file could not be read (${detail}). Save it again as .xlsx in Excel and upload it.`,
    );
    return { entries: [], problems: [problem], meta: null };
  }

  const meta = readMetaSheet(workbook);
  if (meta && meta.formatVersion !== TEMPLATE_FORMAT_VERSION) {
    const problem = fileProblem(
      "UNSUPPORTED_TEMPLATE",
      wholeFile("_meta"),
      `该模板的格式版本（${meta.formatVersion}）无法识别，请重新下载填报模板。`,
      `the template's format version (${meta.formatVersion}) is not supported; download the template again.`,
    );
    return { entries: [], problems: [problem], meta };
  }
  const tooMany = rowBudgetProblem(workbook, lim);
  if (tooMany) return { entries: [], problems: [tooMany], meta };

  const entries: RawEntry[] = [];
  const problems = checkSheets(workbook, meta, entries);
  return { entries: problems.some((p) => p.severity === "error") ? [] : entries, problems, meta };
}
