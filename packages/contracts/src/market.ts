/**
 * The green-finance marketplace over HTTP: the product catalogue, enterprises' financing needs with matching, the
 * institutions' claims (at most three a need) with their respond/visit/decide steps and service-level timers, the
 * enterprise's choice of offer, the district's compliance view; and the carbon-asset registry — holdings, pledges
 * (never more than what is free), release and margin calls. Amounts (yuan), rates (percent) and quantities are decimal
 * text, never floats; instants are ISO 8601, dates YYYY-MM-DD.
 */
import {
  CARBON_ASSET_KINDS,
  COLLATERAL_KINDS,
  DATA_CONSENTS,
  DEADLINE_RULES,
  ENTERPRISE_SIZES,
  FINANCE_PURPOSES,
  RULE_KEYS,
  STAGE_STATUSES,
} from "@greenfin/domain";
import { z } from "zod";
import { zId, zIsoInstant } from "./common";

/** Decimal text as the use-cases check it further (places, positive): "5000000", "2500.5". */
const zDecimalText = z.string().regex(/^\d{1,15}(\.\d{1,6})?$/, "a decimal number as text, e.g. 5000000 or 2500.5");
const zDate = z.iso.date();

// ── Products ─────────────────────────────────────────────────────────────────────────────────────────────────────

export const MARKET_PRODUCT_FAMILIES = ["green_credit", "green_bond", "wealth", "insurance"] as const;
export const MARKET_PRODUCT_STATUSES = ["draft", "published", "retired"] as const;

/** Sub-types each family admits (the use-case checks the pairing). */
export const MARKET_PRODUCT_SUB_TYPES = [
  "carbon_quota_pledge",
  "ccer_future_income_pledge",
  "emission_right_pledge",
  "carbon_sink_pledge",
  "carbon_neutral",
  "blue",
  "sustainability_linked",
  "carbon_disclosure_linked",
  "transition",
  "green",
  "esg",
  "green_building_guarantee",
] as const;

/** A closed range of whole yuan or months; either bound may be absent. */
const zRangeInput = z.object({
  min: z.number().int().nonnegative().optional(),
  max: z.number().int().positive().optional(),
});

/** Eligibility rules as data; an absent rule places no condition. */
export const zEligibilityRulesInput = z.object({
  /** GB/T 4754 code prefixes: "C", "C31", "C3110". */
  industries: z
    .array(z.string().regex(/^[A-T](\d{2,4})?$/))
    .max(200)
    .optional(),
  /** 2025 green-finance catalogue code prefixes, by whole segment. */
  catalogueCategories: z
    .array(z.string().regex(/^\d+(\.\d+){0,3}$/))
    .max(200)
    .optional(),
  /** Lowest ESG grade accepted, e.g. "BBB". */
  minEsgGrade: z.string().optional(),
  /** Highest (worst) carbon-efficiency grade accepted, 1–5. */
  maxCarbonGrade: z.number().int().min(1).max(5).optional(),
  amount: zRangeInput.optional(),
  tenorMonths: zRangeInput.optional(),
  collateral: z.array(z.enum(COLLATERAL_KINDS)).optional(),
  enterpriseSizes: z.array(z.enum(ENTERPRISE_SIZES)).optional(),
  purposes: z.array(z.enum(FINANCE_PURPOSES)).optional(),
  requiredConsents: z.array(z.enum(DATA_CONSENTS)).optional(),
});

/** An array the use-cases return as readonly. */
const list = <T extends z.ZodType>(item: T) => z.array(item).readonly();

const zRange = z.object({ min: z.number().optional(), max: z.number().optional() });

/** The rules as stored and returned. */
export const zEligibilityRules = z.object({
  industries: list(z.string()).optional(),
  catalogueCategories: list(z.string()).optional(),
  minEsgGrade: z.string().optional(),
  maxCarbonGrade: z.number().int().optional(),
  amount: zRange.optional(),
  tenorMonths: zRange.optional(),
  collateral: list(z.enum(COLLATERAL_KINDS)).optional(),
  enterpriseSizes: list(z.enum(ENTERPRISE_SIZES)).optional(),
  purposes: list(z.enum(FINANCE_PURPOSES)).optional(),
  requiredConsents: list(z.enum(DATA_CONSENTS)).optional(),
});

