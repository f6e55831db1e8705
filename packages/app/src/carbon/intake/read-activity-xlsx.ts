/**
 * Reads the first worksheet of an activity workbook row by row with exceljs's streaming reader, after the same zip
 * guard as disclosure workbooks (declared and actual inflated sizes, compression ratios, entry count). Formulas and
 * error values are refused per cell; a month typed as a date reads as its YYYY-MM; numbers read as plain decimals.
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { inspectXlsxZip } from "../../disclosure/intake/inspect-zip";
import { intakeLimits } from "../../disclosure/intake/intake-limits";
import { readCell } from "../../disclosure/intake/read-cell";
import {
  ACTIVITY_COLUMN_ZH,
  ACTIVITY_COLUMNS,
  type ActivityColumn,
  type CellProblem,
  columnIndex,
  REQUIRED_ACTIVITY_COLUMNS,
  type RowLocator,
  type SourceRow,
} from "./activity-columns";
import type { ActivityIntakeLimits } from "./activity-limits";
import { ActivityFileRefused, type ActivityProblem, activityProblem, fileLevel } from "./activity-problems";

/** A number as plain decimal text (no exponent, no grouping). */
export function plainNumber(n: number): string {
  return n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

export function columnLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

const toProblem = (p: { code: string; location: unknown; messageZh: string; messageEn: string }): ActivityProblem =>
  fileLevel(p.code, "xlsx", p.messageZh, p.messageEn);

/** The workbook's bytes, checked as a zip before anything inflates them into memory. */
export async function guardXlsx(bytes: Uint8Array, lim: ActivityIntakeLimits): Promise<void> {
  const problems = await inspectXlsxZip(
    bytes,
    intakeLimits({
      maxUploadBytes: lim.maxXlsxBytes,
      maxUncompressedBytes: lim.maxUncompressedBytes,
      maxRows: lim.maxRows,
    }),
  );
  if (problems.length > 0) throw new ActivityFileRefused(problems.map(toProblem));
}

function cellText(c: ActivityColumn, cell: ExcelJS.Cell): { text: string | null; problem?: CellProblem } {
  const raw = cell.value;
  if (c === "month" && raw instanceof Date && !Number.isNaN(raw.getTime()))
    return { text: raw.toISOString().slice(0, 7) };
  const r = readCell(cell);
  if (r.kind === "formula")
    return {
      text: null,
      problem: {
        column: c,
        code: "FORMULA_CELL",
        zh: "单元格含公式，请粘贴为数值。",
        en: "the cell holds a formula; paste the value instead.",
      },
    };
  if (r.kind === "error")
    return {
      text: null,
      problem: {
        column: c,
        code: "ERROR_CELL",
        zh: `单元格是错误值 ${r.error}。`,
        en: `the cell holds the error value ${r.error}.`,
      },
    };
  const v = r.value;
  if (v === null) return { text: null };
  if (typeof v === "number") return { text: plainNumber(v) };
  const t = String(v).trim();
  return { text: t === "" ? null : t };
}

/**
 * The data rows of the workbook's first sheet, a thousand at a time (a file-level problem throws), and where a row's cell
 * is: sheet, row and column letter.
 */
export function readActivityXlsx(
  bytes: Uint8Array,
  lim: ActivityIntakeLimits,
): { rows: AsyncGenerator<SourceRow[]>; locate: RowLocator } {
  const state: { sheet: string; index: Map<ActivityColumn, number> | null } = { sheet: "Sheet1", index: null };
  return {
    rows: xlsxRows(bytes, lim, state),
    locate: (row, column) => ({
      source: "xlsx",
      sheet: state.sheet,
      row,
      column: state.index?.has(column) ? columnLetter(state.index.get(column)! + 1) : column,
    }),
  };
}

async function* xlsxRows(
  bytes: Uint8Array,
  lim: ActivityIntakeLimits,
  state: { sheet: string; index: Map<ActivityColumn, number> | null },
): AsyncGenerator<SourceRow[]> {
  let batch: SourceRow[] = [];
  await guardXlsx(bytes, lim);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
    entries: "emit",
  });
  let index: Map<ActivityColumn, number> | null = null;
  let rows = 0;
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name?: string }).name ?? "Sheet1";
      state.sheet = name;
      for await (const row of sheet) {
        if (!index) {
          const headers: string[] = [];
          row.eachCell({ includeEmpty: true }, (c, col) => {
            headers[col - 1] = cellText("note", c).text ?? "";
          });
          index = columnIndex(headers);
          state.index = index;
          const missing = REQUIRED_ACTIVITY_COLUMNS.filter((c) => !index!.has(c));
          if (missing.length > 0)
            throw new ActivityFileRefused(
              missing.map((c) =>
                activityProblem(
                  "BAD_HEADER",
                  { source: "xlsx", sheet: name, row: row.number, column: c },
                  row.number,
                  c,
                  `表头缺少「${c}」列（也可写作「${ACTIVITY_COLUMN_ZH[c]}」）。`,
                  `the header has no "${c}" column (also accepted: "${ACTIVITY_COLUMN_ZH[c]}").`,
                ),
              ),
            );
          continue;
        }
        const cells = {} as Record<ActivityColumn, string | null>;
        const problems: CellProblem[] = [];
        for (const c of ACTIVITY_COLUMNS) {
          const i = index.get(c);
          if (i === undefined) {
            cells[c] = null;
            continue;
          }
          const read = cellText(c, row.getCell(i + 1));
          cells[c] = read.text;
          if (read.problem) problems.push(read.problem);
        }
        if (problems.length === 0 && ACTIVITY_COLUMNS.every((c) => cells[c] === null)) continue;
        if (++rows > lim.maxRows)
          throw new ActivityFileRefused([
            fileLevel(
              "TOO_LARGE",
              "rows",
              `文件超过 ${lim.maxRows} 行上限。`,
              `the file has more than ${lim.maxRows} rows.`,
            ),
          ]);
        batch.push({ row: row.number, cells, ...(problems.length ? { problems } : {}) });
        if (batch.length >= 1000) {
          yield batch;
          batch = [];
        }
      }
      break; // the first worksheet only
    }
    if (batch.length) yield batch;
  } catch (e) {
    if (e instanceof ActivityFileRefused) throw e;
    const detail = (e as Error).message;
    throw new ActivityFileRefused([
      fileLevel(
        "NOT_XLSX",
        "xlsx",
        `无法读取该 Excel 文件（${detail}）。请在 Excel 中重新另存为 .xlsx 后上传。`,
        `the Excel file could not be read (${detail}). Save it again as .xlsx in Excel and upload it.`,
      ),
    ]);
  }
  if (!index)
    throw new ActivityFileRefused([
      fileLevel("BAD_HEADER", "xlsx", "工作表为空，缺少表头行。", "the worksheet is empty; the header row is missing."),
    ]);
}
