/**
 * Financed-emissions benchmark: a synthetic book of N positions (default 30,000; GF_BENCH_PCAF_POSITIONS) over
 * N ÷ 20 counterparties (a mix of asset classes; some counterparties report emissions) is written to disk as the two
 * CSV files of docs/carbon-data-formats.md §2–3. One in ten counterparties is a platform enterprise with a 2025
 * carbon account, and about 60 % of those granted the bank their carbon data, so the run reads accounts under
 * consent as in production. Each engine — the embedded database on disk and a fresh PostgreSQL database — runs in a
 * process of its own (peak RSS is its own): the upload through the use-case as the server calls it (streamed files,
 * inside a tenant transaction under row-level security), then the "pcaf.run" job.
 *
 *   npx tsx scripts/bench/pcaf-run.ts [positions]          both engines (PostgreSQL when a URL is set, see below)
 *   GF_BENCH_PCAF_POSITIONS=100000 npm run bench            as part of the bench suite
 *
 * PostgreSQL is reached through GF_BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL (a server where the user may
 * CREATE DATABASE); without one only the embedded database is measured.
 */
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Actor,
  jobHandlers,
  runAsTenant,
  runJobNow,
  systemClock,
  tenantAware,
  uploadPcafBook,
} from "@greenfin/app";
import { type Database, migrate, openPgliteDatabase, openPostgresDatabase } from "@greenfin/db";
import { benchServerUrl, runBenchChild } from "./bench-database";
import { benchUscc } from "./carbon-ingest";
import { withMemoryPeak } from "./memory-peak";
import { chunked, rowsAsCopy, timeCopy } from "./reference-copy";
import { count as n, per, type Result, result } from "./result";

const SELF = fileURLToPath(import.meta.url);
export const PCAF_BENCH_POSITIONS = Number(process.env.GF_BENCH_PCAF_POSITIONS ?? 30_000);
const YEAR = 2025;
const SECTORS = ["C26", "C30", "D44", "K70", "F51", "C25", "B06", "E48", "C13", "I65", "C31", "A01"];

const counterpartiesFor = (positions: number) => Math.max(10, Math.ceil(positions / 20));
const platformFor = (counterparties: number) => Math.ceil(counterparties / 10);

/** Writes lines as they are made, honouring the stream's backpressure. */
async function writeLines(path: string, header: string, count: number, line: (k: number) => string): Promise<void> {
  const out = createWriteStream(path);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve()));
  await write(`${header}\n`);
  let buffer = "";
  for (let k = 0; k < count; k++) {
    buffer += `${line(k)}\n`;
    if (buffer.length > 1 << 16) {
      await write(buffer);
      buffer = "";
    }
  }
  await write(buffer);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

export async function writePcafFiles(dir: string, positions: number) {
  const counterparties = counterpartiesFor(positions);
  const cpPath = join(dir, "counterparties.csv");
  const posPath = join(dir, "positions.csv");
  await writeLines(
    cpPath,
    "counterparty,name,sector,revenue,total_assets,evic,total_equity_and_debt,scope1_tco2e,scope2_tco2e,emissions_source",
    counterparties,
    (i) => {
      const revenue = 10_000_000 + ((i * 7_919) % 900_000_000);
      const reported = i % 10 === 3;
      return [
        benchUscc(i),
        `基准企业${i}`,
        SECTORS[i % SECTORS.length],
        revenue,
        revenue * 2,
        i % 4 === 0 ? revenue * 3 : "",
        Math.round(revenue * 1.7),
        reported ? `${1_000 + (i % 5_000)}.5` : "",
        reported ? String(200 + (i % 800)) : "",
        reported ? (i % 20 === 3 ? "verified" : "reported") : "",
      ].join(",");
    },
  );
  // Per 100 positions: 55 business loans, 8 listed equity, 8 corporate bonds, 3 project finance, 3 commercial real
  // estate, 15 mortgages, 7 vehicle loans, 1 sovereign bond.
  await writeLines(
    posPath,
    "position_id,asset_class,counterparty,outstanding,property_value,floor_area_m2,vehicle_value,project_total,country",
    positions,
    (k) => {
      const r = k % 100;
      const id = `P${String(k).padStart(8, "0")}`;
      const cp = benchUscc((k * 37) % counterparties);
      const amount = 100_000 + ((k * 104_729) % 20_000_000);
      if (r < 55) return `${id},business_loan,${cp},${amount},,,,,`;
      if (r < 63) return `${id},listed_equity,${cp},${amount},,,,,`;
      if (r < 71) return `${id},corporate_bond,${cp},${amount}.25,,,,,`;
      if (r < 74) return `${id},project_finance,${cp},${amount},,,,${amount * 3},`;
      if (r < 77) return `${id},commercial_real_estate,,${amount},${amount * 2},${2_000 + (k % 9_000)},,,`;
      if (r < 92) return `${id},mortgage,,${amount % 2_000_000},3000000,${60 + (k % 120)},,,`;
      if (r < 99) return `${id},motor_vehicle_loan,,${amount % 200_000},,,250000,,`;
      return `${id},sovereign_debt,,${amount},,,,,CN`;
    },
  );
  return { posPath, cpPath, counterparties };
}

