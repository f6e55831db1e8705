export { ceaPricePoints, type DerivedPricePoint } from "./cea-price-series";
export {
  CEA_TRADING_REFS,
  type CeaTradingSet,
  type CeaTradingYear,
  DEFAULT_CEA_TRADING,
  loadCeaTrading,
} from "./cea-trading";
export {
  DEFAULT_MARKET_PRICING,
  loadMarketPricing,
  MARKET_PRICING_REFS,
  type MarketPricePoint,
  type MarketPriceSeries,
  type MarketPricingRaw,
  type MarketPricingSet,
  parseMarketPricing,
} from "./load-market-pricing";
export { collateralTermsFor, marketProduct, priceSeriesFor, pricingTableFor } from "./market-lookups";
export {
  type AssetKindTerms,
  CARBON_ASSET_KINDS as MARKET_ASSET_KINDS,
  type CollateralTermsData,
  ESG_GRADES as MARKET_ESG_GRADES,
  type LprFixingData,
  type MarketMeta,
  type PriceSeriesData,
  type PricingData,
  type ProductData,
  type SllData,
} from "./market-pricing.schema";
export { checkMarketPricing } from "./market-pricing-checks";
