const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * The COPY … FROM statement of `Queryable.copyFrom`, shared by both adapters. Only a temporary table is loaded (a
 * stage the caller then checks and merges with plain SQL, so that row-level security and constraints still decide
 * what reaches a real table), and the names are checked as they are written into the statement.
 */
export function copyStatement(table: string, columns: readonly string[], source: string): string {
  const name = table.startsWith("pg_temp.") ? table.slice("pg_temp.".length) : "";
  if (!IDENTIFIER.test(name)) throw new Error(`copyFrom loads a temporary table (pg_temp.name), not ${table}`);
  const bad = columns.find((c) => !IDENTIFIER.test(c));
  if (bad !== undefined || columns.length === 0) throw new Error(`copyFrom: bad column list ${columns.join(", ")}`);
  return `COPY ${table} (${columns.join(", ")}) FROM ${source}`;
}