/** The bank, and the platform enterprises with their 2025 accounts and (six in ten) grants, by bulk SQL. */
async function seedPlatform(db: Database, counterparties: number): Promise<Actor> {
  const bank = await db.query<{ id: string }>(
    "INSERT INTO organisations (kind, name_zh, name_en) VALUES ('bank', '基准银行', 'Bench bank') RETURNING id",
  );
  const bankId = bank.rows[0]!.id;
  const codes = Array.from({ length: platformFor(counterparties) }, (_, i) => benchUscc(i * 10));
  await db.query(
    `INSERT INTO organisations (kind, name_zh, name_en, uscc)
     SELECT 'enterprise', '基准企业' || c, 'Bench enterprise ' || c, c FROM unnest($1::text[]) AS c`,
    [codes],
  );
  await db.query(
    `INSERT INTO carbon_accounts (org_id, year, version, calculated_on, method, factor_set, inputs_hash, scope1,
        scope1_combustion, scope1_process, scope2_location, scope2_market, total_location, total_market, account,
        account_hash, created_at)
     SELECT id, $1, 1, '2026-02-01', 'bench', 'cn-carbon-factors@2026.1', 'bench', 1500, 1500, 0, 700, 650, 2200, 2150,
            '{}', 'bench', now()
       FROM organisations WHERE kind = 'enterprise'`,
    [YEAR],
  );
  await db.query(
    `INSERT INTO consent_grants (grantor_org_id, grantee_org_id, scope, purpose, valid_from, expires_at)
     SELECT id, $1, 'carbon', 'bench', now() - interval '1 day', now() + interval '1 year'
       FROM organisations WHERE kind = 'enterprise' AND abs(hashtext(uscc)) % 10 < 6`,
    [bankId],
  );
  return { userId: null, orgId: bankId, orgKind: "bank", role: "admin", via: "session" };
}

export interface PcafBenchRun {
  engine: "pglite" | "postgres";
  positions: number;
  counterparties: number;
  platform: Record<string, number>;
  uploadSeconds: number;
  uploadPeakRssMiB: number;
  runSeconds: number;
  runPeakRssMiB: number;
  baseRssMiB: number;
  resultsMiB: number;
  weightedDataQuality: string | null;
  /** The upload's reference: COPY of the stored book's rows into tables shaped like the book's. */
  uploadCopySeconds: number;
  /** The run's reference (runReference below). */
  runReferenceSeconds: number;
}

/** COPY of the rows the upload stored (read back beforehand) into temporary look-alikes of the two book tables. */
async function uploadReference(db: Database, bookId: string): Promise<number> {
  const book = "WHERE book_id = $1 ORDER BY row_no";
  const cps = await rowsAsCopy(
    db,
    `SELECT book_id, row_no, org_id, counterparty, record FROM pcaf_book_counterparties ${book}`,
    [bookId],
  );
  const pos = await rowsAsCopy(db, `SELECT book_id, row_no, org_id, position FROM pcaf_book_positions ${book}`, [
    bookId,
  ]);
  const copy = await timeCopy(db, [
    {
      like: "pcaf_book_counterparties",
      columns: ["book_id", "row_no", "org_id", "counterparty", "record"],
      chunks: chunked(cps),
    },
    { like: "pcaf_book_positions", columns: ["book_id", "row_no", "org_id", "position"], chunks: chunked(pos) },
  ]);
  return copy.seconds;
}

/**
 * The run's reference: the book read back (positions and counterparties, JSON parsed), a floating-point attribution
 * pass in plain JS (outstanding over EVIC, else equity plus debt, times reported scope 1+2 or a flat sector
 * intensity on revenue; flat factors for the other classes), then COPY of the result rows the run wrote (read back
 * beforehand, untimed) into a table LIKE pcaf_position_results INCLUDING ALL. No data-quality scores, no evidence,
 * no exact decimals, no hashes.
 */
