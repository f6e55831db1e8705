/**
 * Reads a long-format CSV (one value a line: indicator, dimension, value, unit, reason) into raw entries. Values
 * stay text: a CSV has no types, and the validator reads numbers, booleans and dates from text as it does for the
 * web form. As with workbooks, any file-level problem refuses the whole file.
 */
import type { IntakeProblem, RawEntry } from "@greenfin/domain";
import { CsvError, parse } from "csv-parse/sync";
import { decodeCsvText } from "./decode-text";
import { fileProblem, wholeFile } from "./file-problem";
import { type IntakeLimits, intakeLimits } from "./intake-limits";
import { unitFromText } from "./unit-text";
import { COLUMNS, type ColumnSpec, headerMatches } from "./workbook-layout";

export interface CsvReadResult {
  readonly entries: RawEntry[];
  readonly problems: IntakeProblem[];
}

type CsvColumn = "indicator" | "dimension" | "value" | "unit" | "reason";

/** Header names each column answers to (case-insensitive), besides the workbook's own header texts. */
const CSV_COLUMNS: Readonly<Record<CsvColumn, { readonly aliases: readonly string[]; readonly spec: ColumnSpec }>> = {
  indicator: { aliases: ["indicator", "indicator_id", "indicatorid"], spec: COLUMNS.indicator },
  dimension: { aliases: ["dimension"], spec: COLUMNS.dimension },
  value: { aliases: ["value"], spec: COLUMNS.value },
  unit: { aliases: ["unit"], spec: COLUMNS.unit },
  reason: { aliases: ["reason", "not_disclosed_reason"], spec: COLUMNS.reason },
};
const REQUIRED: readonly CsvColumn[] = ["indicator", "dimension", "value", "unit"];
const ALL = Object.keys(CSV_COLUMNS) as CsvColumn[];

const FILE = wholeFile("csv");

function notCsv(bytes: Uint8Array): IntakeProblem {
  const isExcel = (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
  if (isExcel)
    return fileProblem(
      "NOT_CSV",
      FILE,
      "这是 Excel 文件，不是 CSV。请按 Excel 文件上传，或在 Excel 中另存为“CSV UTF-8（逗号分隔）”。",
      'this is an Excel file, not a CSV. Upload it as an Excel file, or save it in Excel as "CSV UTF-8 (Comma delimited)".',
    );
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return fileProblem(
    "NOT_CSV",
    FILE,
    utf16
      ? "这是 UTF-16（“Unicode 文本”）文件。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”。"
      : "不是 CSV 文本文件（含二进制内容）。",
    utf16
      ? 'this is a UTF-16 ("Unicode text") file. Save it in Excel as "CSV UTF-8 (Comma delimited)".'
      : "not a CSV text file (it holds binary content).",
  );
}

function columnOf(header: string): CsvColumn | null {
  const h = header.trim().toLowerCase();
  return ALL.find((c) => CSV_COLUMNS[c].aliases.includes(h) || headerMatches(CSV_COLUMNS[c].spec, h)) ?? null;
}

interface ParsedRecord {
  readonly fields: string[];
  /** 1-based line the record starts on. */
  readonly line: number;
}

function parseRecords(text: string, maxRecords: number): ParsedRecord[] {
  const records = parse(text, {
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    // Stop early: one record past the budget is enough to refuse the file.
    to: maxRecords + 1,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  // `info.lines` is the line a record ends on; a quoted field may span lines.
  return records.map(({ record, info }) => ({
    fields: record,
    line: info.lines - record.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0),
  }));
}

const blank = (f: string | undefined) => f === undefined || f.trim() === "";

export function readDisclosureCsv(bytes: Uint8Array, limits?: Partial<IntakeLimits>): CsvReadResult {
  const lim = intakeLimits(limits);
  const refuse = (problem: IntakeProblem): CsvReadResult => ({ entries: [], problems: [problem] });
  if (bytes.length > lim.maxCsvBytes)
    return refuse(
      fileProblem(
        "TOO_LARGE",
        FILE,
        `文件超过 ${Math.round(lim.maxCsvBytes / 1024 / 1024)} MiB 上限。`,
        `the file is larger than the ${Math.round(lim.maxCsvBytes / 1024 / 1024)} MiB limit.`,
      ),
    );
  if (bytes.includes(0)) return refuse(notCsv(bytes));

  let records: ParsedRecord[];
  try {
    records = parseRecords(decodeCsvText(bytes).text, lim.maxRows + 1);
  } catch (e) {
    const line = e instanceof CsvError ? (e as CsvError & { lines?: number }).lines : undefined;
    return refuse(
      fileProblem(
        "BAD_CSV",
        wholeFile(line ? `csv line ${line}` : "csv"),
        `无法解析 CSV（${(e as Error).message}），请检查引号是否成对。`,
        `the CSV could not be parsed (${(e as Error).message}); check that quotes are paired.`,
      ),
    );
  }
  if (records.length > lim.maxRows + 1)
    return refuse(
      fileProblem(
        "TOO_LARGE",
        FILE,
        `CSV 超过 ${lim.maxRows} 行上限。`,
        `the CSV has more than the limit of ${lim.maxRows} rows.`,
      ),
    );
  const [header, ...rows] = records;
  if (!header)
    return refuse(
      fileProblem("BAD_HEADER", FILE, "CSV 为空，缺少表头行。", "the CSV is empty; the header row is missing."),
    );

  const index = new Map<CsvColumn, number>();
  header.fields.forEach((h, i) => {
    const c = columnOf(h);
    if (c && !index.has(c)) index.set(c, i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0)
    return {
      entries: [],
      problems: missing.map((c) =>
        fileProblem(
          "BAD_HEADER",
          { source: "csv", line: header.line, column: c },
          `表头缺少「${c}」列（也可写作「${CSV_COLUMNS[c].spec.zh}」）。`,
          `the header has no "${c}" column (also accepted: "${CSV_COLUMNS[c].spec.zh}").`,
        ),
      ),
    };

  const width = header.fields.length;
  const entries: RawEntry[] = [];
  const problems: IntakeProblem[] = [];
  for (const { fields, line } of rows) {
    if (fields.every(blank)) continue;
    if (fields.length !== width) {
      const column = fields.length < width ? header.fields[fields.length]!.trim() : `#${width + 1}`;
      problems.push(
        fileProblem(
          "ROW_LENGTH",
          { source: "csv", line, column },
          `这一行有 ${fields.length} 列，表头有 ${width} 列。请检查是否缺少或多了逗号（含逗号的内容需用英文双引号括起）。`,
          `the line has ${fields.length} fields but the header has ${width}. Check for a missing or extra comma (text holding a comma must be in double quotes).`,
        ),
      );
      continue;
    }
    const get = (c: CsvColumn): string | null => {
      const i = index.get(c);
      const f = i === undefined ? undefined : fields[i];
      return blank(f) ? null : f!.trim();
    };
    const value = get("value");
    const reason = get("reason");
    if (value === null && reason === null) continue;
    const indicatorId = get("indicator");
    if (indicatorId === null) {
      problems.push(
        fileProblem(
          "MISSING_INDICATOR",
          { source: "csv", line, column: "indicator" },
          "这一行填了数值或原因，但指标编号为空。",
          "the line has a value or reason but no indicator id.",
        ),
      );
      continue;
    }
    entries.push({
      indicatorId,
      dimension: get("dimension") ?? "",
      value,
      unit: unitFromText(get("unit")),
      notDisclosedReason: reason,
      location: { source: "csv", line, column: value === null ? "reason" : "value" },
    });
  }
  return { entries: problems.length > 0 ? [] : entries, problems };
}
