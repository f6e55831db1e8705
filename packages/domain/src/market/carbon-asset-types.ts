/**
 * Carbon assets as collateral, restated here (the domain imports no other layer) in the shape the reference
 * package's market-pricing set gives them. Quantities and prices are decimal strings, never floats.
 */
export const CARBON_ASSET_KINDS = [
  "cea_allowance",
  "ccer_issued",
  "ccer_expected",
  "emission_right",
  "carbon_sink_future",
] as const;
export type CarbonAssetKind = (typeof CARBON_ASSET_KINDS)[number];

/** Future income (not yet issued or grown) carries an extra discount on top of the haircut. */
export const FUTURE_INCOME_KINDS: readonly CarbonAssetKind[] = ["ccer_expected", "carbon_sink_future"];

/** Allowances, CCERs and sinks are counted in tCO2e; emission rights in tonnes of the pollutant. */
export type CarbonAssetUnit = "tCO2e" | "t";
export const UNIT_OF_KIND: Readonly<Record<CarbonAssetKind, CarbonAssetUnit>> = {
  cea_allowance: "tCO2e",
  ccer_issued: "tCO2e",
  ccer_expected: "tCO2e",
  emission_right: "t",
  carbon_sink_future: "tCO2e",
};

export interface CarbonAsset {
  readonly kind: CarbonAssetKind;
  /** In `unit`, up to 3 places. */
  readonly quantity: string;
  readonly unit: CarbonAssetUnit;
  /** For emission rights: the pollutant ("SO2", "NOx", "COD", "NH3-N"). */
  readonly pollutant?: string;
}

/** One reference price: yuan per unit of the asset, effective from `date`. */
export interface PricePoint {
  readonly date: string;
  readonly price: string;
  /** e.g. "year_end_close", "annual_average", "analyst". */
  readonly basis: string;
  readonly source: string;
}

export interface PriceSeries {
  /** e.g. "cea", "ccer", "emission_right.SO2". */
  readonly key: string;
  readonly unit: "yuan/tCO2e" | "yuan/t";
  readonly points: readonly PricePoint[];
}

/** A product's terms for one asset kind, in percent. */
export interface CollateralTerms {
  readonly kind: CarbonAssetKind;
  /** Taken off the market value. */
  readonly haircutPercent: string;
  /** Future-income kinds only ("0" otherwise), taken off after the haircut. */
  readonly futureDiscountPercent: string;
  /** Largest loan as a share of the collateral value at origination and after a top-up. */
  readonly ltvCapPercent: string;
  /** A margin call when LTV rises above this (≥ the cap). */
  readonly callLtvPercent: string;
  /** Liquidation when LTV reaches this (≥ the call level), if the product has one. */
  readonly liquidationLtvPercent: string | null;
}
