import { z } from "zod";

/**
 * The shape of `data/green-benefits/benefit-methods@<version>/`: meta.json (what the set is, its sources and
 * verification legend) and methods.json (the calculators). Cross-record rules (formulas, identifiers, factor
 * references) live in `benefit-methods-checks.ts`.
 */

export const BENEFIT_VERIFICATION_STATUSES = ["verified", "verified-secondary", "UNVERIFIED"] as const;

const text = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s, "must not start or end with spaces");
const key = z.string().regex(/^[a-z][a-z0-9_]*$/, "a key like generation_mwh");
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/, "a decimal number as text");
const names = { nameZh: text, nameEn: text };

export const zBenefitInputData = z.strictObject({
  key,
  ...names,
  unit: text,
  required: z.boolean(),
  /** The smallest value allowed (inclusive); "0" for every physical quantity. */
  min: decimal,
  /** The largest value allowed (inclusive), when there is one (e.g. 366 operating days). */
  max: decimal.optional(),
  /** What an optional input counts as when it is not given. */
  default: decimal.optional(),
  /** "extensive": doubling it doubles every output (an amount: MWh, m³, ha, vehicles); "intensive" otherwise. */
  scale: z.enum(["extensive", "intensive"]),
});

const factorCommon = { key, ...names, unit: text, note: text.optional() };

/** A factor written in the data, with where it comes from and how far that is verified. */
export const zBenefitLiteralFactor = z.strictObject({
  ...factorCommon,
  value: decimal,
  source: text,
  verification: z.enum(BENEFIT_VERIFICATION_STATUSES),
});

/** A factor taken from the carbon factor set: the year's national grid average, or a record by id. */
export const zBenefitReferencedFactor = z.strictObject({
  ...factorCommon,
  from: z.enum(["grid", "carbon"]),
  /** For `from: "carbon"`: the record id in the carbon factor set (fuels or densities), e.g. fuel.diesel.a. */
  id: z.string().optional(),
});

export const zBenefitFactorData = z.union([zBenefitLiteralFactor, zBenefitReferencedFactor]);

export const zBenefitOutputData = z.strictObject({
  key,
  ...names,
  unit: text,
  /** Arithmetic over input, factor and earlier output keys: numbers, + - * / and parentheses. */
  formula: text,
  /** Decimal places the published value is rounded to (half-even). */
  places: z.number().int().min(0).max(10),
  /** A net figure that may be negative (e.g. an EV's CO2 on a coal-heavy grid); every other output is ≥ 0. */
  signed: z.boolean().optional(),
});

export const zBenefitConstraintData = z.strictObject({
  left: key,
  op: z.literal(">="),
  right: key,
  messageZh: text,
  messageEn: text,
});

export const zBenefitMethodData = z.strictObject({
  key,
  version: z.string().regex(/^\d+$/, "a method version like 1"),
  ...names,
  descriptionZh: text,
  descriptionEn: text,
  categories: z.array(z.string().regex(/^[1-9]\d*(\.[1-9]\d*){0,3}$/)).min(1),
  inputs: z.array(zBenefitInputData).min(1),
  /** At least one of these (optional) inputs must be given. */
  atLeastOne: z.array(key).optional(),
  constraints: z.array(zBenefitConstraintData).optional(),
  factors: z.array(zBenefitFactorData),
  outputs: z.array(zBenefitOutputData).min(1),
});

export const zBenefitMethodsFile = z.strictObject({ methods: z.array(zBenefitMethodData).min(1) });

export const zBenefitMethodsMeta = z.strictObject({
  id: z.literal("benefit-methods"),
  version: z.string().regex(/^\d{4}\.\d+$/),
  status: z.enum(["draft", "released"]),
  name: z.strictObject({ zh: text, en: text }),
  standing: text,
  verificationLegend: z.record(z.enum(BENEFIT_VERIFICATION_STATUSES), text),
  gaps: z.array(text),
});

export type BenefitInputData = z.infer<typeof zBenefitInputData>;
export type BenefitFactorData = z.infer<typeof zBenefitFactorData>;
export type BenefitOutputData = z.infer<typeof zBenefitOutputData>;
export type BenefitMethodData = z.infer<typeof zBenefitMethodData>;
export type BenefitMethodsMeta = z.infer<typeof zBenefitMethodsMeta>;
