import { Dec, plain } from "../../market/market-decimal";

/** One annual value of a target's indicator. */
export interface StatObservation {
  readonly year: number;
  /** Decimal text in the target's unit. */
  readonly value: string;
  /** Where it comes from (a report, the platform, a statistical yearbook). */
  readonly source?: string;
}

export interface LinearTrendFit {
  readonly points: number;
  /** The slope b, per year, exact (40 significant digits). */
  readonly slope: string;
  /** The fitted value at `year`: ȳ + b × (year − x̄). */
  readonly at: (year: number) => Dec;
  readonly trace: readonly string[];
}

/**
 * The ordinary least-squares line through annual values (x = year − first year, y = value):
 * b = (n Σxy − Σx Σy) ÷ (n Σx² − (Σx)²), ŷ(T) = (Σy + b × (n × x_T − Σx)) ÷ n. Null with the reason when fewer than
 * two distinct years are given.
 */
export function linearTrend(observations: readonly StatObservation[]): LinearTrendFit | { readonly reason: string } {
  const years = new Set(observations.map((o) => o.year));
  if (years.size !== observations.length) throw new Error("two annual values for one year");
  if (observations.length < 2) {
    return {
      reason: `${observations.length === 0 ? "no annual value" : "only 1 annual value"}: a trend needs at least 2`,
    };
  }
  const sorted = [...observations].sort((a, b) => a.year - b.year);
  const x0 = sorted[0]!.year;
  const n = new Dec(sorted.length);
  let sx = new Dec(0);
  let sy = new Dec(0);
  let sxy = new Dec(0);
  let sxx = new Dec(0);
  for (const o of sorted) {
    const x = new Dec(o.year - x0);
    sx = sx.plus(x);
    sy = sy.plus(o.value);
    sxy = sxy.plus(x.times(o.value));
    sxx = sxx.plus(x.times(x));
  }
  const num = n.times(sxy).minus(sx.times(sy));
  const den = n.times(sxx).minus(sx.times(sx));
  const slope = num.div(den);
  const at = (year: number): Dec => sy.plus(slope.times(n.times(year - x0).minus(sx))).div(n);
  return {
    points: sorted.length,
    slope: plain(slope),
    at,
    trace: [
      `least squares over ${sorted.length} annual values, x = year − ${x0}: ${sorted.map((o) => `(${o.year - x0}, ${o.value})`).join(", ")}`,
      `n = ${plain(n)}, Σx = ${plain(sx)}, Σy = ${plain(sy)}, Σxy = ${plain(sxy)}, Σx² = ${plain(sxx)}`,
      `b = (n Σxy − Σx Σy) ÷ (n Σx² − (Σx)²) = (${plain(n)} × ${plain(sxy)} − ${plain(sx)} × ${plain(sy)}) ÷ (${plain(n)} × ${plain(sxx)} − ${plain(sx)}²) = ${plain(num)} ÷ ${plain(den)} = ${plain(slope)} per year`,
    ],
  };
}
