/**
 * The part of a rating methodology the engine reads. `@greenfin/reference`'s `loadRatingMethodology` returns a
 * validated, frozen object of this shape (with names, sources and notes besides); the domain does not import it.
 * Every weight, threshold and score is a decimal string.
 */
export type ScoreDirection = "higher_is_better" | "lower_is_better";

export interface ThresholdPoint {
  readonly value: string;
  readonly score: string;
}

/** Piecewise linear between the points (values strictly increasing), flat beyond the first and last point. */
export interface ThresholdsRule {
  readonly kind: "thresholds";
  readonly direction: ScoreDirection;
  readonly points: readonly ThresholdPoint[];
}

/** Rank within the entity's industry group of the universe; the fallback thresholds apply below `minPeers`. */
export interface PeerPercentileRule {
  readonly kind: "peer_percentile";
  readonly direction: ScoreDirection;
  readonly minPeers: number;
  readonly fallback: readonly ThresholdPoint[];
}

/** numerator ÷ denominator × multiplier, then thresholds. Its indicator id is "<numerator>/<denominator>". */
export interface RatioRule {
  readonly kind: "ratio";
  readonly numerator: string;
  readonly denominator: string;
  readonly multiplier: string;
  readonly unit: string;
  readonly direction: ScoreDirection;
  readonly points: readonly ThresholdPoint[];
}

/** A boolean: true scores 100, false 0. */
export interface PresenceRule {
  readonly kind: "presence";
}

/** Enum options, each with a score; of several selected options the best counts. */
export interface LadderRule {
  readonly kind: "ladder";
  readonly options: readonly { readonly option: string; readonly score: string }[];
}

export type ScoringRule = ThresholdsRule | PeerPercentileRule | RatioRule | PresenceRule | LadderRule;

export type MissingPolicy =
  | { readonly policy: "no_credit" }
  | { readonly policy: "industry_median_penalty"; readonly penalty: string }
  | { readonly policy: "exclude_reweight" };

export interface MethodologyIndicator {
  readonly id: string;
  /** Within its key issue; the weights of a key issue's indicators sum to 100. */
  readonly weight: string;
  readonly rule: ScoringRule;
  readonly missing: MissingPolicy;
}

export interface MethodologyKeyIssue {
  readonly id: string;
  readonly indicators: readonly MethodologyIndicator[];
}

export interface MethodologyTheme {
  readonly id: string;
  readonly keyIssues: readonly MethodologyKeyIssue[];
}

export interface MethodologyPillar {
  readonly id: "E" | "S" | "G";
  readonly themes: readonly MethodologyTheme[];
}

export interface MaterialityGroup {
  readonly id: string;
  /** Canonical GB/T 4754-2017 codes; the longest prefix of an entity's code wins; empty for the default group. */
  readonly industries: readonly string[];
  /** Key issue → weight; they sum to 100 per group. */
  readonly weights: Readonly<Record<string, string>>;
}

export interface GradeBand {
  readonly grade: string;
  /** A score at or above this (and below the band above) gets this grade; bounds strictly decrease, the last is 0. */
  readonly lowerBound: string;
}

export interface ControversyRules {
  readonly halfLifeDays: number;
  readonly maxAgeDays: number;
  readonly severities: readonly { readonly severity: number; readonly deduction: string }[];
  readonly statuses: readonly { readonly status: string; readonly factor: string }[];
  readonly categories: readonly { readonly id: string; readonly keyIssue: string }[];
}

export interface RatingInputDefinition {
  readonly id: string;
  readonly unit: string | null;
}

export interface RatingMethodology {
  readonly id: string;
  readonly version: string;
  /** Every input id the methodology reads, with its canonical unit. */
  readonly inputs: readonly RatingInputDefinition[];
  readonly pillars: readonly MethodologyPillar[];
  readonly materiality: { readonly groups: readonly MaterialityGroup[] };
  readonly scale: { readonly grades: readonly GradeBand[] };
  readonly controversies: ControversyRules;
  readonly overrides: { readonly maxNotches: number };
}
