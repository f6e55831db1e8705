/**
 * Ranks every published product for a need with the domain's matching (MATCH_RANKING): eligible products first, each
 * with one reason per rule it states (met / not met / unknown, in zh and en). The enterprise's ESG grade and
 * carbon-efficiency grade are read only when the need consents to share them (through 0010's
 * market_need_shared_grades, which opens exactly those two values); a grade not shared or not available leaves the
 * rule "unknown", never "not met". Whoever may see the need may match it.
 */
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
import { esgGradeScale, PRODUCT_SELECT, type ProductRow, type ProductView, toProductView } from "./need-rows";

export interface NeedMatch extends ProductMatch {
  product: ProductView;
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
  const grades = (
    await p.db.query<{ esg_grade: string | null; carbon_grade: number | null }>(
      "SELECT esg_grade, carbon_grade FROM market_need_shared_grades($1)",
      [need.id],
    )
  ).rows[0];
  const esgGrade = need.consent_esg ? (grades?.esg_grade ?? null) : null;
  const carbonGrade = need.consent_carbon ? (grades?.carbon_grade ?? null) : null;
  const scale = esgGradeScale();
  const products = (await p.db.query<ProductRow>(`${PRODUCT_SELECT} WHERE m.status = 'published'`)).rows.map(
    toProductView,
  );
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
  const domainProducts: MarketProduct[] = products.map((x) => ({
    id: x.id,
    institutionId: x.orgId,
    name: { zh: x.nameZh, en: x.nameEn },
    family: x.family,
    ...(x.rateMin !== null && x.rateMax !== null ? { rate: { min: Number(x.rateMin), max: Number(x.rateMax) } } : {}),
    rules: x.eligibility,
  }));
  const byId = new Map(products.map((x) => [x.id, x]));
  const matches = matchProducts(domainProducts, domainNeed, { esgGrades: scale }).map((m) => ({
    ...m,
    product: byId.get(m.productId)!,
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
