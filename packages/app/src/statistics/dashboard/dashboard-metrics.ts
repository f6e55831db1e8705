/**
 * The metrics the dashboard shows: every metric of the monthly template in force, read by month, then the metrics
 * only the quarterly template has (pension, digital, insurance, bonds, ESG products, by-industry splits), read by
 * quarter. A metric the monthly template has is never shown twice.
 */
import type { TStatMetricInfo } from "@greenfin/contracts";
import type { StatMetric } from "@greenfin/domain";
import { DEFAULT_STAT_TEMPLATES, type LoadedStatTemplate, loadStatTemplate } from "@greenfin/reference";
import { AppError } from "../../errors/app-error";

export interface DashboardTemplates {
  readonly monthly: LoadedStatTemplate;
  readonly quarterly: LoadedStatTemplate;
}

export const dashboardTemplates = (): DashboardTemplates => ({
  monthly: loadStatTemplate(DEFAULT_STAT_TEMPLATES.monthly),
  quarterly: loadStatTemplate(DEFAULT_STAT_TEMPLATES.quarterly),
});

const info = (t: LoadedStatTemplate, m: StatMetric): TStatMetricInfo => ({
  metric: m.key,
  article: m.article,
  nameZh: m.nameZh,
  nameEn: m.nameEn,
  unit: m.unit,
  kind: m.kind,
  frequency: t.frequency,
  templateRef: t.ref,
  breakdown: m.breakdown ?? null,
});

/** Monthly metrics in template order, then the quarterly-only ones. */
export function dashboardMetrics(t: DashboardTemplates = dashboardTemplates()): TStatMetricInfo[] {
  const monthly = new Set(t.monthly.metrics.map((m) => m.key));
  return [
    ...t.monthly.metrics.map((m) => info(t.monthly, m)),
    ...t.quarterly.metrics.filter((m) => !monthly.has(m.key)).map((m) => info(t.quarterly, m)),
  ];
}

/** The metric as the dashboard reads it, or a bilingual 400 naming the known keys. */
export function dashboardMetricOr400(key: string, t: DashboardTemplates = dashboardTemplates()): TStatMetricInfo {
  const found = dashboardMetrics(t).find((m) => m.metric === key);
  if (!found) {
    throw AppError.validation([
      { path: "metric", messageZh: `metric：没有统计指标 ${key}`, messageEn: `metric: no statistics metric ${key}` },
    ]);
  }
  return found;
}

export const templateOf = (t: DashboardTemplates, m: TStatMetricInfo): LoadedStatTemplate =>
  m.frequency === "monthly" ? t.monthly : t.quarterly;

/** The metric and, for a ratio, the metric that weights it: what must be read to compute it. */
export function metricsToRead(t: LoadedStatTemplate, key: string): string[] {
  const m = t.metrics.find((x) => x.key === key);
  return m?.weightMetric ? [key, m.weightMetric] : [key];
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const QUARTER = /^\d{4}-Q[1-4]$/;

/** The period must be of the metric's frequency: a month for monthly metrics, a quarter for quarterly-only ones. */
export function periodFor(m: TStatMetricInfo, period: string, path = "period"): string {
  const ok = m.frequency === "monthly" ? MONTH.test(period) : QUARTER.test(period);
  if (!ok) {
    const zh = m.frequency === "monthly" ? "月份，如 2026-03" : "季度，如 2026-Q1";
    const en = m.frequency === "monthly" ? "a month, e.g. 2026-03" : "a quarter, e.g. 2026-Q1";
    throw AppError.validation([
      {
        path,
        messageZh: `${path}：指标 ${m.metric} 按${m.frequency === "monthly" ? "月" : "季"}统计，期间应为${zh}（收到 "${period}"）`,
        messageEn: `${path}: ${m.metric} is ${m.frequency}; the period must be ${en} (got "${period}")`,
      },
    ]);
  }
  return period;
}

/** A month given by a caller (CLI or HTTP), or a bilingual 400. */
export function monthOr400(period: string | undefined, path = "period"): string | undefined {
  if (period === undefined || MONTH.test(period)) return period;
  throw AppError.validation([
    {
      path,
      messageZh: `${path}：应为月份，如 2026-03（收到 "${period}"）`,
      messageEn: `${path}: must be a month, e.g. 2026-03 (got "${period}")`,
    },
  ]);
}
