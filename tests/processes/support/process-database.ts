/**
 * A database of its own for one test file's server processes: a copy of the run's seeded template (the small demo
 * district), and a connection pool the test uses to look at what the servers wrote. Plain `pg`: the test process
 * stays light (it does not load the application it tests).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import "../../support/provided-context";
import { withDatabase } from "../../support/templates";

/** What the tests need of a database connection: queries. */
export interface SqlReader {
  query<T extends object = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<{ rows: T[]; rowCount: number | null }>;
}

export interface ProcessDatabase {
  readonly name: string;
  readonly url: string;
  readonly db: SqlReader;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("the processes project needs TEST_DATABASE_URL (a PostgreSQL server)");
  return url;
}

async function asAdmin(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

export async function createProcessDatabase(): Promise<ProcessDatabase> {
  const run = inject("run");
  // gf_t_<run>_… : the global teardown drops whatever a crashed run leaves behind.
  const name = `gf_t_${run}_proc_${randomBytes(4).toString("hex")}`;
  await asAdmin(`CREATE DATABASE ${name} TEMPLATE gf_tpl_seeded_${run}`);
  const url = withDatabase(serverUrl(), name);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return {
    name,
    url,
    db: pool as unknown as SqlReader,
    async drop() {
      await pool.end().catch(() => undefined);
      await asAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
