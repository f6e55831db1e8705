import { Dec, percent } from "../../market/market-decimal";
import type { StatFigure } from "./stat-figure";

/**
 * A part's share of a figure's total in percent to 2 places, half-even ("25.00"): null for a ratio metric (a rate
 * is not part of a total), a part not reported, or a total that is not positive.
 */
export function statSharePercent(part: string | null, total: Pick<StatFigure, "kind" | "value">): string | null {
  if (part === null || total.kind === "ratio" || total.value === null) return null;
  const whole = new Dec(total.value);
  return whole.gt(0) ? percent(new Dec(part).div(whole)) : null;
}

/** Exact order of decimal texts, nulls last when descending: for sorting figures without floating point. */
export function compareStatValuesDesc(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return new Dec(b).comparedTo(a);
}
