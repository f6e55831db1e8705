import { readFileSync } from "node:fs";
import { loadCarbonFactorSet } from "../carbon/load-carbon-factor-set";
import { deepFreeze, parseReferenceData, ReferenceDataError } from "../data-file";
import { checkPinnedFiles } from "../pinned-files";
import { ceaPricePoints } from "./cea-price-series";
import {
  type AssetKindTerms,
  type LprFixingData,
  type MarketMeta,
  type ProductData,
  zCollateralFile,
  zLprFile,
  zMarketMeta,
  zPricesFile,
  zProductsFile,
} from "./market-pricing.schema";
import { checkMarketPricing } from "./market-pricing-checks";

/** Versions shipped in `data/market/pricing@<version>/`; a new version is added beside the others. */
export const MARKET_PRICING_REFS = ["market-pricing@2026.1"] as const;
export const DEFAULT_MARKET_PRICING = "market-pricing@2026.1";

export interface MarketPricePoint {
  readonly date: string;
  readonly price: string;
  readonly basis: string;
  readonly source: string;
  readonly note: string;
}

/** A price series with its points resolved (CEA's taken from the carbon factor set). */
export interface MarketPriceSeries {
  readonly key: string;
  readonly unit: "yuan/tCO2e" | "yuan/t";
  readonly assetKinds: readonly AssetKindTerms["kind"][];
  readonly pollutant?: string;
  readonly stalenessDays: number;
  readonly source: string;
  readonly note: string;
  readonly points: readonly MarketPricePoint[];
}

/** One version, checked and frozen; `sha256` is the hash of its SHA256SUMS, which pins every file. */
export interface MarketPricingSet {
  readonly ref: string;
  readonly id: string;
  readonly version: string;
  readonly sha256: string;
  /** The carbon factor set the CEA prices come from. */
  readonly carbonSet: string;
  readonly meta: MarketMeta;
  readonly assetKinds: readonly AssetKindTerms[];
  readonly series: readonly MarketPriceSeries[];
  readonly lpr: readonly LprFixingData[];
  readonly products: readonly ProductData[];
}

export type MarketPricingRaw = Record<"meta" | "collateral" | "prices" | "lpr" | "products", unknown>;

const ROOT = new URL("../../data/market/", import.meta.url);
const FILES: Record<keyof MarketPricingRaw, string> = {
  meta: "meta.json",
  collateral: "collateral.json",
  prices: "prices.json",
  lpr: "lpr.json",
  products: "products.json",
};

/** Validates the raw files of one version and builds the frozen set (used by the loader and by tests). */
export function parseMarketPricing(raw: MarketPricingRaw, sha: string): MarketPricingSet {
  const meta = parseReferenceData(zMarketMeta, raw.meta, "market meta.json");
  const label = `${meta.id}@${meta.version}`;
  const { assetKinds } = parseReferenceData(zCollateralFile, raw.collateral, `${label} collateral.json`);
  const prices = parseReferenceData(zPricesFile, raw.prices, `${label} prices.json`);
  const { fixings } = parseReferenceData(zLprFile, raw.lpr, `${label} lpr.json`);
  const { products } = parseReferenceData(zProductsFile, raw.products, `${label} products.json`);
  const problems = checkMarketPricing({ assetKinds, series: prices.series, fixings, products });
  if (problems.length)
    throw new ReferenceDataError(`${label} is not consistent:\n${problems.map((p) => `✖ ${p}`).join("\n")}`);
  const carbon = loadCarbonFactorSet();
  const series = prices.series.map(({ ...s }): MarketPriceSeries => {
    if ("from" in s) {
      const { from: _from, ...rest } = s;
      return { ...rest, points: ceaPricePoints(carbon) };
    }
    return s;
  });
  return deepFreeze({
    ref: label,
    id: meta.id,
    version: meta.version,
    sha256: sha,
    carbonSet: carbon.ref,
    meta,
    assetKinds,
    series,
    lpr: fixings,
    products,
  });
}

const cache = new Map<string, MarketPricingSet>();

/** Reads a shipped version from `root` (default: the data folder), verified against its pinned hashes. */
export function loadMarketPricing(ref: string = DEFAULT_MARKET_PRICING, root: URL = ROOT): MarketPricingSet {
  const cached = root === ROOT ? cache.get(ref) : undefined;
  if (cached) return cached;
  if (!(MARKET_PRICING_REFS as readonly string[]).includes(ref))
    throw new ReferenceDataError(`No market pricing set ${ref}; available: ${MARKET_PRICING_REFS.join(", ")}`);
  const dir = new URL(`${ref.replace("market-", "")}/`, root);
  const sha = checkPinnedFiles(dir, "market");
  const read = (file: string) => {
    try {
      return JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    } catch (cause) {
      throw new ReferenceDataError(`market/${ref}/${file}: ${(cause as Error).message}`, { cause });
    }
  };
  const raw = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, read(f)])) as MarketPricingRaw;
  const set = parseMarketPricing(raw, sha);
  if (set.ref !== ref) throw new ReferenceDataError(`market/${ref} says it is ${set.ref}`);
  if (root === ROOT) cache.set(ref, set);
  return set;
}
