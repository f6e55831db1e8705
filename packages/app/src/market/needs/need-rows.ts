/** Products, needs and claims as the marketplace's use-cases return them, and the SQL that reads them. */
import type { Queryable } from "@greenfin/db";
import {
  buildWorkingCalendar,
  type CollateralKind,
  type FinancePurpose,
  type ProductEligibilityRules,
  type WorkingCalendar,
} from "@greenfin/domain";
import { DEFAULT_MARKET_CALENDAR, loadMarketCalendar, loadRatingMethodology } from "@greenfin/reference";
import type { FieldProblem } from "../../errors/app-error";
import { type ProductPricing, type Quote, resolvePricing } from "./product-pricing";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const fieldProblem = (path: string, zh: string, en: string): FieldProblem => ({
  path,
  messageZh: `${path}：${zh}`,
  messageEn: `${path}: ${en}`,
});

/** Decimal text without trailing zeros ("5.2500" → "5.25", "100.00" → "100"). */
export const dec = (text: string | null): string | null => {
  if (text === null) return null;
  const [i, f = ""] = text.split(".");
  const frac = f.replace(/0+$/, "");
  return frac ? `${i}.${frac}` : (i as string);
};

export type ProductFamily = "green_credit" | "green_bond" | "wealth" | "insurance";
export type ProductStatus = "draft" | "published" | "retired";

export interface ProductView {
  id: string;
  orgId: string;
  orgName: string;
  orgNameEn: string;
  productKey: string;
  version: number;
  family: ProductFamily;
  subType: string | null;
  nameZh: string;
  nameEn: string;
  description: string;
  eligibility: ProductEligibilityRules;
  /** Percent a year (rate or premium), decimal text; null when the product states none. */
  rateMin: string | null;
  rateMax: string | null;
  /** The linked-pricing table the product names, resolved from its reference version. */
  pricing: ProductPricing | null;
  status: ProductStatus;
  createdAt: string;
  publishedAt: string | null;
  retiredAt: string | null;
}

export interface ProductRow {
  id: string;
  org_id: string;
  org_name: string;
  org_name_en: string;
  product_key: string;
  version: number;
  family: ProductFamily;
  sub_type: string | null;
  name_zh: string;
  name_en: string;
  description: string;
  eligibility: ProductEligibilityRules;
  rate_min: string | null;
  rate_max: string | null;
  pricing_ref: string | null;
  status: ProductStatus;
  created_at: Date;
  published_at: Date | null;
  retired_at: Date | null;
}

export const PRODUCT_SELECT = `SELECT m.id, m.org_id, o.name_zh AS org_name, o.name_en AS org_name_en, m.product_key, m.version, m.family,
       m.sub_type, m.name_zh, m.name_en, m.description, m.eligibility, m.rate_min::text AS rate_min,
       m.rate_max::text AS rate_max, m.pricing_ref, m.status, m.created_at, m.published_at, m.retired_at
  FROM market_products m JOIN organisations o ON o.id = m.org_id`;

export const toProductView = (r: ProductRow): ProductView => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  orgNameEn: r.org_name_en,
  productKey: r.product_key,
  version: r.version,
  family: r.family,
  subType: r.sub_type,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  description: r.description,
  eligibility: r.eligibility,
  rateMin: dec(r.rate_min),
  rateMax: dec(r.rate_max),
  pricing: resolvePricing(r.pricing_ref),
  status: r.status,
  createdAt: r.created_at.toISOString(),
  publishedAt: r.published_at?.toISOString() ?? null,
  retiredAt: r.retired_at?.toISOString() ?? null,
});

export type NeedStatus = "open" | "claimed" | "offer_chosen" | "funded" | "declined" | "withdrawn" | "expired";

export interface NeedView {
  id: string;
  orgId: string;
  orgName: string;
  orgNameEn: string;
  /** Yuan, decimal text. */
  amount: string;
  tenorMonths: number;
  purpose: FinancePurpose;
  description: string;
  projectId: string | null;
  collateral: CollateralKind[];
  consents: { esg: boolean; carbon: boolean };
  status: NeedStatus;
  postedAt: string;
  updatedAt: string;
  /** How many institutions have claimed it (at most three); who they are is the enterprise's and district's to see. */
  claimCount: number;
  /** How many institutions it was broadcast to. */
  broadcastCount: number;
  /** The caller's products the need matched when broadcast (an institution's; [] for anyone else). */
  broadcastProductIds: string[];
  closedAt: string | null;
  closeReason: string | null;
}

export interface NeedRow {
  id: string;
  org_id: string;
  org_name: string;
  org_name_en: string;
  industry_code: string | null;
  size: "large" | "medium" | "small" | "micro" | null;
  amount: string;
  tenor_months: number;
  purpose: FinancePurpose;
  description: string;
  project_id: string | null;
  project_category: string | null;
  collateral: CollateralKind[];
  consent_esg: boolean;
  consent_carbon: boolean;
  status: NeedStatus;
  posted_at: Date;
  updated_at: Date;
  claim_count: number;
  broadcast_count: number;
  my_products: string[] | null;
  closed_at: Date | null;
  close_reason: string | null;
}

