/**
 * Carbon accounts benchmark, after the ingestion benchmark on the same database: the CSV of N activity rows (default
 * 1,000,000, so 10,417 enterprises in six industries) is ingested on each engine by carbon-ingest.ts, which keeps
 * the database; then, in a process of its own, the district starts the year's accounting (startCarbonAccounting) and
 * the job runs through the platform's own handler (runJobNow with jobHandlers): every enterprise's account computed
 * and stored as a version, then the year graded. Measured: the accounts (time, accounts/s), the grading, the peak RSS
 * of the process, and what carbon_accounts takes on disk (each account is kept whole as canonical JSON).
 *
 *   npx tsx scripts/bench/carbon-accounts.ts [rows]        ingest, then accounts, on each engine (see carbon-ingest.ts)
 */
import { fileURLToPath } from "node:url";
import {
  CARBON_ACCOUNTS_JOB,
  type JobHandler,
  jobHandlers,
  runJobNow,
  startCarbonAccounting,
  systemClock,
} from "@greenfin/app";
import type { Database } from "@greenfin/db";
import {
  type BenchDatabase,
  type BenchEngine,
  benchEngines,
  dropBenchDatabase,
  openBenchDatabase,
  runBenchChild,
  tableSize,
} from "./bench-database";
import {
  benchDistrict,
  CARBON_BENCH_ROWS,
  CARBON_BENCH_YEAR,
  engineName,
  ingestInChild,
  ingestResult,
  withActivityCsv,
} from "./carbon-ingest";
import { withMemoryPeak } from "./memory-peak";
import { count, per, type Result, result } from "./result";

const SELF = fileURLToPath(import.meta.url);

export interface AccountsRun {
  engine: BenchEngine;
  enterprises: number;
  created: number;
  graded: number;
  ungraded: number;
  /** From the start of the job to its last account. */
  accountsSeconds: number;
  accountsPerSecond: number;
  gradingSeconds: number;
  jobSeconds: number;
  baseRssMiB: number;
  peakRssMiB: number;
  table: { totalMiB: number; toastMiB: number };
  accountBytes: { average: number; max: number };
  /** The reference (sqlReference below). */
  sqlSeconds: number;
}

/**
 * The reference: one SQL statement over the same activity rows that does the arithmetic core of the accounts at the
 * database's speed — each enterprise's year summed item by item with fixed emission factors (scope 1 from fuels, scope
 * 2 from electricity and heat less green power), its intensity per value added, and its percentile rank among the
 * enterprises of its industry — written into a temporary table. No versions, no evidence, no canonical JSON, no hashes.
 */
const SQL_REFERENCE = `
CREATE TEMP TABLE bench_accounts ON COMMIT DROP AS
WITH totals AS (
  SELECT a.org_id,
         sum(CASE a.item WHEN 'natural_gas' THEN 0.00216 WHEN 'raw_coal' THEN 1.9003 WHEN 'diesel' THEN 0.00263 ELSE 0 END
             * coalesce(a.quantity_working, a.quantity)) AS scope1,
         sum(CASE a.item WHEN 'electricity' THEN 0.0005366 WHEN 'heat' THEN 0.11 WHEN 'green_power' THEN -0.5366 ELSE 0 END
             * coalesce(a.quantity_working, a.quantity)) AS scope2,
         sum(CASE WHEN a.item = 'value_added' THEN a.quantity ELSE 0 END) AS value_added
    FROM carbon_activity a
   WHERE a.month >= make_date($1, 1, 1) AND a.month < make_date($1 + 1, 1, 1)
   GROUP BY a.org_id)
SELECT t.org_id, t.scope1, t.scope2, o.industry_code,
       percent_rank() OVER (PARTITION BY o.industry_code ORDER BY (t.scope1 + t.scope2) / nullif(t.value_added, 0)) AS grade
  FROM totals t JOIN organisations o ON o.id = t.org_id`;

async function sqlReference(db: Database, enterprises: number): Promise<number> {
  const started = performance.now();
  const made = await db.transaction(async (tx) => {
    await tx.query(SQL_REFERENCE, [CARBON_BENCH_YEAR]);
    return (await tx.query<{ n: string }>("SELECT count(*)::text AS n FROM bench_accounts")).rows[0]!.n;
  });
  if (Number(made) !== enterprises) throw new Error(`the SQL reference made ${made} rows, not ${enterprises}`);
  return (performance.now() - started) / 1000;
}

interface Summary {
  enterprises: number;
  created: number;
  graded: number;
  ungraded: number;
}

