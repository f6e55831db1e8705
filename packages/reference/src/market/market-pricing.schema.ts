import { z } from "zod";

/**
 * The shape of `data/market/pricing@<version>/`: meta.json, collateral.json (haircuts per asset kind), prices.json
 * (reference price series; CEA from the carbon factor set), lpr.json (LPR fixings) and products.json (each demo
 * product's collateral terms, rate tables and sustainability-linked steps). Every record names its source — "analyst"
 * for GreenFin's own illustrative choice — and a note. Cross-record rules live in `market-pricing-checks.ts`.
 */

export const CARBON_ASSET_KINDS = [
  "cea_allowance",
  "ccer_issued",
  "ccer_expected",
  "emission_right",
  "carbon_sink_future",
] as const;
export const ESG_GRADES = ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"] as const;

const text = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s, "must not start or end with spaces");
const percent = z
  .string()
  .regex(/^\d+(\.\d+)?$/, "a percent as text")
  .refine((s) => Number(s) <= 100, "at most 100");
/** Rates are quoted to the basis point. */
const rate = z.string().regex(/^\d+(\.\d{1,2})?$/, "a rate in percent with at most 2 places");
const price = z.string().regex(/^\d+(\.\d{1,2})?$/, "a price in yuan with at most 2 places");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD");
const bp = z.number().int();
const sourced = { source: text, note: text };
const assetKind = z.enum(CARBON_ASSET_KINDS);
const tenor = z.enum(["1y", "5y"]);

export const zMarketMeta = z.strictObject({
  id: z.literal("market-pricing"),
  version: z.string().regex(/^\d{4}\.\d+$/),
  status: z.enum(["draft", "released"]),
  name: z.strictObject({ zh: text, en: text }),
  standing: text,
  sourceLegend: z.record(z.string(), text),
  rounding: text,
  gaps: z.array(text),
});

export const zAssetKindTerms = z.strictObject({
  kind: assetKind,
  unit: z.enum(["tCO2e", "t"]),
  haircutPercent: percent,
  futureDiscountPercent: percent,
  ...sourced,
});
export const zCollateralFile = z.strictObject({ assetKinds: z.array(zAssetKindTerms).min(1) });

export const zPricePointData = z.strictObject({ date: isoDate, price, basis: text, ...sourced });
const seriesCommon = {
  key: z.string().regex(/^[a-z_]+(\.[A-Za-z0-9-]+)?$/),
  unit: z.enum(["yuan/tCO2e", "yuan/t"]),
  assetKinds: z.array(assetKind).min(1),
  pollutant: text.optional(),
  /** A price older than this many days on the valuation date is refused. */
  stalenessDays: z.number().int().min(1).max(3660),
  ...sourced,
};
export const zPriceSeriesData = z.union([
  z.strictObject({ ...seriesCommon, points: z.array(zPricePointData).min(1) }),
  /** Points derived from another reference set (the carbon factor set's CEA prices). */
  z.strictObject({ ...seriesCommon, from: z.literal("carbon") }),
]);
export const zPricesFile = z.strictObject({ series: z.array(zPriceSeriesData).min(1) });

export const zLprFixing = z.strictObject({
  date: isoDate,
  tenor,
  ratePercent: rate,
  source: text,
  verification: z.enum(["verified", "verified-secondary", "UNVERIFIED"]),
  note: text,
});
export const zLprFile = z.strictObject({ fixings: z.array(zLprFixing).min(1) });

export const zCollateralTermsData = z.strictObject({
  kind: assetKind,
  ltvCapPercent: percent,
  callLtvPercent: percent,
  liquidationLtvPercent: percent.nullable(),
  /** "ltv": call when LTV rises above the call level; "price": when the price falls below the trigger set at origination. */
  callRule: z.enum(["ltv", "price"]),
  ...sourced,
});

const row = { bp, ...sourced };
export const zPricingData = z.strictObject({
  base: z.union([
    z.strictObject({ kind: z.literal("fixed"), ratePercent: rate }),
    z.strictObject({ kind: z.literal("lpr"), tenor, spreadBp: bp }),
  ]),
  esgGrades: z.array(z.strictObject({ grade: z.enum(ESG_GRADES), ...row })),
  carbonGrades: z.array(z.strictObject({ grade: z.number().int().min(1).max(5), ...row })),
  disclosureBands: z.array(z.strictObject({ fromPercent: percent, ...row })).min(1),
  adjustmentBounds: z.strictObject({ minBp: bp.max(0), maxBp: bp.min(0) }),
  rateBounds: z.strictObject({ floorPercent: rate, capPercent: rate }),
  ...sourced,
});

export const zSllKpiData = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/),
  nameZh: text,
  nameEn: text,
  unit: text,
  direction: z.enum(["decrease", "increase"]),
  annualChangePercent: percent,
  ...sourced,
});
export const zSllData = z.strictObject({
  stepDownBp: bp.min(0),
  stepUpBp: bp.min(0),
  maxDownBp: bp.min(0),
  maxUpBp: bp.min(0),
  notReported: z.enum(["missed", "neutral"]),
  kpis: z.array(zSllKpiData).min(1),
  ...sourced,
});

export const zProductData = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/),
  subtype: z.string().regex(/^[a-z_]+$/),
  nameZh: text,
  nameEn: text,
  collateral: z.array(zCollateralTermsData),
  pricing: zPricingData,
  sll: zSllData.optional(),
});
export const zProductsFile = z.strictObject({ products: z.array(zProductData).min(1) });

export type MarketMeta = z.infer<typeof zMarketMeta>;
export type AssetKindTerms = z.infer<typeof zAssetKindTerms>;
export type PriceSeriesData = z.infer<typeof zPriceSeriesData>;
export type LprFixingData = z.infer<typeof zLprFixing>;
export type CollateralTermsData = z.infer<typeof zCollateralTermsData>;
export type PricingData = z.infer<typeof zPricingData>;
export type SllData = z.infer<typeof zSllData>;
export type ProductData = z.infer<typeof zProductData>;
