import Decimal from "decimal.js";

export interface PeerDistribution {
  readonly peers: number;
  readonly gradeCounts: readonly { readonly grade: string; readonly count: number }[];
  readonly min: string;
  readonly q1: string;
  readonly median: string;
  readonly q3: string;
  readonly max: string;
  /** Share of the group scoring strictly below `own`, percent (1 dp). */
  readonly percentileRank: string;
}

/** Quantile by linear interpolation between closest ranks (the "R-7" / spreadsheet definition), 2 dp. */
function quantile(sorted: readonly Decimal[], p: number): string {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as Decimal;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as Decimal;
  return a
    .plus(b.minus(a).times(h - lo))
    .toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN)
    .toFixed(2);
}

/**
 * The distribution of an industry group's scores in one run, as the rated entity sees it (no names): grade counts in
 * the scale's order, quartiles and the entity's percentile rank. `peers` must include the entity itself.
 */
export function peerDistribution(
  peers: readonly { readonly score: string; readonly grade: string }[],
  grades: readonly string[],
  own: string,
): PeerDistribution {
  if (peers.length === 0) throw new RangeError("A peer distribution needs at least the entity itself");
  const sorted = peers.map((x) => new Decimal(x.score)).sort((a, b) => a.comparedTo(b));
  const counts = new Map(grades.map((g) => [g, 0]));
  for (const x of peers) counts.set(x.grade, (counts.get(x.grade) ?? 0) + 1);
  const mine = new Decimal(own);
  const below = sorted.filter((s) => s.lessThan(mine)).length;
  return {
    peers: peers.length,
    gradeCounts: grades.map((grade) => ({ grade, count: counts.get(grade) ?? 0 })),
    min: quantile(sorted, 0),
    q1: quantile(sorted, 0.25),
    median: quantile(sorted, 0.5),
    q3: quantile(sorted, 0.75),
    max: quantile(sorted, 1),
    percentileRank: new Decimal(below).times(100).dividedBy(peers.length).toDecimalPlaces(1).toFixed(1),
  };
}