/** The year's accounting on an ingested database, timed through the job's progress reports. */
async function runAccounts(where: BenchDatabase): Promise<AccountsRun> {
  const db = await openBenchDatabase(where);
  try {
    const p = { db, clock: systemClock };
    const district = await db.query<{ id: string }>("SELECT id FROM organisations WHERE kind = 'district'");
    const actor = benchDistrict(district.rows[0]!.id);
    // The platform's handler, its progress reports timed on the way: the last one before 100 % ends the accounts.
    const marks: { at: number; fraction: number }[] = [];
    const platformHandler = jobHandlers[CARBON_ACCOUNTS_JOB]!;
    const timed: JobHandler = (p, ctx) =>
      platformHandler(p, {
        ...ctx,
        progress: async (fraction, message) => {
          marks.push({ at: performance.now(), fraction });
          await ctx.progress(fraction, message);
        },
      });
    global.gc?.();
    const baseRssMiB = process.memoryUsage().rss / 2 ** 20;
    const start = performance.now();
    const run = await withMemoryPeak(async () => {
      const job = await startCarbonAccounting(p, actor, CARBON_BENCH_YEAR);
      await runJobNow(p, job.id, "bench", { handlers: { [CARBON_ACCOUNTS_JOB]: timed } });
      return job.id;
    });
    const jobSeconds = (performance.now() - start) / 1000;
    const job = await db.query<{ status: string; error: string | null; result: Summary }>(
      "SELECT status, error, result FROM jobs WHERE id = $1",
      [run.value],
    );
    const { status, error, result } = job.rows[0]!;
    if (status !== "succeeded") throw new Error(`the carbon.accounts job ${status}: ${error}`);
    const accountsEnd = marks.filter((m) => m.fraction < 1).at(-1)?.at ?? start;
    const bytes = await db.query<{ average: string; max: string }>(
      "SELECT round(avg(octet_length(account)))::text AS average, max(octet_length(account))::text AS max FROM carbon_accounts",
    );
    const accountsSeconds = (accountsEnd - start) / 1000;
    return {
      engine: where.engine,
      enterprises: result.enterprises,
      created: result.created,
      graded: result.graded,
      ungraded: result.ungraded,
      accountsSeconds,
      accountsPerSecond: result.enterprises / accountsSeconds,
      gradingSeconds: ((marks.at(-1)?.at ?? accountsEnd) - accountsEnd) / 1000,
      jobSeconds,
      baseRssMiB,
      peakRssMiB: baseRssMiB + run.peakMiB,
      table: await tableSize(db, "carbon_accounts"),
      accountBytes: { average: Number(bytes.rows[0]!.average), max: Number(bytes.rows[0]!.max) },
      sqlSeconds: await sqlReference(db, result.enterprises),
    };
  } finally {
    await db.close();
  }
}

function accountsResult(r: AccountsRun, rows: number): Result {
  return result({
    name: `carbon: compute and grade the accounts of ${count(r.enterprises)} enterprises from ${count(rows)} activity rows (${engineName(r.engine)}; the carbon.accounts job)`,
    seconds: r.jobSeconds,
    throughput: per(r.enterprises, r.jobSeconds, "accounts/s"),
    peakRssMiB: r.peakRssMiB,
    reference: {
      name: "one SQL statement over the same rows: yearly totals per enterprise with fixed factors, intensity, percentile rank in its industry, into a temporary table",
      seconds: r.sqlSeconds,
      throughput: per(r.enterprises, r.sqlSeconds, "accounts/s"),
    },
    note:
      `child process (RSS before the job ${r.baseRssMiB.toFixed(0)} MiB); ` +
      `accounts ${r.accountsSeconds.toFixed(1)} s (${count(r.accountsPerSecond)} accounts/s, ${count(r.created)} versions written), ` +
      `grading ${r.gradingSeconds.toFixed(1)} s (${count(r.graded)} graded, ${count(r.ungraded)} not); ` +
      `carbon_accounts ${count(r.table.totalMiB)} MiB on disk (${count(r.table.toastMiB)} MiB of it TOAST), ` +
      `an account ${count(r.accountBytes.average / 1024)} KiB of JSON on average`,
  });
}

/** Ingest (kept), then accounts, engine by engine; each database is dropped once measured. */
export function benchCarbon(rows = CARBON_BENCH_ROWS): Promise<Result[]> {
  return withActivityCsv(rows, async (file, fileMiB) => {
    const results: Result[] = [];
    for (const engine of benchEngines()) {
      const ingest = await ingestInChild(engine, file, rows, true);
      process.stderr.write(`carbon ingest: ${JSON.stringify(ingest)}\n`);
      results.push(ingestResult(ingest, fileMiB));
      try {
        const accounts = await runBenchChild<AccountsRun>(SELF, ["accounts", JSON.stringify(ingest.where)]);
        process.stderr.write(`carbon accounts: ${JSON.stringify(accounts)}\n`);
        results.push(accountsResult(accounts, rows));
      } finally {
        await dropBenchDatabase(ingest.where);
      }
    }
    return results;
  });
}

if (process.argv[1] === SELF) {
  const [mode, arg] = process.argv.slice(2);
  if (mode === "accounts") process.stdout.write(JSON.stringify(await runAccounts(JSON.parse(arg!) as BenchDatabase)));
  else
    for (const r of await benchCarbon(mode ? Number(mode) : CARBON_BENCH_ROWS))
      process.stdout.write(`${JSON.stringify(r)}\n`);
}
