import { readFileSync, writeFileSync } from "node:fs";
import { extname } from "node:path";
import {
  AppError,
  listMethodologies,
  type RatingFile,
  rateFileOffline,
  ratingResultCsv,
  ratingResultJson,
  ratingSummaryText,
  ratingTableText,
  systemClock,
} from "@greenfin/app";
import type { Command } from "commander";

const HELP = `
Input: a LONG table, one row per value (CSV, or the "values" sheet — else the first sheet — of an .xlsx):
  entity_id      your id for the entity (any text)
  industry_code  GB/T 4754-2017 code: section C, division C26 or class D4411 (the same on every row of an entity)
  indicator_id   a disclosure-catalogue indicator (E-GHG-002) or a derived input of the methodology
                 (DQ-COMPLETENESS, PF-GHG-FOOTPRINT …), given directly as a value
  value          number, percentage (35 or 35%), yes/no, or enum option(s) separated by ";"
  unit           optional when the indicator has one canonical unit; other units are converted to it as the
                 disclosure validator does (e.g. 20 亿元 or yi_yuan → 200000 wan_yuan)
Rows of catalogue indicators the methodology does not read are ignored (and counted); unknown ids are errors.

Controversies (optional): the "controversies" sheet of the workbook, or --controversies <file.csv>, with
  entity_id, date (YYYY-MM-DD), severity (1–5), category, status, source, and optionally id
  (default: <entity_id>-<n>, n counting that entity's events in file order).

Output: a table of score, grade and E/S/G pillar scores with the run summary (methodology and its hash, inputs
hash, result hash, grades), or --out results.json ({ summary, ratings } with every explanation) or --out
results.csv (a row per indicator, key issue and pillar and a total row per entity). The same file, methodology
and --as-of give byte-identical output. Any problem in the file is listed with its location (sheet/row/column or
CSV line) and exits 2; nothing is written. Format details: docs/rating-offline-format.md.
`;

const formatOf = (path: string, allowed: readonly string[], what: string): string => {
  const ext = extname(path).toLowerCase().slice(1);
  if (!allowed.includes(ext))
    throw new AppError("BAD_INPUT", {
      zh: `${what}应为 ${allowed.map((a) => `.${a}`).join(" 或 ")} 文件：${path}`,
      en: `${what} must be a ${allowed.map((a) => `.${a}`).join(" or ")} file: ${path}`,
    });
  return ext;
};

function readInput(path: string, format: "csv" | "xlsx"): RatingFile {
  try {
    return { name: path, bytes: readFileSync(path), format };
  } catch (e) {
    throw new AppError("BAD_INPUT", {
      zh: `无法读取 ${path}（${(e as Error).message}）`,
      en: `cannot read ${path} (${(e as Error).message})`,
    });
  }
}

/** Today in the local calendar, for the default rating date. */
function today(): string {
  const d = systemClock.now();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

interface RateOptions {
  methodology: string;
  asOf?: string;
  out?: string;
  controversies?: string;
}

/** `greenfin rate`: an offline rating of the entities in a file, for agencies checking a methodology on their data. */
export function rateCommand(program: Command): void {
  program
    .command("rate")
    .argument("<file>", "values: a .csv file or an .xlsx workbook")
    .description("Rate the entities of a file under a methodology, offline (no database needed)")
    .requiredOption("--methodology <id@version>", "methodology version, e.g. enterprise-esg@2026.1")
    .option("--as-of <YYYY-MM-DD>", "rating date, to which controversies decay (default: today, printed)")
    .option("--controversies <file.csv>", "controversies as a CSV file of their own")
    .option("--out <results.json|results.csv>", "write every result to a file instead of printing the table")
    .addHelpText(
      "after",
      () =>
        `${HELP}\nMethodologies: ${listMethodologies()
          .map((m) => m.ref)
          .join(", ")}\n`,
    )
    .action(async (file: string, o: RateOptions) => {
      const outFormat = o.out ? formatOf(o.out, ["json", "csv"], "--out ") : null;
      const result = await rateFileOffline({
        file: readInput(file, formatOf(file, ["csv", "xlsx"], "") as "csv" | "xlsx"),
        ...(o.controversies
          ? {
              controversies: readInput(
                o.controversies,
                formatOf(o.controversies, ["csv"], "--controversies ") as "csv",
              ),
            }
          : {}),
        methodology: o.methodology,
        asOf: o.asOf ?? today(),
      });
      const note = o.asOf ? "" : " (today; pass --as-of to fix the date)";
      if (!o.out) {
        process.stdout.write(ratingTableText(result, note));
        return;
      }
      writeFileSync(o.out, outFormat === "json" ? ratingResultJson(result) : ratingResultCsv(result));
      process.stdout.write(`${ratingSummaryText(result, note)}Written to ${o.out}\n`);
    });
}
