import type { CompiledGroup, CompiledIndicator } from "./compile-methodology";
import { type CompiledBand, gradeAt } from "./grade-scale";
import { type LeverCandidate, leverShortlist } from "./lever-shortlist";
import { isDisclosed } from "./observe-indicator";
import type { PeerColumn, PeerStatistics } from "./peer-statistics";
import { compareDec, Dec, HUNDRED, isPositive, maxOf, score2, ZERO } from "./rating-decimal";
import type { Lever, LeverTarget } from "./rating-types";
import type { ScoredIndicator, ScoredIssue } from "./score-entity";

export const LEVER_COUNT = 3;

/**
 * The best score the indicator could reach for this entity; `ranked` when that is the top rank among its peers
 * rather than its rule's ceiling.
 */
function bestAttainable(item: ScoredIndicator, group: CompiledGroup, peers: PeerStatistics): Attainable {
  const { rule, ceiling } = item.indicator;
  if (rule.kind !== "peer_percentile") return { best: ceiling.best, ranked: null };
  const column = peers.column(group.id, item.indicator.id);
  // Disclosing adds the entity to the peers; with too few, its fallback thresholds decide.
  if (column.size + (isDisclosed(item.seen) ? 0 : 1) < rule.minPeers) return { best: ceiling.best, ranked: null };
  return { best: HUNDRED, ranked: column };
}

interface Attainable {
  readonly best: Dec;
  readonly ranked: PeerColumn | null;
}

/** The value that reaches the best score: beyond the best peer, or the rule's own target. Only the levers kept need it. */
function targetOf(item: ScoredIndicator, ranked: PeerColumn | null): LeverTarget | null {
  const { rule, ceiling } = item.indicator;
  if (!ranked || rule.kind !== "peer_percentile") return ceiling.target;
  const higher = rule.direction === "higher_is_better";
  const edge = higher ? ranked.keys[ranked.keys.length - 1] : ranked.keys[0];
  return edge ? { comparator: higher ? ">" : "<", value: edge.toFixed() } : null;
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
  /** The tests pass `(all) => all` to check that the shortlist never changes the levers. */
  shortlist: (candidates: readonly LeverCandidate[], count: number) => readonly LeverCandidate[] = leverShortlist,
): Lever[] {
  const movable: (LeverCandidate & Attainable)[] = [];
  for (const issue of issues)
    for (const item of issue.items) {
      const { best, ranked } = bestAttainable(item, group, peers);
      if (item.score === null || compareDec(best, item.score) > 0) movable.push({ issue, item, best, ranked });
    }
  // Only the candidates that can make the top three get their gain in exact decimals (lever-shortlist.ts).
  const candidates: { gain: Dec; item: ScoredIndicator; best: Dec; ranked: PeerColumn | null }[] = [];
  for (const { issue: k, item, best, ranked } of shortlist(movable, LEVER_COUNT) as typeof movable) {
    const newIssueScore = issueScoreWith(k, item.indicator, item.score, best);
    const gain = k.weight.times(newIssueScore.minus(k.score)).dividedBy(HUNDRED);
    if (isPositive(gain)) candidates.push({ gain, item, best, ranked });
  }
  candidates.sort((a, b) => compareDec(b.gain, a.gain) || (a.item.indicator.id < b.item.indicator.id ? -1 : 1));
  const published = new Dec(score2(total));
  return candidates.slice(0, LEVER_COUNT).map(({ gain, item, best, ranked }) => {
    const newScore = score2(total.plus(gain));
    return {
      fromScore: item.score === null ? null : score2(item.score),
      gain: new Dec(newScore).minus(published).toFixed(2),
      indicator: item.indicator.id,
      keyIssue: item.indicator.keyIssue,
      newGrade: gradeAt(grades, new Dec(newScore)),
      newScore,
      target: targetOf(item, ranked),
      toScore: score2(best),
    };
  });
}
