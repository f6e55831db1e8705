/**
 * Reads a positions or counterparties file (CSV or .xlsx, docs/carbon-data-formats.md §2–3) as batches of records
 * keyed by the file's own headers, which the domain parsers match in English or Chinese. The carbon activity
 * intake's guards are reused: bytes counted and hashed as they stream, under a size cap; CSV decoded as UTF-8 or
 * GB18030 and split by the streaming splitter; a workbook's zip inspected before exceljs inflates it, formulas and
 * error cells refused. A million-position CSV passes through bounded memory.
 */
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { type CsvRecord, CsvRecords, CsvSyntaxError } from "../carbon/intake/csv-records";
import {
  type ActivityBytes,
  ActivityFileRefused,
  type ActivityIntakeLimits,
  CountedBytes,
} from "../carbon/intake/index";
import { decoded } from "../carbon/intake/read-activity-csv";
import { guardXlsx, plainNumber } from "../carbon/intake/read-activity-xlsx";
import { readCell } from "../disclosure/intake/read-cell";
import {
  fromActivityProblems,
  PcafFileRefused,
  type PcafFileRole,
  type PcafUploadProblem,
  pcafProblem,
} from "./pcaf-upload-problems";

export interface PcafFileInput {
  /** Told by the caller, or found from the file name and the first bytes. */
  readonly format?: "csv" | "xlsx";
  /** The file, in memory or streamed. */
  readonly bytes: ActivityBytes;
  readonly fileName?: string | null;
}

export interface RecordBatch {
  readonly header: readonly string[];
  readonly records: Record<string, string>[];
  /** The CSV line or worksheet row of each record. */
  readonly rows: number[];
  /** What the reader found wrong in the batch's rows (a line of the wrong length, a formula cell). */
  readonly problems: PcafUploadProblem[];
}

