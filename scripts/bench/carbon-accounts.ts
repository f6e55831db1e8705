/**
 * Carbon accounts benchmark, after the ingestion benchmark on the same database: the CSV of N activity rows (default
 * 10,000,000, so 104,167 enterprises in six industries) is ingested on each engine by carbon-ingest.ts, which keeps
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
import type { Result } from "../bench";
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
  count,
  ingestInChild,
  ingestResult,
  withActivityCsv,
} from "./carbon-ingest";
import { withMemoryPeak } from "./memory-peak";

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
    };
  } finally {
    await db.close();
  }
}

function accountsResult(r: AccountsRun, rows: number): Result {
  return {
    name: `compute and grade the carbon accounts of ${count(r.enterprises)} enterprises from ${count(rows)} activity rows (${r.engine === "pglite" ? "embedded DB on disk" : "PostgreSQL"}; the carbon.accounts job)`,
    seconds: r.jobSeconds,
    note:
      `accounts ${r.accountsSeconds.toFixed(1)} s (${count(r.accountsPerSecond)} accounts/s, ${count(r.created)} versions written), ` +
      `grading ${r.gradingSeconds.toFixed(1)} s (${count(r.graded)} graded, ${count(r.ungraded)} not); ` +
      `peak RSS ${r.peakRssMiB.toFixed(0)} MiB (process before the job ${r.baseRssMiB.toFixed(0)} MiB); ` +
      `carbon_accounts ${count(r.table.totalMiB)} MiB on disk (${count(r.table.toastMiB)} MiB of it TOAST), ` +
      `an account ${count(r.accountBytes.average / 1024)} KiB of JSON on average`,
  };
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
      process.stdout.write(`${r.name}: ${r.seconds.toFixed(2)} s — ${r.note}\n`);
}
