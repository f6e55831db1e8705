/**
 * GET /api/statistics/dashboard/drill: a district figure split by institution, by catalogue use or by industry
 * section, on a period or year-to-date basis, each row with its share and its growth year on year. A monthly metric
 * has no industry split: it is read from the quarterly "…_by_industry" metric of the last quarter complete by the
 * month, and the answer says so (sourceMetric, sourcePeriod, trace).
 */
import type { TStatDrill, TStatDrillQuery, TStatMetricInfo } from "@greenfin/contracts";
import { lastQuarterEndingBy, sameStatPeriodLastYear, yearToDatePeriods } from "@greenfin/domain";
import { requireDistrict } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { institutionRows, itemRows } from "./breakdown-rows";
import { orgNames, readAcceptedValues, revisionLines } from "./dashboard-data";
import { bookOf } from "./dashboard-figures";
import {
  type DashboardTemplates,
  dashboardMetricOr400,
  dashboardMetrics,
  dashboardTemplates,
  metricsToRead,
  periodFor,
  templateOf,
} from "./dashboard-metrics";

export type StatDrillQuery = Pick<TStatDrillQuery, "metric" | "period"> &
  Partial<Pick<TStatDrillQuery, "by" | "basis">>;

/** The metric and period a breakdown is read from. */
function drillSource(
  t: DashboardTemplates,
  m: TStatMetricInfo,
  period: string,
  by: TStatDrillQuery["by"],
): { source: TStatMetricInfo; sourcePeriod: string; note: string | null } {
  if (by === "institution" || m.breakdown === by) return { source: m, sourcePeriod: period, note: null };
  const alt =
    by === "industry-section"
      ? dashboardMetrics(t).find((x) => x.metric === `${m.metric}_by_industry` && x.breakdown === by)
      : undefined;
  if (!alt) {
    throw AppError.validation([
      {
        path: "by",
        messageZh: `by：指标 ${m.metric} 没有按${by === "catalogue-use" ? "目录用途" : "行业门类"}的分项`,
        messageEn: `by: ${m.metric} has no breakdown by ${by}`,
      },
    ]);
  }
  const sourcePeriod = m.frequency === "monthly" ? lastQuarterEndingBy(period) : period;
  return {
    source: alt,
    sourcePeriod,
    note: `${m.metric} is not reported by industry: read ${alt.metric} (${alt.templateRef}) for ${sourcePeriod}, the last quarter complete by ${period}`,
  };
}

/** The window a figure and its growth year on year need, on either basis: January (Q1) last year to the period. */
export const growthWindow = (period: string) => ({
  from: yearToDatePeriods(sameStatPeriodLastYear(period))[0]!,
  to: period,
});

export async function drillStatDashboard(p: Platform, actor: Actor, q: StatDrillQuery): Promise<TStatDrill> {
  requireDistrict(actor);
  const t = dashboardTemplates();
  const m = dashboardMetricOr400(q.metric, t);
  const period = periodFor(m, q.period);
  const by = q.by ?? "institution";
  const basis = q.basis ?? "period";
  const { source, sourcePeriod, note } = drillSource(t, m, period, by);
  const tpl = templateOf(t, source);
  const read = await readAcceptedValues(p.db, {
    windows: [{ templateRef: tpl.ref, ...growthWindow(sourcePeriod) }],
    totalsOnly: by === "institution",
    metrics: metricsToRead(tpl, source.metric),
  });
  const book = bookOf(tpl, read.values.get(tpl.ref));
  const rq = { metric: source.metric, period: sourcePeriod, basis };
  let result: ReturnType<typeof itemRows>;
  if (by === "institution") {
    const names = await orgNames(p.db, book.orgIds);
    result = institutionRows(book, rq, (id) => ({
      nameZh: names.get(id)?.nameZh ?? id,
      nameEn: names.get(id)?.nameEn ?? id,
    }));
  } else result = itemRows(book, rq, by);
  return {
    metric: m,
    period,
    by,
    basis,
    sourceMetric: source.metric,
    sourcePeriod,
    total: result.total.value,
    rows: result.rows,
    trace: [
      ...(note ? [note] : []),
      ...revisionLines(read.revised, result.total.periods),
      ...result.total.trace,
      `rows: ${by}, share of the total and growth year on year as reported, largest first`,
    ],
  };
}
