/**
 * Reads an uploaded statistics CSV: a header `metric,item,value` (any order, case-insensitive), then one figure a
 * line, the item empty for a metric's total. UTF-8 or GB18030 as Chinese Excel writes it; size and line limits as
 * for the disclosure files. The template and period come with the upload, not in the file.
 */
import type { IntakeProblem } from "@greenfin/domain";
import { CsvError, parse } from "csv-parse/sync";
import { decodeCsvText } from "../../disclosure/intake/decode-text";
import { fileProblem, wholeFile } from "../../disclosure/intake/file-problem";
import { type IntakeLimits, intakeLimits } from "../../disclosure/intake/intake-limits";
import type { StatFileEntry, StatFileRead } from "./stat-file-types";

const COLUMNS = ["metric", "item", "value"] as const;
const FILE = wholeFile("csv");

const refuse = (problem: IntakeProblem): StatFileRead => ({
  templateRef: null,
  period: null,
  templateLocation: { source: "form", field: "templateRef" },
  periodLocation: { source: "form", field: "period" },
  entries: [],
  problems: [problem],
});

export function readStatCsv(bytes: Uint8Array, limits?: Partial<IntakeLimits>): StatFileRead {
  const lim = intakeLimits(limits);
  const mib = Math.round(lim.maxCsvBytes / 1024 / 1024);
  if (bytes.length > lim.maxCsvBytes)
    return refuse(
      fileProblem("TOO_LARGE", FILE, `文件超过 ${mib} MiB 上限。`, `the file is larger than the ${mib} MiB limit.`),
    );
  if (bytes.includes(0) || (bytes[0] === 0x50 && bytes[1] === 0x4b))
    return refuse(
      fileProblem(
        "NOT_CSV",
        FILE,
        "不是 CSV 文本文件。请上传 Excel 工作簿（.xlsx），或另存为“CSV UTF-8（逗号分隔）”。",
        'not a CSV text file. Upload the Excel workbook (.xlsx), or save as "CSV UTF-8 (Comma delimited)".',
      ),
    );
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decodeCsvText(bytes).text, {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      to: lim.maxRows + 2,
    }) as unknown as typeof records;
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
  const header = (records[0]?.record ?? []).map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<
    (typeof COLUMNS)[number],
    number
  >;
  const missing = COLUMNS.filter((c) => index[c] < 0);
  if (missing.length)
    return refuse(
      fileProblem(
        "BAD_HEADER",
        { source: "csv", line: 1, column: missing.join(",") },
        `第一行应为表头 metric,item,value，缺少 ${missing.join("、")}。`,
        `the first line must be the header metric,item,value; ${missing.join(", ")} missing.`,
      ),
    );
  const entries: StatFileEntry[] = records.slice(1).map(({ record, info }) => {
    const field = (c: (typeof COLUMNS)[number]) => (record[index[c]] ?? "").trim();
    return {
      metric: field("metric"),
      item: field("item") === "" ? null : field("item"),
      value: field("value"),
      location: { source: "csv", line: info.lines, column: "value" },
    };
  });
  const problems = entries
    .filter((e) => e.metric === "" && e.value !== "")
    .map((e) =>
      fileProblem("NO_METRIC", e.location, "这一行填了数值，但 metric 为空。", "the line has a value but no metric."),
    );
  return {
    templateRef: null,
    period: null,
    templateLocation: { source: "form", field: "templateRef" },
    periodLocation: { source: "form", field: "period" },
    entries: entries.filter((e) => e.metric !== ""),
    problems,
  };
}
