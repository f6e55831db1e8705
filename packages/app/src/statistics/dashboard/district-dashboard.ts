/**
 * The district dashboard's main read (issue 8 item 4): for a month (default: the latest with an accepted monthly
 * report) the headline of every monthly metric and of the latest complete quarter's quarterly-only metrics, and the
 * district series (36 months, 12 quarters). One query reads the accepted totals of both windows (definer function
 * stat_district_totals and index stat_reports_accepted_idx, migration 0015); the arithmetic is the domain's
 * (statFigure, statGrowth, statSeries); breakdowns are read by the drill-downs only.
 */
import type { TStatDashboard, TStatTrendSeries } from "@greenfin/contracts";
import type { Queryable } from "@greenfin/db";
import {
  lastQuarterEndingBy,
  latestCompletePeriod,
  shiftStatPeriod,
  statSeries,
  yearToDatePeriods,
} from "@greenfin/domain";
import { requireDistrict } from "../../access/tenancy";
import { outsideTenantSession } from "../../access/tenant-session";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { cachedDashboard } from "./dashboard-cache";
import { type AcceptedPeriods, acceptedPeriods, readDistrictTotals, revisionLines } from "./dashboard-data";
import { bookOf, headlineFigure } from "./dashboard-figures";
import { dashboardMetrics, dashboardTemplates, monthOr400 } from "./dashboard-metrics";

export const TREND_MONTHS = 36;
export const TREND_QUARTERS = 12;

/**
 * The month to show and the quarter beside it (the latest complete quarter with accepted data up to the month).
 * Unasked, the month is the latest whose reports are all in (latestCompletePeriod), not one still under review.
 */
export function dashboardPeriods(a: AcceptedPeriods, asked?: string) {
  const period = asked ?? latestCompletePeriod(a.months, a.monthReporters);
  const upTo = period === null ? null : lastQuarterEndingBy(period);
  const i = upTo === null ? -1 : a.quarters.findIndex((q) => q <= upTo);
  const quarter =
    i < 0
      ? null
      : asked
        ? (a.quarters[i] ?? null)
        : latestCompletePeriod(a.quarters.slice(i), a.quarterReporters.slice(i));
  return { period, quarter };
}

/**
 * The dashboard for whoever may see district aggregates (the district here; the public page reuses it), from the
 * cache while no report has been accepted since (dashboard-cache.ts).
 */
export function computeDistrictDashboard(db: Queryable, asked?: string): Promise<TStatDashboard> {
  const period = monthOr400(asked);
  return cachedDashboard(db, period, () => districtDashboard(db, period));
}

/**
 * Computes the latest dashboard into the cache after the district accepts a report, so that its next look at the
 * dashboard (or a visitor's at the public page) reads the cache instead of waiting for the computation. Runs outside
 * any tenant session, after the acceptance has committed.
 */
export function warmDistrictDashboard(p: Platform): Promise<TStatDashboard> {
  return outsideTenantSession(() => computeDistrictDashboard(p.db));
}

async function districtDashboard(db: Queryable, asked: string | undefined): Promise<TStatDashboard> {
  const t = dashboardTemplates();
  const accepted = await acceptedPeriods(db, { monthly: t.monthly.ref, quarterly: t.quarterly.ref });
  const { months, quarters } = accepted;
  const { period, quarter } = dashboardPeriods(accepted, asked);
  const base = { period, quarter, periods: months, quarters };
  if (period === null) {
    return { ...base, institutions: 0, headline: [], trends: [], trace: ["no monthly report accepted yet"] };
  }
  const monthFrom = shiftStatPeriod(period, 1 - TREND_MONTHS);
  const quarterFrom = quarter === null ? null : shiftStatPeriod(quarter, 1 - TREND_QUARTERS);
  const read = await readDistrictTotals(db, [
    { templateRef: t.monthly.ref, from: monthFrom, to: period },
    ...(quarter && quarterFrom ? [{ templateRef: t.quarterly.ref, from: quarterFrom, to: quarter }] : []),
  ]);
  const monthly = bookOf(t.monthly, read.values.get(t.monthly.ref));
  const quarterly = bookOf(t.quarterly, read.values.get(t.quarterly.ref));
  const headline = [];
  const trends: TStatTrendSeries[] = [];
  for (const m of dashboardMetrics(t)) {
    const isMonthly = m.frequency === "monthly";
    const at = isMonthly ? period : quarter;
    if (at === null) continue;
    const book = isMonthly ? monthly : quarterly;
    const ytd = yearToDatePeriods(at);
    const revised = revisionLines(read.revised, [...ytd, shiftStatPeriod(at, isMonthly ? -12 : -4)]);
    headline.push(headlineFigure(book, m, at, revised));
    const from = isMonthly ? monthFrom : quarterFrom!;
    trends.push({
      metric: m.metric,
      frequency: m.frequency,
      points: statSeries(book, { metric: m.metric, from, to: at }),
    });
  }
  const reporting = new Set(monthly.values.filter((v) => v.period === period).map((v) => v.orgId));
  return {
    ...base,
    institutions: reporting.size,
    headline,
    trends,
    trace: [
      `accepted figures only (the revision in force of each report); ${t.monthly.ref} ${monthFrom}…${period}` +
        (quarter ? `, ${t.quarterly.ref} ${quarterFrom}…${quarter}` : ", no quarter accepted yet"),
      `${reporting.size} institutions with an accepted monthly report for ${period}`,
    ],
  };
}

/** GET /api/statistics/dashboard: the district only. */
export async function getStatDashboard(p: Platform, actor: Actor, q: { period?: string | undefined } = {}) {
  requireDistrict(actor);
  return computeDistrictDashboard(p.db, q.period);
}
