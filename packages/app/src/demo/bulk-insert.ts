import type { Queryable } from "@greenfin/db";

/** A column filled in bulk: its name, SQL type, and how a row gives its value. */
export interface BulkColumn<R> {
  readonly name: string;
  readonly type: string;
  /** For a jsonb column, the value is JSON text (or null). */
  readonly value: (row: R) => unknown;
  /** SQL over `u.<name>` when the value needs converting (e.g. a list joined by commas into text[]). */
  readonly select?: string;
}

function statement<R>(table: string, columns: readonly BulkColumn<R>[], from: string): string {
  const names = columns.map((c) => c.name).join(", ");
  const select = columns.map((c) => c.select ?? `u.${c.name}`).join(", ");
  return `INSERT INTO ${table} (${names}) SELECT ${select} FROM ${from}`;
}

async function inChunks<R>(rows: readonly R[], size: number, write: (chunk: readonly R[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += size) await write(rows.slice(start, start + size));
}

/**
 * Inserts rows as one `INSERT … SELECT FROM unnest(…)` per chunk, one array parameter per column: a statement per
 * thousand rows instead of one per row. Best for many small rows.
 */
export async function insertUnnest<R>(
  tx: Queryable,
  table: string,
  columns: readonly BulkColumn<R>[],
  rows: readonly R[],
  chunkSize: number,
): Promise<void> {
  const params = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
  const names = columns.map((c) => c.name).join(", ");
  const sql = statement(table, columns, `unnest(${params}) AS u(${names})`);
  await inChunks(rows, chunkSize, (chunk) =>
    tx.query(
      sql,
      columns.map((c) => chunk.map(c.value)),
    ),
  );
}

/**
 * Inserts rows from one JSON document per chunk (`jsonb_to_recordset`). For rows carrying large JSON documents this
 * is several times faster than unnest on the embedded database, where long strings in array parameters are slow.
 */
export async function insertJson<R>(
  tx: Queryable,
  table: string,
  columns: readonly BulkColumn<R>[],
  rows: readonly R[],
  chunkSize: number,
): Promise<void> {
  const shape = columns.map((c) => `${c.name} ${c.type}`).join(", ");
  const sql = statement(table, columns, `jsonb_to_recordset($1::jsonb) AS u(${shape})`);
  const field = (c: BulkColumn<R>, row: R) => {
    const v = c.value(row);
    return `${JSON.stringify(c.name)}:${c.type === "jsonb" ? ((v as string | null) ?? "null") : JSON.stringify(v ?? null)}`;
  };
  await inChunks(rows, chunkSize, (chunk) =>
    tx.query(sql, [`[${chunk.map((row) => `{${columns.map((c) => field(c, row)).join(",")}}`).join(",")}]`]),
  );
}