async function runReference(db: Database, bookId: string, runId: string): Promise<number> {
  const columns = [
    "run_id",
    "row_no",
    "org_id",
    "position_id",
    "asset_class",
    "counterparty",
    "counterparty_name",
    "counterparty_org_id",
    "sector",
    "section_key",
    "outstanding",
    "attribution_factor",
    "financed_scope12",
    "financed_scope3",
    "score",
    "evidence",
    "result",
  ];
  const lines = await rowsAsCopy(
    db,
    `SELECT ${columns.join(", ")} FROM pcaf_position_results WHERE run_id = $1 ORDER BY row_no`,
    [runId],
  );
  const started = performance.now();
  const cps = await db.query<{ counterparty: string; record: string }>(
    "SELECT counterparty, record FROM pcaf_book_counterparties WHERE book_id = $1",
    [bookId],
  );
  const byId = new Map(cps.rows.map((c) => [c.counterparty, JSON.parse(c.record) as Record<string, string | null>]));
  const pos = await db.query<{ position: string }>(
    "SELECT position FROM pcaf_book_positions WHERE book_id = $1 ORDER BY row_no",
    [bookId],
  );
  let financed = 0;
  for (const { position } of pos.rows) {
    const [, assetClass, cpId, outstanding, , propertyValue, floorArea, , vehicleValue, , projectTotal] = JSON.parse(
      position,
    ) as (string | null)[];
    const amount = Number(outstanding);
    const cp = cpId ? byId.get(cpId) : undefined;
    if (cp) {
      const value = Number(cp.evic ?? 0) || Number(cp.totalEquityAndDebt ?? 0) || Number(projectTotal ?? 0);
      const emissions = Number(cp.scope1Tco2e ?? 0) + Number(cp.scope2Tco2e ?? 0) || Number(cp.revenue ?? 0) * 2e-7;
      financed += value > 0 ? (amount / value) * emissions : 0;
    } else if (assetClass === "mortgage" || assetClass === "commercial_real_estate")
      financed += (amount / Number(propertyValue || 1)) * Number(floorArea ?? 0) * 0.05;
    else if (assetClass === "motor_vehicle_loan") financed += (amount / Number(vehicleValue || 1)) * 2.5;
    else financed += amount * 1e-7;
  }
  if (!(financed > 0)) throw new Error("the PCAF reference computed nothing");
  await timeCopy(db, [{ like: "pcaf_position_results", columns, chunks: chunked(lines) }]);
  return (performance.now() - started) / 1000;
}

