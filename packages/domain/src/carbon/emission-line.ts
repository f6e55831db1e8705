import type { FactorUse } from "./factor-lookup";

export type EmissionScope = "scope1" | "scope2_location" | "scope2_market" | "scope3";
export type EmissionCategory = "combustion" | "process" | "electricity" | "heat" | "spend";

/** One figure of an account: an item's activity in a month (or the year), its factors, the formula and the result. */
export interface EmissionLine {
  readonly scope: EmissionScope;
  readonly category: EmissionCategory;
  readonly item: string;
  /** "YYYY-MM", or "YYYY" for a figure of the whole year (market-based electricity). */
  readonly period: string;
  /** Activity in the factor's basis unit. */
  readonly activity: { readonly quantity: string; readonly unit: string };
  /** Keys (enterprise|meter|month|item) of the activity rows summed into this line. */
  readonly rowKeys: readonly string[];
  readonly factors: readonly FactorUse[];
  /** tCO2, 6 decimal places. */
  readonly emissions: string;
  /** The formula with the figures put in, in words. */
  readonly formula: string;
  readonly trace: readonly string[];
}
