import { readFileSync } from "node:fs";
import { extname } from "node:path";
import { AppError } from "@greenfin/app";
import { type GreenClassification, type GreenClassifier, parseIndustryCode } from "@greenfin/domain";
import { parse } from "csv-parse/sync";

/** `greenfin classify --file`: a CSV of projects in, one classification per row out. */

export const BATCH_COLUMNS = ["id", "name", "description", "industry_code"] as const;
/** Files above this are refused before parsing (a million short descriptions fit well under it). */
const MAX_BYTES = 256 * 1024 * 1024;

export interface BatchRow {
  readonly row: number;
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly industryCode: string | null;
}

interface Problem {
  path: string;
  messageZh: string;
  messageEn: string;
}

const bad = (zh: string, en: string, problems?: Problem[]) =>
  new AppError("BAD_INPUT", { zh, en, ...(problems ? { details: { problems } } : {}) });

function readBytes(path: string): Buffer {
  if (extname(path).toLowerCase() !== ".csv") throw bad(`应为 .csv 文件：${path}`, `must be a .csv file: ${path}`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw bad(`无法读取 ${path}（${(e as Error).message}）`, `cannot read ${path} (${(e as Error).message})`);
  }
  if (bytes.length > MAX_BYTES) throw bad(`${path} 超过 256 MB`, `${path} is larger than 256 MB`);
  return bytes;
}

/**
 * The rows of a batch file (UTF-8, BOM accepted; header id,name,description,industry_code, name and industry_code
 * may be empty): every problem is listed with its row number (the header is row 1), and any problem refuses the file.
 */
export function readBatchFile(path: string): BatchRow[] {
  let records: string[][];
  try {
    records = parse(readBytes(path), { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw bad(
      `${path} 不是有效的 CSV（${(e as Error).message}）`,
      `${path} is not valid CSV (${(e as Error).message})`,
    );
  }
  const header = (records[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = BATCH_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length)
    throw bad(
      `${path} 缺少列：${missing.join(", ")}（应为 ${BATCH_COLUMNS.join(",")}）`,
      `${path} lacks column(s) ${missing.join(", ")} (expected ${BATCH_COLUMNS.join(",")})`,
    );
  const at = (r: string[], c: (typeof BATCH_COLUMNS)[number]) => (r[header.indexOf(c)] ?? "").trim();
  const problems: Problem[] = [];
  const rows: BatchRow[] = [];
  const seen = new Map<string, number>();
  records.slice(1).forEach((r, i) => {
    const row = i + 2;
    const where = `${path} row ${row}`;
    const id = at(r, "id");
    const description = at(r, "description");
    const industry = at(r, "industry_code");
    if (r.length !== header.length)
      problems.push({
        path: where,
        messageZh: `应有 ${header.length} 列，实有 ${r.length} 列`,
        messageEn: `has ${r.length} columns, the header ${header.length}`,
      });
    if (!id) problems.push({ path: `${where} id`, messageZh: "缺少 id", messageEn: "id is empty" });
    else if (seen.has(id))
      problems.push({
        path: `${where} id`,
        messageZh: `id ${id} 与第 ${seen.get(id)} 行重复`,
        messageEn: `id ${id} repeats row ${seen.get(id)}`,
      });
    else seen.set(id, row);
    if (!description)
      problems.push({ path: `${where} description`, messageZh: "缺少项目描述", messageEn: "description is empty" });
    if (industry && !parseIndustryCode(industry))
      problems.push({
        path: `${where} industry_code`,
        messageZh: `“${industry}”不是 GB/T 4754 代码（如 C3824、D4415、C38）`,
        messageEn: `"${industry}" is not a GB/T 4754 code (e.g. C3824, D4415, C38)`,
      });
    rows.push({ row, id, name: at(r, "name"), description, industryCode: industry || null });
  });
  if (rows.length === 0 && problems.length === 0) throw bad(`${path} 没有数据行`, `${path} has no data rows`);
  if (problems.length)
    throw bad(
      `${path} 有 ${problems.length} 处问题，未分类任何项目`,
      `${path} has ${problems.length} problem(s); nothing was classified`,
      problems,
    );
  return rows;
}

export interface BatchResult {
  readonly row: BatchRow;
  readonly result: GreenClassification;
}

export function classifyBatch(classifier: GreenClassifier, rows: readonly BatchRow[]): BatchResult[] {
  return rows.map((row) => ({
    row,
    result: classifier.classifyProject({
      name: row.name,
      description: row.description,
      industryCode: row.industryCode,
    }),
  }));
}

const csvField = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

export const RESULT_COLUMNS = [
  "id",
  "verdict",
  "code",
  "name_zh",
  "name_en",
  "confidence",
  "score",
  "terms",
  "industry_match",
  "candidates",
  "excluded",
  "blue",
  "blue_basis",
  "transition",
  "reasons_zh",
  "reasons_en",
] as const;

/** One row per project: the prediction and its evidence in short, the other candidates and why none, if none. */
export function batchCsv(results: readonly BatchResult[]): string {
  const lines = [RESULT_COLUMNS.join(",")];
  for (const { row, result: r } of results) {
    const t = r.top;
    const cells = [
      row.id,
      r.verdict,
      t?.code ?? "",
      t?.nameZh ?? "",
      t?.nameEn ?? "",
      t ? String(t.confidence) : "",
      t ? String(t.score) : "",
      t
        ? t.evidence.terms
            .filter((e) => e.weight > 0)
            .map((e) => e.text)
            .join(";")
        : "",
      t?.evidence.industry ? `${t.evidence.industry.match}:${t.evidence.industry.code}` : "",
      r.candidates.map((c) => `${c.code}:${c.confidence}`).join(";"),
      [...r.excluded.map((e) => e.code), ...r.globalExclusions.filter((g) => g.applied).map((g) => g.id)].join(";"),
      String(r.blue.relevant),
      r.blue.basis ?? "",
      String(r.transition.relevant),
      r.noneReasons.map((n) => n.message.zh).join("；"),
      r.noneReasons.map((n) => n.message.en).join(" "),
    ];
    lines.push(cells.map(csvField).join(","));
  }
  return `${lines.join("\n")}\n`;
}

export function batchJson(results: readonly BatchResult[]): string {
  const out = results.map(({ row, result }) => ({
    id: row.id,
    row: row.row,
    name: row.name,
    description: row.description,
    industryCode: row.industryCode,
    result,
  }));
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** The terminal's view of a batch: one line per project, then the counts. */
export function batchSummary(results: readonly BatchResult[]): string {
  const lines = results.map(({ row, result: r }) =>
    r.top
      ? `${row.id}\t${r.top.code}\t${r.top.confidence}\t${r.top.nameZh} / ${r.top.nameEn}${r.blue.relevant ? "\t蓝色 blue" : ""}${r.transition.relevant ? "\t转型 transition" : ""}`
      : `${row.id}\t-\t-\t未认定 none: ${r.noneReasons[0]?.message.zh ?? ""} / ${r.noneReasons[0]?.message.en ?? ""}`,
  );
  const green = results.filter((x) => x.result.top).length;
  lines.push(
    `共 ${results.length} 个项目：认定绿色 ${green}，未认定 ${results.length - green} / ${results.length} project(s): ${green} green, ${results.length - green} none`,
  );
  return `${lines.join("\n")}\n`;
}
