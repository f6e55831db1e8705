import type { CompiledMethodology } from "./compile-methodology";
import { dayNumber, scoreControversy } from "./controversy-decay";
import { gradeAt } from "./grade-scale";
import { findLevers } from "./levers";
import type { PeerStatistics } from "./peer-statistics";
import { amount4, Dec, HUNDRED, score2, ZERO } from "./rating-decimal";
import { compareText } from "./rating-hashes";
import type { EntityRating, IndicatorResult, KeyIssueResult, PillarResult, RatedEntityInput } from "./rating-types";
import { type ScoredIssue, scoreKeyIssues, totalOf } from "./score-entity";

export interface EntityRatingContext {
  readonly methodology: CompiledMethodology;
  readonly peers: PeerStatistics;
  readonly asOf: string;
}

function indicatorResults(k: ScoredIssue): IndicatorResult[] {
  // Effective weight in percent of the total: the key issue's weight shared among the indicators not excluded.
  const share = k.includedWeight.isZero() ? ZERO : k.weight.dividedBy(k.includedWeight);
  return k.items.map((item) => {
    const { indicator, seen, score } = item;
    const weight = score === null ? ZERO : share.times(indicator.weight);
    return {
      basis: item.basis,
      contribution: amount4(score === null ? ZERO : weight.times(score).dividedBy(HUNDRED)),
      flags: item.flags,
      id: indicator.id,
      keyIssue: indicator.keyIssue,
      ratioOf: seen.ratioOf,
      rule: indicator.rule.kind,
      score: score === null ? null : score2(score),
      source: item.source,
      unit: indicator.unit,
      value: seen.value,
      weight: amount4(weight),
    };
  });
}

const keyIssueResult = (k: ScoredIssue): KeyIssueResult => ({
  contribution: amount4(k.weight.times(k.score).dividedBy(HUNDRED)),
  controversyDeduction: amount4(k.deduction),
  id: k.issue.id,
  indicatorScore: score2(k.indicatorScore),
  pillar: k.issue.pillar,
  score: score2(k.score),
  theme: k.issue.theme,
  weight: amount4(k.weight),
});

function pillarResults(pillars: readonly string[], issues: readonly ScoredIssue[]): PillarResult[] {
  return pillars.map((id) => {
    const own = issues.filter((k) => k.issue.pillar === id);
    const weight = own.reduce((sum, k) => sum.plus(k.weight), ZERO);
    const points = own.reduce((sum, k) => sum.plus(k.weight.times(k.score)), ZERO);
    return {
      contribution: amount4(points.dividedBy(HUNDRED)),
      id,
      score: weight.isZero() ? null : score2(points.dividedBy(weight)),
      weight: amount4(weight),
    };
  });
}

/** Pass two for one entity: its full rating with the explanation, from the universe's peer statistics. */
export function rateOneEntity(context: EntityRatingContext, entity: RatedEntityInput, inputHash: string): EntityRating {
  const { methodology, peers, asOf } = context;
  const group = methodology.groupOf(entity.industryCode);
  const asOfDay = dayNumber(asOf, "asOf");
  // In id order, as hashed, so the order they were listed in changes nothing.
  const controversies = [...entity.controversies]
    .sort((a, b) => compareText(a.id, b.id))
    .map((c) => scoreControversy(entity.id, c, methodology, group, asOfDay));
  const deductions = new Map<string, Dec>();
  for (const c of controversies) deductions.set(c.keyIssue, (deductions.get(c.keyIssue) ?? ZERO).plus(c.deduction));

  const issues = scoreKeyIssues(methodology, entity.values, group, peers, deductions);
  const total = totalOf(issues);
  const score = score2(total);
  const { grades } = methodology;
  // Every object of a rating is built with its keys in sorted order, so that its canonical JSON is JSON.stringify's
  // (rating-canonical-json.ts): the key order changes no value and no hash.
  return {
    asOf,
    controversies: controversies.map((c) => c.result),
    entityId: entity.id,
    grade: gradeAt(grades, new Dec(score)),
    indicators: issues.flatMap(indicatorResults),
    industryCode: entity.industryCode,
    industryGroup: group.id,
    inputHash,
    keyIssues: issues.map(keyIssueResult),
    levers: findLevers(issues, total, group, peers, grades),
    methodology: { id: methodology.source.id, version: methodology.source.version },
    pillars: pillarResults(methodology.pillars, issues),
    score,
  };
}
