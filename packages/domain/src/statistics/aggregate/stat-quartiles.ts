import { Dec, plain } from "../../market/market-decimal";

export interface StatQuartiles {
  readonly count: number;
  readonly p25: string;
  readonly median: string;
  readonly p75: string;
  readonly trace: readonly string[];
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of sorted values by linear interpolation between closest ranks (Hyndman & Fan type 7,
 * as Excel PERCENTILE.INC and NumPy's default): h = (n − 1) × p, Q = x[⌊h⌋] + (h − ⌊h⌋) × (x[⌊h⌋ + 1] − x[⌊h⌋]),
 * with x indexed from 0. Exact decimal.
 */
export function statQuantile(sorted: readonly Dec[], p: Dec): { value: Dec; trace: string } {
  if (sorted.length === 0) throw new Error("quantile of no values");
  const h = p.times(sorted.length - 1);
  const lo = h.floor().toNumber();
  const frac = h.minus(lo);
  const x0 = sorted[lo]!;
  if (frac.isZero()) return { value: x0, trace: `h = (${sorted.length} − 1) × ${plain(p)} = ${plain(h)} → x[${lo}]` };
  const x1 = sorted[lo + 1]!;
  const value = x0.plus(frac.times(x1.minus(x0)));
  return {
    value,
    trace: `h = (${sorted.length} − 1) × ${plain(p)} = ${plain(h)} → x[${lo}] + ${plain(frac)} × (x[${lo + 1}] − x[${lo}])`,
  };
}

/**
 * The lower quartile, median and upper quartile of a set of values (order irrelevant), by linear interpolation. The
 * trace shows the positions, not the values: quartiles of peers are published anonymised.
 */
export function statQuartiles(values: readonly string[]): StatQuartiles {
  const sorted = values.map((v) => new Dec(v)).sort((a, b) => a.comparedTo(b));
  const q = (p: string) => statQuantile(sorted, new Dec(p));
  const [a, b, c] = [q("0.25"), q("0.5"), q("0.75")];
  return {
    count: sorted.length,
    p25: plain(a.value),
    median: plain(b.value),
    p75: plain(c.value),
    trace: [
      `${sorted.length} values sorted ascending x[0] … x[${sorted.length - 1}]; linear interpolation (type 7)`,
      `p25: ${a.trace} = ${plain(a.value)}`,
      `median: ${b.trace} = ${plain(b.value)}`,
      `p75: ${c.trace} = ${plain(c.value)}`,
    ],
  };
}