const CHUNK = 1 << 20;
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** A file held in memory, handed on a mebibyte at a time so that decoding and splitting stay incremental. */
async function* slices(bytes: ActivityBytes): AsyncGenerator<Uint8Array> {
  if (!(bytes instanceof Uint8Array)) {
    yield* bytes;
    return;
  }
  for (let at = 0; at < bytes.byteLength; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
}

function formatOf(input: PcafFileInput): "csv" | "xlsx" {
  if (input.format) return input.format;
  const name = input.fileName?.toLowerCase() ?? "";
  if (name.endsWith(".xlsx")) return "xlsx";
  if (name.endsWith(".csv")) return "csv";
  const b = input.bytes;
  return b instanceof Uint8Array && ZIP.every((x, i) => b[i] === x) ? "xlsx" : "csv";
}

export class PcafFileReader {
  private counted: CountedBytes | null = null;
  private digest: string | null = null;
  readonly format: "csv" | "xlsx";
  readonly fileName: string | null;

  constructor(
    private readonly input: PcafFileInput,
    readonly role: PcafFileRole,
    private readonly limits: ActivityIntakeLimits,
  ) {
    this.format = formatOf(input);
    this.fileName = input.fileName ?? null;
  }

  /** SHA-256 of the file's bytes, once they have all been read. */
  sha256(): string {
    if (!this.counted) throw new Error("the file has not been read");
    this.digest ??= this.counted.digest();
    return this.digest;
  }

  private problem(row: number | null, column: string | null, zh: string, en: string): PcafUploadProblem {
    return pcafProblem(this.role, this.fileName, row, column, zh, en);
  }

  private refused(zh: string, en: string): PcafFileRefused {
    return new PcafFileRefused([this.problem(null, null, zh, en)]);
  }

  /** The records, `size` at a time; a problem with the file as a whole throws PcafFileRefused. */
  async *batches(size: number): AsyncGenerator<RecordBatch> {
    try {
      yield* this.format === "csv" ? this.csv(size) : this.xlsx(size);
    } catch (e) {
      if (e instanceof ActivityFileRefused)
        throw new PcafFileRefused(fromActivityProblems(this.role, this.fileName, e.problems));
      throw e;
    }
  }

  private tooManyRows(): PcafFileRefused {
    const max = this.limits.maxRows;
    return this.refused(`文件超过 ${max} 行上限`, `the file has more than ${max} rows`);
  }

  private async *csv(size: number): AsyncGenerator<RecordBatch> {
    this.counted = new CountedBytes(slices(this.input.bytes), this.limits.maxCsvBytes, this.role);
    const splitter = new CsvRecords();
    let header: string[] | null = null;
    let batch = this.emptyBatch([]);
    let count = 0;
    const take = (records: CsvRecord[]) => {
      for (const { fields, line } of records) {
        if (!header) {
          header = fields.map((f) => f.trim());
          batch = this.emptyBatch(header);
          continue;
        }
        if (fields.every((f) => f.trim() === "")) continue;
        if (++count > this.limits.maxRows) throw this.tooManyRows();
        if (fields.length !== header.length) {
          batch.problems.push(
            this.problem(
              line,
              null,
              `这一行有 ${fields.length} 列，表头有 ${header.length} 列（含逗号的内容需用英文双引号括起）`,
              `the line has ${fields.length} fields but the header has ${header.length} (text holding a comma must be in double quotes)`,
            ),
          );
          continue;
        }
        const record: Record<string, string> = {};
        for (let i = 0; i < header.length; i++) record[header[i] as string] = fields[i] as string;
        batch.records.push(record);
        batch.rows.push(line);
      }
    };
    try {
      for await (const text of decoded(this.counted)) {
        take(splitter.push(text));
        if (batch.records.length + batch.problems.length >= size) {
          yield batch;
          batch = this.emptyBatch(header ?? []);
        }
      }
      take(splitter.push("", true));
    } catch (e) {
      if (e instanceof CsvSyntaxError)
        throw new PcafFileRefused([
          this.problem(
            e.line,
            null,
            `无法解析 CSV（${e.message}），请检查引号是否成对`,
            `the CSV could not be parsed (${e.message}); check that quotes are paired`,
          ),
        ]);
      throw e;
    }
    if (!header) throw this.refused("文件为空，缺少表头行", "the file is empty; the header row is missing");
    // The last batch, even empty: a file of a header alone still tells its columns.
    yield batch;
  }

  private emptyBatch(header: readonly string[]): RecordBatch {
    return { header, records: [], rows: [], problems: [] };
  }

  /** A cell as the text a person typed; a formula or error value is a problem of its row. */
  private cellText(cell: ExcelJS.Cell, row: number, column: string, problems: PcafUploadProblem[]): string {
    const r = readCell(cell);
    if (r.kind === "formula") {
      problems.push(
        this.problem(row, column, "单元格含公式，请粘贴为数值", "the cell holds a formula; paste the value"),
      );
      return "";
    }
    if (r.kind === "error") {
      problems.push(
        this.problem(row, column, `单元格是错误值 ${r.error}`, `the cell holds the error value ${r.error}`),
      );
      return "";
    }
    const v = r.value;
    if (v === null) return "";
    return typeof v === "number" ? plainNumber(v) : String(v);
  }

  private async *xlsx(size: number): AsyncGenerator<RecordBatch> {
    // A workbook is held whole (within its limit): the zip must be checked before anything inflates it.
    this.counted = new CountedBytes(slices(this.input.bytes), this.limits.maxXlsxBytes, this.role);
    const parts: Uint8Array[] = [];
    for await (const chunk of this.counted) parts.push(chunk);
    const bytes = Buffer.concat(parts);
    if (bytes.byteLength === 0) throw this.refused("文件为空", "the file is empty");
    await guardXlsx(bytes, this.limits);
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
      sharedStrings: "cache",
      hyperlinks: "ignore",
      styles: "cache",
      worksheets: "emit",
      entries: "emit",
    });
    let header: string[] | null = null;
    let batch = this.emptyBatch([]);
    let count = 0;
    try {
      for await (const sheet of reader) {
        for await (const row of sheet) {
          if (!header) {
            const names: string[] = [];
            row.eachCell({ includeEmpty: true }, (c, col) => {
              names[col - 1] = this.cellText(c, row.number, String(col), batch.problems).trim();
            });
            header = Array.from(names, (n) => n ?? "");
            batch = { ...this.emptyBatch(header), problems: batch.problems };
            continue;
          }
          const record: Record<string, string> = {};
          let blank = true;
          header.forEach((name, i) => {
            if (!name) return;
            const text = this.cellText(row.getCell(i + 1), row.number, name, batch.problems);
            record[name] = text;
            if (text.trim() !== "") blank = false;
          });
          if (blank) continue;
          if (++count > this.limits.maxRows) throw this.tooManyRows();
          batch.records.push(record);
          batch.rows.push(row.number);
          if (batch.records.length >= size) {
            yield batch;
            batch = this.emptyBatch(header);
          }
        }
        break; // the first worksheet only
      }
    } catch (e) {
      if (e instanceof PcafFileRefused) throw e;
      const detail = (e as Error).message;
      throw this.refused(
        `无法读取该 Excel 文件（${detail}），请在 Excel 中重新另存为 .xlsx`,
        `the Excel file could not be read (${detail}); save it again as .xlsx in Excel`,
      );
    }
    if (!header) throw this.refused("工作表为空，缺少表头行", "the worksheet is empty; the header row is missing");
    // The last batch, even empty: a file of a header alone still tells its columns.
    yield batch;
  }
}