const zRateText = z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, "a rate in percent, e.g. 3.85");

/** A product, or a new version of one (the same productKey); checked whole by the use-case, every problem listed. */
export const zMarketProductInput = z.object({
  productKey: z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/),
  family: z.enum(MARKET_PRODUCT_FAMILIES),
  subType: z.enum(MARKET_PRODUCT_SUB_TYPES).optional(),
  nameZh: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  eligibility: zEligibilityRulesInput,
  /** Percent a year (rate or premium). */
  rate: z.object({ min: zRateText, max: zRateText }).optional(),
  /** Save a version without publishing it. */
  draft: z.boolean().optional(),
});
export type TMarketProductInput = z.infer<typeof zMarketProductInput>;

export const zMarketProductQuery = z.object({
  family: z.enum(MARKET_PRODUCT_FAMILIES).optional(),
  orgId: zId.optional(),
  /** Only the caller's own products, in every status. */
  mine: z.enum(["true", "false"]).optional(),
  /** Retired versions too. */
  includeRetired: z.enum(["true", "false"]).optional(),
});

export const zMarketProduct = z.object({
  id: zId,
  orgId: zId,
  orgName: z.string(),
  productKey: z.string(),
  version: z.number().int(),
  family: z.enum(MARKET_PRODUCT_FAMILIES),
  subType: z.string().nullable(),
  nameZh: z.string(),
  nameEn: z.string(),
  description: z.string(),
  eligibility: zEligibilityRules,
  rateMin: z.string().nullable(),
  rateMax: z.string().nullable(),
  status: z.enum(MARKET_PRODUCT_STATUSES),
  createdAt: zIsoInstant,
  publishedAt: zIsoInstant.nullable(),
  retiredAt: zIsoInstant.nullable(),
});
export type TMarketProduct = z.infer<typeof zMarketProduct>;

// ── Needs and claims ─────────────────────────────────────────────────────────────────────────────────────────────

export const NEED_STATUSES = ["open", "claimed", "offer_chosen", "funded", "declined", "withdrawn", "expired"] as const;

/** A financing need; checked whole by the use-case, every problem listed. */
export const zFinancingNeedInput = z.object({
  /** Yuan, up to 2 places. */
  amount: z.string().regex(/^\d{1,14}(\.\d{1,2})?$/, "a positive amount in yuan, ≤ 2 places"),
  tenorMonths: z.number().int().min(1).max(600),
  purpose: z.enum(FINANCE_PURPOSES),
  description: z.string().max(5000).optional(),
  /** The enterprise's own certified green project. */
  projectId: zId.optional(),
  collateral: z.array(z.enum(COLLATERAL_KINDS)).optional(),
  /** Whether the ESG grade and the carbon-efficiency grade are shared with responding institutions. */
  consents: z.object({ esg: z.boolean(), carbon: z.boolean() }).optional(),
});
export type TFinancingNeedInput = z.infer<typeof zFinancingNeedInput>;

export const zFinancingNeedQuery = z.object({ status: z.enum(NEED_STATUSES).optional() });
export const zFinancingNeedParams = z.object({ needId: zId });
export const zNeedClaimParams = z.object({ claimId: zId });

export const zNeedClaim = z.object({
  id: zId,
  needId: zId,
  orgId: zId,
  orgName: z.string(),
  enterpriseOrgId: zId,
  productId: zId.nullable(),
  claimedBy: zId.nullable(),
  claimedAt: zIsoInstant,
  respondedAt: zIsoInstant.nullable(),
  visitedAt: zIsoInstant.nullable(),
  decidedAt: zIsoInstant.nullable(),
  decision: z.enum(["approved", "declined"]).nullable(),
  approvedAmount: z.string().nullable(),
  rate: z.string().nullable(),
  reasons: z.string().nullable(),
  offerChosen: z.boolean(),
  chosenAt: zIsoInstant.nullable(),
});
export type TNeedClaim = z.infer<typeof zNeedClaim>;

