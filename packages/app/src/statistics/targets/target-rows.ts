/** Reading the district's targets and their entered observations (numerics as exact text). */
import type { Queryable } from "@greenfin/db";
import type { StatTarget, StatUnit } from "@greenfin/domain";

export interface TargetRow extends StatTarget {
  readonly updatedAt: string;
}

export interface EnteredObservation {
  readonly targetKey: string;
  readonly year: number;
  readonly value: string;
  readonly source: string;
  readonly enteredAt: string;
  readonly enteredBy: string | null;
}

export async function readTargets(db: Queryable, key?: string): Promise<TargetRow[]> {
  const r = await db.query<{
    key: string;
    name_zh: string;
    name_en: string;
    metric: string;
    unit: StatUnit;
    baseline_year: number;
    baseline_value: string;
    target_year: number;
    target_value: string;
    direction: "increase" | "decrease";
    source: string;
    updated_at: Date;
  }>(
    `SELECT key, name_zh, name_en, metric, unit, baseline_year, baseline_value::text AS baseline_value, target_year,
            target_value::text AS target_value, direction, source, updated_at
       FROM district_targets WHERE $1::text IS NULL OR key = $1 ORDER BY target_year, key`,
    [key ?? null],
  );
  return r.rows.map((x) => ({
    key: x.key,
    nameZh: x.name_zh,
    nameEn: x.name_en,
    metric: x.metric,
    unit: x.unit,
    baselineYear: x.baseline_year,
    baselineValue: x.baseline_value,
    targetYear: x.target_year,
    targetValue: x.target_value,
    direction: x.direction,
    source: x.source,
    updatedAt: new Date(x.updated_at).toISOString(),
  }));
}

/** Entered observations, by target key; `withPeople` adds who entered them (not for the public page). */
export async function readObservations(db: Queryable, withPeople: boolean): Promise<Map<string, EnteredObservation[]>> {
  const r = await db.query<{
    target_key: string;
    year: number;
    value: string;
    source: string;
    entered_at: Date;
    entered_by: string | null;
  }>(
    `SELECT o.target_key, o.year, o.value::text AS value, o.source, o.entered_at,
            ${withPeople ? "u.display_name" : "NULL::text"} AS entered_by
       FROM district_target_observations o
       ${withPeople ? "LEFT JOIN users u ON u.id = o.entered_by" : ""}
      ORDER BY o.target_key, o.year`,
  );
  const out = new Map<string, EnteredObservation[]>();
  for (const x of r.rows) {
    const list = out.get(x.target_key) ?? [];
    list.push({
      targetKey: x.target_key,
      year: x.year,
      value: x.value,
      source: x.source,
      enteredAt: new Date(x.entered_at).toISOString(),
      enteredBy: x.entered_by,
    });
    out.set(x.target_key, list);
  }
  return out;
}
