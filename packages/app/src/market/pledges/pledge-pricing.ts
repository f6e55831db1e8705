/**
 * The pricing data the registry values pledges with: the reference package's market-pricing set (haircuts, LTV caps,
 * call and liquidation levels, price series), in the shapes the domain's pure functions take. A caller (a test, a
 * what-if screen) may pass its own set, e.g. with a later price point.
 */
import type { Queryable } from "@greenfin/db";
import {
  type CallRule,
  type CarbonAsset,
  type CarbonAssetKind,
  type CollateralTerms,
  MarketInputError,
  type PriceSeries,
} from "@greenfin/domain";
import {
  collateralTermsFor,
  loadMarketPricing,
  type MarketPriceSeries,
  type MarketPricingSet,
  marketProduct,
  priceSeriesFor,
} from "@greenfin/reference";
import { AppError, type FieldProblem } from "../../errors/app-error";

export interface PricingOptions {
  /** The market-pricing set to value with (default: the shipped default set). */
  readonly pricing?: MarketPricingSet;
}

export const pricingSet = (opts: PricingOptions = {}): MarketPricingSet => opts.pricing ?? loadMarketPricing();

export const fieldProblem = (path: string, zh: string, en: string): FieldProblem => ({
  path,
  messageZh: `${path}：${zh}`,
  messageEn: `${path}: ${en}`,
});

export interface ProductTerms {
  readonly terms: CollateralTerms;
  readonly rule: "ltv" | "price";
}

/** A product's terms for a kind, or null when the product is unknown or does not take the kind as collateral. */
export function productTerms(set: MarketPricingSet, productKey: string, kind: CarbonAssetKind): ProductTerms | null {
  if (!set.products.some((p) => p.key === productKey)) return null;
  if (!marketProduct(set, productKey).collateral.some((c) => c.kind === kind)) return null;
  const { callRule, ...terms } = collateralTermsFor(set, productKey, kind);
  return { terms: terms as CollateralTerms, rule: callRule };
}

export function seriesFor(set: MarketPricingSet, asset: CarbonAsset): MarketPriceSeries & PriceSeries {
  return priceSeriesFor(set, asset.kind, asset.pollutant) as MarketPriceSeries & PriceSeries;
}

export function callRule(rule: "ltv" | "price", callPrice: string): CallRule {
  return rule === "ltv" ? { kind: "ltv" } : { kind: "price", triggerPrice: callPrice };
}

/** Runs a domain calculation; its refusals (a stale price, a bad figure) become a validation error with paths. */
export function domainCall<T>(fn: () => T, pathPrefix = ""): T {
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof MarketInputError)) throw e;
    throw new AppError("VALIDATION_FAILED", {
      zh: e.problems.map((x) => x.messageZh).join("；"),
      en: e.problems.map((x) => x.messageEn).join("; "),
      details: {
        problems: e.problems.map((x) => fieldProblem(`${pathPrefix}${x.field}`, x.messageZh, x.messageEn)),
        codes: e.problems.map((x) => x.code),
      },
    });
  }
}

/** A real calendar date "YYYY-MM-DD" (2026-02-30 is not one). */
export const isIsoDate = (text: unknown): text is string =>
  typeof text === "string" &&
  /^\d{4}-\d{2}-\d{2}$/.test(text) &&
  !Number.isNaN(Date.parse(text)) &&
  new Date(text).toISOString().slice(0, 10) === text;

/** The calendar date in China (UTC+8) of an instant: what valuations and terms are dated by. */
export const chinaDate = (at: Date): string => new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The next registry number, e.g. CP-2026-000042. */
export async function nextPledgeRef(tx: Queryable, at: Date): Promise<string> {
  const r = await tx.query<{ n: string }>("SELECT nextval('carbon_pledge_ref_seq')::text AS n");
  return `CP-${chinaDate(at).slice(0, 4)}-${r.rows[0]!.n.padStart(6, "0")}`;
}
