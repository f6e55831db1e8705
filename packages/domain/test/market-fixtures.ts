import type { CollateralTerms, PriceSeries } from "../src/index";

/** Hand-made series for golden cases: every figure below is worked from these by hand. */
export const CEA: PriceSeries = {
  key: "cea",
  unit: "yuan/tCO2e",
  points: [
    { date: "2024-12-31", price: "97.49", basis: "year_end_close", source: "test" },
    { date: "2025-12-31", price: "62.36", basis: "annual_average", source: "test" },
    { date: "2026-01-31", price: "60.00", basis: "analyst", source: "test" },
    { date: "2026-02-28", price: "55.00", basis: "analyst", source: "test" },
    { date: "2026-03-31", price: "45.00", basis: "analyst", source: "test" },
  ],
};

export const CCER: PriceSeries = {
  key: "ccer",
  unit: "yuan/tCO2e",
  points: [
    { date: "2025-12-31", price: "80.00", basis: "analyst", source: "test" },
    { date: "2026-06-30", price: "65.00", basis: "analyst", source: "test" },
  ],
};

export const SO2: PriceSeries = {
  key: "emission_right.SO2",
  unit: "yuan/t",
  points: [{ date: "2025-12-31", price: "3000.00", basis: "analyst", source: "test" }],
};

/** Allowances: haircut 10 %, cap 70 %, call above 80 %, liquidation at 90 %. */
export const CEA_TERMS: CollateralTerms = {
  kind: "cea_allowance",
  haircutPercent: "10",
  futureDiscountPercent: "0",
  ltvCapPercent: "70",
  callLtvPercent: "80",
  liquidationLtvPercent: "90",
};

/** Expected CCER issuance: haircut 15 %, future-income discount 30 %, cap 60 %, call 70 %, liquidation 85 %. */
export const CCER_EXPECTED_TERMS: CollateralTerms = {
  kind: "ccer_expected",
  haircutPercent: "15",
  futureDiscountPercent: "30",
  ltvCapPercent: "60",
  callLtvPercent: "70",
  liquidationLtvPercent: "85",
};
