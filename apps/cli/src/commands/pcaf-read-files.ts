import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { AppError } from "@greenfin/app";
import type { PcafRowError } from "@greenfin/domain";
import { parse } from "csv-parse/sync";

/** Files above this are refused before parsing (a million positions fit in well under it). */
const MAX_BYTES = 512 * 1024 * 1024;

/** The records of a CSV file (UTF-8, BOM accepted, header row), one string map per data row. */
export function readCsvRecords(path: string): { header: string[]; records: Record<string, string>[] } {
  if (extname(path).toLowerCase() !== ".csv")
    throw new AppError("BAD_INPUT", { zh: `应为 .csv 文件：${path}`, en: `must be a .csv file: ${path}` });
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new AppError("BAD_INPUT", {
      zh: `无法读取 ${path}（${(e as Error).message}）`,
      en: `cannot read ${path} (${(e as Error).message})`,
    });
  }
  if (bytes.length > MAX_BYTES)
    throw new AppError("BAD_INPUT", { zh: `${path} 超过 512 MB`, en: `${path} is larger than 512 MB` });
  let header: string[] = [];
  try {
    const records = parse(bytes, {
      bom: true,
      skip_empty_lines: true,
      columns: (names: string[]) => {
        header = names;
        return names;
      },
    }) as Record<string, string>[];
    return { header, records };
  } catch (e) {
    throw new AppError("BAD_INPUT", {
      zh: `${path} 不是有效的 CSV（${(e as Error).message}）`,
      en: `${path} is not valid CSV (${(e as Error).message})`,
    });
  }
}

/** All problems of both files as one bad-input error: listed, and nothing written. */
export function rowErrors(
  file: string,
  errors: readonly PcafRowError[],
): { path: string; messageZh: string; messageEn: string }[] {
  return errors.map((e) => ({
    path: `${file} row ${e.row} ${e.column}`,
    messageZh: e.messageZh,
    messageEn: e.messageEn,
  }));
}
