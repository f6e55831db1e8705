/**
 * Enterprises' financing needs, matching, the institutions' claims (at most three a need) with their
 * respond/visit/decide steps, service-level timers and the district's compliance view.
 */
import { COLLATERAL_KINDS, DEADLINE_RULES, FINANCE_PURPOSES, RULE_KEYS, STAGE_STATUSES } from "@greenfin/domain";
import { z } from "zod";
import { zId, zIsoInstant } from "./common";
import { list, zDecimalText } from "./market-common";
import { zLinkedPrice } from "./market-pricing";
import { zMarketProduct } from "./market-products";

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
  orgNameEn: z.string(),
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
  /** The linked price the product's table gave this enterprise when the offer was decided (null: no table). */
  priceBasis: zLinkedPrice.nullable(),
  /** The loan as drawn: funded (yuan, ≤ the approved amount), the institution's loan reference, the pledge securing it. */
  fundedAt: zIsoInstant.nullable(),
  fundedAmount: z.string().nullable(),
  loanReference: z.string().nullable(),
  pledgeId: zId.nullable(),
});
export type TNeedClaim = z.infer<typeof zNeedClaim>;

export const zFinancingNeed = z.object({
  id: zId,
  orgId: zId,
  orgName: z.string(),
  orgNameEn: z.string(),
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
  /** How many institutions it was broadcast to (those with an eligible published product when it was posted). */
  broadcastCount: z.number().int(),
  /** For an institution: its products the need matched when broadcast ([] for anyone else). */
  broadcastProductIds: z.array(zId),
  closedAt: zIsoInstant.nullable(),
  closeReason: z.string().nullable(),
});
export type TFinancingNeed = z.infer<typeof zFinancingNeed>;

/** A need with the claims the caller may see: the enterprise every claim, an institution its own, the district all. */
export const zFinancingNeedDetail = zFinancingNeed.extend({ claims: z.array(zNeedClaim) });
export type TFinancingNeedDetail = z.infer<typeof zFinancingNeedDetail>;

/** The enterprise withdraws a need that is not funded yet; every claimant's open steps stop. */
export const zWithdrawNeedInput = z.object({ reason: z.string().trim().max(2000).optional() });

/**
 * The enterprise chooses an approved offer. `grantFinancing` also opens its carbon holdings and financing data to that
 * institution (a `financing` consent grant), which a pledge registration needs.
 */
export const zChooseOfferInput = z.object({ grantFinancing: z.boolean().optional() });

/** The chosen institution records the loan as drawn; the need becomes funded. */
export const zFundClaimInput = z.object({
  amount: zDecimalText,
  loanReference: z.string().trim().min(1).max(100),
  /** An active pledge this institution registered on the enterprise's carbon assets for this loan. */
  pledgeId: zId.optional(),
});
export type TFundClaimInput = z.infer<typeof zFundClaimInput>;

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
  /** Percent a year; may be left out when the claim's product has a pricing table (its quote is then the rate). */
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
  /** What the product's pricing table quotes this enterprise today, with how (null: no table, or not eligible). */
  price: zLinkedPrice.nullable(),
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

/** A reminder or overdue flag the service-level job wrote for an institution. */
export const zMarketReminder = z.object({
  id: zId,
  claimId: zId,
  needId: zId,
  institutionId: zId,
  institutionName: z.string(),
  institutionNameEn: z.string(),
  enterpriseName: z.string(),
  enterpriseNameEn: z.string(),
  stage: z.enum(["respond", "visit", "decide"]),
  kind: z.enum(["due_soon", "overdue"]),
  dueAt: zIsoInstant,
  createdAt: zIsoInstant,
});
export type TMarketReminder = z.infer<typeof zMarketReminder>;

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
