import type { EnterpriseSize } from "../../identity/organisation-kinds";
import type { CollateralKind, FinancePurpose, ProductEligibilityRules } from "../../market-service/eligibility-types";
import type { WorkingCalendar } from "../../market-service/working-calendar";
import type { DemoOrganisation } from "../demo-types";

export type DemoProductFamily = "green_credit" | "green_bond" | "wealth" | "insurance";
export type DemoNeedStatus = "open" | "claimed" | "offer_chosen" | "funded" | "declined" | "withdrawn" | "expired";
export type DemoHoldingKind =
  | "cea_allowance"
  | "ccer_issued"
  | "ccer_expected"
  | "emission_right"
  | "carbon_sink_future";

/** One version of one institution's product. */
export interface DemoMarketProduct {
  /** Unique in the generated market: `${institutionKey}/${productKey}@${version}`. */
  id: string;
  institutionKey: string;
  productKey: string;
  version: number;
  family: DemoProductFamily;
  subType: string | null;
  nameZh: string;
  nameEn: string;
  description: string;
  eligibility: ProductEligibilityRules;
  /** Percent a year (or premium rate), decimal text. */
  rateMin: string | null;
  rateMax: string | null;
  /** A product table key of the market-pricing reference set (the app makes `market-pricing@…#key` of it). */
  pricingTemplate: string | null;
  status: "published" | "retired";
  createdAt: string;
  publishedAt: string;
  retiredAt: string | null;
}

/** A carbon asset an enterprise holds (CEA allowances are sized from its ETS allocation). */
export interface DemoCarbonHolding {
  key: string;
  ownerKey: string;
  kind: DemoHoldingKind;
  complianceYear: number | null;
  vintage: number | null;
  pollutant: string | null;
  /** Decimal text, ≤ 3 places. */
  quantity: string;
  unit: "tCO2e" | "t";
  registryRef: string;
  source: string;
  note: string;
  recordedAt: string;
}

/** A pledge securing a funded loan: the quantity and term; the app values it with the reference prices. */
export interface DemoPledgePlan {
  holdingKey: string;
  quantity: string;
  /** The market-pricing product whose collateral terms govern it. */
  pricingProduct: string;
  registeredAt: string;
  termStart: string;
  termEnd: string;
  /** Released at the end of its term when that is before the seeding time. */
  releasedAt: string | null;
}

export type DemoClaimScenario =
  | "fresh"
  | "responded"
  | "visited"
  | "overdue-respond"
  | "overdue-visit"
  | "overdue-decide"
  | "approved"
  | "declined";

export interface DemoClaimPlan {
  institutionKey: string;
  /** The claim's product (a published product id of the generator), the institution's best-ranked eligible one. */
  productId: string;
  scenario: DemoClaimScenario;
  claimedAt: string;
  respondedAt: string | null;
  visitedAt: string | null;
  decidedAt: string | null;
  decision: "approved" | "declined" | null;
  /** Yuan, whole text. */
  approvedAmount: string | null;
  /** The offered rate when the product has no pricing table (the app takes the table's quote otherwise). */
  rate: string | null;
  reasons: string | null;
  offerChosen: boolean;
  chosenAt: string | null;
  fundedAt: string | null;
  fundedAmount: string | null;
  loanReference: string | null;
  pledge: DemoPledgePlan | null;
}

export interface DemoBroadcast {
  institutionKey: string;
  productIds: string[];
}

export interface DemoFinancingNeed {
  key: string;
  ownerKey: string;
  /** Yuan, whole text. */
  amount: string;
  tenorMonths: number;
  purpose: FinancePurpose;
  description: string;
  /** The certified project it finances (the app's reference for it), or null. */
  projectRef: string | null;
  collateral: CollateralKind[];
  consentEsg: boolean;
  consentCarbon: boolean;
  status: DemoNeedStatus;
  postedAt: string;
  updatedAt: string;
  closedAt: string | null;
  closeReason: string | null;
  /** The institutions the real matcher found an eligible published product of (the broadcast). */
  broadcast: DemoBroadcast[];
  /** In claim order. */
  claims: DemoClaimPlan[];
}

export interface DemoSubsidyProgramme {
  nameZh: string;
  nameEn: string;
  description: string;
  kind: "rate_points" | "interest_share";
  rate: string;
  categoryPrefixes: string[];
  periodStart: string;
  periodEnd: string;
  perLoanCap: string | null;
  budget: string;
  status: "open" | "closed";
  createdAt: string;
  openedAt: string;
  closedAt: string | null;
}

export interface DemoMarket {
  products: DemoMarketProduct[];
  holdings: DemoCarbonHolding[];
  needs: DemoFinancingNeed[];
  subsidyProgrammes: DemoSubsidyProgramme[];
}

export interface GenerateDemoMarketInput {
  readonly seed: number;
  readonly organisations: readonly DemoOrganisation[];
  /** The seeding clock, ms since 1970: everything is dated before it, claims overdue relative to it. */
  readonly nowMs: number;
  /** The working-day calendar the service-level timers use (claims are dated inside its coverage). */
  readonly calendar: WorkingCalendar;
  /** The ESG grade scale, best first (matching compares grades on it). */
  readonly esgGrades: readonly string[];
  /** How many needs; by default 300 (fifteen per enterprise in a district of fewer than twenty). */
  readonly needCount?: number;
  /** What matching may know of an enterprise's grades (shared only when its need consents). */
  readonly grades?: ReadonlyMap<string, { readonly esgGrade?: string; readonly carbonGrade?: number }>;
  /** Certified green projects: the app's reference, owner and certified category. */
  readonly projects?: readonly { readonly ref: string; readonly ownerKey: string; readonly category: string }[];
  /** ETS allocations recorded for enterprises (the latest year of each becomes a CEA holding). */
  readonly allowances?: readonly { readonly ownerKey: string; readonly year: number; readonly allocatedT: string }[];
}

export type { EnterpriseSize };
