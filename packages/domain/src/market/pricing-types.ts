/**
 * A product's linked-pricing table as the reference package's market-pricing set gives it, restated here (the domain
 * imports no other layer). Adjustments are signed whole basis points: −20 lowers the rate by 0.20 percentage points.
 */
export type RateBase =
  | { readonly kind: "fixed"; readonly ratePercent: string }
  | { readonly kind: "lpr"; readonly tenor: "1y" | "5y"; readonly spreadBp: number };

/** A Loan Prime Rate fixing, effective from its date. */
export interface LprFixing {
  readonly date: string;
  readonly tenor: "1y" | "5y";
  readonly ratePercent: string;
  readonly source: string;
}

/** A table row: the adjustment, and why it is what it is (its source, or "analyst", and a note). */
export interface AdjustmentRow {
  readonly bp: number;
  readonly source: string;
  readonly note: string;
}
export interface EsgGradeRow extends AdjustmentRow {
  readonly grade: string;
}
export interface CarbonGradeRow extends AdjustmentRow {
  readonly grade: number;
}
/** Applies from `fromPercent` completeness (inclusive) up to the next band. */
export interface DisclosureBand extends AdjustmentRow {
  readonly fromPercent: string;
}

export interface PricingTable {
  readonly productKey: string;
  readonly base: RateBase;
  readonly esgGrades: readonly EsgGradeRow[];
  readonly carbonGrades: readonly CarbonGradeRow[];
  readonly disclosureBands: readonly DisclosureBand[];
  /** Bounds on the sum of all adjustments, bp (minBp ≤ 0 ≤ maxBp). */
  readonly adjustmentBounds: { readonly minBp: number; readonly maxBp: number };
  /** Bounds on the final rate, percent. */
  readonly rateBounds: { readonly floorPercent: string; readonly capPercent: string };
}

/** A sustainability-linked KPI: the metric must move by `annualChangePercent` a year, compounding from a baseline. */
export interface SllKpi {
  readonly key: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** The unit observations must come in, e.g. "tCO2e/wan_yuan". */
  readonly unit: string;
  readonly direction: "decrease" | "increase";
  readonly baselineYear: number;
  readonly baselineValue: string;
  readonly annualChangePercent: string;
}

export interface SllTerms {
  /** Margin change per KPI met (lowers the rate) and per KPI missed (raises it), bp ≥ 0. */
  readonly stepDownBp: number;
  readonly stepUpBp: number;
  /** Bounds on the cumulative step over the loan's life, bp ≥ 0 each way. */
  readonly maxDownBp: number;
  readonly maxUpBp: number;
  /** Whether an unreported KPI counts as missed (the usual term) or changes nothing. */
  readonly notReported: "missed" | "neutral";
  readonly kpis: readonly SllKpi[];
}
