/**
 * GET /api/statistics/dashboard/modules (district): the other modules' panels on the statistics dashboard — the
 * latest published enterprise rating run's grade counts, the latest carbon-efficiency grading, the project library's
 * pipeline, the marketplace's service levels and the national carbon market's CEA prices. Each reuses the module's
 * own use-case or reads its tables the way the module does; nothing here is computed twice.
 */
import type { TStatModules } from "@greenfin/contracts";
import { loadCarbonFactorSet, loadCeaTrading } from "@greenfin/reference";
import { requireDistrict } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import { greenCategoryOptions } from "../../green/green-catalogue";
import { serviceLevelCompliance } from "../../market/needs/claim-timers";
import { marketOverview } from "../../market/needs/market-overview";
import type { Platform } from "../../platform";
import { ratingDistribution } from "../../rating/rating-distribution";

async function ratingPanel(p: Platform, actor: Actor): Promise<TStatModules["rating"]> {
  const latest = await p.db.query<{ ref: string }>(
    `SELECT methodology_id || '@' || methodology_version AS ref FROM rating_runs
      WHERE status = 'published' AND entity_kind = 'enterprise'
      ORDER BY period_year DESC, published_at DESC LIMIT 1`,
  );
  const ref = latest.rows[0]?.ref;
  if (!ref) return { methodology: "", run: null, grades: [], total: 0 };
  const d = await ratingDistribution(p, actor, { methodology: ref });
  return {
    methodology: ref,
    run: d.run ? { id: d.run.id, periodYear: d.run.periodYear, publishedAt: d.run.publishedAt } : null,
    grades: d.total,
    total: d.total.reduce((a, g) => a + g.count, 0),
  };
}

async function carbonGradePanel(p: Platform): Promise<TStatModules["carbonGrades"]> {
  const batch = (
    await p.db.query<{ id: string; year: number; method: string }>(
      "SELECT id, year, method FROM carbon_grade_batches ORDER BY year DESC, created_at DESC LIMIT 1",
    )
  ).rows[0];
  if (!batch) return { year: null, method: null, grades: [], total: 0 };
  const r = await p.db.query<{ grade: number; n: number }>(
    "SELECT grade, count(*)::int AS n FROM carbon_grades WHERE batch_id = $1 GROUP BY grade",
    [batch.id],
  );
  const counts = new Map(r.rows.map((x) => [x.grade, x.n]));
  const grades = [1, 2, 3, 4, 5].map((g) => ({ grade: String(g), count: counts.get(g) ?? 0 }));
  return { year: batch.year, method: batch.method, grades, total: grades.reduce((a, g) => a + g.count, 0) };
}

async function projectPanel(p: Platform): Promise<TStatModules["projects"]> {
  const byStatus = await p.db.query<{ status: string; count: number; amount: string }>(
    `SELECT status, count(*)::int AS count, coalesce(sum(total_investment), 0)::text AS amount
       FROM green_projects GROUP BY status ORDER BY status`,
  );
  const byUse = await p.db.query<{ code: string; count: number; amount: string }>(
    `SELECT split_part(certified_category, '.', 1) AS code, count(*)::int AS count,
            coalesce(sum(total_investment), 0)::text AS amount
       FROM green_projects WHERE status = 'certified' AND certified_category IS NOT NULL
      GROUP BY 1 ORDER BY 1`,
  );
  const names = new Map(greenCategoryOptions().map((c) => [c.code, c]));
  const certified = byStatus.rows.find((s) => s.status === "certified");
  return {
    byStatus: byStatus.rows,
    certifiedCount: certified?.count ?? 0,
    certifiedAmount: certified?.amount ?? "0",
    byCatalogueUse: byUse.rows.map((u) => ({
      ...u,
      nameZh: names.get(u.code)?.nameZh ?? u.code,
      nameEn: names.get(u.code)?.nameEn ?? u.code,
    })),
  };
}

const median = (xs: number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function marketPanel(p: Platform, actor: Actor): Promise<TStatModules["market"]> {
  const o = await marketOverview(p, actor);
  const c = await serviceLevelCompliance(p, actor);
  let onTime = 0;
  let judged = 0;
  const institutions = c.institutions.map((i) => {
    const s = i.stages.respond;
    onTime += s.onTime;
    judged += s.onTime + s.late + s.overdue;
    return {
      institutionId: i.institutionId,
      institutionName: i.institutionName,
      claims: i.claims,
      respondOnTimeRate: s.onTimeRate,
      medianResponseWorkingHours: i.medianResponseWorkingHours,
      overdueCount: i.overdueCount,
    };
  });
  return {
    needsByStatus: o.needs.byStatus,
    needsPosted: o.needs.posted,
    needsUnmatched: o.needs.unmatched,
    claims: o.funnel.claims,
    funded: o.funnel.funded,
    fundedAmount: o.funnel.fundedAmount,
    respondOnTimeRate: judged ? onTime / judged : null,
    medianResponseWorkingHours: median(
      institutions.map((i) => i.medianResponseWorkingHours).filter((h): h is number => h !== null),
    ),
    institutions,
  };
}

/**
 * CEA prices from the carbon factor set, with each year's traded volume and turnover from the CEA trading data where
 * it has the year (sources and verification of both kept, joined).
 */
function carbonMarketPanel(): TStatModules["carbonMarket"] {
  const set = loadCarbonFactorSet();
  const trading = loadCeaTrading();
  const byYear = new Map(trading.annual.map((a) => [a.year, a]));
  const years = [...new Set([...set.ets.ceaPrices.map((c) => c.year), ...byYear.keys()])].sort((a, b) => a - b);
  const prices = new Map(set.ets.ceaPrices.map((c) => [c.year, c]));
  return {
    ref: `${set.ref} ets.ceaPrices + ${trading.ref}`,
    series: years.map((year) => {
      const c = prices.get(year);
      const t = byYear.get(year);
      const join = (a: string | undefined, b: string | undefined) => [a, b].filter(Boolean).join(" | ");
      return {
        year,
        averagePrice: c?.averagePrice ?? null,
        yearEndClose: c?.yearEndClose ?? null,
        volumeTonnes: t?.volumeTonnes ?? null,
        turnoverYuan: t?.turnoverYuan ?? null,
        unit: c?.unit ?? "yuan/tCO2",
        source: join(c && `price: ${c.source}`, t && `volume: ${t.source}`),
        verification: join(c && `price: ${c.verification}`, t && `volume: ${t.verification}`),
        note: join(c?.note, t?.note),
      };
    }),
  };
}

export async function dashboardModules(p: Platform, actor: Actor): Promise<TStatModules> {
  requireDistrict(actor, "read");
  return {
    asOf: p.clock.now().toISOString(),
    rating: await ratingPanel(p, actor),
    carbonGrades: await carbonGradePanel(p),
    projects: await projectPanel(p),
    market: await marketPanel(p, actor),
    carbonMarket: carbonMarketPanel(),
  };
}
