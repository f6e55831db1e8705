import { writeFileSync } from "node:fs";
import { extname } from "node:path";
import { AppError, systemClock } from "@greenfin/app";
import {
  type AccountOptions,
  type ActivityRow,
  type CarbonAccount,
  CarbonInputError,
  type CarbonProblem,
  calculateCarbonAccount,
  validateActivityRows,
} from "@greenfin/domain";
import type { Command } from "commander";
import { readActivityFile } from "./carbon-activity-file";
import { CARBON_FACTOR_SET_VERSION, loadFactorSet } from "./carbon-factor-source";
import { type CarbonRun, carbonResultCsv, carbonResultJson, carbonSummaryText, carbonTableText } from "./carbon-output";

const HELP = `
Input: activity data in the long form of docs/carbon-data-formats.md §1 (CSV, or the first sheet of an .xlsx):
  enterprise (企业), meter (计量点, optional), month (月份, YYYY-MM), item (项目), quantity (数量), unit (单位),
  note (备注, optional). Items and units: electricity kWh|MWh, heat GJ, natural_gas m3|wan_m3, raw_coal t, diesel t|L …

Every enterprise of the file gets its own account for each year (or only --year). --province and --industry apply
to every enterprise of the file. Any bad row is listed (row, column, reason) and exits 2; nothing is written.
Method, factor fallback order and sources: docs/carbon-method.md.
`;

interface CalcOptions {
  year?: string;
  province?: string;
  industry?: string;
  basis: string;
  scope3?: boolean;
  allowUnverified?: boolean;
  factorSet: string;
  asOf?: string;
  out?: string;
}

const bad = (zh: string, en: string, problems: readonly CarbonProblem[] = []): AppError =>
  new AppError("BAD_INPUT", {
    zh,
    en,
    details: {
      problems: problems.map((p) => ({
        path: `${p.row}${p.column ? ` ${p.column}` : ""}`,
        messageZh: p.messageZh,
        messageEn: p.messageEn,
      })),
    },
  });

function today(): string {
  const d = systemClock.now();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

function checkOptions(o: CalcOptions): { year: number | null; options: AccountOptions } {
  if (o.year !== undefined && !/^\d{4}$/.test(o.year))
    throw bad("--year 应为四位年份", "--year must be a year like 2023");
  if (o.basis !== "location" && o.basis !== "enterprise_reporting")
    throw bad("--basis 应为 location 或 enterprise_reporting", "--basis must be location or enterprise_reporting");
  if (o.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.asOf))
    throw bad("--as-of 应为 YYYY-MM-DD", "--as-of must be YYYY-MM-DD");
  if (o.out && ![".json", ".csv"].includes(extname(o.out).toLowerCase()))
    throw bad("--out 应为 .json 或 .csv 文件", "--out must be a .json or .csv file");
  return {
    year: o.year === undefined ? null : Number(o.year),
    options: { gridBasis: o.basis, includeScope3: o.scope3 === true, allowUnverified: o.allowUnverified === true },
  };
}

/** Accounts per (enterprise, year) of the file, in sorted order; rows of other years than --year are counted. */
function groupAccounts(rows: readonly ActivityRow[], year: number | null) {
  const groups = new Map<string, { enterprise: string; year: number; rows: ActivityRow[] }>();
  let ignored = 0;
  for (const r of rows) {
    const y = Number(r.month.slice(0, 4));
    if (year !== null && y !== year) {
      ignored += 1;
      continue;
    }
    const key = `${r.enterprise}|${y}`;
    const g = groups.get(key) ?? { enterprise: r.enterprise, year: y, rows: [] };
    g.rows.push(r);
    groups.set(key, g);
  }
  return { groups: [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, g]) => g), ignored };
}

async function calc(file: string, o: CalcOptions): Promise<void> {
  const { year, options } = checkOptions(o);
  const set = loadFactorSet(o.factorSet);
  const read = await readActivityFile(file);
  const problems = read.problems.length ? read.problems : validateActivityRows(read.rows, set);
  if (problems.length)
    throw bad(`${file} 有 ${problems.length} 处问题`, `${file} has ${problems.length} problem(s)`, problems);
  const { groups, ignored } = groupAccounts(read.rows, year);
  if (!groups.length) throw bad(`没有 ${year} 年的数据`, `no rows for ${year}`);
  const calculatedOn = o.asOf ?? today();
  const accounts: CarbonAccount[] = [];
  const failures: CarbonProblem[] = [];
  for (const g of groups) {
    try {
      accounts.push(
        calculateCarbonAccount(set, {
          enterprise: { id: g.enterprise, industryCode: o.industry ?? null, province: o.province ?? null },
          year: g.year,
          rows: g.rows,
          calculatedOn,
          options,
        }),
      );
    } catch (e) {
      if (!(e instanceof CarbonInputError)) throw e;
      failures.push(...e.problems.filter((p) => !failures.some((f) => f.row === p.row && f.column === p.column)));
    }
  }
  if (failures.length) throw bad("无法核算", "the accounts could not be computed", failures);
  const run: CarbonRun = {
    factorSet: set.ref,
    calculatedOn,
    options: { ...options, province: o.province ?? null, industry: o.industry ?? null },
    ignoredRows: ignored,
    accounts,
  };
  if (!o.out) {
    process.stdout.write(carbonTableText(run));
    return;
  }
  writeFileSync(o.out, extname(o.out).toLowerCase() === ".json" ? carbonResultJson(run) : carbonResultCsv(run));
  process.stdout.write(`${carbonSummaryText(run)}Written to ${o.out}\n`);
}

/** `greenfin carbon calc`: enterprises' carbon accounts from an activity file, offline (no database). */
export function carbonCommand(program: Command): void {
  const carbon = program.command("carbon").description("Carbon accounts (Scope 1, 2 and optional 3)");
  carbon
    .command("calc")
    .argument("<activity>", "activity data: a .csv file or an .xlsx workbook")
    .description("Compute each enterprise's carbon account from an activity file, offline")
    .option("--year <YYYY>", "account this year only (default: every year in the file)")
    .option("--province <name>", "province of the enterprises, e.g. 山东 or Shandong (default: national factors)")
    .option("--industry <code>", "GB/T 4754-2017 industry code, e.g. C30")
    .option(
      "--basis <basis>",
      "Scope 2 electricity: location (provincial → grid → national) or enterprise_reporting",
      "location",
    )
    .option("--scope3", "add Scope 3 by spend (illustrative estimates, reported apart)")
    .option("--allow-unverified", "let UNVERIFIED electricity factors be chosen")
    .option("--factor-set <version>", "factor-set version", CARBON_FACTOR_SET_VERSION)
    .option("--as-of <YYYY-MM-DD>", "calculation date recorded in the result (default: today)")
    .option("--out <results.json|results.csv>", "write every account to a file instead of printing the table")
    .addHelpText("after", HELP)
    .action(calc);
}
