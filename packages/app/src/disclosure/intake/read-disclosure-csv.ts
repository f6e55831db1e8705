/**
 * Reads a long-format CSV (one value a line: indicator, dimension, value, unit, reason) into raw entries. Values
 * stay text: a CSV has no types, and the validator reads numbers, booleans and dates from text as it does for the
 * web form. As with workbooks, any file-level problem refuses the whole file.
 */
import type { IntakeProblem, RawEntry } from "@greenfin/domain";
import { readCsvRecords } from "./csv-records";
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

function columnOf(header: string): CsvColumn | null {
  const h = header.trim().toLowerCase();
  return ALL.find((c) => CSV_COLUMNS[c].aliases.includes(h) || headerMatches(CSV_COLUMNS[c].spec, h)) ?? null;
}

const blank = (f: string | undefined) => f === undefined || f.trim() === "";

export function readDisclosureCsv(bytes: Uint8Array, limits?: Partial<IntakeLimits>): CsvReadResult {
  const lim = intakeLimits(limits);
  const refuse = (problem: IntakeProblem): CsvReadResult => ({ entries: [], problems: [problem] });
  const read = readCsvRecords(bytes, lim);
  if ("problem" in read) return refuse(read.problem);
  const [header, ...rows] = read.records;
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
