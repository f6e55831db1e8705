import type { CompiledPoint } from "./compile-methodology";
import type { ScoreDirection } from "./methodology-types";
import { compareDec, type Dec, HUNDRED, ZERO } from "./rating-decimal";
import type { LeverTarget, ScoreBasis } from "./rating-types";

export interface RuleScore {
  readonly score: Dec;
  readonly basis: ScoreBasis;
  readonly clamped: boolean;
}

/**
 * Piecewise-linear interpolation over points with strictly increasing values:
 * score = s₁ + (x − v₁) × (s₂ − s₁) ÷ (v₂ − v₁) on the segment [v₁, v₂] holding x, and the end score beyond the ends.
 */
export function interpolate(points: readonly CompiledPoint[], x: Dec): RuleScore {
  const first = points[0] as CompiledPoint;
  const last = points[points.length - 1] as CompiledPoint;
  const atFirst = compareDec(x, first.value);
  if (atFirst <= 0) return at(first, atFirst < 0);
  const atLast = compareDec(x, last.value);
  if (atLast >= 0) return at(last, atLast > 0);
  for (let i = 1; i < points.length; i++) {
    const upper = points[i] as CompiledPoint;
    const atUpper = compareDec(x, upper.value);
    if (atUpper <= 0) {
      const lower = points[i - 1] as CompiledPoint;
      if (atUpper === 0) return at(upper, false);
      const score = lower.score.plus(
        x.minus(lower.value).times(upper.score.minus(lower.score)).dividedBy(upper.value.minus(lower.value)),
      );
      return { score, basis: { from: lower.text, kind: "thresholds", to: upper.text }, clamped: false };
    }
  }
  return at(last, false);
}

/** The score of a threshold point itself (a module-level function: this runs for every indicator of every entity). */
const at = (p: CompiledPoint, clamped: boolean): RuleScore => ({
  score: p.score,
  basis: { from: p.text, kind: "thresholds", to: p.text },
  clamped,
});

/** The highest score the points give. */
export const bestOfPoints = (points: readonly CompiledPoint[]): Dec =>
  points.reduce((best, p) => (p.score.greaterThan(best) ? p.score : best), ZERO);

/** The value at which the best score is first reached: the least value for higher-is-better, the greatest for lower. */
export function pointsTarget(points: readonly CompiledPoint[], direction: ScoreDirection): LeverTarget {
  const best = bestOfPoints(points);
  const reaching = points.filter((p) => p.score.equals(best));
  return direction === "higher_is_better"
    ? { comparator: ">=", value: (reaching[0] as CompiledPoint).text.value }
    : { comparator: "<=", value: (reaching[reaching.length - 1] as CompiledPoint).text.value };
}

/**
 * Percentile score from ties-averaged rank: rank = below + (equal + 1) ÷ 2 among n values (the entity's own
 * included); higher-is-better scores (rank − 1) ÷ (n − 1) × 100, lower-is-better 100 minus that.
 */
export function percentileScore(below: number, equal: number, peers: number, direction: ScoreDirection): Dec {
  const higher = HUNDRED.times(2 * below + equal - 1).dividedBy(2 * (peers - 1));
  return direction === "higher_is_better" ? higher : HUNDRED.minus(higher);
}

export const presenceScore = (value: boolean): Dec => (value ? HUNDRED : ZERO);