async function openEngine(engine: "pglite" | "postgres", dir: string) {
  if (engine === "pglite") {
    const db = await openPgliteDatabase({ dataDir: join(dir, "pgdata") });
    return { db, drop: () => db.close() };
  }
  const url = benchServerUrl();
  if (!url) throw new Error("no PostgreSQL URL");
  const name = `gf_bench_pcaf_${randomBytes(4).toString("hex")}`;
  const admin = await openPostgresDatabase(url, { max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  const u = new URL(url);
  u.pathname = `/${name}`;
  const db = await openPostgresDatabase(u.toString(), { max: 2 });
  return {
    db,
    async drop() {
      await db.close();
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

/** One engine, in this process: fresh database, platform data, upload, run. */
async function runEngine(engine: "pglite" | "postgres", posPath: string, cpPath: string, positions: number) {
  const dir = mkdtempSync(join(tmpdir(), "greenfin-pcaf-bench-"));
  const { db, drop } = await openEngine(engine, dir);
  try {
    await migrate(db);
    const counterparties = counterpartiesFor(positions);
    const actor = await seedPlatform(db, counterparties);
    const p = { db, clock: systemClock };
    const tenant = { db: tenantAware(db), clock: systemClock };
    global.gc?.();
    const baseRssMiB = process.memoryUsage().rss / 2 ** 20;
    let t = performance.now();
    const upload = await withMemoryPeak(() =>
      runAsTenant(db, actor, () =>
        uploadPcafBook(tenant, actor, {
          year: YEAR,
          positions: { bytes: createReadStream(posPath), fileName: "positions.csv", format: "csv" },
          counterparties: { bytes: createReadStream(cpPath), fileName: "counterparties.csv", format: "csv" },
        }),
      ),
    );
    const uploadSeconds = (performance.now() - t) / 1000;
    if (upload.value.positions !== positions) throw new Error(`stored ${upload.value.positions} positions`);
    global.gc?.();
    t = performance.now();
    const run = await withMemoryPeak(() => runJobNow(p, upload.value.jobId!, "bench", { handlers: jobHandlers }));
    const runSeconds = (performance.now() - t) / 1000;
    const stored = await db.query<{
      status: string;
      error: string | null;
      platform_counts: Record<string, number>;
      dq: string | null;
      n: string;
      bytes: string;
    }>(
      `SELECT status, error, platform_counts, summary::jsonb #>> '{total,weightedDataQuality}' AS dq,
              (SELECT count(*) FROM pcaf_position_results WHERE run_id = r.id)::text AS n,
              pg_total_relation_size('pcaf_position_results')::text AS bytes
         FROM pcaf_runs r WHERE id = $1`,
      [upload.value.runId],
    );
    const s = stored.rows[0]!;
    if (!run.value || s.status !== "completed" || Number(s.n) !== positions)
      throw new Error(`the run did not complete: ${s.status} ${s.error ?? ""} (${s.n} results)`);
    const report: PcafBenchRun = {
      engine,
      positions,
      counterparties,
      platform: s.platform_counts,
      uploadSeconds,
      uploadPeakRssMiB: baseRssMiB + upload.peakMiB,
      runSeconds,
      runPeakRssMiB: baseRssMiB + run.peakMiB,
      baseRssMiB,
      resultsMiB: Number(s.bytes) / 2 ** 20,
      weightedDataQuality: s.dq,
      uploadCopySeconds: await uploadReference(db, upload.value.bookId),
      runReferenceSeconds: await runReference(db, upload.value.bookId, upload.value.runId),
    };
    return report;
  } finally {
    await drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const runChild = (engine: string, posPath: string, cpPath: string, positions: number) =>
  runBenchChild<PcafBenchRun>(SELF, ["engine", engine, posPath, cpPath, String(positions)]);

function results(r: PcafBenchRun, fileMiB: number): Result[] {
  const where = r.engine === "pglite" ? "embedded DB on disk" : "PostgreSQL";
  const pf = r.platform;
  return [
    result({
      name: `PCAF: upload a book of ${n(r.positions)} positions and ${n(r.counterparties)} counterparties (${fileMiB.toFixed(0)} MiB of CSV; ${where}; read, check, store in one tenant transaction)`,
      seconds: r.uploadSeconds,
      throughput: per(r.positions, r.uploadSeconds, "positions/s"),
      peakRssMiB: r.uploadPeakRssMiB,
      reference: {
        name: "COPY of the same stored rows into tables LIKE pcaf_book_positions and pcaf_book_counterparties INCLUDING ALL",
        seconds: r.uploadCopySeconds,
        throughput: per(r.positions, r.uploadCopySeconds, "positions/s"),
      },
      note: `child process (RSS before ${r.baseRssMiB.toFixed(0)} MiB)`,
    }),
    result({
      name: `PCAF: the pcaf.run job over ${n(r.positions)} positions (${where})`,
      seconds: r.runSeconds,
      throughput: per(r.positions, r.runSeconds, "positions/s"),
      peakRssMiB: r.runPeakRssMiB,
      reference: {
        name: "the book read back, a float attribution pass in plain JS, and COPY of the same result rows into a table LIKE pcaf_position_results INCLUDING ALL",
        seconds: r.runReferenceSeconds,
        throughput: per(r.positions, r.runReferenceSeconds, "positions/s"),
      },
      note:
        `child process; results table ${r.resultsMiB.toFixed(0)} MiB; ` +
        `${n(pf.accountsUsed ?? 0)} carbon accounts used under consent, ${n(pf.withoutConsent ?? 0)} platform enterprises without consent; weighted DQ ${r.weightedDataQuality}`,
    }),
  ];
}

export async function benchPcafRun(positions = PCAF_BENCH_POSITIONS): Promise<Result[]> {
  const dir = mkdtempSync(join(tmpdir(), "greenfin-pcaf-csv-"));
  try {
    const t = performance.now();
    const files = await writePcafFiles(dir, positions);
    const fileMiB = (statSync(files.posPath).size + statSync(files.cpPath).size) / 2 ** 20;
    process.stderr.write(
      `pcaf: wrote ${n(positions)} positions (${fileMiB.toFixed(0)} MiB) in ${((performance.now() - t) / 1000).toFixed(1)} s\n`,
    );
    const engines = ["pglite"];
    if (benchServerUrl()) engines.push("postgres");
    const out: Result[] = [];
    for (const engine of engines) {
      const r = await runChild(engine, files.posPath, files.cpPath, positions);
      process.stderr.write(`pcaf: ${JSON.stringify(r)}\n`);
      out.push(...results(r, fileMiB));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === SELF) {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === "engine") {
    const [engine, posPath, cpPath, positions] = rest as ["pglite" | "postgres", string, string, string];
    process.stdout.write(JSON.stringify(await runEngine(engine, posPath, cpPath, Number(positions))));
  } else {
    for (const r of await benchPcafRun(mode ? Number(mode) : PCAF_BENCH_POSITIONS))
      process.stdout.write(`${JSON.stringify(r)}\n`);
  }
}
