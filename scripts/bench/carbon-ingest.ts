/**
 * Carbon activity ingestion benchmark: a synthetic utility export of N activity rows (default 100,000: enterprises ×
 * 12 months × 8 items, one enterprise per 96 rows) is written to disk as a CSV, streamed, then imported through the
 * same use-case as an upload (importActivityFile: validate, stage by COPY, merge, in one transaction) into a fresh
 * embedded database (on disk) and a fresh PostgreSQL database, each engine in a process of its own so that its peak
 * RSS is its own; then the same file is imported again, which must change nothing; then the reference, COPY of the
 * same rows into a table shaped like carbon_activity (reference-copy.ts). carbon-accounts.ts goes on from the
 * databases this leaves behind.
 *
 *   npx tsx scripts/bench/carbon-ingest.ts [rows]          both engines (PostgreSQL when a URL is set, see below)
 *   GF_BENCH_CARBON_ROWS=1000000 npm run bench             as part of the bench suite (ingest and accounts)
 *
 * PostgreSQL is reached through GF_BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL (a server where the user may
 * CREATE DATABASE); without one only the embedded database is measured.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Actor, importActivityFile, systemClock } from "@greenfin/app";
import { type Database, migrate } from "@greenfin/db";
import { usccCheckCharacter } from "@greenfin/domain";
import {
  type BenchDatabase,
  type BenchEngine,
  benchEngines,
  createBenchDatabase,
  dropBenchDatabase,
  openBenchDatabase,
  runBenchChild,
} from "./bench-database";
import { withMemoryPeak } from "./memory-peak";
import { chunked, copyText, csvRows, timeCopy } from "./reference-copy";
import { count, per, type Result, result } from "./result";

const SELF = fileURLToPath(import.meta.url);
export const CARBON_BENCH_ROWS = Number(process.env.GF_BENCH_CARBON_ROWS ?? 100_000);
export const CARBON_BENCH_YEAR = 2025;
const ROWS_PER_ENTERPRISE = 96;
const ITEMS: readonly [string, string, (k: number) => string][] = [
  ["electricity", "kWh", (k) => String(150_000 + (k % 90_000))],
  ["natural_gas", "m3", (k) => `${2_000 + (k % 7_000)}.5`],
  ["heat", "GJ", (k) => String(300 + (k % 500))],
  ["raw_coal", "t", (k) => `${(k % 400) + 1}.25`],
  ["diesel", "L", (k) => String(800 + (k % 3_000))],
  ["green_power", "MWh", (k) => String(k % 50)],
  ["value_added", "wan_yuan", (k) => String(1_000 + (k % 20_000))],
  ["revenue", "wan_yuan", (k) => `${(k % 9_000) + 100}.75`],
];
/** A handful of GB/T 4754 industries, dealt out in turn, so that every industry has thousands of peers to grade. */
const INDUSTRIES = ["C2211", "C2614", "C2651", "C3011", "C3120", "D4411"];

export const benchUscc = (i: number) => {
  const first17 = `9132050${String(i).padStart(10, "0")}`;
  return first17 + usccCheckCharacter(first17);
};

export const enterprisesFor = (rows: number) => Math.ceil(rows / ROWS_PER_ENTERPRISE);

/** Writes the CSV row by row, honouring the stream's backpressure, so the generator's memory stays flat. */
export async function writeActivityCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve()));
  await write("enterprise,meter,month,item,quantity,unit,note\n");
  let buffer = "";
  for (let k = 0; k < rows; k++) {
    const e = Math.floor(k / ROWS_PER_ENTERPRISE);
    const within = k % ROWS_PER_ENTERPRISE;
    const month = Math.floor(within / ITEMS.length) + 1;
    const [item, unit, qty] = ITEMS[within % ITEMS.length]!;
    buffer += `${benchUscc(e)},,${CARBON_BENCH_YEAR}-${month < 10 ? "0" : ""}${month},${item},${qty(k)},${unit},\n`;
    if (buffer.length > 1 << 16) {
      await write(buffer);
      buffer = "";
    }
  }
  await write(buffer);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

