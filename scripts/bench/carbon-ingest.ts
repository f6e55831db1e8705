/**
 * Carbon activity ingestion benchmark: a synthetic utility export of N activity rows (default 10,000,000: enterprises ×
 * 12 months × 8 items, one enterprise per 96 rows) is written to disk as a CSV, streamed, then imported through the
 * same use-case as an upload (importActivityFile: validate, stage, merge, in one transaction) into a fresh embedded
 * database (on disk) and a fresh PostgreSQL database, each engine in a process of its own so that its peak RSS is its
 * own; then the same file is imported again, which must change nothing.
 *
 *   npx tsx scripts/bench/carbon-ingest.ts [rows]          both engines (PostgreSQL when a URL is set, see below)
 *   GF_BENCH_CARBON_ROWS=1000000 npm run bench             as part of the bench suite
 *
 * PostgreSQL is reached through GF_BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL (a server where the user may
 * CREATE DATABASE); without one only the embedded database is measured.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Actor, importActivityFile, systemClock } from "@greenfin/app";
import { type Database, migrate, openPgliteDatabase, openPostgresDatabase } from "@greenfin/db";
import { usccCheckCharacter } from "@greenfin/domain";
import type { Result } from "../bench";
import { withMemoryPeak } from "./memory-peak";

const SELF = fileURLToPath(import.meta.url);
export const CARBON_BENCH_ROWS = Number(process.env.GF_BENCH_CARBON_ROWS ?? 10_000_000);
const ROWS_PER_ENTERPRISE = 96;
const ITEMS: readonly [string, string, (k: number) => string][] = [
  ["electricity", "kWh", (k) => String(150_000 + (k % 90_000))],
  ["natural_gas", "m3", (k) => `${2_000 + (k % 7_000)}.5`],
  ["heat", "GJ", (k) => String(300 + (k % 500))],
  ["raw_coal", "t", (k) => `${(k % 400) + 1}.25`],
  ["diesel", "L", (k) => String(800 + (k % 3_000))],
  ["green_power", "MWh", (k) => String(k % 50)],
  ["product_output", "t", (k) => String(1_000 + (k % 20_000))],
  ["revenue", "wan_yuan", (k) => `${(k % 9_000) + 100}.75`],
];

export const benchUscc = (i: number) => {
  const first17 = `9132050${String(i).padStart(10, "0")}`;
  return first17 + usccCheckCharacter(first17);
};

const enterprisesFor = (rows: number) => Math.ceil(rows / ROWS_PER_ENTERPRISE);

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
    buffer += `${benchUscc(e)},,2025-${month < 10 ? "0" : ""}${month},${item},${qty(k)},${unit},\n`;
    if (buffer.length > 1 << 16) {
      await write(buffer);
      buffer = "";
    }
  }
  await write(buffer);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

/** The district and the synthetic enterprises, by bulk SQL (10,000 a statement). */
async function seedOrganisations(db: Database, enterprises: number): Promise<Actor> {
  const d = await db.query<{ id: string }>(
    "INSERT INTO organisations (kind, name_zh, name_en) VALUES ('district', '基准园区', 'Bench district') RETURNING id",
  );
  for (let start = 0; start < enterprises; start += 10_000) {
    const codes = Array.from({ length: Math.min(10_000, enterprises - start) }, (_, i) => benchUscc(start + i));
    await db.query(
      `INSERT INTO organisations (kind, name_zh, name_en, uscc)
       SELECT 'enterprise', '基准企业' || c, 'Bench enterprise ' || c, c FROM unnest($1::text[]) AS c`,
      [codes],
    );
  }
  return { userId: null, orgId: d.rows[0]!.id, orgKind: "district", role: "admin", via: "session" };
}

export interface IngestRun {
  engine: "pglite" | "postgres";
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
}

