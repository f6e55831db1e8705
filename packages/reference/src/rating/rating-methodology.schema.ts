import { z } from "zod";
import { DECIMAL_TEXT } from "./exact-decimal";

/**
 * The shape of one rating methodology version under `data/rating/<id>-<version>/`: six JSON files (meta, tree,
 * materiality, scale, controversies, overrides). Objects are strict, so a misspelt key fails instead of being
 * dropped. Cross-file rules (sums, monotone thresholds, catalogue references) are in `rating-methodology-checks.ts`.
 */
const text = z.string().trim().min(1);
const bilingual = z.strictObject({ zh: text, en: text });
/** Non-negative decimal written as text, e.g. "12.5": weights, thresholds and scores are never JSON numbers. */
const amount = z.string().regex(/^\d+(\.\d+)?$/, "a non-negative decimal number written as text");
/** Any decimal written as text (threshold values may be negative, e.g. a change). */
const decimal = z.string().regex(DECIMAL_TEXT, "a decimal number written as text");
const id = z.string().regex(/^[a-z][a-z0-9_]*$/, "a lower-case id like climate_emissions");
const inputId = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, "an input id like E-GHG-001 or PF-GHG-FOOTPRINT");

export const RULE_KINDS = ["thresholds", "peer_percentile", "ratio", "presence", "ladder"] as const;
export const DIRECTIONS = ["higher_is_better", "lower_is_better"] as const;
export const MISSING_POLICIES = ["no_credit", "industry_median_penalty", "exclude_reweight"] as const;

export const zThresholdPoint = z.strictObject({ value: decimal, score: amount });
const points = z.array(zThresholdPoint).min(2, "a piecewise-linear rule needs at least two points");
const direction = z.enum(DIRECTIONS);

export const zScoringRule = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("thresholds"), direction, points }),
  z.strictObject({
    kind: z.literal("peer_percentile"),
    direction,
    minPeers: z.number().int().min(2),
    fallback: points,
  }),
  z.strictObject({
    kind: z.literal("ratio"),
    numerator: inputId,
    denominator: inputId,
    multiplier: amount,
    unit: text,
    direction,
    points,
  }),
  z.strictObject({ kind: z.literal("presence") }),
  z.strictObject({
    kind: z.literal("ladder"),
    options: z.array(z.strictObject({ option: text, score: amount })).min(2),
  }),
]);

export const zMissingPolicy = z.discriminatedUnion("policy", [
  z.strictObject({ policy: z.literal("no_credit") }),
  z.strictObject({ policy: z.literal("industry_median_penalty"), penalty: amount }),
  z.strictObject({ policy: z.literal("exclude_reweight") }),
]);

export const zTreeIndicator = z.strictObject({
  /** An input id; a ratio's id is "<numerator>/<denominator>". */
  id: text,
  weight: amount,
  rule: zScoringRule,
  missing: zMissingPolicy,
  note: text.optional(),
});

export const zKeyIssue = z.strictObject({ id, name: bilingual, indicators: z.array(zTreeIndicator) });
export const zTheme = z.strictObject({ id, name: bilingual, keyIssues: z.array(zKeyIssue).min(1) });
export const zPillar = z.strictObject({ id: z.enum(["E", "S", "G"]), name: bilingual, themes: z.array(zTheme).min(1) });

export const zDerivedInput = z.strictObject({
  id: inputId,
  name: bilingual,
  type: z.enum(["number", "percent"]),
  unit: text,
  definition: text,
});

export const zTree = z.strictObject({
  derivedInputs: z.array(zDerivedInput),
  pillars: z.array(zPillar).min(1),
});

export const zMaterialityGroup = z.strictObject({
  id,
  name: bilingual,
  /** Canonical GB/T 4754-2017 codes (section "C", division "C26" or class "C3216"); empty for the default group. */
  industries: z.array(z.string().regex(/^[A-T](\d{2}(\d{2})?)?$/, "a canonical industry code like C26")),
  highEmission: z.boolean(),
  rationale: text,
  /** Key issue id → weight in points of 100; every key issue listed, "0" where not material. */
  weights: z.record(id, amount),
});

export const zMateriality = z.strictObject({
  matching: text,
  source: text,
  verification: text,
  groups: z.array(zMaterialityGroup).min(1),
});

export const zScale = z.strictObject({
  grades: z.array(z.strictObject({ grade: text, lowerBound: amount, label: bilingual })).min(2),
  rule: text,
  source: text,
  verification: text,
});

export const zControversies = z.strictObject({
  halfLifeDays: z.number().int().positive(),
  maxAgeDays: z.number().int().positive(),
  formula: text,
  severities: z.array(
    z.strictObject({ severity: z.number().int().min(1).max(5), deduction: amount, label: bilingual }),
  ),
  statuses: z.array(z.strictObject({ status: id, factor: amount, label: bilingual })).min(1),
  categories: z.array(z.strictObject({ id, name: bilingual, keyIssue: id })).min(1),
  source: text,
  verification: text,
});

export const zOverrides = z.strictObject({
  maxNotches: z.number().int().min(0),
  rationaleRequired: z.boolean(),
  fourEyes: z.boolean(),
  note: text,
});

export const zMethodologyMeta = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, "a methodology id like enterprise-esg"),
  version: z.string().regex(/^\d{4}\.\d+$/, "a version like 2026.1"),
  status: z.enum(["draft", "released"]),
  name: bilingual,
  entityKind: z.enum(["enterprise", "financial_institution", "fund_manager", "portfolio_company"]),
  disclosureCatalogue: z.string().regex(/^\d{4}\.\d+$/),
  standing: text,
  sources: z.array(text).min(1, "a methodology must name its sources"),
  verification: text,
  weightsRationale: z.array(text).min(1, "a methodology must say why its weights are what they are"),
  notes: z.array(text),
  rounding: text,
});

export const zRatingMethodologyFiles = z.strictObject({
  meta: zMethodologyMeta,
  tree: zTree,
  materiality: zMateriality,
  scale: zScale,
  controversies: zControversies,
  overrides: zOverrides,
});

export type RatingMethodologyFiles = z.infer<typeof zRatingMethodologyFiles>;
export type ScoringRuleData = z.infer<typeof zScoringRule>;
export type MissingPolicyData = z.infer<typeof zMissingPolicy>;
export type ThresholdPointData = z.infer<typeof zThresholdPoint>;
