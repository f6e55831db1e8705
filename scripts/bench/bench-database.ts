/**
 * The benchmarks' databases: a fresh embedded database on disk, or a fresh database on the PostgreSQL server
 * named by GF_BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL (a user who may CREATE DATABASE). Described by
 * plain data, so that the process that ingests can hand its database to the process that computes the accounts.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, openPgliteDatabase, openPostgresDatabase } from "@greenfin/db";

export type BenchEngine = "pglite" | "postgres";

export type BenchDatabase = { engine: "pglite"; dataDir: string } | { engine: "postgres"; name: string };

export const benchServerUrl = () =>
  process.env.GF_BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;

/** The engines to measure: the embedded one always, PostgreSQL when a server is named. */
export const benchEngines = (): BenchEngine[] => (benchServerUrl() ? ["pglite", "postgres"] : ["pglite"]);

function serverUrl(name?: string): string {
  const url = benchServerUrl();
  if (!url) throw new Error("no PostgreSQL URL (GF_BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL)");
  if (!name) return url;
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function onServer(sql: string): Promise<void> {
  const admin = await openPostgresDatabase(serverUrl(), { max: 1 });
  try {
    await admin.exec(sql);
  } finally {
    await admin.close();
  }
}

/** A fresh database for `purpose` (a lower-case word, part of its name: gf_bench_<purpose>_<random>). */
export async function createBenchDatabase(engine: BenchEngine, purpose = "carbon"): Promise<BenchDatabase> {
  if (engine === "pglite")
    return { engine, dataDir: join(mkdtempSync(join(tmpdir(), `greenfin-${purpose}-bench-`)), "pgdata") };
  const name = `gf_bench_${purpose}_${randomBytes(4).toString("hex")}`;
  await onServer(`CREATE DATABASE ${name}`);
  return { engine, name };
}

export function openBenchDatabase(where: BenchDatabase): Promise<Database> {
  return where.engine === "pglite"
    ? openPgliteDatabase({ dataDir: where.dataDir })
    : openPostgresDatabase(serverUrl(where.name), { max: 2 });
}

export async function dropBenchDatabase(where: BenchDatabase): Promise<void> {
  if (where.engine === "pglite") rmSync(join(where.dataDir, ".."), { recursive: true, force: true });
  else await onServer(`DROP DATABASE IF EXISTS ${where.name} WITH (FORCE)`);
}

/** Bytes of a table with its indexes and TOAST, and of its TOAST alone (where long texts such as accounts go). */
export async function tableSize(db: Database, table: string): Promise<{ totalMiB: number; toastMiB: number }> {
  const r = await db.query<{ total: string; toast: string }>(
    `SELECT pg_total_relation_size(c.oid)::text AS total,
            coalesce(pg_total_relation_size(NULLIF(c.reltoastrelid, 0)), 0)::text AS toast
       FROM pg_class c WHERE c.oid = $1::regclass`,
    [table],
  );
  const row = r.rows[0]!;
  return { totalMiB: Number(row.total) / 2 ** 20, toastMiB: Number(row.toast) / 2 ** 20 };
}

/** Runs `node --expose-gc --import tsx script …args` and parses the one JSON document it prints. */
export function runBenchChild<T>(script: string, args: readonly string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", script, ...args], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(JSON.parse(out) as T) : reject(new Error(`${script} ${args[0] ?? ""} exited ${code}`)),
    );
  });
}
