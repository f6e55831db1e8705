/**
 * A rating CSV as a grid of text cells: UTF-8 or GB18030 (as the disclosure intake decodes), quoted fields that may
 * span lines, each record remembering the line it starts on. Values stay text; the validator reads them.
 */
import { CsvError, parse } from "csv-parse/sync";
import { decodeCsvText } from "../../disclosure/intake/decode-text";
import { OFFLINE_RATING_LIMITS } from "./offline-limits";
import { type Grid, type RatingFileProblem, ratingProblem } from "./rating-table";

const WHOLE = { source: "file", field: "csv" } as const;

export function readRatingCsv(bytes: Uint8Array, file: string): { grid: Grid | null; problems: RatingFileProblem[] } {
  const refuse = (code: string, zh: string, en: string, location: RatingFileProblem["location"] = WHOLE) => ({
    grid: null,
    problems: [ratingProblem(code, file, location, zh, en)],
  });
  const { maxCsvBytes, maxRows } = OFFLINE_RATING_LIMITS;
  if (bytes.length > maxCsvBytes)
    return refuse(
      "TOO_LARGE",
      `文件超过 ${maxCsvBytes / 2 ** 20} MiB 上限`,
      `larger than the ${maxCsvBytes / 2 ** 20} MiB limit`,
    );
  if (bytes.includes(0) || (bytes[0] === 0x50 && bytes[1] === 0x4b))
    return refuse(
      "NOT_CSV",
      "不是 CSV 文本文件（Excel 文件请以 .xlsx 结尾）",
      "not a CSV text file (name an Excel file .xlsx)",
    );
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(decodeCsvText(bytes).text, {
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      to: maxRows + 2,
    }) as unknown as typeof records;
  } catch (e) {
    const line = e instanceof CsvError ? (e as CsvError & { lines?: number }).lines : undefined;
    const where = line ? { source: "csv" as const, line, column: "" } : WHOLE;
    const detail = (e as Error).message;
    return refuse(
      "BAD_CSV",
      `无法解析 CSV（${detail}），请检查引号是否成对`,
      `the CSV could not be parsed (${detail}); check that quotes are paired`,
      where,
    );
  }
  if (records.length > maxRows + 1)
    return refuse("TOO_LARGE", `超过 ${maxRows} 行上限`, `more than the limit of ${maxRows} rows`);
  // `info.lines` is the line a record ends on; a quoted field may span lines.
  const rows = records.map(({ record, info }) => ({
    cells: record,
    number: info.lines - record.reduce((n, f) => n + (f.match(/\r\n|\r|\n/g)?.length ?? 0), 0),
  }));
  const [header, ...data] = rows;
  if (!header) return refuse("BAD_HEADER", "文件为空，缺少表头行", "the file is empty; the header row is missing");
  return {
    grid: {
      header: header.cells,
      rows: data,
      locate: (line, _index, column) => ({ source: "csv", line, column: column.trim() }),
      headerAt: { source: "csv", line: header.number, column: "header" },
    },
    problems: [],
  };
}
