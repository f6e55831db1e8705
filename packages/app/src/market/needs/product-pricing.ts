/**
 * A product's linked pricing: the reference table its `pricing_ref` names ("market-pricing@2026.1#<key>"), and the
 * quote that table gives one enterprise on one date — the domain's priceLinkedLoan with the grades and the disclosure
 * completeness the need consents to share. Every quote carries the reference it was made from.
 */
import type { Queryable } from "@greenfin/db";
import { type LinkedPrice, MarketInputError, type PricingTable, priceLinkedLoan } from "@greenfin/domain";
import {
  DEFAULT_MARKET_PRICING,
  loadMarketPricing,
  MARKET_PRICING_REFS,
  type MarketPricingSet,
  pricingTableFor,
} from "@greenfin/reference";
import { chinaDate } from "../pledges/pledge-pricing";

export interface ProductPricing {
  readonly ref: string;
  readonly table: PricingTable;
}

export type Quote = LinkedPrice & { readonly pricingRef: string };

/** The templates an institution may price a product with: every product table of the default reference set. */
export function pricingTemplates(set: MarketPricingSet = loadMarketPricing(DEFAULT_MARKET_PRICING)) {
  return set.products.map((p) => ({
    key: p.key,
    ref: `${set.ref}#${p.key}`,
    subType: p.subtype,
    nameZh: p.nameZh,
    nameEn: p.nameEn,
    table: pricingTableFor(set, p.key) as PricingTable,
  }));
}

/** The reference a template key gives, or null when the default set has no such table. */
export function pricingRefFor(key: string): string | null {
  const set = loadMarketPricing(DEFAULT_MARKET_PRICING);
  return set.products.some((p) => p.key === key) ? `${set.ref}#${key}` : null;
}

/** The table a stored reference names; null when none (or a version this build does not ship). */
export function resolvePricing(ref: string | null): ProductPricing | null {
  if (ref === null) return null;
  const [setRef, key] = ref.split("#") as [string, string];
  if (!(MARKET_PRICING_REFS as readonly string[]).includes(setRef)) return null;
  const set = loadMarketPricing(setRef);
  if (!set.products.some((p) => p.key === key)) return null;
  return { ref, table: pricingTableFor(set, key) as PricingTable };
}

/** What a need lets the pricing see of its enterprise (null where not consented or not available). */
export interface SharedFigures {
  readonly esgGrade: string | null;
  readonly carbonGrade: number | null;
  readonly disclosureCompletenessPercent: string | null;
}

export async function sharedFigures(tx: Queryable, needId: string): Promise<SharedFigures> {
  const r = await tx.query<{ esg_grade: string | null; carbon_grade: number | null; completeness: string | null }>(
    `SELECT g.esg_grade, g.carbon_grade, market_need_disclosure_completeness($1)::text AS completeness
       FROM market_need_shared_grades($1) g`,
    [needId],
  );
  const row = r.rows[0];
  return {
    esgGrade: row?.esg_grade ?? null,
    carbonGrade: row?.carbon_grade ?? null,
    disclosureCompletenessPercent: row?.completeness ?? null,
  };
}

/**
 * The quote a stored reference gives for the figures on a date (China time), or null when the product has no table.
 * A quote the domain refuses (no LPR fixing by the date) is null too: the product is then priced by hand.
 */
export function quote(ref: string | null, figures: SharedFigures, at: Date): Quote | null {
  const pricing = resolvePricing(ref);
  if (!pricing) return null;
  const set = loadMarketPricing(ref!.split("#")[0]);
  try {
    const price = priceLinkedLoan({
      table: pricing.table,
      date: chinaDate(at),
      lpr: set.lpr,
      esgGrade: figures.esgGrade,
      carbonGrade: figures.carbonGrade,
      disclosureCompletenessPercent: figures.disclosureCompletenessPercent,
    });
    return { ...price, pricingRef: pricing.ref };
  } catch (e) {
    if (e instanceof MarketInputError) return null;
    throw e;
  }
}
