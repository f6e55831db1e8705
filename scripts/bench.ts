/**
 * `npm run bench`: every module's benchmarks, each beside a stated reference that does the same work at the limit of
 * the machine in the same process and the same run, written to docs/bench/latest.{json,md} (scripts/bench/report.ts)
 * with the machine's facts. In order: startup (`greenfin serve`, first start and restart) and HTTP routes against a
 * bare Fastify server (autocannon); the disclosure workbook import and validator; the rating engine; carbon activity
 * ingestion and yearly accounts; PCAF book upload and run; green classification; the statistics dashboard.
 *
 * The database benchmarks run on the embedded database (PGlite, on disk) and, when GF_BENCH_DATABASE_URL,
 * TEST_DATABASE_URL or DATABASE_URL names a PostgreSQL server (a user who may CREATE DATABASE), on fresh databases
 * gf_bench_<module>_<random> there too, dropped afterwards. Ports 19100-19103 are used on loopback.
 *
 * Scale (the defaults are meant to finish well within 15 minutes on an idle two-vCPU machine with a PostgreSQL server
 * named; the committed run took 27 minutes with the machine shared, load average about 12):
 *   GF_BENCH_CARBON_ROWS            activity rows ingested, then accounted (default 100,000; 96 per enterprise)
 *   GF_BENCH_PCAF_POSITIONS         positions of the PCAF book (default 30,000; a counterparty per 20)
 *   GF_BENCH_RATING_SIZES           comma-separated universe sizes (default 1000,10000,20000)
 *   GF_BENCH_DISCLOSURE_VALUES      values in the imported workbook (default 10,000)
 *   GF_BENCH_DISCLOSURE_VALIDATIONS disclosures validated (default 1,000)
 *   GF_BENCH_GREEN_COUNT            project descriptions classified (default 50,000)
 *   GF_BENCH_DASHBOARD_SIZES        comma-separated numbers of reporting banks (default 25,250)
 *   GF_BENCH_HTTP_SECONDS           seconds of load per route and server (default 5)
 *   GF_BENCH_HTTP_CONNECTIONS       autocannon connections (default 10)
 *   GF_BENCH_ONLY                   comma-separated subset of: startup,http,disclosure,rating,carbon,pcaf,green,dashboard
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { benchEngines } from "./bench/bench-database";
import { benchCarbon } from "./bench/carbon-accounts";
import { CARBON_BENCH_ROWS } from "./bench/carbon-ingest";
import {
  benchDisclosureImport,
  benchDisclosureValidation,
  DISCLOSURE_BENCH_VALIDATIONS,
  DISCLOSURE_BENCH_VALUES,
} from "./bench/disclosure";
import { benchGreenClassify, GREEN_BENCH_COUNT } from "./bench/green-classify";
import { benchHttp } from "./bench/http";
import { machineFacts } from "./bench/machine";
import { benchPcafRun, PCAF_BENCH_POSITIONS } from "./bench/pcaf-run";
import { benchRating, RATING_BENCH_SIZES } from "./bench/rating";
import { writeReport } from "./bench/report";
import { per, type Result, result } from "./bench/result";
import { startupTarget, timeBareStartup, timeStartup } from "./bench/startup";
import { benchStatisticsDashboard, DASHBOARD_BENCH_SIZES } from "./bench/statistics-dashboard";

export type { Result } from "./bench/result";

const PORTS = { first: 19100, restart: 19100, bare: 19101, http: 19102 };

/** Startup (first start and restart against a bare server's start), then the HTTP routes on the seeded database. */
async function startupAndHttp(only: (name: string) => boolean): Promise<Result[]> {
  const results: Result[] = [];
  const dir = mkdtempSync(join(tmpdir(), "greenfin-bench-"));
  const dataDir = join(dir, "data");
  try {
    const target = startupTarget().what;
    const first = await timeStartup(dataDir, PORTS.first);
    const restart = await timeStartup(dataDir, PORTS.restart);
    const bare = await timeBareStartup(dir, PORTS.bare);
    const reference = {
      name: "a bare Fastify server started the same way (node with the tsx loader) until it serves the same path",
      seconds: bare.seconds,
      throughput: per(1, bare.seconds, "starts/s"),
    };
    if (only("startup"))
      results.push(
        result({
          name: `startup: first start to ${target} (embedded DB: create, migrate, seed the demo district)`,
          seconds: first.seconds,
          throughput: per(1, first.seconds, "starts/s"),
          peakRssMiB: first.peakRssMiB,
          reference,
          note: `server child process; fresh data directory; bare server peak RSS ${bare.peakRssMiB.toFixed(0)} MiB`,
        }),
        result({
          name: `startup: restart to ${target} (embedded DB on disk)`,
          seconds: restart.seconds,
          throughput: per(1, restart.seconds, "starts/s"),
          peakRssMiB: restart.peakRssMiB,
          reference,
          note: "server child process; same data directory",
        }),
      );
    if (only("http")) results.push(...(await benchHttp(dataDir, PORTS.http)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

const setting = (value: string, what: string) => `${value} — ${what}`;

/** The scale of this run, by the environment variables that set it. */
function settings(): Record<string, string> {
  const env = process.env;
  return {
    GF_BENCH_CARBON_ROWS: setting(
      String(CARBON_BENCH_ROWS),
      "activity rows ingested, then accounted (96 per enterprise)",
    ),
    GF_BENCH_PCAF_POSITIONS: setting(
      String(PCAF_BENCH_POSITIONS),
      "positions of the PCAF book (a counterparty per 20)",
    ),
    GF_BENCH_RATING_SIZES: setting(RATING_BENCH_SIZES.join(","), "rating universe sizes"),
    GF_BENCH_DISCLOSURE_VALUES: setting(String(DISCLOSURE_BENCH_VALUES), "values in the imported workbook"),
    GF_BENCH_DISCLOSURE_VALIDATIONS: setting(String(DISCLOSURE_BENCH_VALIDATIONS), "disclosures validated"),
    GF_BENCH_GREEN_COUNT: setting(String(GREEN_BENCH_COUNT), "project descriptions classified"),
    GF_BENCH_DASHBOARD_SIZES: setting(DASHBOARD_BENCH_SIZES.join(","), "reporting banks of the dashboard district"),
    GF_BENCH_HTTP_SECONDS: setting(env.GF_BENCH_HTTP_SECONDS ?? "5", "seconds of load per route and server"),
    GF_BENCH_HTTP_CONNECTIONS: setting(env.GF_BENCH_HTTP_CONNECTIONS ?? "10", "autocannon connections"),
    GF_BENCH_ONLY: setting(env.GF_BENCH_ONLY ?? "(all)", "the benchmarks run"),
    "GF_BENCH_DATABASE_URL / TEST_DATABASE_URL / DATABASE_URL": setting(
      benchEngines().join(", "),
      "the engines measured (PostgreSQL when one names a server)",
    ),
  };
}

const NOTES = [
  "Ratios above 1 say how many times the reference's cost GreenFin spends on the same work; the references do less " +
    "(no checks, evidence, audit, hashes or row-level security unless stated), so they are floors, not targets.",
  "The HTTP benchmarks run `greenfin serve` on the embedded database: one PGlite connection per process, so the " +
    "requests that reach the database queue on it; several processes on PostgreSQL are measured by `npm run load`.",
  "Peak RSS of in-process benchmarks includes what the bench process already held (its RSS before is in the note); " +
    "child-process figures are that process's own.",
];

async function main() {
  const started = performance.now();
  const machine = await machineFacts();
  const selected = process.env.GF_BENCH_ONLY?.split(",").map((s) => s.trim());
  const only = (name: string) => !selected || selected.includes(name);
  const results: Result[] = [];
  const step = async (name: string, run: () => Promise<Result[]>) => {
    if (!name.split("+").some(only)) return;
    const t = performance.now();
    process.stderr.write(`bench: ${name}…\n`);
    results.push(...(await run()));
    process.stderr.write(`bench: ${name} done in ${((performance.now() - t) / 1000).toFixed(0)} s\n`);
  };
  await step("startup+http", () => startupAndHttp(only));
  await step("disclosure", async () => {
    const out: Result[] = [];
    for (const engine of benchEngines()) out.push(await benchDisclosureImport(engine));
    return [...out, await benchDisclosureValidation()];
  });
  await step("rating", benchRating);
  await step("carbon", () => benchCarbon());
  await step("pcaf", () => benchPcafRun());
  await step("green", () => benchGreenClassify());
  await step("dashboard", () => benchStatisticsDashboard());
  const md = writeReport({
    at: new Date().toISOString(),
    totalSeconds: (performance.now() - started) / 1000,
    machine,
    settings: settings(),
    notes: NOTES,
    results,
  });
  process.stdout.write(md);
}

await main();
