import { z } from "zod";
import { catalogueCode, sources, terms, text, verification } from "./green-schema-common";

/** The 2025 catalogue's vocabulary: terms, synonyms, exclusions, activity kinds, signals and parameter rules. */
export const GREEN_ACTIVITY_KINDS = [
  "manufacture",
  "retrofit",
  "construction-operation",
  "pollution-control",
  "ecological",
  "service",
  "trade",
  "consumption",
] as const;
export type GreenActivityKind = (typeof GREEN_ACTIVITY_KINDS)[number];

export const PARAMETER_RULE_OPS = ["<=", "<", ">=", ">", "=", "in"] as const;

/**
 * A technical threshold of one item (e.g. a data centre's PUE ≤ 1.3), checked by the classifier against a project's
 * stated parameters (`key`, `value`, `unit`). `in` takes a list of accepted values (grades); the others a number.
 * A parameter in another unit than the rule's is reported as not comparable, never converted silently.
 */
export const zParameterRule = z.strictObject({
  code: catalogueCode,
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  op: z.enum(PARAMETER_RULE_OPS),
  value: z.union([z.number(), z.array(text).min(1)]),
  unit: text.nullable(),
  nameZh: text,
  nameEn: text,
  source: sources,
  verification,
});
export type GreenParameterRuleData = z.output<typeof zParameterRule>;

/** Cues beyond the items' own terms: negation near a term, blue relevance (marine / freshwater), transition. */
const zSignals = z.strictObject({
  negation: z.strictObject({
    zh: terms.min(1),
    en: terms.min(1),
    /** How far before a term a cue may stand (characters; English: characters too), within one clause. */
    windowZh: z.number().int().positive(),
    windowEn: z.number().int().positive(),
  }),
  blue: z.strictObject({
    marineZh: terms.min(1),
    marineEn: terms.min(1),
    waterZh: terms.min(1),
    waterEn: terms.min(1),
  }),
  transition: z.strictObject({
    sectorZh: terms.min(1),
    sectorEn: terms.min(1),
    /** Heavy industries beyond the PBoC first batch (transition-finance@ sectors), as GB/T 4754 divisions or classes. */
    otherHeavyIndustry: z.array(z.string().regex(/^[A-T](\d{2}|\d{4})$/)),
    cutZh: terms.min(1),
    cutEn: terms.min(1),
    expansionZh: terms.min(1),
    expansionEn: terms.min(1),
  }),
  source: sources,
  verification,
});

export const zVocabulary = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The catalogue version the terms were written for, e.g. "cn-green-2025@2026.1". */
  catalogue: text,
  purpose: text,
  method: text,
  source: sources,
  verification,
  matching: text,
  activityKinds: z.record(
    z.enum(GREEN_ACTIVITY_KINDS),
    z.strictObject({ nameZh: text, nameEn: text, cuesZh: terms.min(1), cuesEn: terms.min(1) }),
  ),
  globalExclusions: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z][a-z0-9-]*$/),
      nameEn: text,
      termsZh: terms,
      termsEn: terms,
      unlessZh: terms,
      unlessEn: terms,
      reason: text,
      source: sources,
      /** Of the reason (the fact the exclusion rests on). */
      verification,
      /** Of the term lists themselves. */
      termsVerification: verification,
    }),
  ),
  nodes: z.array(
    z.strictObject({
      code: catalogueCode,
      nameZh: text,
      activityKind: z.enum(GREEN_ACTIVITY_KINDS),
      termsZh: terms,
      termsEn: terms,
      excludeZh: terms,
      excludeEn: terms,
      source: sources,
      verification,
    }),
  ),
  signals: zSignals.optional(),
  /** Items' technical thresholds; an empty list says the data has none (the 2025 criteria are not transcribed). */
  parameterRules: z.array(zParameterRule).optional(),
});
export type GreenVocabularyFile = z.output<typeof zVocabulary>;