export const zFinancingNeed = z.object({
  id: zId,
  orgId: zId,
  orgName: z.string(),
  amount: z.string(),
  tenorMonths: z.number().int(),
  purpose: z.enum(FINANCE_PURPOSES),
  description: z.string(),
  projectId: zId.nullable(),
  collateral: z.array(z.enum(COLLATERAL_KINDS)),
  consents: z.object({ esg: z.boolean(), carbon: z.boolean() }),
  status: z.enum(NEED_STATUSES),
  postedAt: zIsoInstant,
  updatedAt: zIsoInstant,
  /** How many institutions have claimed it (at most three). */
  claimCount: z.number().int(),
});
export type TFinancingNeed = z.infer<typeof zFinancingNeed>;

/** A need with the claims the caller may see: the enterprise every claim, an institution its own, the district all. */
export const zFinancingNeedDetail = zFinancingNeed.extend({ claims: z.array(zNeedClaim) });
export type TFinancingNeedDetail = z.infer<typeof zFinancingNeedDetail>;

export const zClaimNeedInput = z.object({
  /** One of the institution's own published products, optional. */
  productId: zId.optional(),
});

/**
 * The claim's next step: `respond`, then `visit`, then `decide` — approved with `amount` (yuan) and `rate` (percent), or
 * declined with `reasons`. The use-case names each missing or bad field.
 */
export const zClaimStepInput = z.object({
  step: z.enum(["respond", "visit", "decide"]),
  note: z.string().max(2000).optional(),
  decision: z.enum(["approved", "declined"]).optional(),
  amount: zDecimalText.optional(),
  rate: zDecimalText.optional(),
  reasons: z.string().max(5000).optional(),
});
export type TClaimStepInput = z.infer<typeof zClaimStepInput>;

const zRuleReason = z.object({
  rule: z.enum(RULE_KEYS),
  outcome: z.enum(["met", "not-met", "unknown"]),
  zh: z.string(),
  en: z.string(),
});

export const zNeedMatch = z.object({
  productId: zId,
  institutionId: zId,
  rank: z.number().int(),
  status: z.enum(["eligible", "excluded"]),
  reasons: list(zRuleReason),
  score: z.object({
    met: z.number().int(),
    notMet: z.number().int(),
    unknown: z.number().int(),
    /** 1 inside the product's range, else the ratio: a ranking score, not an amount. */
    amountCloseness: z.number(),
    rateMin: z.number().nullable(),
  }),
  product: zMarketProduct,
});

const zGradeBasis = z.enum(["shared", "not-consented", "not-available"]);

export const zNeedMatching = z.object({
  needId: zId,
  ranking: z.object({ zh: z.string(), en: z.string() }),
  inputs: z.object({
    industry: z.string().nullable(),
    size: z.string().nullable(),
    projectCategory: z.string().nullable(),
    esgGrade: z.string().nullable(),
    carbonGrade: z.number().int().nullable(),
    esgGradeBasis: zGradeBasis,
    carbonGradeBasis: zGradeBasis,
  }),
  matches: z.array(zNeedMatch),
});
export type TNeedMatching = z.infer<typeof zNeedMatching>;

// ── Service-level timers and compliance ──────────────────────────────────────────────────────────────────────────

const SERVICE_STAGES = ["respond", "visit", "decide"] as const;

export const zServiceLevelQuery = z.object({
  /** The instant to judge at (default: now). */
  asOf: zIsoInstant.optional(),
});

const zServiceLevelConfig = z.object({
  limits: z.object({ respond: z.number().int(), visit: z.number().int(), decide: z.number().int() }),
  deadlineRule: z.enum(DEADLINE_RULES),
  reminderLeadWorkingDays: z.number(),
});

