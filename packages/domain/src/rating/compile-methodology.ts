import { industryMatcher } from "./industry-group";
import type {
  MethodologyIndicator,
  RatingMethodology,
  ScoreDirection,
  ScoringRule,
  ThresholdPoint,
} from "./methodology-types";
import { Dec, HUNDRED, ZERO } from "./rating-decimal";
import type { LeverTarget } from "./rating-types";
import { bestOfPoints, pointsTarget } from "./score-rules";

/** Threshold points as decimals, next to their text for the explanation. */
export interface CompiledPoint {
  readonly value: Dec;
  readonly score: Dec;
  readonly text: ThresholdPoint;
}

export type CompiledRule =
  | { readonly kind: "thresholds"; readonly direction: ScoreDirection; readonly points: readonly CompiledPoint[] }
  | {
      readonly kind: "peer_percentile";
      readonly direction: ScoreDirection;
      readonly minPeers: number;
      readonly fallback: readonly CompiledPoint[];
    }
  | {
      readonly kind: "ratio";
      readonly numerator: string;
      readonly denominator: string;
      readonly multiplier: Dec;
      readonly direction: ScoreDirection;
      readonly points: readonly CompiledPoint[];
    }
  | { readonly kind: "presence" }
  | { readonly kind: "ladder"; readonly scores: ReadonlyMap<string, Dec>; readonly best: string };

export interface CompiledIndicator {
  readonly id: string;
  readonly keyIssue: string;
  /** Weight within the key issue. */
  readonly weight: Dec;
  readonly rule: CompiledRule;
  readonly missing: MethodologyIndicator["missing"];
  readonly penalty: Dec;
  readonly unit: string | null;
  /** The input ids it reads. */
  readonly reads: readonly string[];
  /** Needs the group's disclosed values (ranks) or scores (median imputation) from the first pass. */
  readonly peerColumn: "values" | "scores" | null;
  /** The best score the rule gives and the value that reaches it (a peer rule's: its fallback thresholds'). */
  readonly ceiling: { readonly best: Dec; readonly target: LeverTarget };
}

/** What kind of value an input takes; enum inputs list the options their ladder scores. */
export type InputKind = "decimal" | "boolean" | { readonly options: ReadonlySet<string> };

export interface CompiledKeyIssue {
  readonly id: string;
  readonly pillar: string;
  readonly theme: string;
  readonly indicators: readonly CompiledIndicator[];
}

export interface CompiledGroup {
  readonly id: string;
  readonly weights: ReadonlyMap<string, Dec>;
}

export interface CompiledMethodology {
  readonly source: RatingMethodology;
  readonly keyIssues: readonly CompiledKeyIssue[];
  readonly indicators: readonly CompiledIndicator[];
  readonly pillars: readonly string[];
  /** Every input id read (sorted by id), with the kind of value it takes: only these are validated and hashed. */
  readonly inputKinds: ReadonlyMap<string, InputKind>;
  readonly groupOf: (industryCode: string) => CompiledGroup;
  readonly grades: readonly { readonly grade: string; readonly lowerBound: Dec }[];
  readonly halfLifeDays: number;
  readonly maxAgeDays: number;
  readonly severityDeduction: ReadonlyMap<number, Dec>;
  readonly statusFactor: ReadonlyMap<string, Dec>;
  readonly categoryKeyIssue: ReadonlyMap<string, string>;
}

const compilePoints = (points: readonly ThresholdPoint[]): CompiledPoint[] =>
  points.map((p) => ({ value: new Dec(p.value), score: new Dec(p.score), text: { score: p.score, value: p.value } }));

function compileRule(rule: ScoringRule): CompiledRule {
  switch (rule.kind) {
    case "thresholds":
      return { kind: rule.kind, direction: rule.direction, points: compilePoints(rule.points) };
    case "peer_percentile":
      return {
        kind: rule.kind,
        direction: rule.direction,
        minPeers: rule.minPeers,
        fallback: compilePoints(rule.fallback),
      };
    case "ratio":
      return {
        kind: rule.kind,
        numerator: rule.numerator,
        denominator: rule.denominator,
        multiplier: new Dec(rule.multiplier),
        direction: rule.direction,
        points: compilePoints(rule.points),
      };
    case "presence":
      return { kind: rule.kind };
    case "ladder": {
      const scores = new Map(rule.options.map((o) => [o.option, new Dec(o.score)]));
      let best = rule.options[0]?.option ?? "";
      for (const o of rule.options) if (new Dec(o.score).greaterThan(scores.get(best) ?? ZERO)) best = o.option;
      return { kind: rule.kind, scores, best };
    }
  }
}

