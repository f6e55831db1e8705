/**
 * The ingestion references: PostgreSQL's COPY of the same rows into a table of the same shape, on the same engine,
 * in one transaction — the fastest way the database itself has to take those rows in. The table is a temporary one
 * made `LIKE` the real table `INCLUDING ALL` (the same columns, types, defaults, checks and primary key; no foreign
 * keys, no row-level security, no WAL since temporary tables are not logged), loaded through the platform's own
 * `copyFrom` (COPY FROM STDIN on a server, COPY FROM '/dev/blob' on PGlite). The rows are made beforehand, in COPY's
 * text format, and are not timed.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Database } from "@greenfin/db";

/** A value in COPY's text format. */
export const copyText = (v: unknown): string =>
  v === null || v === undefined
    ? "\\N"
    : (v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v))
        .replace(/\\/g, "\\\\")
        .replace(/\t/g, "\\t")
        .replace(/\n/g, "\\n")
        .replace(/\r/g, "\\r");

/** Groups COPY lines into chunks of about `rows` lines each (one COPY statement a chunk). */
export function chunked(lines: Iterable<string>, rows = 100_000): string[] {
  const chunks: string[] = [];
  let buffer: string[] = [];
  for (const line of lines) {
    buffer.push(line);
    if (buffer.length === rows) {
      chunks.push(`${buffer.join("\n")}\n`);
      buffer = [];
    }
  }
  if (buffer.length) chunks.push(`${buffer.join("\n")}\n`);
  return chunks;
}

/** The data lines of a CSV file (header skipped), split on commas (the bench files quote nothing). */
export async function csvRows(path: string, each: (cells: string[]) => string | null): Promise<string[]> {
  const lines: string[] = [];
  let header = true;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    if (header || line === "") {
      header = false;
      continue;
    }
    const out = each(line.split(","));
    if (out !== null) lines.push(out);
  }
  return lines;
}

/** Rows a query returns, as COPY lines (in the order of its columns), to load them again elsewhere. */
export async function rowsAsCopy(db: Database, sql: string, params: readonly unknown[]): Promise<string[]> {
  const r = await db.query<Record<string, unknown>>(sql, params);
  return r.rows.map((row) => Object.values(row).map(copyText).join("\t"));
}

export interface CopyTarget {
  /** The real table the temporary one is shaped like. */
  like: string;
  columns: readonly string[];
  chunks: readonly string[];
}

/** Loads each target's chunks by COPY into its temporary look-alike, all in one transaction; timed end to end. */
export async function timeCopy(
  db: Database,
  targets: readonly CopyTarget[],
): Promise<{ seconds: number; rows: number }> {
  let rows = 0;
  const started = performance.now();
  await db.transaction(async (tx) => {
    for (const [i, t] of targets.entries()) {
      const name = `pg_temp.bench_copy_${i}`;
      await tx.exec(`CREATE TEMP TABLE bench_copy_${i} (LIKE ${t.like} INCLUDING ALL) ON COMMIT DROP`);
      for (const chunk of t.chunks) rows += await tx.copyFrom(name, t.columns, chunk);
    }
  });
  return { seconds: (performance.now() - started) / 1000, rows };
}