export const NEED_SELECT = `SELECT n.id, n.org_id, o.name_zh AS org_name, o.name_en AS org_name_en, o.industry_code, o.size, n.amount::text AS amount,
       n.tenor_months, n.purpose, n.description, n.project_id,
       (SELECT g.certified_category FROM green_projects g WHERE g.id = n.project_id) AS project_category,
       n.collateral, n.consent_esg, n.consent_carbon, n.status, n.posted_at, n.updated_at, n.claim_count,
       n.broadcast_count, n.closed_at, n.close_reason,
       (SELECT b.product_ids FROM need_broadcasts b WHERE b.need_id = n.id AND b.org_id = greenfin_org()) AS my_products
  FROM financing_needs n JOIN organisations o ON o.id = n.org_id`;

export const toNeedView = (r: NeedRow): NeedView => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  orgNameEn: r.org_name_en,
  amount: dec(r.amount) as string,
  tenorMonths: r.tenor_months,
  purpose: r.purpose,
  description: r.description,
  projectId: r.project_id,
  collateral: r.collateral,
  consents: { esg: r.consent_esg, carbon: r.consent_carbon },
  status: r.status,
  postedAt: r.posted_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
  claimCount: r.claim_count,
  broadcastCount: r.broadcast_count,
  broadcastProductIds: r.my_products ?? [],
  closedAt: r.closed_at?.toISOString() ?? null,
  closeReason: r.close_reason,
});

export async function readNeed(tx: Queryable, id: string): Promise<NeedRow | undefined> {
  if (!UUID.test(id)) return undefined;
  return (await tx.query<NeedRow>(`${NEED_SELECT} WHERE n.id = $1`, [id])).rows[0];
}

export interface ClaimView {
  id: string;
  needId: string;
  orgId: string;
  orgName: string;
  orgNameEn: string;
  enterpriseOrgId: string;
  productId: string | null;
  claimedBy: string | null;
  claimedAt: string;
  respondedAt: string | null;
  visitedAt: string | null;
  decidedAt: string | null;
  decision: "approved" | "declined" | null;
  approvedAmount: string | null;
  rate: string | null;
  reasons: string | null;
  offerChosen: boolean;
  chosenAt: string | null;
  /** The quote the product's table gave when the offer was decided. */
  priceBasis: Quote | null;
  fundedAt: string | null;
  fundedAmount: string | null;
  loanReference: string | null;
  pledgeId: string | null;
}

export interface ClaimRow {
  id: string;
  need_id: string;
  org_id: string;
  org_name: string;
  org_name_en: string;
  enterprise_org_id: string;
  product_id: string | null;
  claimed_by: string | null;
  claimed_at: Date;
  responded_at: Date | null;
  visited_at: Date | null;
  decided_at: Date | null;
  decision: "approved" | "declined" | null;
  approved_amount: string | null;
  rate: string | null;
  reasons: string | null;
  offer_chosen: boolean;
  chosen_at: Date | null;
  price_basis: Quote | null;
  funded_at: Date | null;
  funded_amount: string | null;
  loan_reference: string | null;
  pledge_id: string | null;
  /** When the need stopped asking this claimant for steps (an offer chosen, or the need closed); null while open. */
  stopped_at: Date | null;
}

export const CLAIM_SELECT = `SELECT c.id, c.need_id, c.org_id, o.name_zh AS org_name, o.name_en AS org_name_en, c.enterprise_org_id, c.product_id,
       c.claimed_by, c.claimed_at, c.responded_at, c.visited_at, c.decided_at, c.decision,
       c.approved_amount::text AS approved_amount, c.rate::text AS rate, c.reasons, c.offer_chosen, c.chosen_at,
       c.price_basis, c.funded_at, c.funded_amount::text AS funded_amount, c.loan_reference, c.pledge_id,
       (SELECT least(n.offer_chosen_at, n.closed_at) FROM financing_needs n WHERE n.id = c.need_id) AS stopped_at
  FROM need_claims c JOIN organisations o ON o.id = c.org_id`;

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toClaimView = (r: ClaimRow): ClaimView => ({
  id: r.id,
  needId: r.need_id,
  orgId: r.org_id,
  orgName: r.org_name,
  orgNameEn: r.org_name_en,
  enterpriseOrgId: r.enterprise_org_id,
  productId: r.product_id,
  claimedBy: r.claimed_by,
  claimedAt: r.claimed_at.toISOString(),
  respondedAt: iso(r.responded_at),
  visitedAt: iso(r.visited_at),
  decidedAt: iso(r.decided_at),
  decision: r.decision,
  approvedAmount: dec(r.approved_amount),
  rate: dec(r.rate),
  reasons: r.reasons,
  offerChosen: r.offer_chosen,
  chosenAt: iso(r.chosen_at),
  priceBasis: r.price_basis,
  fundedAt: iso(r.funded_at),
  fundedAmount: dec(r.funded_amount),
  loanReference: r.loan_reference,
  pledgeId: r.pledge_id,
});

export async function readClaim(tx: Queryable, id: string): Promise<ClaimRow | undefined> {
  if (!UUID.test(id)) return undefined;
  return (await tx.query<ClaimRow>(`${CLAIM_SELECT} WHERE c.id = $1`, [id])).rows[0];
}

/** The ESG grade scale (best first) of the enterprise rating methodology: matching compares grades on it. */
export function esgGradeScale(): string[] {
  return loadRatingMethodology().scale.grades.map((g) => g.grade);
}

const calendars = new Map<string, WorkingCalendar>();

/** The working-day calendar from reference data (cn-working-days@…), built once per version. */
export function marketCalendar(ref: string = DEFAULT_MARKET_CALENDAR): WorkingCalendar {
  let c = calendars.get(ref);
  if (!c) {
    c = buildWorkingCalendar(loadMarketCalendar(ref).workingDays);
    calendars.set(ref, c);
  }
  return c;
}
