/**
 * The database side of an activity import, in one transaction: rows are staged batch by batch into a temporary table
 * (a multi-row INSERT from unnest'ed arrays — close to COPY's speed, and the same on PGlite and PostgreSQL through the
 * one Database port), checked there for keys repeated within the file, then merged into carbon_activity with one
 * INSERT … ON CONFLICT DO UPDATE that writes only figures that differ, so a re-import changes nothing.
 */
import type { Queryable } from "@greenfin/db";
import type { StageColumns } from "./activity-validate";
import { workingUnitFactors } from "./activity-validate";

const STAGE = "carbon_activity_stage";

export async function createStage(tx: Queryable): Promise<void> {
  // Temporary and unlogged by nature; dropped at the end of the import, or with the transaction if it fails.
  await tx.exec(`DROP TABLE IF EXISTS pg_temp.${STAGE};
    CREATE TEMP TABLE ${STAGE} (
      line integer NOT NULL, org_id uuid NOT NULL, meter text NOT NULL, month date NOT NULL, item text NOT NULL,
      quantity numeric NOT NULL, unit text NOT NULL, note text
    ) ON COMMIT DROP`);
}

export async function dropStage(tx: Queryable): Promise<void> {
  await tx.exec(`DROP TABLE IF EXISTS pg_temp.${STAGE}`);
}

/**
 * Array literals written here rather than by the drivers' generic serialisers (several times faster on large batches):
 * numbers, uuids, dates and validated decimals go bare; text is double-quoted with `"` and `\` escaped.
 */
const bare = (values: readonly (string | number)[]) => `{${values.join(",")}}`;
const quoted = (values: readonly (string | null)[]) => {
  let out = "{";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += ",";
    out += v === null || v === undefined ? "NULL" : `"${v.replace(/[\\"]/g, "\\$&")}"`;
  }
  return `${out}}`;
};

export async function stageRows(tx: Queryable, rows: StageColumns): Promise<void> {
  if (rows.line.length === 0) return;
  await tx.query(
    `INSERT INTO pg_temp.${STAGE} (line, org_id, meter, month, item, quantity, unit, note)
     SELECT * FROM unnest($1::int[], $2::uuid[], $3::text[], $4::date[], $5::text[], $6::numeric[], $7::text[], $8::text[])`,
    [
      bare(rows.line),
      bare(rows.orgId),
      quoted(rows.meter),
      bare(rows.month),
      quoted(rows.item),
      bare(rows.quantity),
      quoted(rows.unit),
      quoted(rows.note),
    ],
  );
}

/** Statistics for the merge's plan: the planner knows nothing of a temporary table until it is analysed. */
export async function analyzeStage(tx: Queryable): Promise<void> {
  await tx.exec(`ANALYZE pg_temp.${STAGE}`);
}

export interface RepeatedKey {
  org_id: string;
  meter: string;
  month: string;
  item: string;
  lines: number[];
}

/** Keys that occur more than once in the staged rows (up to `limit` of them), and how many such keys there are. */
export async function repeatedKeys(tx: Queryable, limit: number): Promise<{ keys: RepeatedKey[]; total: number }> {
  const r = await tx.query<RepeatedKey & { total: string }>(
    `SELECT org_id, meter, to_char(month, 'YYYY-MM') AS month, item,
            (array_agg(line ORDER BY line))[1:20] AS lines, count(*) OVER () AS total
       FROM pg_temp.${STAGE} GROUP BY org_id, meter, month, item HAVING count(*) > 1
      ORDER BY min(line) LIMIT $1`,
    [Math.max(limit, 1)],
  );
  return { keys: r.rows.slice(0, limit), total: Number(r.rows[0]?.total ?? 0) };
}

export interface MergeCounts {
  inserted: number;
  updated: number;
}

/**
 * Staged rows into carbon_activity, in key order (index pages are then written in sequence): new keys inserted, a
 * different figure, unit or note replaced, identical rows left alone (their updated_at and import stay as they were).
 */
export async function mergeStage(tx: Queryable, importId: string, at: Date): Promise<MergeCounts> {
  const f = workingUnitFactors();
  const r = await tx.query<{ inserted: string; updated: string }>(
    `WITH f AS (SELECT * FROM unnest($3::text[], $4::text[], $5::numeric[]) AS f(item, unit, factor)),
     up AS (
       INSERT INTO carbon_activity AS a (org_id, meter, month, item, quantity, unit, quantity_working, note, import_id, updated_at)
       SELECT s.org_id, s.meter, s.month, s.item, s.quantity, s.unit, s.quantity * f.factor, s.note, $1, $2
         FROM pg_temp.${STAGE} s LEFT JOIN f ON f.item = s.item AND f.unit = s.unit
        ORDER BY s.org_id, s.meter, s.month, s.item
       ON CONFLICT (org_id, meter, month, item) DO UPDATE
          SET quantity = excluded.quantity, unit = excluded.unit, quantity_working = excluded.quantity_working,
              note = excluded.note, import_id = excluded.import_id, updated_at = excluded.updated_at
        WHERE (a.quantity, a.unit, a.note) IS DISTINCT FROM (excluded.quantity, excluded.unit, excluded.note)
       RETURNING (a.xmax = 0) AS fresh
     )
     SELECT count(*) FILTER (WHERE fresh) AS inserted, count(*) FILTER (WHERE NOT fresh) AS updated FROM up`,
    [importId, at, f.item, f.unit, f.factor],
  );
  return { inserted: Number(r.rows[0]?.inserted ?? 0), updated: Number(r.rows[0]?.updated ?? 0) };
}
