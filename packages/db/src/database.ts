/** The one database port. Both adapters speak PostgreSQL's dialect; nothing above knows which runs. */
export interface QueryResult<T> {
  rows: T[];
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Runs several statements without parameters (migrations, fixtures). */
  exec(sql: string): Promise<void>;
  /**
   * Bulk-loads rows at COPY's speed into a temporary table (`pg_temp.name`) the caller created: `rows` is COPY's
   * text format (a line per row, tab-separated, `\N` for null, `\\`, `\t`, `\n` and `\r` escaped). Resolves to
   * the rows loaded. PostgreSQL streams it (COPY FROM STDIN); PGlite reads it as a blob (COPY FROM '/dev/blob').
   */
  copyFrom(table: string, columns: readonly string[], rows: string): Promise<number>;
}

export type DatabaseEngine = "pglite" | "postgres";

export interface Database extends Queryable {
  readonly engine: DatabaseEngine;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
