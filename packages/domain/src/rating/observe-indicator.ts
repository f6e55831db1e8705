import type { CompiledIndicator } from "./compile-methodology";
import { amount4, compareDec, Dec, ZERO } from "./rating-decimal";
import type { RatingValue } from "./rating-types";
import { interpolate, presenceScore, type RuleScore } from "./score-rules";

/** What an entity disclosed for one scored indicator, read and checked. */
export interface Observation {
  /** null when not disclosed (or a ratio without both operands, or with a zero denominator). */
  readonly value: RatingValue | null;
  /** The number scored (a ratio's quotient), for numeric rules. */
  readonly number: Dec | null;
  readonly ratioOf: { readonly numerator: string | null; readonly denominator: string | null } | null;
  readonly zeroDenominator: boolean;
}

/**
 * Reads the indicator's input(s) from the entity's values. The values were checked against their kinds by
 * `canonicalEntityInput` (rating-hashes.ts) before any scoring, in both passes.
 */
export function observe(indicator: CompiledIndicator, values: ReadonlyMap<string, RatingValue>): Observation {
  const { rule, id } = indicator;
  switch (rule.kind) {
    case "thresholds":
    case "peer_percentile": {
      const text = values.get(id) as string | undefined;
      return text === undefined ? NONE : { value: text, number: new Dec(text), ratioOf: null, zeroDenominator: false };
    }
    case "ratio": {
      const numerator = (values.get(rule.numerator) as string | undefined) ?? null;
      const denominator = (values.get(rule.denominator) as string | undefined) ?? null;
      const ratioOf = { denominator, numerator };
      if (numerator === null || denominator === null) return { ...NONE, ratioOf };
      const den = new Dec(denominator);
      if (den.isZero()) return { ...NONE, ratioOf, zeroDenominator: true };
      const quotient = new Dec(numerator).dividedBy(den).times(rule.multiplier);
      return { value: amount4(quotient), number: quotient, ratioOf, zeroDenominator: false };
    }
    case "presence":
    case "ladder": {
      const value = values.get(id);
      return value === undefined ? NONE : { value, number: null, ratioOf: null, zeroDenominator: false };
    }
  }
}

/** Nothing disclosed (shared: observations are never changed). */
const NONE: Observation = Object.freeze({ value: null, number: null, ratioOf: null, zeroDenominator: false });

/**
 * The score of a disclosed value under a rule that needs no peers (all but peer_percentile). A ladder with
 * several options selected scores its best one.
 */
export function scoreWithoutPeers(indicator: CompiledIndicator, seen: Observation): RuleScore {
  const { rule } = indicator;
  switch (rule.kind) {
    case "thresholds":
    case "ratio":
      return interpolate(rule.points, seen.number as Dec);
    case "presence":
      return { score: presenceScore(seen.value === true), basis: { kind: "presence" }, clamped: false };
    case "ladder": {
      let option = "";
      let score = new Dec(-1);
      for (const o of seen.value as readonly string[]) {
        const s = rule.scores.get(o) ?? ZERO;
        const order = compareDec(s, score);
        if (order > 0 || (order === 0 && o < option)) [option, score] = [o, s];
      }
      return { score, basis: { kind: "ladder", option }, clamped: false };
    }
    case "peer_percentile":
      throw new RangeError(`${indicator.id} is ranked against peers`);
  }
}

export const isDisclosed = (seen: Observation): boolean => seen.value !== null;
