import type { RatingMethodology, ThresholdPoint } from "./methodology-types";

/**
 * A value as the engine reads it: a canonical decimal string in the input's canonical unit (numbers and
 * percentages, as `NormalisedValue.payload.number.canonical`), a boolean, or the selected enum options.
 */
export type RatingValue = string | boolean | readonly string[];

export interface ControversyEvent {
  readonly id: string;
  /** ISO date (YYYY-MM-DD) of the event. */
  readonly date: string;
  /** 1 (minor) … 5 (very severe). */
  readonly severity: number;
  /** A category of the methodology's controversies; it names the key issue the event hits. */
  readonly category: string;
  /** A status of the methodology (confirmed, alleged, …); it scales the deduction. */
  readonly status: string;
  /** Where the event was reported (kept in the explanation, not scored). */
  readonly source: string;
}

export interface RatedEntityInput {
  readonly id: string;
  /** Canonical GB/T 4754-2017 code: "C26", "D4411", "I". */
  readonly industryCode: string;
  /** Input id → value. Ids the methodology does not read are ignored (and not hashed). */
  readonly values: ReadonlyMap<string, RatingValue>;
  readonly controversies: readonly ControversyEvent[];
}

export interface RateUniverseInput {
  readonly methodology: RatingMethodology;
  /** Iterated twice (peer statistics, then scoring): pass an array, or an iterable that can start over. */
  readonly entities: Iterable<RatedEntityInput>;
  /** ISO date the rating is made on: controversies decay to it. */
  readonly asOf: string;
}

/**
 * disclosed: scored from the entity's value · imputed: the group's median score minus a penalty · missing: scored 0
 * (no credit, or no peer to take a median from) · excluded: dropped, its weight shared within the key issue.
 */
export type IndicatorSource = "disclosed" | "imputed" | "missing" | "excluded";

export type IndicatorFlag =
  /** The value lay beyond the first or last threshold point, so the end score was used. */
  | "clamped"
  /** Fewer peers than the rule's minimum disclosed the indicator: its fallback thresholds were used. */
  | "peer_fallback_thresholds"
  | "imputed_industry_median"
  /** Nobody in the group disclosed the indicator, so there was no median to impute: scored 0. */
  | "no_peers_for_median"
  | "no_credit"
  | "excluded_reweighted"
  /** A ratio's denominator was zero: treated as not disclosed. */
  | "zero_denominator";

export type ScoreBasis =
  | { readonly kind: "thresholds"; readonly from: ThresholdPoint; readonly to: ThresholdPoint }
  /** Of `peers` disclosed values in the group (the entity's own included), `below` are smaller and `equal` the same. */
  | { readonly kind: "peer_percentile"; readonly peers: number; readonly below: number; readonly equal: number }
  | { readonly kind: "presence" }
  | { readonly kind: "ladder"; readonly option: string }
  | { readonly kind: "industry_median"; readonly peers: number; readonly median: string; readonly penalty: string }
  | { readonly kind: "no_credit" }
  | { readonly kind: "excluded" };

export interface IndicatorResult {
  readonly id: string;
  readonly keyIssue: string;
  readonly rule: string;
  /** As received; a ratio's value is the computed ratio (4 dp); null when not disclosed. */
  readonly value: RatingValue | null;
  readonly unit: string | null;
  /** A ratio's operands as received. */
  readonly ratioOf: { readonly numerator: string | null; readonly denominator: string | null } | null;
  /** Normalised 0–100 (2 dp); null when excluded. */
  readonly score: string | null;
  /** Effective weight in percent of the total score (4 dp): key-issue weight × share within the key issue. */
  readonly weight: string;
  /** weight × score ÷ 100, in points of the total before controversy deductions (4 dp). */
  readonly contribution: string;
  readonly source: IndicatorSource;
  readonly flags: readonly IndicatorFlag[];
  readonly basis: ScoreBasis;
}

export interface KeyIssueResult {
  readonly id: string;
  readonly pillar: string;
  readonly theme: string;
  /** Weight in the entity's industry group, percent of the total (4 dp). */
  readonly weight: string;
  /** Weighted mean of its indicators' scores (2 dp). */
  readonly indicatorScore: string;
  /** Sum of its controversies' decayed deductions (4 dp). */
  readonly controversyDeduction: string;
  /** max(0, indicatorScore − deduction) (2 dp). */
  readonly score: string;
  /** weight × score ÷ 100, points of the total (4 dp). */
  readonly contribution: string;
}

export interface PillarResult {
  readonly id: string;
  /** Sum of its key issues' weights in the entity's group (4 dp). */
  readonly weight: string;
  /** Weighted mean of its key-issue scores (2 dp); null when none of its key issues is material for the group. */
  readonly score: string | null;
  readonly contribution: string;
}

export type ControversyFlag = "after_as_of" | "expired" | "key_issue_not_material";

export interface ControversyResult {
  readonly id: string;
  readonly category: string;
  readonly keyIssue: string;
  readonly date: string;
  readonly severity: number;
  readonly status: string;
  readonly source: string;
  readonly ageDays: number;
  readonly severityDeduction: string;
  readonly statusFactor: string;
  /** 0.5^(ageDays ÷ half-life), 6 dp; null for an event after the rating date. */
  readonly decayFactor: string | null;
  /** severityDeduction × statusFactor × decay, key-issue points (4 dp); 0 when flagged. */
  readonly deduction: string;
  readonly flags: readonly ControversyFlag[];
}

export interface LeverTarget {
  readonly comparator: ">=" | "<=" | ">" | "<" | "=";
  readonly value: string | boolean;
}

export interface Lever {
  readonly indicator: string;
  readonly keyIssue: string;
  readonly fromScore: string | null;
  readonly toScore: string;
  /** The value (a ratio's quotient) that would reach `toScore`; null when none can be named. */
  readonly target: LeverTarget | null;
  /** newScore − score, both as published (2 dp). */
  readonly gain: string;
  readonly newScore: string;
  readonly newGrade: string;
}

export interface EntityRating {
  readonly entityId: string;
  readonly methodology: { readonly id: string; readonly version: string };
  readonly asOf: string;
  readonly industryCode: string;
  readonly industryGroup: string;
  /** SHA-256 of the canonical JSON of this entity's inputs (only the values the methodology reads). */
  readonly inputHash: string;
  /** 0–100, rounded half-even to 2 dp. */
  readonly score: string;
  readonly grade: string;
  readonly pillars: readonly PillarResult[];
  readonly keyIssues: readonly KeyIssueResult[];
  readonly indicators: readonly IndicatorResult[];
  readonly controversies: readonly ControversyResult[];
  readonly levers: readonly Lever[];
}

export interface RatingRunSummary {
  readonly methodology: { readonly id: string; readonly version: string };
  readonly asOf: string;
  /** SHA-256 of the canonical JSON of the methodology object as passed (names, notes and sources included). */
  readonly methodologyHash: string;
  readonly inputsHash: string;
  readonly resultHash: string;
  readonly entityCount: number;
  /** Entities per grade, in the order of the scale. */
  readonly gradeCounts: readonly { readonly grade: string; readonly count: number }[];
}

/** Thrown for inputs the engine cannot rate: a malformed value, date, unknown category, a duplicate entity id … */
export class RatingInputError extends Error {
  override name = "RatingInputError";
}
