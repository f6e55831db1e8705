/**
 * A rating workbook as grids: the values sheet ("values", or the first sheet) and, when present, the
 * "controversies" sheet, header in row 1. The file passes the disclosure intake's zip guard before exceljs opens it;
 * formulas, error values and merged cells are refused as in a disclosure workbook. Other sheets are ignored.
 */
import type { RawValue } from "@greenfin/domain";
import ExcelJS from "exceljs";
import { inspectXlsxZip } from "../../disclosure/intake/inspect-zip";
import { readCell } from "../../disclosure/intake/read-cell";
import { OFFLINE_RATING_LIMITS } from "./offline-limits";
import { type Grid, type RatingFileProblem, ratingProblem } from "./rating-table";

const VALUES_SHEETS = ["values", "数据"];
const CONTROVERSY_SHEETS = ["controversies", "争议事件"];

export interface WorkbookGrids {
  readonly values: Grid | null;
  readonly controversies: Grid | null;
  readonly problems: RatingFileProblem[];
}

/** 1 → "A", 27 → "AA". */
export function columnLetter(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function sheetGrid(ws: ExcelJS.Worksheet, file: string, problems: RatingFileProblem[]): Grid {
  const at = (row: number, column: number) =>
    ({ source: "xlsx", sheet: ws.name, row, column: columnLetter(column) }) as const;
  for (const range of ws.hasMerges ? ws.model.merges : []) {
    const [, column = "A", row = "1"] = /^\$?([A-Z]+)\$?(\d+)/.exec(range.toUpperCase()) ?? [];
    problems.push(
      ratingProblem(
        "MERGED_CELLS",
        file,
        { source: "xlsx", sheet: ws.name, row: Number(row), column },
        `合并单元格（${range}）不被接受，请取消合并`,
        `merged cells (${range}) are not accepted; unmerge them`,
      ),
    );
  }
  const width = ws.columnCount;
  const read = (row: ExcelJS.Row): RawValue[] =>
    Array.from({ length: width }, (_, i) => {
      const r = readCell(row.getCell(i + 1));
      if (r.kind === "value") return r.value;
      const [zh, en] =
        r.kind === "formula"
          ? ["单元格含公式，请粘贴为数值", "the cell holds a formula; paste the value instead"]
          : [`单元格是错误值 ${r.error}`, `the cell holds the error value ${r.error}`];
      problems.push(
        ratingProblem(r.kind === "formula" ? "FORMULA_CELL" : "ERROR_CELL", file, at(row.number, i + 1), zh, en),
      );
      return null;
    });
  const header = read(ws.getRow(1)).map((v) => (v === null ? "" : String(v)));
  const rows: Grid["rows"][number][] = [];
  ws.eachRow((row, number) => {
    if (number > 1) rows.push({ cells: read(row), number });
  });
  return {
    header,
    rows,
    locate: (row, index) => at(row, index + 1),
    headerAt: { source: "xlsx", sheet: ws.name, row: 1, column: "A" },
  };
}

const named = (workbook: ExcelJS.Workbook, names: readonly string[]) =>
  workbook.worksheets.find((ws) => names.includes(ws.name.trim().toLowerCase()));

export async function readRatingWorkbook(bytes: Uint8Array, file: string): Promise<WorkbookGrids> {
  const refuse = (problems: RatingFileProblem[]): WorkbookGrids => ({ values: null, controversies: null, problems });
  const guard = await inspectXlsxZip(bytes, OFFLINE_RATING_LIMITS);
  if (guard.length > 0)
    return refuse(guard.map((p) => ratingProblem(p.code, file, p.location, p.messageZh, p.messageEn)));
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; slice() gives one holding exactly these bytes.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (e) {
    const detail = (e as Error).message;
    return refuse([
      ratingProblem(
        "NOT_XLSX",
        file,
        { source: "file", field: "xlsx" },
        `无法读取该 Excel 文件（${detail}）`,
        `the Excel file could not be read (${detail})`,
      ),
    ]);
  }
  const rows = workbook.worksheets.reduce((n, ws) => n + ws.rowCount, 0);
  if (rows > OFFLINE_RATING_LIMITS.maxRows)
    return refuse([
      ratingProblem(
        "TOO_LARGE",
        file,
        { source: "file", field: "rows" },
        `工作簿共有 ${rows} 行，超过上限`,
        `the workbook has ${rows} rows, more than the limit of ${OFFLINE_RATING_LIMITS.maxRows}`,
      ),
    ]);
  const problems: RatingFileProblem[] = [];
  const valuesSheet = named(workbook, VALUES_SHEETS) ?? workbook.worksheets[0];
  const controversySheet = named(workbook, CONTROVERSY_SHEETS);
  return {
    values: valuesSheet && valuesSheet !== controversySheet ? sheetGrid(valuesSheet, file, problems) : null,
    controversies: controversySheet ? sheetGrid(controversySheet, file, problems) : null,
    problems,
  };
}