function ceilingOf(rule: CompiledRule): CompiledIndicator["ceiling"] {
  switch (rule.kind) {
    case "thresholds":
    case "ratio":
      return { best: bestOfPoints(rule.points), target: pointsTarget(rule.points, rule.direction) };
    case "peer_percentile":
      return { best: bestOfPoints(rule.fallback), target: pointsTarget(rule.fallback, rule.direction) };
    case "presence":
      return { best: HUNDRED, target: { comparator: "=", value: true } };
    case "ladder":
      return { best: rule.scores.get(rule.best) ?? ZERO, target: { comparator: "=", value: rule.best } };
  }
}

const inputKind = (rule: CompiledRule): InputKind =>
  rule.kind === "presence" ? "boolean" : rule.kind === "ladder" ? { options: new Set(rule.scores.keys()) } : "decimal";

function compile(methodology: RatingMethodology): CompiledMethodology {
  const units = new Map(methodology.inputs.map((i) => [i.id, i.unit]));
  const keyIssues: CompiledKeyIssue[] = [];
  for (const pillar of methodology.pillars)
    for (const theme of pillar.themes)
      for (const issue of theme.keyIssues)
        keyIssues.push({
          id: issue.id,
          pillar: pillar.id,
          theme: theme.id,
          indicators: issue.indicators.map((ind): CompiledIndicator => {
            const rule = compileRule(ind.rule);
            const reads = rule.kind === "ratio" ? [rule.numerator, rule.denominator] : [ind.id];
            const median = ind.missing.policy === "industry_median_penalty" ? ind.missing.penalty : null;
            return {
              id: ind.id,
              keyIssue: issue.id,
              weight: new Dec(ind.weight),
              rule,
              missing: ind.missing,
              penalty: new Dec(median ?? 0),
              unit: ind.rule.kind === "ratio" ? ind.rule.unit : (units.get(ind.id) ?? null),
              reads,
              peerColumn: rule.kind === "peer_percentile" ? "values" : median !== null ? "scores" : null,
              ceiling: ceilingOf(rule),
            };
          }),
        });
  const groups = new Map<string, CompiledGroup>(
    methodology.materiality.groups.map((g) => [
      g.id,
      { id: g.id, weights: new Map(Object.entries(g.weights).map(([k, w]) => [k, new Dec(w)])) },
    ]),
  );
  for (const g of groups.values()) {
    const sum = [...g.weights.values()].reduce((a, b) => a.plus(b), ZERO);
    if (!sum.equals(100)) throw new RangeError(`Industry group ${g.id} weights sum to ${sum.toFixed()}, not 100`);
  }
  const indicators = keyIssues.flatMap((k) => k.indicators);
  return {
    source: methodology,
    keyIssues,
    indicators,
    pillars: methodology.pillars.map((p) => p.id),
    inputKinds: new Map(
      indicators
        .flatMap((i) => i.reads.map((id): [string, InputKind] => [id, inputKind(i.rule)]))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    ),
    groupOf: industryMatcher(methodology.materiality.groups, groups),
    grades: methodology.scale.grades.map((g) => ({ grade: g.grade, lowerBound: new Dec(g.lowerBound) })),
    halfLifeDays: methodology.controversies.halfLifeDays,
    maxAgeDays: methodology.controversies.maxAgeDays,
    severityDeduction: new Map(methodology.controversies.severities.map((s) => [s.severity, new Dec(s.deduction)])),
    statusFactor: new Map(methodology.controversies.statuses.map((s) => [s.status, new Dec(s.factor)])),
    categoryKeyIssue: new Map(methodology.controversies.categories.map((c) => [c.id, c.keyIssue])),
  };
}

const compiled = new WeakMap<RatingMethodology, CompiledMethodology>();

/**
 * Decimal constants and indexes of a methodology, built once per methodology object: treat the object as immutable
 * (the reference loader freezes it).
 */
export function compileMethodology(methodology: RatingMethodology): CompiledMethodology {
  let result = compiled.get(methodology);
  if (!result) {
    result = compile(methodology);
    compiled.set(methodology, result);
  }
  return result;
}