const zStageTimer = z.object({
  stage: z.enum(SERVICE_STAGES),
  limitWorkingDays: z.number().int(),
  dueAt: z.string(),
  remindAt: z.string(),
  doneAt: z.string().nullable(),
  status: z.enum(STAGE_STATUSES),
  workingDaysLate: z.number(),
  reminderDue: z.boolean(),
  explanation: z.object({ zh: z.string(), en: z.string() }),
});

export const zClaimTimer = z.object({
  claimId: zId,
  needId: zId,
  institutionId: zId,
  institutionName: z.string(),
  enterpriseOrgId: zId,
  claimedAt: zIsoInstant,
  /** Null when the working-day calendar does not cover the deadlines (see coverageError). */
  timers: z
    .object({
      calendar: z.string(),
      rule: z.enum(DEADLINE_RULES),
      claimedAt: z.string(),
      now: z.string(),
      stages: list(zStageTimer),
    })
    .nullable(),
  overdue: z.boolean(),
  overdueStages: z.array(z.string()),
  reminderDue: z.boolean(),
  coverageError: z.string().nullable(),
});

export const zClaimTimers = z.object({
  asOf: zIsoInstant,
  calendar: z.string(),
  config: zServiceLevelConfig,
  claims: z.array(zClaimTimer),
  overdueCount: z.number().int(),
});
export type TClaimTimers = z.infer<typeof zClaimTimers>;

const zStageCompliance = z.object({
  onTime: z.number().int(),
  late: z.number().int(),
  overdue: z.number().int(),
  pending: z.number().int(),
  /** onTime ÷ judged stages, 0–1; null when nothing is judged yet. */
  onTimeRate: z.number().nullable(),
});

export const zServiceLevelCompliance = z.object({
  asOf: zIsoInstant,
  calendar: z.string(),
  config: zServiceLevelConfig,
  institutions: z.array(
    z.object({
      institutionId: zId,
      institutionName: z.string(),
      claims: z.number().int(),
      stages: z.object({ respond: zStageCompliance, visit: zStageCompliance, decide: zStageCompliance }),
      overdueCount: z.number().int(),
      medianResponseWorkingHours: z.number().nullable(),
    }),
  ),
  /** Claims left out because the calendar does not cover their deadlines. */
  uncovered: z.array(zId),
});
export type TServiceLevelCompliance = z.infer<typeof zServiceLevelCompliance>;

// ── Carbon assets: holdings, pledges, margin calls ───────────────────────────────────────────────────────────────

export const CARBON_ASSET_UNITS = ["tCO2e", "t"] as const;

/** A holding; checked whole by the use-case (places, unit of the kind, pollutant), every problem listed. */
export const zCarbonHoldingInput = z.object({
  /** The enterprise holding the asset: the caller's own, or (for the district) any enterprise. */
  orgId: zId.optional(),
  kind: z.enum(CARBON_ASSET_KINDS),
  /** In the kind's unit, up to 3 places. */
  quantity: zDecimalText,
  unit: z.enum(CARBON_ASSET_UNITS).optional(),
  complianceYear: z.number().int().optional(),
  vintage: z.number().int().optional(),
  /** Emission rights only: SO2, NOx, COD, NH3-N. */
  pollutant: z.string().max(20).optional(),
  registryRef: z.string().max(200),
  source: z.string().max(200),
  note: z.string().max(2000).optional(),
});
export type TCarbonHoldingInput = z.infer<typeof zCarbonHoldingInput>;

export const zCarbonHoldingQuery = z.object({ orgId: zId.optional() });

export const zCarbonHolding = z.object({
  id: zId,
  orgId: zId,
  orgName: z.string(),
  kind: z.enum(CARBON_ASSET_KINDS),
  complianceYear: z.number().int().nullable(),
  vintage: z.number().int().nullable(),
  pollutant: z.string().nullable(),
  quantity: z.string(),
  unit: z.enum(CARBON_ASSET_UNITS),
  /** Sum of active pledges, and what is left to pledge. */
  pledged: z.string(),
  free: z.string(),
  registryRef: z.string(),
  source: z.string(),
  note: z.string().nullable(),
  recordedBy: zId.nullable(),
  recordedByOrgId: zId,
  recordedAt: zIsoInstant,
});
export type TCarbonHolding = z.infer<typeof zCarbonHolding>;

