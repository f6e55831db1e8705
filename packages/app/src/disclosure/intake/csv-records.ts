/**
 * An uploaded CSV read into records, or the one file-level problem that refuses it whole: too large, not text (an
 * Excel file, UTF-16, binary), unparseable, too many lines. UTF-8 or GB18030 as Chinese Excel writes it. Shared by
 * every CSV intake (disclosures, statistics reports), which then read their own columns.
 */
import type { IntakeProblem } from "@greenfin/domain";
import { CsvError, parse } from "csv-parse/sync";
import { decodeCsvText } from "./decode-text";
import { fileProblem, wholeFile } from "./file-problem";
import type { IntakeLimits } from "./intake-limits";

const FILE = wholeFile("csv");

export interface CsvRecord {
  readonly fields: string[];
  /** 1-based line the record starts on. */
  readonly line: number;
}

export function readCsvRecords(
  bytes: Uint8Array,
  lim: IntakeLimits,
): { readonly records: CsvRecord[] } | { readonly problem: IntakeProblem } {
  const mib = Math.round(lim.maxCsvBytes / 1024 / 1024);
  if (bytes.length > lim.maxCsvBytes)
    return {
      problem: fileProblem(
        "TOO_LARGE",
        FILE,
        `文件超过 ${mib} MiB 上限。`,
        `the file is larger than the ${mib} MiB limit.`,
      ),
    };
  if (bytes.includes(0)) return { problem: notCsv(bytes) };
  let records: CsvRecord[];
  try {
    records = parseRecords(decodeCsvText(bytes).text, lim.maxRows + 1);
  } catch (e) {
    const line = e instanceof CsvError ? (e as CsvError & { lines?: number }).lines : undefined;
    return {
      problem: fileProblem(
        "BAD_CSV",
        wholeFile(line ? `csv line ${line}` : "csv"),
        `无法解析 CSV（${(e as Error).message}），请检查引号是否成对。`,
        `the CSV could not be parsed (${(e as Error).message}); check that quotes are paired.`,
      ),
    };
  }
  if (records.length > lim.maxRows + 1)
    return {
      problem: fileProblem(
        "TOO_LARGE",
        FILE,
        `CSV 超过 ${lim.maxRows} 行上限。`,
        `the CSV has more than the limit of ${lim.maxRows} rows.`,
      ),
    };
  return { records };
}

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

function parseRecords(text: string, maxRecords: number): CsvRecord[] {
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
