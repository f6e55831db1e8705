import type { CompiledGroup, CompiledIndicator } from "./compile-methodology";
import { type CompiledBand, gradeAt } from "./grade-scale";
import { isDisclosed } from "./observe-indicator";
import type { PeerStatistics } from "./peer-statistics";
import { Dec, HUNDRED, maxOf, score2, ZERO } from "./rating-decimal";
import type { Lever, LeverTarget } from "./rating-types";
import type { ScoredIndicator, ScoredIssue } from "./score-entity";

export const LEVER_COUNT = 3;

/** The best score the indicator could reach for this entity, and the value that reaches it. */
function bestAttainable(
  item: ScoredIndicator,
  group: CompiledGroup,
  peers: PeerStatistics,
): { best: Dec; target: LeverTarget | null } {
  const { rule, ceiling } = item.indicator;
  if (rule.kind !== "peer_percentile") return ceiling;
  const column = peers.column(group.id, item.indicator.id);
  // Disclosing adds the entity to the peers; with too few, its fallback thresholds decide.
  if (column.size + (isDisclosed(item.seen) ? 0 : 1) < rule.minPeers) return ceiling;
  const higher = rule.direction === "higher_is_better";
  const edge = higher ? column.keys[column.keys.length - 1] : column.keys[0];
  return { best: HUNDRED, target: edge ? { comparator: higher ? ">" : "<", value: edge.toFixed() } : null };
}

/** The key issue's score with one indicator moved to `best` (brought back in if it was excluded). */
function issueScoreWith(k: ScoredIssue, indicator: CompiledIndicator, current: Dec | null, best: Dec): Dec {
  const mean =
    current === null
      ? k.indicatorScore
          .times(k.includedWeight)
          .plus(indicator.weight.times(best))
          .dividedBy(k.includedWeight.plus(indicator.weight))
      : k.indicatorScore.plus(indicator.weight.times(best.minus(current)).dividedBy(k.includedWeight));
  return maxOf(ZERO, mean.minus(k.deduction));
}

/**
 * "What would move my grade": re-scores the entity with each indicator in turn at its best attainable score, all
 * else held (controversy deductions and the floor at 0 included), and keeps the three largest gains, ties broken by
 * indicator id. Gains are ranked unrounded and published as the difference of the two published scores.
 */
export function findLevers(
  issues: readonly ScoredIssue[],
  total: Dec,
  group: CompiledGroup,
  peers: PeerStatistics,
  grades: readonly CompiledBand[],
): Lever[] {
  const candidates: { gain: Dec; newTotal: Dec; item: ScoredIndicator; best: Dec; target: LeverTarget | null }[] = [];
  for (const k of issues)
    for (const item of k.items) {
      const { best, target } = bestAttainable(item, group, peers);
      if (item.score !== null && !best.greaterThan(item.score)) continue;
      const newIssueScore = issueScoreWith(k, item.indicator, item.score, best);
      const gain = k.weight.times(newIssueScore.minus(k.score)).dividedBy(HUNDRED);
      if (gain.greaterThan(0)) candidates.push({ gain, newTotal: total.plus(gain), item, best, target });
    }
  candidates.sort((a, b) => b.gain.comparedTo(a.gain) || (a.item.indicator.id < b.item.indicator.id ? -1 : 1));
  const published = new Dec(score2(total));
  return candidates.slice(0, LEVER_COUNT).map(({ newTotal, item, best, target }) => {
    const newScore = score2(newTotal);
    return {
      indicator: item.indicator.id,
      keyIssue: item.indicator.keyIssue,
      fromScore: item.score === null ? null : score2(item.score),
      toScore: score2(best),
      target,
      gain: new Dec(newScore).minus(published).toFixed(2),
      newScore,
      newGrade: gradeAt(grades, new Dec(newScore)),
    };
  });
}
