import type { Queryable } from "@greenfin/db";
import { loadRatingMethodology } from "@greenfin/reference";
import { AppError } from "../errors/app-error";

export interface RatingRunRow {
  id: string;
  org_id: string;
  org_name_zh: string;
  org_name_en: string;
  methodology_id: string;
  methodology_version: string;
  entity_kind: "enterprise" | "fund_manager";
  period_year: number;
  as_of: string;
  status: "running" | "completed" | "published" | "failed";
  job_id: string | null;
  methodology_hash: string | null;
  inputs_hash: string | null;
  result_hash: string | null;
  entity_count: number;
  grade_counts: { grade: string; count: number }[];
  previous_run_id: string | null;
  error: string | null;
  created_by_name: string | null;
  created_at: Date;
  published_at: Date | null;
  published_by_name: string | null;
  job_status: string | null;
  job_error: string | null;
  pending_overrides: number;
  approved_overrides: number;
}

/** Every column a run's view needs; `WHERE` and `ORDER BY` are appended by the caller. */
export const RUN_SELECT = `
  SELECT r.id, r.org_id, o.name_zh AS org_name_zh, o.name_en AS org_name_en, r.methodology_id, r.methodology_version,
         r.entity_kind, r.period_year, to_char(r.as_of, 'YYYY-MM-DD') AS as_of, r.status, r.job_id, r.methodology_hash,
         r.inputs_hash, r.result_hash, r.entity_count, r.grade_counts, r.previous_run_id, r.error,
         cu.display_name AS created_by_name, j.status AS job_status, j.error AS job_error, r.created_at, r.published_at, pu.display_name AS published_by_name,
         (SELECT count(*)::int FROM rating_overrides x WHERE x.run_id = r.id AND x.status = 'pending') AS pending_overrides,
         (SELECT count(*)::int FROM rating_overrides x WHERE x.run_id = r.id AND x.status = 'approved') AS approved_overrides
    FROM rating_runs r
    JOIN organisations o ON o.id = r.org_id
    LEFT JOIN users cu ON cu.id = r.created_by
    LEFT JOIN users pu ON pu.id = r.published_by
    LEFT JOIN jobs j ON j.id = r.job_id`;

export const methodologyRef = (r: Pick<RatingRunRow, "methodology_id" | "methodology_version">) =>
  `${r.methodology_id}@${r.methodology_version}`;

export function toRatingRun(r: RatingRunRow) {
  const m = loadRatingMethodology(methodologyRef(r));
  // A run whose job gave up (after a crash on its last attempt) is failed, whatever the row still says.
  const jobFailed = r.status === "running" && r.job_status === "failed";
  return {
    id: r.id,
    methodology: methodologyRef(r),
    methodologyName: { zh: m.name.zh, en: m.name.en },
    periodYear: r.period_year,
    asOf: r.as_of,
    status: jobFailed ? ("failed" as const) : r.status,
    org: { id: r.org_id, nameZh: r.org_name_zh, nameEn: r.org_name_en },
    entityCount: r.entity_count,
    gradeCounts: r.grade_counts,
    methodologyHash: r.methodology_hash,
    inputsHash: r.inputs_hash,
    resultHash: r.result_hash,
    pendingOverrides: r.pending_overrides,
    approvedOverrides: r.approved_overrides,
    previousRunId: r.previous_run_id,
    jobId: r.job_id,
    error: r.error ?? (jobFailed ? r.job_error : null),
    createdBy: r.created_by_name,
    createdAt: r.created_at.toISOString(),
    publishedAt: r.published_at?.toISOString() ?? null,
    publishedBy: r.published_by_name,
  };
}

export type RatingRunView = ReturnType<typeof toRatingRun>;

/** The run row, or NOT_FOUND (row-level security hides runs the actor may not see). */
export async function loadRunRow(db: Queryable, id: string): Promise<RatingRunRow> {
  const r = await db.query<RatingRunRow>(`${RUN_SELECT} WHERE r.id = $1`, [id]);
  const row = r.rows[0];
  if (!row) throw AppError.notFound("rating_run");
  return row;
}
