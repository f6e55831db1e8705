import { requireDistrict } from "../access/tenancy";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";

/**
 * The district's view of disclosure across the zone: per reporting year, how many enterprises and institutions
 * have a disclosure in each state, the review queue, and average completeness of the mandatory items in the
 * latest submitted revisions. Only disclosures the district reviews are counted (not portfolio companies').
 */
export async function disclosureOverview(p: Platform, actor: Actor) {
  requireDistrict(actor);
  const byYear = await p.db.query<{ year: number; status: string; count: number }>(
    `SELECT period_year AS year, status, count(*)::int AS count FROM disclosures
      WHERE reviewer_org_id = $1 AND first_submitted_at IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2`,
    [actor.orgId],
  );
  const coverage = await p.db.query<{ year: number; kind: string; disclosed: number }>(
    `SELECT d.period_year AS year, o.kind, count(DISTINCT d.org_id)::int AS disclosed
       FROM disclosures d JOIN organisations o ON o.id = d.org_id
      WHERE d.reviewer_org_id = $1 AND d.status IN ('accepted', 'published') GROUP BY 1, 2 ORDER BY 1, 2`,
    [actor.orgId],
  );
  const completeness = await p.db.query<{ year: number; framework: string; mandatory_pct: string | null }>(
    `SELECT d.period_year AS year, c->>'framework' AS framework, round(avg((c->>'mandatoryPct')::numeric), 1)::text AS mandatory_pct
       FROM disclosures d
       JOIN LATERAL (SELECT completeness FROM disclosure_revisions r WHERE r.disclosure_id = d.id ORDER BY r.revision DESC LIMIT 1) v ON true
       CROSS JOIN LATERAL jsonb_array_elements(v.completeness) c
      WHERE d.reviewer_org_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
    [actor.orgId],
  );
  const population = await p.db.query<{ kind: string; count: number }>(
    "SELECT kind, count(*)::int AS count FROM organisations WHERE kind IN ('enterprise','bank','insurer','wealth_manager','fund_manager') GROUP BY kind",
  );
  return {
    byYear: byYear.rows,
    accepted: coverage.rows,
    population: population.rows,
    averageMandatoryCompleteness: completeness.rows.map((r) => ({
      year: r.year,
      framework: r.framework,
      mandatoryPct: r.mandatory_pct ?? "0",
    })),
    awaitingReview: byYear.rows
      .filter((r) => r.status === "submitted" || r.status === "in_review")
      .reduce((n, r) => n + r.count, 0),
  };
}
