import { readFileSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import { AppError, loadGreenClassifierData } from "@greenfin/app";
import {
  buildGreenClassifier,
  type GreenCorrection,
  type GreenProjectParameter,
  parseIndustryCode,
} from "@greenfin/domain";
import type { Command } from "commander";
import { batchCsv, batchJson, batchSummary, classifyBatch, readBatchFile } from "./classify-batch";
import { classificationText } from "./classify-text";

const HELP = `
Classifies a project against the 2025 green catalogue (《绿色金融支持项目目录（2025年版）》), offline: ranked level-3
items with a confidence (0–1) and their evidence (terms found and where, activity kind, GB/T 4754 industry match,
parameter thresholds where the data has any), exclusions (item and catalogue-wide, e.g. coal power without CCUS),
negated terms, and the blue- and transition-finance flags. An industry code adds evidence but never classifies alone.

  greenfin classify "海上风电项目，装机容量500MW" --industry D4415
  greenfin classify "Seawater desalination plant, 50,000 m3/day" --json
  greenfin classify --file descriptions.csv --out results.csv

Batch file: CSV with the header id,name,description,industry_code (name and industry_code may be empty). Any bad
row (empty id or description, repeated id, malformed industry code) is listed with its row number and exits 2;
nothing is classified. --out writes results.csv (one row per project) or results.json (every result whole).
--corrections: a JSON array of reviewers' corrections, e.g.
  [{"id":"R-1","match":{"term":"渔光互补"},"code":"4.2.2","action":"add","weight":3}]
Method, scoring and metrics: docs/green-taxonomy.md ("Classifier").
`;

interface ClassifyOptions {
  name?: string;
  industry?: string;
  param: string[];
  json?: boolean;
  file?: string;
  out?: string;
  corrections?: string;
}

const bad = (zh: string, en: string) => new AppError("BAD_INPUT", { zh, en });

/** `key=value[:unit]` → a parameter; a number when the value reads as one. */
function parseParam(text: string): GreenProjectParameter {
  const m = /^([a-z][a-z0-9_]*)=([^:]+)(?::(.+))?$/i.exec(text.trim());
  if (!m) throw bad(`参数应写作 key=value[:unit]：${text}`, `a parameter is key=value[:unit]: ${text}`);
  const raw = m[2]!.trim();
  const value = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  return { key: m[1]!.toLowerCase(), value, unit: m[3]?.trim() ?? null };
}

function readCorrections(path: string): GreenCorrection[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw bad(
      `无法读取更正文件 ${path}（${(e as Error).message}）`,
      `cannot read corrections ${path} (${(e as Error).message})`,
    );
  }
  const ok = (c: unknown): c is GreenCorrection => {
    const x = c as Record<string, unknown>;
    const match = x?.match as Record<string, unknown> | undefined;
    return (
      typeof x?.id === "string" &&
      typeof x.code === "string" &&
      (x.action === "add" || x.action === "remove") &&
      (x.weight === undefined || typeof x.weight === "number") &&
      (typeof match?.term === "string" || typeof match?.fingerprint === "string")
    );
  };
  if (!Array.isArray(raw) || !raw.every(ok))
    throw bad(
      `${path} 应为更正数组：{id, match: {term} 或 {fingerprint}, code, action: add|remove, weight?}`,
      `${path} must be an array of corrections: {id, match: {term} or {fingerprint}, code, action: add|remove, weight?}`,
    );
  return raw;
}

function classifier(o: ClassifyOptions) {
  try {
    return buildGreenClassifier(loadGreenClassifierData(), {
      corrections: o.corrections ? readCorrections(o.corrections) : [],
    });
  } catch (e) {
    if (e instanceof RangeError) throw bad(`更正无效：${e.message}`, `invalid correction: ${e.message}`);
    throw e;
  }
}

/** `greenfin classify`: the explainable green-project classifier, one description or a CSV of them, offline. */
export function classifyCommand(program: Command): void {
  program
    .command("classify")
    .argument("[description]", "the project's description (Chinese or English)")
    .description("Classify a project under the 2025 green catalogue, with evidence (offline)")
    .option("--name <name>", "the project's name")
    .option("--industry <code>", "GB/T 4754-2017 code, e.g. C3824 or D4415 (evidence, never enough alone)")
    .option(
      "--param <key=value[:unit]>",
      "a technical parameter, repeatable",
      (v: string, a: string[]) => [...a, v],
      [],
    )
    .option("--json", "print the whole result as JSON")
    .option("--file <descriptions.csv>", "classify every row of a CSV file (id,name,description,industry_code)")
    .option("--out <results.csv|results.json>", "with --file: write the results to a file")
    .option("--corrections <corrections.json>", "reviewers' corrections to apply")
    .addHelpText("after", HELP)
    .action((description: string | undefined, o: ClassifyOptions) => {
      if (Boolean(description) === Boolean(o.file))
        throw bad("请给出一段项目描述或 --file（二者选一）", "give a description or --file (one of them)");
      if (o.file) {
        if (o.name || o.industry || o.param.length)
          throw bad(
            "--name、--industry、--param 用于单个项目；批量文件请用列",
            "--name, --industry and --param are for one project; a batch file has columns",
          );
        const outFormat = o.out ? extname(o.out).toLowerCase() : null;
        if (outFormat && outFormat !== ".csv" && outFormat !== ".json")
          throw bad(`--out 应为 .csv 或 .json：${o.out}`, `--out must be a .csv or .json file: ${o.out}`);
        const rows = readBatchFile(o.file);
        const results = classifyBatch(classifier(o), rows);
        if (o.out) {
          writeFileSync(o.out, outFormat === ".json" ? batchJson(results) : batchCsv(results));
          process.stdout.write(`${batchSummary(results)}已写入 Written to ${o.out}\n`);
        } else process.stdout.write(o.json ? batchJson(results) : batchSummary(results));
        return;
      }
      if (o.out)
        throw bad("--out 仅用于 --file；单个项目请用 --json", "--out is for --file; for one project use --json");
      if (o.industry && !parseIndustryCode(o.industry))
        throw bad(
          `“${o.industry}”不是 GB/T 4754 代码（如 C3824、D4415、C38）`,
          `"${o.industry}" is not a GB/T 4754 code (e.g. C3824, D4415, C38)`,
        );
      const input = {
        name: o.name ?? null,
        description: description!.trim(),
        industryCode: o.industry ?? null,
        parameters: o.param.map(parseParam),
      };
      if (!input.description) throw bad("项目描述为空", "the description is empty");
      const result = classifier(o).classifyProject(input);
      process.stdout.write(o.json ? `${JSON.stringify({ input, result }, null, 2)}\n` : classificationText(result));
    });
}
