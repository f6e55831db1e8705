import type { PricePoint, PriceSeries } from "./carbon-asset-types";
import { dateProblems, dayNumber, daysBetween } from "./iso-date";
import { isPositiveDecimal } from "./market-decimal";
import { type MarketProblem, marketProblem, refuseIf } from "./market-errors";

export interface PriceAtDate {
  readonly seriesKey: string;
  readonly unit: PriceSeries["unit"];
  readonly point: PricePoint;
  /** Days from the price's date to the valuation date. */
  readonly ageDays: number;
}

function seriesProblems(series: PriceSeries): MarketProblem[] {
  const out: MarketProblem[] = [];
  const seen = new Set<string>();
  series.points.forEach((p, i) => {
    const at = `series.points[${i}]`;
    out.push(...dateProblems(`${at}.date`, p.date));
    if (!isPositiveDecimal(p.price))
      out.push(marketProblem("invalid", `${at}.price`, "价格应为正数", "price must be a positive decimal"));
    if (seen.has(p.date))
      out.push(marketProblem("duplicate", `${at}.date`, "同一日期有两个价格", "two prices on the same date"));
    seen.add(p.date);
  });
  return out;
}

/**
 * The reference price on a date: the latest point on or before it. Refused when there is none, or when that point
 * is more than `stalenessDays` old — an old price would overstate collateral after a fall.
 */
export function priceAt(series: PriceSeries, date: string, stalenessDays: number): PriceAtDate {
  refuseIf([
    ...dateProblems("date", date),
    ...(Number.isInteger(stalenessDays) && stalenessDays >= 0
      ? []
      : [
          marketProblem("invalid", "stalenessDays", "时效天数应为非负整数", "stalenessDays must be a whole number ≥ 0"),
        ]),
    ...seriesProblems(series),
  ]);
  const day = dayNumber(date) as number;
  let latest: PricePoint | undefined;
  for (const p of series.points)
    if ((dayNumber(p.date) as number) <= day && (!latest || p.date > latest.date)) latest = p;
  if (!latest)
    refuseIf([
      marketProblem(
        "no_price",
        "series",
        `${series.key} 在 ${date} 及以前没有参考价格`,
        `${series.key} has no reference price on or before ${date}`,
      ),
    ]);
  const point = latest as PricePoint;
  const ageDays = daysBetween(point.date, date);
  if (ageDays > stalenessDays)
    refuseIf([
      marketProblem(
        "stale_price",
        "series",
        `${series.key} 最新价格日期 ${point.date}，距 ${date} ${ageDays} 天，超过 ${stalenessDays} 天时效`,
        `${series.key}'s latest price (${point.date}) is ${ageDays} days before ${date}, beyond the ${stalenessDays}-day window`,
      ),
    ]);
  return { seriesKey: series.key, unit: series.unit, point, ageDays };
}
