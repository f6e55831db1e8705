import { Dec, plain } from "../../market/market-decimal";
import type { StatPeriod } from "../statistics-types";
import { type StatBook, statCell, statMetric } from "./stat-book";
import { statPeriodRange } from "./stat-periods";

export interface StatSeriesPoint {
  readonly period: StatPeriod;
  /** The district figure on a period basis, exactly as statFigure gives it; null when nobody reported it. */
  readonly value: string | null;
}

/**
 * A metric's district series over a range of periods by direct cell look-ups, without traces: for long chart
 * series, where statTrend would build every institution's trace line for every point. Each point is the value
 * statFigure gives for the period — stocks and flows summed, ratios Σ value × weight ÷ Σ weight over the institutions
 * that reported both (null when the weights sum to 0).
 */
export function statSeries(
  book: StatBook,
  query: { readonly metric: string; readonly from: StatPeriod; readonly to: StatPeriod; readonly item?: string | null },
): StatSeriesPoint[] {
  const metric = statMetric(book, query.metric);
  const item = query.item ?? null;
  const periods = statPeriodRange(query.from, query.to);
  const weightMetric = metric.kind === "ratio" ? statMetric(book, metric.weightMetric!) : null;
  const weightItem = item !== null && weightMetric?.breakdown !== undefined ? item : null;
  const points: StatSeriesPoint[] = [];
  for (const period of periods) {
    let num = new Dec(0);
    let den = new Dec(0);
    let reported = false;
    for (const orgId of book.orgIds) {
      const v = statCell(book, orgId, period, metric.key, item);
      if (v === undefined) continue;
      if (!weightMetric) {
        num = num.plus(v);
        reported = true;
        continue;
      }
      const w = statCell(book, orgId, period, weightMetric.key, weightItem);
      if (w === undefined) continue;
      num = num.plus(new Dec(v).times(w));
      den = den.plus(w);
      reported = true;
    }
    const value = !reported ? null : !weightMetric ? plain(num) : den.isZero() ? null : plain(num.div(den));
    points.push({ period, value });
  }
  return points;
}
