import { PGlite, types } from "@electric-sql/pglite";
import type { Database, Queryable, QueryResult } from "./database";

/** int8 and numeric come back as exact text, as node-postgres returns them. */
const parsers = {
  [types.INT8]: (v: string) => v,
  [types.NUMERIC]: (v: string) => v,
};

type PgliteLike = Pick<PGlite, "query" | "exec">;

function wrap(q: PgliteLike): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const r = await q.query<T>(sql, params as unknown[]);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await q.exec(sql);
    },
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
