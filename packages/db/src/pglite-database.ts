import { PGlite, type Transaction, types } from "@electric-sql/pglite";
import { copyStatement } from "./copy-statement";
import type { Database, Queryable, QueryResult } from "./database";

/** int8 and numeric come back as exact text, as node-postgres returns them. */
const parsers = {
  [types.INT8]: (v: string) => v,
  [types.NUMERIC]: (v: string) => v,
};

type PgliteLike = Pick<PGlite | Transaction, "query" | "exec">;

/**
 * COPY FROM '/dev/blob' reads a server file, which PostgreSQL allows only to superusers and pg_read_server_files. A
 * request running as the tenant role (tenant-session.ts) is switched back to the session's superuser for this one
 * statement (which copyStatement confines to a temporary table) and then to its role again, in one round trip so that
 * no other query of the transaction can run in between.
 */
async function copyBlob(q: PgliteLike, table: string, columns: readonly string[], rows: string): Promise<number> {
  const results = await q.exec(
    `SELECT set_config('greenfin.copy_role', current_user, true);
     SET LOCAL ROLE NONE;
     ${copyStatement(table, columns, "'/dev/blob'")};
     SELECT set_config('role', current_setting('greenfin.copy_role'), true);`,
    { blob: new Blob([rows]) },
  );
  return results[2]?.affectedRows ?? 0;
}

function wrap(q: PgliteLike): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const r = await q.query<T>(sql, params as unknown[]);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await q.exec(sql);
    },
    copyFrom: (table, columns, rows) => copyBlob(q, table, columns, rows),
  };
}

export interface PgliteDatabase extends Database {
  readonly engine: "pglite";
  /** A gzip tarball of the whole data directory; tests copy one migrated template per file. */
  dump(): Promise<Blob>;
}

/** Embedded PostgreSQL (PGlite, WebAssembly). Without `dataDir` the database lives in memory. */
export async function openPgliteDatabase(
  options: { dataDir?: string; loadDataDir?: Blob } = {},
): Promise<PgliteDatabase> {
  const pg = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers,
  });
  return {
    engine: "pglite",
    ...wrap(pg),
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
    dump: async () => pg.dumpDataDir("gzip"),
  };
}