/** The district and the synthetic enterprises with their industries, by bulk SQL (10,000 a statement). */
async function seedOrganisations(db: Database, enterprises: number): Promise<Actor> {
  const d = await db.query<{ id: string }>(
    "INSERT INTO organisations (kind, name_zh, name_en) VALUES ('district', '基准园区', 'Bench district') RETURNING id",
  );
  for (let start = 0; start < enterprises; start += 10_000) {
    const n = Math.min(10_000, enterprises - start);
    await db.query(
      `INSERT INTO organisations (kind, name_zh, name_en, uscc, industry_code)
       SELECT 'enterprise', '基准企业' || c, 'Bench enterprise ' || c, c, ($2::text[])[1 + (i - 1) % cardinality($2)]
         FROM unnest($1::text[]) WITH ORDINALITY AS x(c, i)`,
      [Array.from({ length: n }, (_, i) => benchUscc(start + i)), INDUSTRIES],
    );
  }
  return benchDistrict(d.rows[0]!.id);
}

export const benchDistrict = (orgId: string): Actor => ({
  userId: null,
  orgId,
  orgKind: "district",
  role: "admin",
  via: "session",
});

export interface IngestRun {
  engine: BenchEngine;
  rows: number;
  seedSeconds: number;
  seconds: number;
  rowsPerSecond: number;
  peakRssMiB: number;
  baseRssMiB: number;
  inserted: number;
  reimportSeconds: number;
  reimportPeakRssMiB: number;
  reimport: { inserted: number; updated: number; unchanged: number };
  /** The reference: COPY of the same rows, resolved to carbon_activity's columns, into a table shaped like it. */
  copySeconds: number;
  /** The database, left in place for the accounts benchmark when asked to keep it. */
  where: BenchDatabase;
}

/** One engine, in this process: migrate, seed, import, import again. */
async function runEngine(where: BenchDatabase, file: string, rows: number): Promise<IngestRun> {
  const db = await openBenchDatabase(where);
  try {
    await migrate(db);
    const p = { db, clock: systemClock };
    const seedStart = performance.now();
    const actor = await seedOrganisations(db, enterprisesFor(rows));
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const load = () =>
      importActivityFile(p, actor, {
        format: "csv",
        bytes: createReadStream(file),
        fileName: "bench.csv",
        channel: "bulk",
      });
    // Each import's peak is its own start (after a full collection) plus what it added.
    const rssNow = () => {
      global.gc?.();
      return process.memoryUsage().rss / 2 ** 20;
    };
    const baseRssMiB = rssNow();
    let t = performance.now();
    const first = await withMemoryPeak(load);
    const seconds = (performance.now() - t) / 1000;
    if (first.value.inserted !== rows) throw new Error(`expected ${rows} rows inserted, got ${first.value.inserted}`);
    const reimportBaseMiB = rssNow();
    t = performance.now();
    const again = await withMemoryPeak(load);
    const reimportSeconds = (performance.now() - t) / 1000;
    if (again.value.inserted !== 0 || again.value.updated !== 0)
      throw new Error(`the re-import changed rows: ${JSON.stringify(again.value)}`);
    const copySeconds = await copyReference(db, file, rows);
    return {
      engine: where.engine,
      rows,
      seedSeconds,
      seconds,
      rowsPerSecond: rows / seconds,
      peakRssMiB: baseRssMiB + first.peakMiB,
      baseRssMiB,
      inserted: first.value.inserted,
      reimportSeconds,
      reimportPeakRssMiB: reimportBaseMiB + again.peakMiB,
      reimport: { inserted: again.value.inserted, updated: again.value.updated, unchanged: again.value.unchanged },
      copySeconds,
      where,
    };
  } finally {
    await db.close();
  }
}

/** The same rows as carbon_activity's columns (the enterprise resolved, the month a date), then timed COPY. */
async function copyReference(db: Database, file: string, rows: number): Promise<number> {
  const orgs = await db.query<{ id: string; uscc: string }>(
    "SELECT id, uscc FROM organisations WHERE uscc IS NOT NULL",
  );
  const ids = new Map(orgs.rows.map((o) => [o.uscc, o.id]));
  const lines = await csvRows(file, ([uscc, meter, month, item, quantity, unit, note]) =>
    [
      ids.get(uscc!),
      meter || "main",
      `${month}-01`,
      item,
      quantity,
      unit,
      quantity,
      note || null,
      "2026-01-01 00:00:00+00",
    ]
      .map(copyText)
      .join("\t"),
  );
  const columns = ["org_id", "meter", "month", "item", "quantity", "unit", "quantity_working", "note", "updated_at"];
  const copy = await timeCopy(db, [{ like: "carbon_activity", columns, chunks: chunked(lines) }]);
  if (copy.rows !== rows) throw new Error(`the reference copied ${copy.rows} rows, not ${rows}`);
  return copy.seconds;
}

