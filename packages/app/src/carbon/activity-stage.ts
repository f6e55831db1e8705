/**
 * The database side of an activity import, in one transaction: rows are staged batch by batch into a temporary table
 * by COPY (Queryable.copyFrom: COPY FROM STDIN on PostgreSQL, from a blob on PGlite), checked there for keys repeated
 * within the file when the reader could not rule them out (activity-repeats.ts), then merged into carbon_activity by
 * one statement that writes only what differs, so that a re-import changes (and rewrites) nothing.
 */
import type { Queryable } from "@greenfin/db";
import type { StageColumns } from "./activity-validate";
import { workingUnitFactors } from "./activity-validate";

const STAGE = "carbon_activity_stage";
const STAGE_COLUMNS = ["line", "org_id", "meter", "month", "item", "quantity", "unit", "note"];

export async function createStage(tx: Queryable): Promise<void> {
  // Temporary and unlogged by nature; dropped at the end of the import, or with the transaction if it fails. The
  // sorts and joins over millions of staged rows get room in memory rather than spilling to many small files; the
  // merge's join is a hash join (a merge join would sort every stored row as well, to save sorting the few new ones).
  await tx.exec(`SET LOCAL work_mem = '64MB';
    SET LOCAL enable_mergejoin = off;
    DROP TABLE IF EXISTS pg_temp.${STAGE};
    CREATE TEMP TABLE ${STAGE} (
      line integer NOT NULL, org_id uuid NOT NULL, meter text NOT NULL, month date NOT NULL, item text NOT NULL,
      quantity numeric NOT NULL, unit text NOT NULL, note text
    ) ON COMMIT DROP`);
}

export async function dropStage(tx: Queryable): Promise<void> {
  await tx.exec(`DROP TABLE IF EXISTS pg_temp.${STAGE}`);
}

const ESCAPES: Readonly<Record<string, string>> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const SPECIAL = /[\\\t\n\r]/;
/** A text cell in COPY's text format; numbers, uuids, dates and validated decimals need no escaping. */
const cell = (v: string | null) =>
  v === null ? "\\N" : SPECIAL.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : v;

/** A batch's rows as COPY text, a line each. */
function copyText(rows: StageColumns): string {
  let out = "";
  for (let i = 0; i < rows.line.length; i++)
    out += `${rows.line[i]}\t${rows.orgId[i]}\t${cell(rows.meter[i]!)}\t${rows.month[i]}\t${cell(rows.item[i]!)}\t${rows.quantity[i]}\t${cell(rows.unit[i]!)}\t${cell(rows.note[i]!)}\n`;
  return out;
}

/**
 * Stages batches with one COPY in flight: the next batch is read and checked while the database loads this one
 * (a query the checking needs simply queues behind it on the transaction's connection).
 */
export class Stager {
  private inFlight: Promise<void> = Promise.resolve();
  private failure: { error: unknown } | null = null;

  constructor(private readonly tx: Queryable) {}

  async add(rows: StageColumns): Promise<void> {
    await this.settled();
    if (rows.line.length === 0) return;
    this.inFlight = this.tx.copyFrom(`pg_temp.${STAGE}`, STAGE_COLUMNS, copyText(rows)).then(
      () => undefined,
      (error: unknown) => {
        this.failure = { error };
      },
    );
  }

  /** Waits for the last batch; a failed COPY throws here (or at the next `add`). */
  async settled(): Promise<void> {
    await this.inFlight;
    if (this.failure) throw this.failure.error;
  }
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
 * Staged rows into carbon_activity, in one statement: a hash join against the stored rows lets through only the keys
 * not yet there and the rows whose figure, unit or note differ, so that identical rows are not touched at all (their
 * updated_at and import stay as they were, and a re-import writes nothing); those are inserted in key order (index
 * pages are then written in sequence), or replace the stored row. A key another transaction inserts meanwhile is
 * still merged, by ON CONFLICT.
 */
export async function mergeStage(tx: Queryable, importId: string, at: Date): Promise<MergeCounts> {
  const f = workingUnitFactors();
  const r = await tx.query<{ inserted: string; updated: string }>(
    `WITH f AS (SELECT * FROM unnest($3::text[], $4::text[], $5::numeric[]) AS f(item, unit, factor)),
     up AS (
       INSERT INTO carbon_activity AS a (org_id, meter, month, item, quantity, unit, quantity_working, note, import_id, updated_at)
       SELECT s.org_id, s.meter, s.month, s.item, s.quantity, s.unit, s.quantity * f.factor, s.note, $1, $2
         FROM pg_temp.${STAGE} s
         LEFT JOIN carbon_activity x ON x.org_id = s.org_id AND x.meter = s.meter AND x.month = s.month AND x.item = s.item
         LEFT JOIN f ON f.item = s.item AND f.unit = s.unit
        WHERE x.org_id IS NULL OR (x.quantity, x.unit, x.note) IS DISTINCT FROM (s.quantity, s.unit, s.note)
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