/** A pledge of part of a holding as security for a loan, under the enterprise's `financing` consent grant. */
export const zCarbonPledgeInput = z.object({
  holdingId: zId,
  /** In the holding's unit, up to 3 places. */
  quantity: zDecimalText,
  /** A product of the market-pricing set that takes the holding's kind as collateral. */
  productKey: z.string().min(1).max(100),
  loanReference: z.string().max(100),
  /** Yuan, up to 2 places; at most the product's maximum loan on the collateral value. */
  securedAmount: zDecimalText,
  termStart: zDate,
  termEnd: zDate,
});
export type TCarbonPledgeInput = z.infer<typeof zCarbonPledgeInput>;

export const PLEDGE_STATUSES = ["active", "released"] as const;

export const zCarbonPledgeQuery = z.object({
  status: z.enum(PLEDGE_STATUSES).optional(),
  holdingId: zId.optional(),
  orgId: zId.optional(),
});
export const zCarbonPledgeParams = z.object({ pledgeId: zId });
export const zCarbonPledgeRelease = z.object({
  /** e.g. "repaid in full on 2026-09-30". */
  note: z.string().trim().max(2000).optional(),
});

export const zCarbonPledge = z.object({
  id: zId,
  refNo: z.string(),
  holdingId: zId,
  orgId: zId,
  orgName: z.string(),
  pledgeeOrgId: zId,
  pledgeeName: z.string(),
  kind: z.enum(CARBON_ASSET_KINDS),
  quantity: z.string(),
  unit: z.enum(CARBON_ASSET_UNITS),
  productKey: z.string(),
  pricingRef: z.string(),
  loanReference: z.string(),
  securedAmount: z.string(),
  termStart: z.string(),
  termEnd: z.string(),
  callPrice: z.string(),
  liquidationPrice: z.string().nullable(),
  status: z.enum(PLEDGE_STATUSES),
  /** The valuation at registration (value, maximum loan, triggers) with its trace, as stored. */
  valuation: z.unknown(),
  registeredBy: zId.nullable(),
  registeredAt: zIsoInstant,
  releasedBy: zId.nullable(),
  releasedAt: zIsoInstant.nullable(),
  releaseNote: z.string().nullable(),
});
export type TCarbonPledge = z.infer<typeof zCarbonPledge>;

export const zMarginCallQuery = z.object({
  /** The valuation date (default: today in China). */
  asOf: zDate.optional(),
});

const zTraceStep = z.object({ what: z.string(), formula: z.string(), figures: z.string(), result: z.string() });

export const MARGIN_STATUSES = ["none", "call", "liquidate", "unpriced"] as const;

export const zPledgeMarginStatus = z.object({
  pledgeId: zId,
  refNo: z.string(),
  orgId: zId,
  orgName: z.string(),
  loanReference: z.string(),
  quantity: z.string(),
  unit: z.string(),
  productKey: z.string(),
  outstanding: z.string(),
  status: z.enum(MARGIN_STATUSES),
  ltvPercent: z.string().nullable(),
  price: z.string().nullable(),
  priceDate: z.string().nullable(),
  collateralValue: z.string().nullable(),
  callPrice: z.string().nullable(),
  liquidationPrice: z.string().nullable(),
  reasons: list(z.string()),
  /** What restores the LTV cap: more units, a repayment, or a cash deposit. */
  topUp: z
    .object({
      quantity: z.string(),
      unit: z.string(),
      cashRepayment: z.string(),
      cashDeposit: z.string(),
      restoredLtvPercent: z.string(),
    })
    .nullable(),
  trace: list(zTraceStep),
});

export const zMarginCheck = z.object({
  asOf: zDate,
  pricingRef: z.string(),
  pledges: z.array(zPledgeMarginStatus),
  counts: z.object({
    none: z.number().int(),
    call: z.number().int(),
    liquidate: z.number().int(),
    unpriced: z.number().int(),
  }),
});
export type TMarginCheck = z.infer<typeof zMarginCheck>;
