import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import type { ActivityRow, CarbonProblem } from "@greenfin/domain";
import { CsvError, parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

/** docs/carbon-data-formats.md §1: columns matched case-insensitively, English or the Chinese header. */
const COLUMNS = {
  enterprise: ["enterprise", "企业"],
  meter: ["meter", "计量点"],
  month: ["month", "月份"],
  item: ["item", "项目"],
  quantity: ["quantity", "数量"],
  unit: ["unit", "单位"],
  note: ["note", "备注"],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: readonly Column[] = ["enterprise", "month", "item", "quantity", "unit"];
/** A generous cap: a utility export of a million rows is some 80 MB of CSV. */
const MAX_BYTES = 200 * 2 ** 20;

export interface ActivityFile {
  readonly rows: ActivityRow[];
  readonly problems: CarbonProblem[];
}

const fileProblem = (zh: string, en: string): CarbonProblem => ({
  row: "file",
  column: "",
  messageZh: zh,
  messageEn: en,
});

function columnIndex(header: readonly string[]): { index: Map<Column, number>; problems: CarbonProblem[] } {
  const index = new Map<Column, number>();
  const names = header.map((h) =>
    h
      .trim()
      .replace(/^\uFEFF/, "")
      .toLowerCase(),
  );
  for (const [column, aliases] of Object.entries(COLUMNS) as [Column, readonly string[]][]) {
    const at = names.findIndex((n) => aliases.includes(n));
    if (at >= 0) index.set(column, at);
  }
  const problems = REQUIRED.filter((c) => !index.has(c)).map((c) =>
    fileProblem(`缺少列 ${c}（${COLUMNS[c][1]}）`, `missing column ${c} (${COLUMNS[c][1]})`),
  );
  return { index, problems };
}

function toRows(records: readonly { ref: string; cells: readonly string[] }[]): ActivityFile {
  const [head, ...body] = records;
  if (!head) return { rows: [], problems: [fileProblem("文件为空", "the file is empty")] };
  const { index, problems } = columnIndex(head.cells);
  if (problems.length) return { rows: [], problems };
  const cell = (cells: readonly string[], c: Column) => {
    const at = index.get(c);
    return at === undefined ? "" : (cells[at] ?? "").trim();
  };
  const rows = body
    .filter((r) => r.cells.some((c) => c.trim() !== ""))
    .map(
      (r): ActivityRow => ({
        ref: r.ref,
        enterprise: cell(r.cells, "enterprise"),
        meter: cell(r.cells, "meter") || "main",
        month: cell(r.cells, "month"),
        item: cell(r.cells, "item"),
        quantity: cell(r.cells, "quantity"),
        unit: cell(r.cells, "unit"),
        note: cell(r.cells, "note"),
      }),
    );
  if (!rows.length) return { rows, problems: [fileProblem("文件没有数据行", "the file has no data rows")] };
  return { rows, problems: [] };
}

function readCsv(bytes: Buffer): ActivityFile {
  try {
    const parsed = parse(bytes.toString("utf8").replace(/^\uFEFF/, ""), {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return toRows(parsed.map((p) => ({ ref: `line ${p.info.lines}`, cells: p.record })));
  } catch (e) {
    const line = e instanceof CsvError ? (e as CsvError & { lines?: number }).lines : undefined;
    return {
      rows: [],
      problems: [
        {
          row: line ? `line ${line}` : "file",
          column: "",
          messageZh: `无法解析 CSV（${(e as Error).message}）`,
          messageEn: `the CSV could not be parsed (${(e as Error).message})`,
        },
      ],
    };
  }
}

/** A cell as the text a person typed: numbers as written, a date cell as YYYY-MM; formulas are refused. */
function cellText(value: ExcelJS.CellValue, ref: string, problems: CarbonProblem[]): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 7);
  if (typeof value === "object" && "richText" in value) return value.richText.map((t) => t.text).join("");
  problems.push({
    row: ref,
    column: "",
    messageZh: "不接受公式或错误值单元格",
    messageEn: "formula or error cells are not accepted",
  });
  return "";
}

async function readXlsx(bytes: Buffer): Promise<ActivityFile> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    return {
      rows: [],
      problems: [
        fileProblem(`无法读取工作簿（${(e as Error).message}）`, `cannot read the workbook (${(e as Error).message})`),
      ],
    };
  }
  const sheet = book.worksheets[0];
  if (!sheet) return { rows: [], problems: [fileProblem("工作簿没有工作表", "the workbook has no sheet")] };
  const problems: CarbonProblem[] = [];
  const records: { ref: string; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    const ref = `${sheet.name} row ${n}`;
    const values = row.values as ExcelJS.CellValue[];
    records.push({ ref, cells: values.slice(1).map((v) => cellText(v, ref, problems)) });
  });
  const result = toRows(records);
  return { rows: result.rows, problems: [...problems, ...result.problems] };
}

/** Reads an activity file (.csv or .xlsx) into rows that remember their line or sheet row. */
export async function readActivityFile(path: string): Promise<ActivityFile> {
  const ext = extname(path).toLowerCase();
  if (ext !== ".csv" && ext !== ".xlsx")
    return {
      rows: [],
      problems: [fileProblem(`应为 .csv 或 .xlsx 文件：${path}`, `must be a .csv or .xlsx file: ${path}`)],
    };
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_BYTES)
      return { rows: [], problems: [fileProblem("文件过大", `larger than ${MAX_BYTES / 2 ** 20} MiB`)] };
    bytes = readFileSync(path);
  } catch (e) {
    return { rows: [], problems: [fileProblem(`无法读取 ${path}`, `cannot read ${path} (${(e as Error).message})`)] };
  }
  return ext === ".csv" ? readCsv(bytes) : readXlsx(bytes);
}
