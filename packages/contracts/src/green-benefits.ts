/**
 * Environmental benefits: data-driven formulas (packages/reference/data/green-benefits/) computed by the domain with
 * exact decimals. A project states its expected annual inputs per method; each year it reports actual ones. Every
 * result carries the method set's version and hash, and per output the formula, the substituted figures and the
 * factors with their source and verification flag, so it can be reproduced and explained.
 */
import { z } from "zod";

const zDecimalText = z.string().regex(/^-?\d+(\.\d+)?$/, "a decimal number, e.g. 1250.5");

/** One calculator's inputs, as the project states them: input key → decimal text in the method's declared unit. */
export const zBenefitLineInput = z.object({
  method: z.string().min(1).max(80),
  inputs: z.record(z.string().min(1).max(80), zDecimalText),
});
export type TBenefitLineInput = z.infer<typeof zBenefitLineInput>;

/** A calculator as the forms show it. */
export const zBenefitMethod = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  descriptionZh: z.string(),
  descriptionEn: z.string(),
  inputs: z.array(
    z.object({
      key: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      unit: z.string(),
      required: z.boolean(),
    }),
  ),
  outputs: z.array(z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string(), unit: z.string() })),
  /** Catalogue codes (any level) the method usually applies to: the form proposes it for them. */
  categories: z.array(z.string()),
});
export type TBenefitMethod = z.infer<typeof zBenefitMethod>;

export const zBenefitMethodSet = z.object({
  id: z.string(),
  version: z.string(),
  sha256: z.string(),
  methods: z.array(zBenefitMethod),
});

/** A factor a formula used: its value, unit, where it comes from and how far that is verified. */
export const zBenefitFactorUse = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  value: zDecimalText,
  unit: z.string(),
  source: z.string(),
  verification: z.string(),
});

export const zBenefitOutput = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  value: zDecimalText,
  unit: z.string(),
  /** The formula as written in the method, e.g. "generation_mwh * grid_ef". */
  formula: z.string(),
  /** The same with the figures put in, e.g. "120000 MWh × 0.5366 tCO2/MWh". */
  substituted: z.string(),
  factors: z.array(zBenefitFactorUse),
});
export type TBenefitOutput = z.infer<typeof zBenefitOutput>;

export const zBenefitLineResult = z.object({
  method: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  inputs: z.array(
    z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string(), value: zDecimalText, unit: z.string() }),
  ),
  outputs: z.array(zBenefitOutput),
});

/** Totals over lines, by output key (e.g. co2_avoided_t): only outputs of the same key and unit are added. */
export const zBenefitReport = z.object({
  methodSet: z.object({ id: z.string(), version: z.string(), sha256: z.string() }),
  /** The grid factor the renewable and efficiency methods used, when any did. */
  gridFactor: z
    .object({ region: z.string(), year: z.number().int(), value: zDecimalText, unit: z.string(), source: z.string() })
    .nullable(),
  lines: z.array(zBenefitLineResult),
  totals: z.array(
    z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string(), value: zDecimalText, unit: z.string() }),
  ),
});
export type TBenefitReport = z.infer<typeof zBenefitReport>;

/** The form's live preview: the same computation as on submission, nothing stored. */
export const zBenefitPreviewBody = z.object({
  lines: z.array(zBenefitLineInput).min(1).max(20),
  /** Year whose grid factor applies (defaults to the latest the factor set holds). */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
