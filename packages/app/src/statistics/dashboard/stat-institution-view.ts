/**
 * GET /api/statistics/dashboard/institutions/:orgId — the drill target: one institution's figures for every metric
 * (period, year to date, growth year on year, share of the district), its splits by catalogue use (month) and by
 * industry section (quarter), and its monthly green-loan balance over 36 months. District only; an unknown id, or an
 * organisation that does not report, is NOT_FOUND.
 */
import type { TStatInstitution, TStatOrgFigure } from "@greenfin/contracts";
import {
  isFinancialInstitution,
  type OrgKind,
  shiftStatPeriod,
  statFigure,
  statGrowth,
  statSharePercent,
  statTrend,
} from "@greenfin/domain";
import { requireDistrict } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { itemRows } from "./breakdown-rows";
import { acceptedPeriods, orgNames, readAcceptedValues, revisionLines } from "./dashboard-data";
import { bookOf, growthView } from "./dashboard-figures";
import { dashboardMetrics, dashboardTemplates, monthOr400 } from "./dashboard-metrics";
import { dashboardPeriods, TREND_MONTHS } from "./district-dashboard";
import { growthWindow } from "./drill-stat-dashboard";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const TREND_METRIC = "green_loan_balance";

export async function statInstitutionView(
  p: Platform,
  actor: Actor,
  orgId: string,
  q: { period?: string | undefined } = {},
): Promise<TStatInstitution> {
  requireDistrict(actor);
  const org = UUID.test(orgId) ? (await orgNames(p.db, [orgId])).get(orgId) : undefined;
  if (!org || !isFinancialInstitution(org.kind as OrgKind)) throw AppError.notFound("organisation");
  const t = dashboardTemplates();
  const accepted = await acceptedPeriods(p.db, { monthly: t.monthly.ref, quarterly: t.quarterly.ref });
  const { period, quarter } = dashboardPeriods(accepted, monthOr400(q.period));
  const empty = { metric: TREND_METRIC, frequency: "monthly" as const, points: [] };
  if (period === null) return { org, period, quarter, figures: [], breakdowns: [], trend: empty };

  const metrics = dashboardMetrics(t);
  const quarterWindow = quarter ? [{ templateRef: t.quarterly.ref, ...growthWindow(quarter) }] : [];
  const trendFrom = shiftStatPeriod(period, 1 - TREND_MONTHS);
  // One after the other: a request's queries share its transaction's connection.
  const district = await readAcceptedValues(p.db, {
    totalsOnly: true,
    windows: [{ templateRef: t.monthly.ref, ...growthWindow(period) }, ...quarterWindow],
  });
  const own = await readAcceptedValues(p.db, {
    totalsOnly: false,
    orgId,
    metrics: [TREND_METRIC, ...metrics.filter((m) => m.breakdown !== null).map((m) => m.metric)],
    windows: [{ templateRef: t.monthly.ref, from: trendFrom, to: period }, ...quarterWindow],
  });
  const books = {
    monthly: bookOf(t.monthly, district.values.get(t.monthly.ref)),
    quarterly: bookOf(t.quarterly, district.values.get(t.quarterly.ref)),
  };
  const ownBooks = {
    monthly: bookOf(t.monthly, own.values.get(t.monthly.ref)),
    quarterly: bookOf(t.quarterly, own.values.get(t.quarterly.ref)),
  };

  const figures: TStatOrgFigure[] = [];
  const breakdowns: TStatInstitution["breakdowns"] = [];
  for (const m of metrics) {
    const at = m.frequency === "monthly" ? period : quarter;
    if (at === null) continue;
    const book = books[m.frequency];
    const q1 = { metric: m.metric, period: at, orgIds: [orgId] };
    const fig = statFigure(book, q1);
    const ytd = statFigure(book, { ...q1, basis: "year-to-date" });
    const yoy = statGrowth(book, { ...q1, comparison: "year-on-year" });
    const total = statFigure(book, { metric: m.metric, period: at });
    const share = statSharePercent(fig.value, total);
    figures.push({
      ...m,
      period: at,
      value: fig.value,
      ytdValue: ytd.value,
      yoy: growthView(yoy.comparePeriod, yoy.reported),
      sharePercent: share,
      trace: [
        ...revisionLines(district.revised, [at]).filter((l) => l.startsWith(orgId)),
        ...fig.trace,
        `year to date: ${ytd.trace[ytd.trace.length - 1]}`,
        `year on year: ${yoy.reported.trace[yoy.reported.trace.length - 1]}`,
        share === null ? "no share of the district total" : `share of the district total ${total.value}: ${share} %`,
      ],
    });
    if (m.breakdown !== null) {
      const split = itemRows(ownBooks[m.frequency], { metric: m.metric, period: at, basis: "period" }, m.breakdown);
      breakdowns.push({ metric: m.metric, by: m.breakdown, period: at, total: split.total.value, rows: split.rows });
    }
  }
  const trend = statTrend(ownBooks.monthly, { metric: TREND_METRIC, from: trendFrom, to: period, orgId });
  return {
    org,
    period,
    quarter,
    figures,
    breakdowns,
    trend: { ...empty, points: trend.points.map((x) => ({ period: x.period, value: x.value })) },
  };
}
