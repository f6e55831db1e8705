import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFromStdin } from "pg-copy-streams";
import { copyStatement } from "./copy-statement";
import type { Database, Queryable, QueryResult } from "./database";

type ClientLike = Pick<pg.PoolClient, "query">;

/** COPY FROM STDIN on one connection: the rows go as COPY data, with no parameters to serialise. */
async function copyOn(client: pg.PoolClient, table: string, columns: readonly string[], rows: string) {
  const stream = client.query(copyFromStdin(copyStatement(table, columns, "STDIN")));
  stream.end(rows);
  await finished(stream);
  return stream.rowCount;
}

function wrap(c: ClientLike, copyFrom: Queryable["copyFrom"]): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      const r = await c.query(sql, params as unknown[]);
      return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
    },
    async exec(sql: string): Promise<void> {
      await c.query(sql);
    },
    copyFrom,
  };
}

/** A PostgreSQL server reached over `DATABASE_URL`, through a connection pool. */
export async function openPostgresDatabase(
  url: string,
  options: { max?: number; onIdleError?: (error: Error) => void } = {},
): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection the server closes (restart, failover, admin) is dropped from the pool and
  // replaced on the next query; without a listener its error would end the whole process.
  pool.on("error", (error) => options.onIdleError?.(error));
  // Fail at start, not at the first request, when the server cannot be reached.
  const probe = await pool.connect();
  probe.release();
  return {
    engine: "postgres",
    ...wrap(pool, async (table, columns, rows) => {
      const client = await pool.connect();
      try {
        return await copyOn(client, table, columns, rows);
      } finally {
        client.release();
      }
    }),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await fn(wrap(client, (table, columns, rows) => copyOn(client, table, columns, rows)));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
