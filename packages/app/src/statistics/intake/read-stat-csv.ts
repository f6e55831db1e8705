/**
 * Reads an uploaded statistics CSV: a header `metric,item,value` (any order, case-insensitive), then one figure a
 * line, the item empty for a metric's total. UTF-8 or GB18030 as Chinese Excel writes it; size and line limits as
 * for the disclosure files. The template and period come with the upload, not in the file.
 */
import type { IntakeProblem } from "@greenfin/domain";
import { readCsvRecords } from "../../disclosure/intake/csv-records";
import { fileProblem } from "../../disclosure/intake/file-problem";
import { type IntakeLimits, intakeLimits } from "../../disclosure/intake/intake-limits";
import type { StatFileEntry, StatFileRead } from "./stat-file-types";

const COLUMNS = ["metric", "item", "value"] as const;

const refuse = (problem: IntakeProblem): StatFileRead => ({
  templateRef: null,
  period: null,
  templateLocation: { source: "form", field: "templateRef" },
  periodLocation: { source: "form", field: "period" },
  entries: [],
  problems: [problem],
});

export function readStatCsv(bytes: Uint8Array, limits?: Partial<IntakeLimits>): StatFileRead {
  const read = readCsvRecords(bytes, intakeLimits(limits));
  if ("problem" in read) return refuse(read.problem);
  const records = read.records;
  const header = (records[0]?.fields ?? []).map((h) => h.trim().toLowerCase());
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
  const entries: StatFileEntry[] = records.slice(1).map(({ fields, line }) => {
    const field = (c: (typeof COLUMNS)[number]) => (fields[index[c]] ?? "").trim();
    return {
      metric: field("metric"),
      item: field("item") === "" ? null : field("item"),
      value: field("value"),
      location: { source: "csv", line, column: "value" },
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
