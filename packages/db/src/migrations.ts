import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database } from "./database";

export const MIGRATIONS_DIR = fileURLToPath(new URL("../migrations/", import.meta.url));

export interface Migration {
  id: string; // file name without .sql, e.g. 0001_foundation
  sql: string;
  checksum: string;
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => {
      const sql = readFileSync(new URL(f, `file://${dir.endsWith("/") ? dir : `${dir}/`}`), "utf8");
      return { id: f.replace(/\.sql$/, ""), sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

export interface MigrationStatus {
  applied: string[];
  pending: string[];
}

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`;

// Any fixed number serves; it only keeps two processes from migrating at the same moment.
const MIGRATION_LOCK = 7_340_211;

async function appliedMigrations(db: Database): Promise<Map<string, string>> {
  const exists = await db.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
  if (!exists.rows[0]?.t) return new Map();
  const r = await db.query<{ id: string; checksum: string }>("SELECT id, checksum FROM schema_migrations");
  return new Map(r.rows.map((row) => [row.id, row.checksum]));
}

/**
 * Forward-only: applies every pending migration in order, all in one transaction (a failure leaves
 * the database as it was), and refuses to run when an applied migration's file has been edited since.
 */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<MigrationStatus> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await tx.exec(CREATE_LEDGER);
    const done = new Map(
      (await tx.query<{ id: string; checksum: string }>("SELECT id, checksum FROM schema_migrations")).rows.map((r) => [
        r.id,
        r.checksum,
      ]),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      const checksum = done.get(m.id);
      if (checksum !== undefined) {
        if (checksum !== m.checksum) throw new Error(`Migration ${m.id} was edited after it was applied`);
        continue;
      }
      await tx.exec(m.sql);
      await tx.query("INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)", [m.id, m.checksum]);
      applied.push(m.id);
    }
    return { applied, pending: [] };
  });
}

export async function migrationStatus(db: Database, migrations = loadMigrations()): Promise<MigrationStatus> {
  const done = await appliedMigrations(db);
  return {
    applied: migrations.filter((m) => done.has(m.id)).map((m) => m.id),
    pending: migrations.filter((m) => !done.has(m.id)).map((m) => m.id),
  };
}
