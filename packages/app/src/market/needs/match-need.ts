/**
 * Ranks every published product for a need with the domain's matching (MATCH_RANKING): eligible products first, each
 * with one reason per rule it states (met / not met / unknown, in zh and en). The enterprise's ESG grade and
 * carbon-efficiency grade are read only when the need consents to share them (through 0010's
 * market_need_shared_grades, which opens exactly those two values); a grade not shared or not available leaves the
 * rule "unknown", never "not met". Each eligible product carries its linked-price quote (product-pricing.ts).
 * Whoever may see the need may match it.
 */

import type { Queryable } from "@greenfin/db";
import {
  type DataConsent,
  type FinancingNeed,
  MATCH_RANKING,
  type MarketProduct,
  matchProducts,
  type ProductMatch,
} from "@greenfin/domain";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { visibleNeed } from "./get-need";
import { requireMarketReader } from "./need-access";
import {
  esgGradeScale,
  type NeedRow,
  PRODUCT_SELECT,
  type ProductRow,
  type ProductView,
  toProductView,
} from "./need-rows";
import { type Quote, quote, sharedFigures } from "./product-pricing";

export interface NeedMatch extends ProductMatch {
  product: ProductView;
  /** The quote the product's pricing table gives this enterprise today (eligible products with a table only). */
  price: Quote | null;
}

export interface NeedMatching {
  needId: string;
  ranking: typeof MATCH_RANKING;
  /** What matching knew of the enterprise, and why a grade is missing when it is. */
  inputs: {
    industry: string | null;
    size: string | null;
    projectCategory: string | null;
    esgGrade: string | null;
    carbonGrade: number | null;
    esgGradeBasis: "shared" | "not-consented" | "not-available";
    carbonGradeBasis: "shared" | "not-consented" | "not-available";
  };
  matches: NeedMatch[];
}

export async function matchNeed(p: Platform, actor: Actor, needId: string): Promise<NeedMatching> {
  requireMarketReader(actor);
  const need = await visibleNeed(p.db, actor, needId);
  return matchNeedRow(p.db, need, p.clock.now());
}

/**
 * Matches a need the caller may see against every published product, each eligible product with the quote its
 * pricing table gives the enterprise at `at` (null: no table). Shared by the matching screen and the broadcast.
 */
export async function matchNeedRow(tx: Queryable, need: NeedRow, at: Date): Promise<NeedMatching> {
  const figures = await sharedFigures(tx, need.id);
  const esgGrade = need.consent_esg ? figures.esgGrade : null;
  const carbonGrade = need.consent_carbon ? figures.carbonGrade : null;
  const scale = esgGradeScale();
  const products = (await tx.query<ProductRow>(`${PRODUCT_SELECT} WHERE m.status = 'published'`)).rows;
  const consents: DataConsent[] = [
    ...(need.consent_esg ? (["esg"] as const) : []),
    ...(need.consent_carbon ? (["carbon"] as const) : []),
  ];
  const domainNeed: FinancingNeed = {
    amount: Number(need.amount),
    tenorMonths: need.tenor_months,
    purpose: need.purpose,
    ...(need.project_category ? { projectCategory: need.project_category } : {}),
    collateralOffered: need.collateral,
    enterprise: {
      ...(need.industry_code ? { industry: need.industry_code } : {}),
      ...(need.size ? { size: need.size } : {}),
      ...(esgGrade !== null && scale.includes(esgGrade) ? { esgGrade } : {}),
      ...(carbonGrade !== null ? { carbonGrade } : {}),
    },
    consents,
  };
  const views = products.map(toProductView);
  const domainProducts: MarketProduct[] = views.map((x) => ({
    id: x.id,
    institutionId: x.orgId,
    name: { zh: x.nameZh, en: x.nameEn },
    family: x.family,
    ...(x.rateMin !== null && x.rateMax !== null ? { rate: { min: Number(x.rateMin), max: Number(x.rateMax) } } : {}),
    rules: x.eligibility,
  }));
  const byId = new Map(views.map((x) => [x.id, x]));
  const refs = new Map(products.map((x) => [x.id, x.pricing_ref]));
  const shared = { esgGrade, carbonGrade, disclosureCompletenessPercent: figures.disclosureCompletenessPercent };
  const matches = matchProducts(domainProducts, domainNeed, { esgGrades: scale }).map((m) => ({
    ...m,
    product: byId.get(m.productId)!,
    price: m.status === "eligible" ? quote(refs.get(m.productId) ?? null, shared, at) : null,
  }));
  const basis = (consented: boolean, value: unknown) =>
    !consented ? ("not-consented" as const) : value === null ? ("not-available" as const) : ("shared" as const);
  return {
    needId: need.id,
    ranking: MATCH_RANKING,
    inputs: {
      industry: need.industry_code,
      size: need.size,
      projectCategory: need.project_category,
      esgGrade,
      carbonGrade,
      esgGradeBasis: basis(need.consent_esg, esgGrade),
      carbonGradeBasis: basis(need.consent_carbon, carbonGrade),
    },
    matches,
  };
}
