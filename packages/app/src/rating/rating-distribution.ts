import { loadIndustryClassification } from "@greenfin/reference";
import { requireDistrict } from "../access/tenancy";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { methodologyOrFail } from "./rating-methodologies";
import { type RatingRunRow, RUN_SELECT, toRatingRun } from "./rating-run-row";

/**
 * The district's view of a published run (the latest of the methodology unless one is named): final grades per
 * GB/T 4754 section of the rated entities, with each section's mean score.
 */
export async function ratingDistribution(
  p: Platform,
  actor: Actor,
  q: { methodology: string; runId?: string | undefined },
) {
  requireDistrict(actor);
  const m = methodologyOrFail(q.methodology);
  const grades = m.scale.grades.map((g) => g.grade);
  const found = await p.db.query<RatingRunRow>(
    q.runId
      ? `${RUN_SELECT} WHERE r.id = $1 AND r.methodology_id = $2`
      : `${RUN_SELECT} WHERE r.status = 'published' AND r.methodology_id = $1 AND r.methodology_version = $2
         ORDER BY r.period_year DESC, r.published_at DESC LIMIT 1`,
    q.runId ? [q.runId, m.id] : [m.id, m.version],
  );
  const run = found.rows[0];
  if (q.runId && !run) throw AppError.notFound("rating_run");
  if (!run) return { run: null, grades, bySection: [], total: grades.map((grade) => ({ grade, count: 0 })) };
  const r = await p.db.query<{ section: string; grade: string; n: number; mean: string }>(
    `WITH f AS (
       SELECT left(res.industry_code, 1) AS section, coalesce(o.to_grade, res.grade) AS grade, res.score
         FROM rating_results res
         LEFT JOIN rating_overrides o ON o.result_id = res.id AND o.status = 'approved'
        WHERE res.run_id = $1)
     SELECT section, grade, count(*)::int AS n,
            (SELECT round(avg(g.score), 2)::text FROM f g WHERE g.section = f.section) AS mean
       FROM f GROUP BY section, grade`,
    [run.id],
  );
  const sections = new Map(loadIndustryClassification().sections.map((s) => [s.code, s]));
  const bySection = new Map<string, { counts: Map<string, number>; total: number; mean: string }>();
  for (const x of r.rows) {
    const s = bySection.get(x.section) ?? { counts: new Map(), total: 0, mean: x.mean };
    s.counts.set(x.grade, (s.counts.get(x.grade) ?? 0) + x.n);
    s.total += x.n;
    bySection.set(x.section, s);
  }
  const total = new Map<string, number>();
  const rows = [...bySection.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([section, s]) => {
      for (const [g, n] of s.counts) total.set(g, (total.get(g) ?? 0) + n);
      const info = sections.get(section);
      return {
        section,
        nameZh: info?.nameZh ?? section,
        nameEn: info?.nameEn ?? section,
        counts: grades.map((grade) => ({ grade, count: s.counts.get(grade) ?? 0 })),
        total: s.total,
        meanScore: s.mean,
      };
    });
  return {
    run: toRatingRun(run),
    grades,
    bySection: rows,
    total: grades.map((grade) => ({ grade, count: total.get(grade) ?? 0 })),
  };
}
