/**
 * Reads an activity CSV as a stream of rows, so that a utility's export of millions of rows passes through bounded
 * memory: bytes are decoded as they arrive (UTF-8 with or without a BOM; otherwise GB18030, as Chinese-locale Excel
 * writes "CSV"), split into records as they arrive (csv-records.ts), and handed on a chunk's rows at a time, each with
 * the line it starts on.
 */
import { TextDecoder } from "node:util";
import {
  ACTIVITY_COLUMN_ZH,
  ACTIVITY_COLUMNS,
  type ActivityColumn,
  columnIndex,
  REQUIRED_ACTIVITY_COLUMNS,
  type SourceRow,
} from "./activity-columns";
import { ActivityFileRefused, activityProblem, fileLevel } from "./activity-problems";
import { type CsvRecord, CsvRecords, CsvSyntaxError } from "./csv-records";

const ZIP = [0x50, 0x4b];
const OLE = [0xd0, 0xcf];

function notCsv(head: Uint8Array): ActivityFileRefused {
  const excel = ZIP.every((b, i) => head[i] === b) || OLE.every((b, i) => head[i] === b);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return new ActivityFileRefused([
    excel
      ? fileLevel(
          "NOT_CSV",
          "csv",
          "这是 Excel 文件，不是 CSV。请按 Excel 文件上传，或另存为“CSV UTF-8（逗号分隔）”。",
          'this is an Excel file, not a CSV. Upload it as Excel, or save it as "CSV UTF-8 (Comma delimited)".',
        )
      : fileLevel(
          "NOT_CSV",
          "csv",
          utf16 ? "这是 UTF-16 文件，请另存为“CSV UTF-8（逗号分隔）”。" : "不是 CSV 文本文件（含二进制内容）。",
          utf16
            ? 'this is a UTF-16 file; save it as "CSV UTF-8 (Comma delimited)".'
            : "not a CSV text file (it holds binary content).",
        ),
  ]);
}

/** Text chunks of the bytes: the encoding is chosen on the first chunk, and must hold to the end. */
export async function* decoded(bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of bytes) {
    if (!decoder) {
      if (chunk.subarray(0, 4096).includes(0)) throw notCsv(chunk);
      try {
        decoder = new TextDecoder("utf-8", { fatal: true });
        const text = decoder.decode(chunk, { stream: true });
        if (text) yield text;
        continue;
      } catch {
        decoder = new TextDecoder("gb18030");
      }
    }
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new ActivityFileRefused([
        fileLevel(
          "BAD_ENCODING",
          "csv",
          "文件开头是 UTF-8，后面却含有非 UTF-8 的字节。请整体另存为“CSV UTF-8（逗号分隔）”。",
          'the file starts as UTF-8 but later holds bytes that are not UTF-8; save it as "CSV UTF-8 (Comma delimited)".',
        ),
      ]);
    }
    if (text) yield text;
  }
  const rest = decoder?.decode() ?? "";
  if (rest) yield rest;
}

const cell = (f: string | undefined): string | null => {
  const t = f?.trim();
  return t ? t : null;
};

/** The rows of the CSV, a chunk's worth at a time; a file-level problem (binary, missing columns, bad quoting) throws. */
export async function* readActivityCsv(bytes: AsyncIterable<Uint8Array>, maxRows: number): AsyncGenerator<SourceRow[]> {
  const splitter = new CsvRecords();
  let index: Map<ActivityColumn, number> | null = null;
  let width = 0;
  let rows = 0;
  const columns = ACTIVITY_COLUMNS.map((c) => [c, -1] as [ActivityColumn, number]);
  const toRows = (records: CsvRecord[]): SourceRow[] => {
    const out: SourceRow[] = [];
    for (const { fields, line } of records) {
      if (!index) {
        index = columnIndex(fields);
        width = fields.length;
        const missing = REQUIRED_ACTIVITY_COLUMNS.filter((c) => !index!.has(c));
        if (missing.length > 0)
          throw new ActivityFileRefused(
            missing.map((c) =>
              activityProblem(
                "BAD_HEADER",
                { source: "csv", line, column: c },
                line,
                c,
                `表头缺少「${c}」列（也可写作「${ACTIVITY_COLUMN_ZH[c]}」）。`,
                `the header has no "${c}" column (also accepted: "${ACTIVITY_COLUMN_ZH[c]}").`,
              ),
            ),
          );
        for (const pair of columns) pair[1] = index.get(pair[0]) ?? -1;
        continue;
      }
      if (fields.length === 1 && !fields[0]!.trim()) continue;
      if (++rows > maxRows)
        throw new ActivityFileRefused([
          fileLevel("TOO_LARGE", "rows", `文件超过 ${maxRows} 行上限。`, `the file has more than ${maxRows} rows.`),
        ]);
      const cells = {} as Record<ActivityColumn, string | null>;
      for (const [c, i] of columns) cells[c] = i < 0 ? null : cell(fields[i]);
      if (fields.length === width) {
        out.push({ row: line, cells });
        continue;
      }
      if (fields.every((f) => !f.trim())) continue;
      out.push({
        row: line,
        cells,
        problems: [
          {
            column: null,
            code: "ROW_LENGTH",
            zh: `这一行有 ${fields.length} 列，表头有 ${width} 列。请检查逗号（含逗号的内容需用英文双引号括起）。`,
            en: `the line has ${fields.length} fields but the header has ${width}. Check the commas (text holding a comma must be in double quotes).`,
          },
        ],
      });
    }
    return out;
  };
  const syntax = (e: CsvSyntaxError) =>
    new ActivityFileRefused([
      fileLevel(
        "BAD_CSV",
        `csv line ${e.line}`,
        `无法解析 CSV（第 ${e.line} 行：${e.message}），请检查引号是否成对。`,
        `the CSV could not be parsed (line ${e.line}: ${e.message}); check that quotes are paired.`,
      ),
    ]);
  try {
    for await (const text of decoded(bytes)) {
      const batch = toRows(splitter.push(text));
      if (batch.length) yield batch;
    }
    const last = toRows(splitter.push("", true));
    if (last.length) yield last;
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw syntax(e);
    throw e;
  }
  if (!index)
    throw new ActivityFileRefused([
      fileLevel("BAD_HEADER", "csv", "CSV 为空，缺少表头行。", "the CSV is empty; the header row is missing."),
    ]);
}
