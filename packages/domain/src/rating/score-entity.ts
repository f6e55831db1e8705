import type { CompiledGroup, CompiledIndicator, CompiledKeyIssue, CompiledMethodology } from "./compile-methodology";
import { isDisclosed, type Observation, observe, scoreWithoutPeers } from "./observe-indicator";
import { type PeerStatistics, scoreAgainstPeers } from "./peer-statistics";
import { type Dec, HUNDRED, isPositive, maxOf, score2, ZERO } from "./rating-decimal";
import type { IndicatorFlag, IndicatorSource, RatingValue, ScoreBasis } from "./rating-types";

export interface ScoredIndicator {
  readonly indicator: CompiledIndicator;
  readonly seen: Observation;
  /** Normalised 0–100; null when excluded. */
  readonly score: Dec | null;
  readonly source: IndicatorSource;
  readonly flags: readonly IndicatorFlag[];
  readonly basis: ScoreBasis;
}

export interface ScoredIssue {
  readonly issue: CompiledKeyIssue;
  /** The key issue's weight in the entity's group (points of 100). */
  readonly weight: Dec;
  readonly items: readonly ScoredIndicator[];
  /** Sum of the within-issue weights of the indicators not excluded. */
  readonly includedWeight: Dec;
  /** Σ weight × score ÷ includedWeight over the indicators not excluded. */
  readonly indicatorScore: Dec;
  readonly deduction: Dec;
  /** max(0, indicatorScore − deduction). */
  readonly score: Dec;
}

function scoreIndicator(
  indicator: CompiledIndicator,
  values: ReadonlyMap<string, RatingValue>,
  group: CompiledGroup,
  peers: PeerStatistics,
): ScoredIndicator {
  const seen = observe(indicator, values);
  const { rule, missing } = indicator;
  if (isDisclosed(seen)) {
    const scored =
      rule.kind === "peer_percentile"
        ? scoreAgainstPeers(rule, peers.column(group.id, indicator.id), seen.number as Dec)
        : scoreWithoutPeers(indicator, seen);
    const flags: IndicatorFlag[] = [];
    if ("fallback" in scored && scored.fallback) flags.push("peer_fallback_thresholds");
    if (scored.clamped) flags.push("clamped");
    return { indicator, seen, score: scored.score, source: "disclosed", flags, basis: scored.basis };
  }
  const flags: IndicatorFlag[] = seen.zeroDenominator ? ["zero_denominator"] : [];
  switch (missing.policy) {
    case "no_credit":
      return {
        indicator,
        seen,
        score: ZERO,
        source: "missing",
        flags: [...flags, "no_credit"],
        basis: { kind: "no_credit" },
      };
    case "exclude_reweight":
      return {
        indicator,
        seen,
        score: null,
        source: "excluded",
        flags: [...flags, "excluded_reweighted"],
        basis: { kind: "excluded" },
      };
    case "industry_median_penalty": {
      const median = peers.median(group.id, indicator.id);
      if (!median)
        return {
          indicator,
          seen,
          score: ZERO,
          source: "missing",
          flags: [...flags, "no_peers_for_median"],
          basis: { kind: "no_credit" },
        };
      return {
        indicator,
        seen,
        score: maxOf(ZERO, median.median.minus(indicator.penalty)),
        source: "imputed",
        flags: [...flags, "imputed_industry_median"],
        basis: {
          kind: "industry_median",
          median: score2(median.median),
          peers: median.peers,
          penalty: missing.penalty,
        },
      };
    }
  }
}

/** Weighted mean of the scores not excluded, with the weight they share; zero when all are excluded. */
export function issueMean(items: readonly { indicator: CompiledIndicator; score: Dec | null }[]): {
  includedWeight: Dec;
  mean: Dec;
} {
  let includedWeight = ZERO;
  let weighted = ZERO;
  for (const { indicator, score } of items) {
    if (score === null) continue;
    includedWeight = includedWeight.plus(indicator.weight);
    weighted = weighted.plus(indicator.weight.times(score));
  }
  return { includedWeight, mean: includedWeight.isZero() ? ZERO : weighted.dividedBy(includedWeight) };
}

/**
 * Scores every indicator of the key issues material for the entity's group, and each key issue:
 * indicatorScore = Σ vᵢ·sᵢ ÷ Σ vᵢ over the indicators not excluded; score = max(0, indicatorScore − deductions).
 */
export function scoreKeyIssues(
  methodology: CompiledMethodology,
  values: ReadonlyMap<string, RatingValue>,
  group: CompiledGroup,
  peers: PeerStatistics,
  deductions: ReadonlyMap<string, Dec>,
): ScoredIssue[] {
  const issues: ScoredIssue[] = [];
  for (const issue of methodology.keyIssues) {
    const weight = group.weights.get(issue.id) ?? ZERO;
    if (!isPositive(weight)) continue;
    const items = issue.indicators.map((ind) => scoreIndicator(ind, values, group, peers));
    const { includedWeight, mean } = issueMean(items);
    const deduction = deductions.get(issue.id) ?? ZERO;
    issues.push({
      issue,
      weight,
      items,
      includedWeight,
      indicatorScore: mean,
      deduction,
      score: maxOf(ZERO, mean.minus(deduction)),
    });
  }
  return issues;
}

/** Total = Σ key-issue weight × key-issue score ÷ 100 (the weights of a group sum to 100). */
export const totalOf = (issues: readonly ScoredIssue[]): Dec =>
  issues.reduce((sum, k) => sum.plus(k.weight.times(k.score)), ZERO).dividedBy(HUNDRED);