/** The child process's work: a fresh database, ingested, then dropped unless `keep` (and it succeeded). */
async function ingestChild(engine: BenchEngine, file: string, rows: number, keep: boolean): Promise<IngestRun> {
  const where = await createBenchDatabase(engine);
  let ok = false;
  try {
    const run = await runEngine(where, file, rows);
    ok = true;
    return run;
  } finally {
    if (!ok || !keep) await dropBenchDatabase(where);
  }
}

/** Ingests `file` on `engine` in a process of its own; with `keep` its database outlives it (the caller drops it). */
export const ingestInChild = (engine: BenchEngine, file: string, rows: number, keep: boolean) =>
  runBenchChild<IngestRun>(SELF, ["engine", engine, file, String(rows), keep ? "keep" : "drop"]);

export const engineName = (engine: BenchEngine) => (engine === "pglite" ? "embedded DB on disk" : "PostgreSQL");

export function ingestResult(r: IngestRun, fileMiB: number): Result {
  return result({
    name: `carbon: ingest ${count(r.rows)} activity rows from a ${fileMiB.toFixed(0)} MiB CSV (${engineName(r.engine)}; validate, stage by COPY, merge in one transaction)`,
    seconds: r.seconds,
    throughput: per(r.rows, r.seconds, "rows/s"),
    peakRssMiB: r.peakRssMiB,
    reference: {
      name: "COPY of the same rows (as carbon_activity's columns) into a table LIKE carbon_activity INCLUDING ALL",
      seconds: r.copySeconds,
      throughput: per(r.rows, r.copySeconds, "rows/s"),
    },
    note:
      `child process (RSS before the import ${r.baseRssMiB.toFixed(0)} MiB); ` +
      `same file again: ${r.reimportSeconds.toFixed(1)} s, ${r.reimport.inserted} inserted, ${r.reimport.updated} updated, ` +
      `${count(r.reimport.unchanged)} unchanged, peak RSS ${r.reimportPeakRssMiB.toFixed(0)} MiB; ` +
      `${count(enterprisesFor(r.rows))} enterprises seeded in ${r.seedSeconds.toFixed(1)} s`,
  });
}

/** Writes the synthetic export into a temporary directory, runs `work` on it, and removes it. */
export async function withActivityCsv<T>(rows: number, work: (file: string, fileMiB: number) => Promise<T>) {
  const dir = mkdtempSync(join(tmpdir(), "greenfin-carbon-csv-"));
  try {
    const file = join(dir, "activity.csv");
    const t = performance.now();
    await writeActivityCsv(file, rows);
    const fileMiB = statSync(file).size / 2 ** 20;
    process.stderr.write(
      `carbon: wrote ${count(rows)} activity rows (${fileMiB.toFixed(0)} MiB) in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
    return await work(file, fileMiB);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The ingestion alone, on each engine (carbon-accounts.ts runs it followed by the accounts). */
export function benchCarbonIngest(rows = CARBON_BENCH_ROWS): Promise<Result[]> {
  return withActivityCsv(rows, async (file, fileMiB) => {
    const results: Result[] = [];
    for (const engine of benchEngines()) {
      const r = await ingestInChild(engine, file, rows, false);
      process.stderr.write(`carbon ingest: ${JSON.stringify(r)}\n`);
      results.push(ingestResult(r, fileMiB));
    }
    return results;
  });
}

if (process.argv[1] === SELF) {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === "engine") {
    const [engine, file, rows, keep] = rest as [BenchEngine, string, string, string];
    process.stdout.write(JSON.stringify(await ingestChild(engine, file, Number(rows), keep === "keep")));
  } else {
    for (const r of await benchCarbonIngest(mode ? Number(mode) : CARBON_BENCH_ROWS))
      process.stdout.write(`${JSON.stringify(r)}\n`);
  }
}
