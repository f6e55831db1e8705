/**
 * The load test's own database: a fresh one on the PostgreSQL server named by LOAD_DATABASE_URL, TEST_DATABASE_URL or
 * DATABASE_URL (else the local default), created for the run and dropped after it, whatever happened.
 */
import { randomBytes } from "node:crypto";
import { type Database, openPostgresDatabase } from "@greenfin/db";

const DEFAULT_SERVER = "postgres://postgres@127.0.0.1:5432/postgres";

export const loadServerUrl = () =>
  process.env.LOAD_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_SERVER;

export function databaseUrl(name?: string): string {
  const u = new URL(loadServerUrl());
  if (name) u.pathname = `/${name}`;
  return u.toString();
}

async function onServer<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const admin = await openPostgresDatabase(databaseUrl(), { max: 1 });
  try {
    return await work(admin);
  } finally {
    await admin.close();
  }
}

export async function createLoadDatabase(): Promise<string> {
  const name = `gf_load_${new Date().toISOString().slice(0, 10).replaceAll("-", "")}_${randomBytes(3).toString("hex")}`;
  await onServer((db) => db.exec(`CREATE DATABASE ${name}`));
  return name;
}

export async function dropLoadDatabase(name: string): Promise<void> {
  await onServer((db) => db.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

export const openLoadDatabase = (name: string) => openPostgresDatabase(databaseUrl(name), { max: 2 });

export async function serverVersion(db: Database): Promise<string> {
  return (await db.query<{ v: string }>("SELECT version() AS v")).rows[0]?.v ?? "?";
}

/** Jobs still to run (the seed's carbon accounts and financed-emissions runs), by type. */
export async function pendingJobs(db: Database): Promise<Record<string, number>> {
  const r = await db.query<{ type: string; n: string }>(
    "SELECT type, count(*)::text AS n FROM jobs WHERE status = 'running' OR (status = 'queued' AND run_after <= now()) GROUP BY type",
  );
  return Object.fromEntries(r.rows.map((x) => [x.type, Number(x.n)]));
}

/**
 * Waits until no other session on the database is in a statement or transaction: the requests in flight when the
 * load stopped (their replies no longer awaited) have committed or rolled back before the writes are counted.
 */
export async function waitQuiet(db: Database, name: string, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const busy = await db.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM pg_stat_activity
        WHERE datname = $1 AND pid <> pg_backend_pid() AND state NOT IN ('idle') AND backend_type = 'client backend'`,
      [name],
    );
    if (Number(busy.rows[0]?.n) === 0) return;
    await new Promise((r) => setTimeout(r, 250));
  }
}
