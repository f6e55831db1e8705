import type { Queryable } from "@greenfin/db";
import { loadRatingMethodology } from "@greenfin/reference";

export interface ResultFilter {
  runId?: string;
  resultId?: string;
  /** Only these rated organisations (a published run seen through grants). */
  orgIds?: readonly string[];
  grade?: string | undefined;
  industrySection?: string | undefined;
  q?: string | undefined;
  change?: "upgrade" | "downgrade" | undefined;
  limit?: number;
  offset?: number;
}

interface ResultRow {
  id: string;
  run_id: string;
  org_id: string;
  name_zh: string;
  name_en: string;
  industry_code: string;
  industry_group: string;
  score: string;
  grade: string;
  final_grade: string;
  pillar_e: string | null;
  pillar_s: string | null;
  pillar_g: string | null;
  result_hash: string;
  override_id: string | null;
  override_status: "pending" | "approved" | null;
  override_to: string | null;
  previous_grade: string | null;
  change: number | null;
  total: number;
  /** Added after the query, from the methodology's materiality map. */
  group_name?: { zh: string; en: string };
}

/**
 * A run's results with what the tables show: the final grade (an approved override's, else the computed one), the
 * live override, and the change against the previous run's final grade in notches of the scale (positive = up).
 * `grades` is the scale, best first, used to count notches in SQL so that filters and paging stay in the database.
 */
export async function queryResultRows(
  db: Queryable,
  methodologyRef: string,
  previousRunId: string | null,
  f: ResultFilter,
): Promise<ResultRow[]> {
  const m = loadRatingMethodology(methodologyRef);
  const grades = m.scale.grades.map((g) => g.grade);
  const groupNames = new Map(m.materiality.groups.map((g) => [g.id, { zh: g.name.zh, en: g.name.en }]));
  const params: unknown[] = [grades, previousRunId];
  const where: string[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (f.runId) add((n) => `res.run_id = ${n}`, f.runId);
  if (f.resultId) add((n) => `res.id = ${n}`, f.resultId);
  if (f.orgIds) add((n) => `res.org_id = ANY(${n}::uuid[])`, f.orgIds);
  if (f.grade) add((n) => `res.final_grade = ${n}`, f.grade);
  if (f.industrySection) add((n) => `left(res.industry_code, 1) = ${n}`, f.industrySection);
  if (f.q) add((n) => `(res.name_zh ILIKE ${n} OR res.name_en ILIKE ${n})`, `%${f.q.replace(/[%_\\]/g, "\\$&")}%`);
  if (f.change === "upgrade") where.push("res.change > 0");
  if (f.change === "downgrade") where.push("res.change < 0");
  params.push(f.limit ?? 50, f.offset ?? 0);
  const r = await db.query<ResultRow>(
    `SELECT res.*, count(*) OVER ()::int AS total FROM (
       SELECT res.id, res.run_id, res.org_id, o.name_zh, o.name_en, res.industry_code, res.industry_group,
              res.score::text AS score, res.grade, coalesce(ap.to_grade, res.grade) AS final_grade,
              res.pillar_e::text AS pillar_e, res.pillar_s::text AS pillar_s, res.pillar_g::text AS pillar_g,
              res.result_hash, live.id AS override_id, live.status AS override_status, live.to_grade AS override_to,
              prev.final_grade AS previous_grade,
              array_position($1::text[], prev.final_grade) - array_position($1::text[], coalesce(ap.to_grade, res.grade)) AS change
         FROM rating_results res
         JOIN organisations o ON o.id = res.org_id
         LEFT JOIN rating_overrides ap ON ap.result_id = res.id AND ap.status = 'approved'
         LEFT JOIN rating_overrides live ON live.result_id = res.id AND live.status IN ('pending', 'approved')
         LEFT JOIN LATERAL (
           SELECT coalesce(po.to_grade, pr.grade) AS final_grade
             FROM rating_results pr LEFT JOIN rating_overrides po ON po.result_id = pr.id AND po.status = 'approved'
            WHERE pr.run_id = $2 AND pr.org_id = res.org_id) prev ON true
     ) res
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY res.score::numeric DESC, res.name_zh, res.id
     LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  for (const row of r.rows)
    row.group_name = groupNames.get(row.industry_group) ?? { zh: row.industry_group, en: row.industry_group };
  return r.rows;
}

export function toResultRow(r: ResultRow) {
  return {
    id: r.id,
    runId: r.run_id,
    entity: { id: r.org_id, nameZh: r.name_zh, nameEn: r.name_en },
    industryCode: r.industry_code,
    industryGroup: r.industry_group,
    industryGroupName: r.group_name ?? { zh: r.industry_group, en: r.industry_group },
    score: r.score,
    computedGrade: r.grade,
    finalGrade: r.final_grade,
    pillars: { E: r.pillar_e, S: r.pillar_s, G: r.pillar_g },
    override:
      r.override_id && r.override_status && r.override_to
        ? { id: r.override_id, status: r.override_status, toGrade: r.override_to }
        : null,
    previousGrade: r.previous_grade,
    change: r.change,
    resultHash: r.result_hash,
  };
}

export type ResultRowView = ReturnType<typeof toResultRow>;
