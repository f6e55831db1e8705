import type { Dec } from "./rating-decimal";
import type { ScoredIndicator, ScoredIssue } from "./score-entity";

/** An indicator that could score higher, with the best score it could reach. */
export interface LeverCandidate {
  readonly issue: ScoredIssue;
  readonly item: ScoredIndicator;
  readonly best: Dec;
}

/** Bound on |exact gain − estimate| inside the envelope below (the error proper stays under 1e-8 points). */
const DELTA = 1e-6;
/** The envelope the bound is proven for: any sensible methodology's scores, weights and deductions lie within it. */
const MAX_WEIGHT = 100;
const MAX_SCORE = 1000;
const MAX_DEDUCTION = 10_000;

/**
 * A double within a relative 1e-13 of a finite decimal, from its first three base-1e7 words (decimal.js's documented
 * read-only fields: sign s, exponent e of the leading digit, words d). Not correctly rounded, and far cheaper than
 * `toNumber`, which writes out all 40 digits and parses them; NaN for NaN and ±Infinity.
 */
export function approximate(x: Dec): number {
  const d = x.d;
  if (!d) return Number.NaN;
  const lead = d[0] as number;
  if (lead === 0) return 0;
  const mantissa = lead + (d[1] ?? 0) / 1e7 + (d[2] ?? 0) / 1e14;
  const leadDigits =
    lead >= 1e6 ? 7 : lead >= 1e5 ? 6 : lead >= 1e4 ? 5 : lead >= 1e3 ? 4 : lead >= 100 ? 3 : lead >= 10 ? 2 : 1;
  const power = x.e - leadDigits + 1;
  return x.s * (power >= 0 ? mantissa * 10 ** power : mantissa / 10 ** -power);
}

const within = (x: number, high: number): boolean => x >= 0 && x <= high;

/**
 * Estimates of each candidate's gain: levers.ts's formula in doubles, or null when some figure lies outside the
 * envelope (or is not finite), and every gain is then computed exactly.
 */
function estimates(candidates: readonly LeverCandidate[]): number[] | null {
  const out: number[] = [];
  let issue: ScoredIssue | null = null;
  let [w, s, included, deduction, k] = [0, 0, 0, 0, 0];
  for (const { issue: at, item, best } of candidates) {
    if (at !== issue) {
      issue = at;
      w = approximate(at.weight);
      s = approximate(at.indicatorScore);
      included = approximate(at.includedWeight);
      deduction = approximate(at.deduction);
      k = approximate(at.score);
      if (!within(w, MAX_WEIGHT) || !within(s, MAX_SCORE) || !within(k, MAX_SCORE)) return null;
      if (!within(deduction, MAX_DEDUCTION) || !within(included, MAX_DEDUCTION)) return null;
    }
    const v = approximate(item.indicator.weight);
    const b = approximate(best);
    const c = item.score === null ? null : approximate(item.score);
    if (!(v > 1e-100 && v <= MAX_DEDUCTION) || !within(b, MAX_SCORE)) return null;
    if (c !== null && (!within(c, MAX_SCORE) || included < v)) return null;
    const mean = c === null ? (s * included + v * b) / (included + v) : s + (v * (b - c)) / included;
    out.push((w * (Math.max(0, mean - deduction) - k)) / 100);
  }
  return out;
}

/**
 * The candidates that can be among the `count` largest exact gains (ties broken by id), so that only those get their
 * gain in exact decimals: a rating of 150 indicators has about 120 candidates and keeps 3.
 *
 * Why nothing is lost. Inside the envelope every figure is at most 1e4, the ratio v ÷ included weight is at most 1
 * (the indicator is part of that weight) and the excluded case is a weighted mean, so with conversions within a
 * relative 1e-13 and ten double operations each within 2⁻⁵³, an estimate e is within 1e-8 of the exact gain g, far
 * inside δ = DELTA. Keep S = {x : e_x > −δ} (it holds every x with g_x > 0), let T be the count-th largest estimate
 * in S (−∞ when S is smaller) and return {x ∈ S : e_x ≥ T − 2δ}. An x left out with g_x > 0 has e_x < T − 2δ, while
 * `count` kept ones y have g_y ≥ e_y − δ ≥ T − δ > e_x + δ ≥ g_x: all rank strictly above x, so x is not among the
 * first `count`. The caller filters, sorts and cuts the shortlist exactly as it did the full list.
 */
export function leverShortlist(candidates: readonly LeverCandidate[], count: number): readonly LeverCandidate[] {
  if (candidates.length <= count) return candidates;
  const estimated = estimates(candidates);
  if (!estimated) return candidates;
  const possible = estimated.filter((e) => e > -DELTA).sort((a, b) => b - a);
  const threshold = possible.length < count ? Number.NEGATIVE_INFINITY : (possible[count - 1] as number);
  return candidates.filter((_, i) => {
    const e = estimated[i] as number;
    return e > -DELTA && e >= threshold - 2 * DELTA;
  });
}
