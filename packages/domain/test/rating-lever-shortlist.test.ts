import { loadRatingMethodology } from "@greenfin/reference";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileMethodology } from "../src/rating/compile-methodology";
import { type LeverCandidate, leverShortlist } from "../src/rating/lever-shortlist";
import { findLevers } from "../src/rating/levers";
import type { PeerColumn, PeerStatistics } from "../src/rating/peer-statistics";
import { Dec, HUNDRED, maxOf, ZERO } from "../src/rating/rating-decimal";
import type { ScoredIndicator, ScoredIssue } from "../src/rating/score-entity";

/**
 * findLevers computes exact gains only for the shortlist of candidates that can make the top three. On random
 * scored key issues — small value sets so that gains tie across key issues, 40-digit quotients, deductions, excluded
 * indicators, figures outside the estimate's envelope — it must name the same levers as with every candidate.
 */
const methodology = compileMethodology(loadRatingMethodology("enterprise-esg@2026.1"));
const group = methodology.groupOf("C2614");
const all = <T>(candidates: readonly T[]) => candidates;

const score = fc.oneof(
  fc.constantFrom<Dec | null>(null, ZERO, new Dec(40), new Dec("62.5"), new Dec(80), HUNDRED),
  fc.integer({ min: 0, max: 100_000 }).map((n) => new Dec(n).dividedBy(997)),
);
const deduction = fc.oneof(
  { weight: 40, arbitrary: fc.constant(ZERO) },
  { weight: 15, arbitrary: fc.constantFrom(new Dec("12.5"), new Dec("35.523590559144")) },
  // Outside the estimate's envelope: every gain is then computed exactly.
  { weight: 1, arbitrary: fc.constant(new Dec(50_000)) },
);
const issueWeight = fc.constantFrom(new Dec(3), new Dec(5), new Dec(6), new Dec("7.5"), new Dec(12));

function column(size: number): PeerColumn {
  return { keys: [new Dec(1), new Dec(2)], upTo: new Uint32Array([size - 1, size]), size };
}

const scoredIssues = fc.array(fc.tuple(issueWeight, fc.array(score, { maxLength: 6 }), score, deduction), {
  minLength: methodology.keyIssues.length,
  maxLength: methodology.keyIssues.length,
});

function build([weights, peerSize]: [[Dec, (Dec | null)[], Dec | null, Dec][], number]) {
  const issues: ScoredIssue[] = methodology.keyIssues.map((issue, i) => {
    const [weight, scores, mean, cut] = weights[i] as [Dec, (Dec | null)[], Dec | null, Dec];
    const items: ScoredIndicator[] = issue.indicators.map((indicator, j) => ({
      indicator,
      seen: { value: null, number: null, ratioOf: null, zeroDenominator: false },
      score: scores[j % Math.max(scores.length, 1)] ?? null,
      source: "missing",
      flags: [],
      basis: { kind: "no_credit" },
    }));
    const includedWeight = items.reduce((s, x) => (x.score ? s.plus(x.indicator.weight) : s), ZERO);
    const indicatorScore = mean ?? ZERO;
    return {
      issue,
      weight,
      items,
      includedWeight,
      indicatorScore,
      deduction: cut,
      score: maxOf(ZERO, indicatorScore.minus(cut)),
    };
  });
  const peers: PeerStatistics = { column: () => column(peerSize), median: () => undefined };
  const total = issues.reduce((s, k) => s.plus(k.weight.times(k.score)), ZERO).dividedBy(HUNDRED);
  return { issues, peers, total };
}

describe("the lever shortlist", () => {
  it("never changes the levers", () => {
    const seen = { pruned: 0, kept: 0, levers: 0 };
    const watched = (candidates: readonly LeverCandidate[], count: number) => {
      const short = leverShortlist(candidates, count);
      if (short.length < candidates.length) seen.pruned++;
      else if (candidates.length > count) seen.kept++;
      return short;
    };
    fc.assert(
      fc.property(fc.tuple(scoredIssues, fc.constantFrom(0, 3, 12)), (input) => {
        const { issues, peers, total } = build(input);
        const fast = findLevers(issues, total, group, peers, methodology.grades, watched);
        const exact = findLevers(issues, total, group, peers, methodology.grades, all);
        expect(fast).toEqual(exact);
        seen.levers += fast.length;
      }),
      { numRuns: 400 },
    );
    // Both the shortlist and the fallback to every candidate (a deduction outside the envelope) were exercised.
    expect(seen.pruned).toBeGreaterThan(100);
    expect(seen.kept).toBeGreaterThan(10);
    expect(seen.levers).toBeGreaterThan(400);
  });
});
