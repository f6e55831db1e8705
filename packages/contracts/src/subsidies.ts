/**
 * Interest subsidies (贴息) over HTTP: the district's programmes (budget, eligible catalogue categories, rule, period,
 * per-loan cap), institutions' applications on behalf of the enterprises they finance, the district's decisions and
 * payments, and the programme's usage. Amounts (yuan) and rates are decimal text, never floats; instants are ISO 8601,
 * dates YYYY-MM-DD.
 */
import { z } from "zod";
import { zId, zIsoInstant } from "./common";

/** Yuan as text, at most 2 places: "5000000", "24657.53". */
const zYuanText = z.string().regex(/^\d{1,15}(\.\d{1,2})?$/, "an amount in yuan as text, at most 2 places");
const zDate = z.iso.date();

/**
 * rate_points: the rate is percentage points of interest a year on the principal (1.00 = 1 pp a year);
 * interest_share: the rate is the percent of the interest paid that is subsidised (50 = half).
 */
export const SUBSIDY_KINDS = ["rate_points", "interest_share"] as const;
export const SUBSIDY_PROGRAMME_STATUSES = ["draft", "open", "closed"] as const;
export const SUBSIDY_APPLICATION_STATUSES = ["submitted", "approved", "rejected", "paid"] as const;

export const zSubsidyProgrammeInput = z.object({
  nameZh: z.string().trim().min(1).max(200),
  nameEn: z.string().trim().min(1).max(200),
  description: z.string().max(5000).optional(),
  kind: z.enum(SUBSIDY_KINDS),
  rate: z.string().regex(/^\d{1,3}(\.\d{1,4})?$/, "a rate as text, e.g. 1.00 or 50"),
  /** 2025 green-finance catalogue codes at any level ("4", "4.2", "4.2.1"), matched by whole segment. */
  categoryPrefixes: z
    .array(z.string().regex(/^\d+(\.\d+){0,2}$/))
    .min(1)
    .max(200),
  periodStart: zDate,
  periodEnd: zDate,
  perLoanCap: zYuanText.optional(),
  budget: zYuanText,
  /** Open for applications at once (default: saved as a draft). */
  open: z.boolean().optional(),
});
export type TSubsidyProgrammeInput = z.infer<typeof zSubsidyProgrammeInput>;

export const zSubsidyProgrammeParams = z.object({ programmeId: zId });
export const zSubsidyProgrammeQuery = z.object({ status: z.enum(SUBSIDY_PROGRAMME_STATUSES).optional() });

export const zSubsidyProgramme = z.object({
  id: zId,
  orgId: zId,
  nameZh: z.string(),
  nameEn: z.string(),
  description: z.string(),
  kind: z.enum(SUBSIDY_KINDS),
  rate: z.string(),
  instrument: z.literal("loan"),
  categoryPrefixes: z.array(z.string()),
  periodStart: z.string(),
  periodEnd: z.string(),
  perLoanCap: z.string().nullable(),
  budget: z.string(),
  committed: z.string(),
  paid: z.string(),
  remaining: z.string(),
  status: z.enum(SUBSIDY_PROGRAMME_STATUSES),
  createdAt: zIsoInstant,
  openedAt: zIsoInstant.nullable(),
  closedAt: zIsoInstant.nullable(),
});
export type TSubsidyProgramme = z.infer<typeof zSubsidyProgramme>;

export const zSubsidyApplicationInput = z.object({
  programmeId: zId,
  greenFinancingId: zId,
  periodStart: zDate,
  periodEnd: zDate,
  /** The principal the interest accrued on; required by rate_points programmes. */
  principal: zYuanText.optional(),
  interestPaid: zYuanText,
  note: z.string().max(2000).optional(),
});
export type TSubsidyApplicationInput = z.infer<typeof zSubsidyApplicationInput>;

export const zSubsidyApplicationParams = z.object({ applicationId: zId });
export const zSubsidyApplicationQuery = z.object({
  programmeId: zId.optional(),
  status: z.enum(SUBSIDY_APPLICATION_STATUSES).optional(),
});

export const zSubsidyDecisionInput = z.object({
  decision: z.enum(["approve", "reject"]),
  note: z.string().max(2000).optional(),
});
export const zSubsidyPaidInput = z.object({ paymentReference: z.string().trim().min(1).max(200) });

const zTraceStep = z.object({ step: z.string(), zh: z.string(), en: z.string(), value: z.string() });

export const zSubsidyComputation = z.object({
  kind: z.enum(SUBSIDY_KINDS),
  rate: z.string(),
  periodDays: z.number().int(),
  eligibleStart: z.string(),
  eligibleEnd: z.string(),
  eligibleDays: z.number().int(),
  uncapped: z.string(),
  capRemaining: z.string().nullable(),
  amount: z.string(),
  trace: z.array(zTraceStep),
});

export const zSubsidyApplication = z.object({
  id: zId,
  programmeId: zId,
  programmeNameZh: z.string(),
  programmeNameEn: z.string(),
  institutionId: zId,
  institutionName: z.string(),
  greenFinancingId: zId,
  loanReference: z.string(),
  enterpriseOrgId: zId,
  enterpriseName: z.string(),
  categoryCode: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  principal: z.string().nullable(),
  interestPaid: z.string(),
  subsidyAmount: z.string(),
  computation: zSubsidyComputation,
  note: z.string().nullable(),
  status: z.enum(SUBSIDY_APPLICATION_STATUSES),
  submittedAt: zIsoInstant,
  decidedAt: zIsoInstant.nullable(),
  decisionNote: z.string().nullable(),
  paidAt: zIsoInstant.nullable(),
  paymentReference: z.string().nullable(),
});
export type TSubsidyApplication = z.infer<typeof zSubsidyApplication>;

const zUsageLine = z.object({
  committed: z.string(),
  paid: z.string(),
  pending: z.string(),
  approvedCount: z.number().int(),
  paidCount: z.number().int(),
  pendingCount: z.number().int(),
});

export const zSubsidyUsage = z.object({
  programmeId: zId,
  budget: z.string(),
  committed: z.string(),
  paid: z.string(),
  remaining: z.string(),
  /** Submitted, not yet decided. */
  pending: z.string(),
  byCategory: z.array(zUsageLine.extend({ categoryCode: z.string(), nameZh: z.string(), nameEn: z.string() })),
  byInstitution: z.array(zUsageLine.extend({ institutionId: zId, institutionName: z.string() })),
});
export type TSubsidyUsage = z.infer<typeof zSubsidyUsage>;
