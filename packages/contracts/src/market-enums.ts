/**
 * The marketplace's code lists, for the clients (the web reaches only the contracts): the domain's enums re-exported,
 * and the sub-types each product family admits (the families themselves are MARKET_PRODUCT_FAMILIES in
 * market-products.ts). Labels stay in the clients; these are the codes.
 */
import type { CarbonAssetKind } from "@greenfin/domain";
import type { MARKET_PRODUCT_FAMILIES, MARKET_PRODUCT_SUB_TYPES } from "./market-products";

export {
  CARBON_ASSET_KINDS,
  COLLATERAL_KINDS,
  DATA_CONSENTS,
  ENTERPRISE_SIZES,
  FINANCE_PURPOSES,
  UNIT_OF_KIND as CARBON_ASSET_UNIT_OF_KIND,
} from "@greenfin/domain";

export type MarketProductFamily = (typeof MARKET_PRODUCT_FAMILIES)[number];
export type MarketProductSubType = (typeof MARKET_PRODUCT_SUB_TYPES)[number];

/**
 * Sub-types each family admits, as the product use-case checks the pairing
 * (packages/app/src/market/needs/product-schema.ts, PRODUCT_SUB_TYPES).
 */
export const MARKET_SUB_TYPES_BY_FAMILY = {
  green_credit: [
    "carbon_quota_pledge",
    "ccer_future_income_pledge",
    "emission_right_pledge",
    "carbon_sink_pledge",
    "carbon_neutral",
    "blue",
    "sustainability_linked",
    "carbon_disclosure_linked",
    "transition",
  ],
  green_bond: ["green", "blue", "transition", "sustainability_linked"],
  wealth: ["green", "carbon_neutral", "esg"],
  insurance: ["green", "green_building_guarantee", "carbon_sink_pledge"],
} as const satisfies Readonly<Record<MarketProductFamily, readonly MarketProductSubType[]>>;

/** The pollutants an emission right names (the holding use-case refuses any other). */
export const EMISSION_RIGHT_POLLUTANTS = ["SO2", "NOx", "COD", "NH3-N"] as const;

/** Carbon-asset kinds that record a compliance year (allowances) or a vintage (credits, sink income). */
export const CARBON_KINDS_WITH_COMPLIANCE_YEAR: readonly CarbonAssetKind[] = ["cea_allowance"];
export const CARBON_KINDS_WITH_VINTAGE: readonly CarbonAssetKind[] = [
  "ccer_issued",
  "ccer_expected",
  "carbon_sink_future",
];

/** Where a holding's figure comes from, as the demo records it; the field is free text, these are suggestions. */
export const CARBON_HOLDING_SOURCES = ["allocation_notice", "issuance_notice", "registry_statement"] as const;
