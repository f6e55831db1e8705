/**
 * Linked pricing as the API shows it: a product's table (base rate, ESG-grade, carbon-grade and disclosure rows,
 * bounds) and a quote made from it, with every adjustment, the row it came from and the steps to redo it by hand.
 */
import { z } from "zod";
import { list } from "./market-common";

const zRow = z.object({ bp: z.number().int(), source: z.string(), note: z.string() });

export const zPricingTable = z.object({
  productKey: z.string(),
  base: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("fixed"), ratePercent: z.string() }),
    z.object({ kind: z.literal("lpr"), tenor: z.enum(["1y", "5y"]), spreadBp: z.number().int() }),
  ]),
  esgGrades: list(zRow.extend({ grade: z.string() })),
  carbonGrades: list(zRow.extend({ grade: z.number().int() })),
  disclosureBands: list(zRow.extend({ fromPercent: z.string() })),
  adjustmentBounds: z.object({ minBp: z.number().int(), maxBp: z.number().int() }),
  rateBounds: z.object({ floorPercent: z.string(), capPercent: z.string() }),
});
export type TPricingTable = z.infer<typeof zPricingTable>;

export const zTraceStep = z.object({ what: z.string(), formula: z.string(), figures: z.string(), result: z.string() });

/** A linked price: base + bounded adjustments, held within floor and cap; percent a year, exact to 0.01. */
export const zLinkedPrice = z.object({
  /** The product version's table reference, e.g. market-pricing@2026.1#ccer-future-income-pledge. */
  pricingRef: z.string(),
  productKey: z.string(),
  date: z.string(),
  baseRatePercent: z.string(),
  baseHow: z.string(),
  adjustments: list(
    z.object({
      key: z.enum(["esg_grade", "carbon_grade", "disclosure", "sll"]),
      input: z.string(),
      bp: z.number().int(),
      row: zRow.nullable(),
      why: z.string(),
    }),
  ),
  adjustmentBeforeBoundsBp: z.number().int(),
  adjustmentBp: z.number().int(),
  rateBeforeBoundsPercent: z.string(),
  finalRatePercent: z.string(),
  boundsApplied: list(z.string()),
  trace: list(zTraceStep),
});
export type TLinkedPrice = z.infer<typeof zLinkedPrice>;

/** A funded sustainability-linked loan's margin at a date: baseline, tests, KPI outcomes, the step and the rate now. */
export const zLinkedLoanAssessment = z.object({
  claimId: z.string(),
  asOf: z.string(),
  pricingRef: z.string(),
  /** The KPI terms with the loan's baseline filled in (the domain's SllTerms). */
  terms: z.unknown().nullable(),
  baseline: z.object({ year: z.number().int(), value: z.string(), source: z.string() }).nullable(),
  observations: z.array(
    z.object({ kpi: z.string(), year: z.number().int(), value: z.string(), unit: z.string(), source: z.string() }),
  ),
  tests: z.array(z.object({ date: z.string(), year: z.number().int() })),
  /** The domain's SllAssessment: per test date each KPI's target, observation, outcome and step, and the trace. */
  assessment: z.unknown().nullable(),
  offeredRatePercent: z.string(),
  cumulativeStepBp: z.number().int(),
  ratePercentNow: z.string(),
  note: z.object({ zh: z.string(), en: z.string() }).nullable(),
});
export type TLinkedLoanAssessment = z.infer<typeof zLinkedLoanAssessment>;