/** One engine, in this process: fresh database, seed, import, import again. */
async function runEngine(engine: "pglite" | "postgres", file: string, rows: number): Promise<IngestRun> {
  const dir = mkdtempSync(join(tmpdir(), "greenfin-carbon-bench-"));
  const url = process.env.GF_BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  const name = `gf_bench_carbon_${randomBytes(4).toString("hex")}`;
  let admin: Database | null = null;
  let db: Database;
  if (engine === "postgres") {
    if (!url) throw new Error("no PostgreSQL URL");
    admin = await openPostgresDatabase(url, { max: 1 });
    await admin.exec(`CREATE DATABASE ${name}`);
    const u = new URL(url);
    u.pathname = `/${name}`;
    db = await openPostgresDatabase(u.toString(), { max: 2 });
  } else {
    db = await openPgliteDatabase({ dataDir: join(dir, "pgdata") });
  }
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
    global.gc?.();
    const baseRssMiB = process.memoryUsage().rss / 2 ** 20;
    let t = performance.now();
    const first = await withMemoryPeak(load);
    const seconds = (performance.now() - t) / 1000;
    if (first.value.inserted !== rows) throw new Error(`expected ${rows} rows inserted, got ${first.value.inserted}`);
    t = performance.now();
    const again = await withMemoryPeak(load);
    const reimportSeconds = (performance.now() - t) / 1000;
    if (again.value.inserted !== 0 || again.value.updated !== 0)
      throw new Error(`the re-import changed rows: ${JSON.stringify(again.value)}`);
    return {
      engine,
      rows,
      seedSeconds,
      seconds,
      rowsPerSecond: rows / seconds,
      peakRssMiB: baseRssMiB + first.peakMiB,
      baseRssMiB,
      inserted: first.value.inserted,
      reimportSeconds,
      reimportPeakRssMiB: baseRssMiB + again.peakMiB,
      reimport: { inserted: again.value.inserted, updated: again.value.updated, unchanged: again.value.unchanged },
    };
  } finally {
    await db.close();
    if (admin) {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

function runChild(engine: string, file: string, rows: number): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", "tsx", SELF, "engine", engine, file, String(rows)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(JSON.parse(out) as IngestRun)
        : reject(new Error(`carbon ingest (${engine}) exited ${code}`)),
    );
  });
}

const n = (x: number) => Math.round(x).toLocaleString("en");

function result(r: IngestRun, fileMiB: number): Result {
  return {
    name: `ingest ${n(r.rows)} activity rows from a ${fileMiB.toFixed(0)} MiB CSV (${r.engine === "pglite" ? "embedded DB on disk" : "PostgreSQL"}; validate, stage, merge in one transaction)`,
    seconds: r.seconds,
    note:
      `${n(r.rowsPerSecond)} rows/s; peak RSS ${r.peakRssMiB.toFixed(0)} MiB (process before the import ${r.baseRssMiB.toFixed(0)} MiB); ` +
      `same file again: ${r.reimportSeconds.toFixed(1)} s, ${r.reimport.inserted} inserted, ${r.reimport.updated} updated, ` +
      `${n(r.reimport.unchanged)} unchanged, peak RSS ${r.reimportPeakRssMiB.toFixed(0)} MiB; ` +
      `${n(enterprisesFor(r.rows))} enterprises seeded in ${r.seedSeconds.toFixed(1)} s`,
  };
}

export async function benchCarbonIngest(rows = CARBON_BENCH_ROWS): Promise<Result[]> {
  const dir = mkdtempSync(join(tmpdir(), "greenfin-carbon-csv-"));
  try {
    const file = join(dir, "activity.csv");
    const t = performance.now();
    await writeActivityCsv(file, rows);
    const fileMiB = statSync(file).size / 2 ** 20;
    process.stderr.write(
      `carbon ingest: wrote ${n(rows)} rows (${fileMiB.toFixed(0)} MiB) in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
    const engines = ["pglite"];
    if (process.env.GF_BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL)
      engines.push("postgres");
    const results: Result[] = [];
    for (const engine of engines) {
      const r = await runChild(engine, file, rows);
      process.stderr.write(`carbon ingest: ${JSON.stringify(r)}\n`);
      results.push(result(r, fileMiB));
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === SELF) {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === "engine") {
    const [engine, file, rows] = rest as ["pglite" | "postgres", string, string];
    process.stdout.write(JSON.stringify(await runEngine(engine, file, Number(rows))));
  } else {
    for (const r of await benchCarbonIngest(mode ? Number(mode) : CARBON_BENCH_ROWS))
      process.stdout.write(`${r.name}: ${r.seconds.toFixed(2)} s — ${r.note}\n`);
  }
}
