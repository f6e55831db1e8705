import { ReferenceDataError } from "../data-file";
import type { MarketPriceSeries, MarketPricingSet } from "./load-market-pricing";
import type { ProductData } from "./market-pricing.schema";

/** A product by key, or an error naming the keys there are. */
export function marketProduct(set: MarketPricingSet, productKey: string): ProductData {
  const product = set.products.find((p) => p.key === productKey);
  if (!product)
    throw new ReferenceDataError(
      `${set.ref} has no product ${productKey}: ${set.products.map((p) => p.key).join(", ")}`,
    );
  return product;
}

/**
 * A product's terms for one asset kind, with the kind's haircut and future-income discount: the shape the domain's
 * `CollateralTerms` takes, plus the call rule.
 */
export function collateralTermsFor(set: MarketPricingSet, productKey: string, kind: string) {
  const product = marketProduct(set, productKey);
  const terms = product.collateral.find((c) => c.kind === kind);
  const asset = set.assetKinds.find((a) => a.kind === kind);
  if (!terms || !asset) throw new ReferenceDataError(`${productKey} does not accept ${kind} as collateral`);
  return {
    kind: terms.kind,
    haircutPercent: asset.haircutPercent,
    futureDiscountPercent: asset.futureDiscountPercent,
    ltvCapPercent: terms.ltvCapPercent,
    callLtvPercent: terms.callLtvPercent,
    liquidationLtvPercent: terms.liquidationLtvPercent,
    callRule: terms.callRule,
  };
}

/** A product's rate tables in the shape of the domain's `PricingTable`. */
export function pricingTableFor(set: MarketPricingSet, productKey: string) {
  const { pricing } = marketProduct(set, productKey);
  return {
    productKey,
    base: pricing.base,
    esgGrades: pricing.esgGrades,
    carbonGrades: pricing.carbonGrades,
    disclosureBands: pricing.disclosureBands,
    adjustmentBounds: pricing.adjustmentBounds,
    rateBounds: pricing.rateBounds,
  };
}

/** The series that prices an asset kind (emission rights: the one for their pollutant). */
export function priceSeriesFor(set: MarketPricingSet, kind: string, pollutant?: string): MarketPriceSeries {
  const series = set.series.find(
    (s) =>
      (s.assetKinds as readonly string[]).includes(kind) && (kind !== "emission_right" || s.pollutant === pollutant),
  );
  if (!series)
    throw new ReferenceDataError(`${set.ref} has no price series for ${kind}${pollutant ? ` ${pollutant}` : ""}`);
  return series;
}
