/**
 * The green project library. An enterprise (or an institution, for an enterprise it serves) submits a project; the
 * classifier proposes categories of the 2025 catalogue with evidence; a reviewer (the district's green-finance office
 * or a verification body) certifies it with a category, evidence and conditions, returns it for changes or rejects
 * it. Certified projects are visible to every financial institution, which finance them (green-financings.ts);
 * each year the owner reports actual benefits against the expected ones. Amounts are decimal text in yuan.
 */
import { z } from "zod";
import { zId, zIsoInstant } from "./common";
import { zBenefitLineInput, zBenefitReport } from "./green-benefits";
import { zGreenClassification, zGreenParameter } from "./green-classification";

const zYuan = z.string().regex(/^\d{1,15}(\.\d{1,2})?$/, "an amount in yuan, e.g. 12500000 or 12500000.50");
const zDecimalText = z.string();

/** Where a project is in the lifecycle. `financed` and `monitored` are derived stages, see zGreenProjectStage. */
export const GREEN_PROJECT_STATUSES = ["submitted", "returned", "certified", "rejected", "withdrawn"] as const;
export type GreenProjectStatus = (typeof GREEN_PROJECT_STATUSES)[number];

/** The stage the library shows: the status, or for a certified project whether it is financed and reporting. */
export const GREEN_PROJECT_STAGES = [...GREEN_PROJECT_STATUSES, "financed", "monitored"] as const;
export const zGreenProjectStage = z.enum(GREEN_PROJECT_STAGES);

/** Environmental impact assessment (环评) status. */
export const EIA_STATUSES = ["approved", "filed", "pending", "exempt"] as const;

/** What a submitter states. The classifier reads name, description, industry code and parameters. */
export const zGreenProjectInput = z.object({
  /** The enterprise whose project it is; omitted: the submitter's own organisation. An institution must name one. */
  ownerOrgId: zId.optional(),
  name: z.string().trim().min(2).max(200),
  description: z.string().trim().min(10).max(10_000),
  /** District or county of Qingdao (区/市), as organisations' `area`. */
  area: z.string().trim().min(1).max(40),
  address: z.string().trim().max(200).optional(),
  /** GB/T 4754-2017 class or division, e.g. D4415 or 4415. */
  industryCode: z
    .string()
    .trim()
    .regex(/^[A-T]?\d{2,4}$/, "a GB/T 4754 code, e.g. D4415"),
  /** The category the submitter believes applies (level-3 code), if any: shown to the reviewer, never decisive. */
  declaredCategory: z.string().trim().max(20).optional(),
  totalInvestment: zYuan,
  financingNeed: zYuan,
  /** Year construction starts / the project goes into operation. */
  startYear: z.coerce.number().int().min(1990).max(2100).optional(),
  operationYear: z.coerce.number().int().min(1990).max(2100).optional(),
  eiaStatus: z.enum(EIA_STATUSES),
  parameters: z.array(zGreenParameter).max(50).default([]),
  /** Expected annual benefit inputs per calculator. */
  expectedBenefits: z.array(zBenefitLineInput).max(20).default([]),
});
export type TGreenProjectInput = z.infer<typeof zGreenProjectInput>;

export const zGreenProjectParams = z.object({ projectId: zId });

export const zGreenProjectQuery = z.object({
  q: z.string().trim().max(100).optional(),
  stage: zGreenProjectStage.optional(),
  /** A catalogue code at any level: the project's certified (else proposed) category starts with it. */
  category: z.string().trim().max(20).optional(),
  /** GB/T 4754 section letter, division or class prefix. */
  industry: z.string().trim().max(10).optional(),
  area: z.string().trim().max(40).optional(),
  /** Financing need in yuan, inclusive bounds. */
  minAmount: zYuan.optional(),
  maxAmount: zYuan.optional(),
  blue: z.enum(["true", "false"]).optional(),
  /** Only the actor's own organisation's projects. */
  mine: z.enum(["true", "false"]).optional(),
  sort: z.enum(["updated", "amount", "name"]).default("updated"),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  lang: z.enum(["zh", "en"]).default("zh"),
});
export type TGreenProjectQuery = z.infer<typeof zGreenProjectQuery>;

const zCategoryRef = z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() });

export const zGreenProjectRow = z.object({
  id: zId,
  refNo: z.string(),
  name: z.string(),
  owner: z.object({ id: zId, nameZh: z.string(), nameEn: z.string() }),
  area: z.string(),
  industryCode: z.string(),
  status: z.enum(GREEN_PROJECT_STATUSES),
  stage: zGreenProjectStage,
  /** The certified category, else the classifier's top proposal, else null. */
  category: zCategoryRef.nullable(),
  categorySource: z.enum(["certified", "proposed"]).nullable(),
  confidence: z.number().nullable(),
  blue: z.boolean(),
  transition: z.boolean(),
  totalInvestment: zDecimalText,
  financingNeed: zDecimalText,
  /** Sum of every institution's linked financings (the sum only: who lent on what terms is each institution's). */
  financed: zDecimalText,
  expectedCo2AvoidedT: zDecimalText.nullable(),
  submittedAt: zIsoInstant,
  updatedAt: zIsoInstant,
});
export type TGreenProjectRow = z.infer<typeof zGreenProjectRow>;

export const GREEN_PROJECT_EVENT_ACTIONS = [
  "submit",
  "resubmit",
  "return",
  "certify",
  "reject",
  "withdraw",
  "document",
  "financing",
  "benefit-report",
] as const;

export const zGreenProjectEvent = z.object({
  action: z.enum(GREEN_PROJECT_EVENT_ACTIONS),
  at: zIsoInstant,
  by: z.string().nullable(),
  byOrg: z.string().nullable(),
  note: z.string().nullable(),
});

export const zGreenProjectDocument = z.object({
  id: zId,
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: zIsoInstant,
});

export const zCertification = z.object({
  certificateNo: z.string(),
  category: zCategoryRef.extend({ pathZh: z.array(z.string()), pathEn: z.array(z.string()) }),
  blue: z.boolean(),
  transition: z.boolean(),
  evidenceNote: z.string(),
  conditions: z.string().nullable(),
  /** Whether the reviewer chose the classifier's top proposal. */
  agreedWithClassifier: z.boolean(),
  certifiedBy: z.string(),
  certifierOrg: z.string(),
  certifiedAt: zIsoInstant,
});

export const zBenefitReportRow = z.object({
  id: zId,
  year: z.number().int(),
  reportedBy: z.string().nullable(),
  reportedAt: zIsoInstant,
  note: z.string().nullable(),
  result: zBenefitReport,
  /** Per total key: actual vs expected, and actual / expected as a decimal (null when nothing was expected). */
  againstExpected: z.array(
    z.object({
      key: z.string(),
      unit: z.string(),
      expected: zDecimalText.nullable(),
      actual: zDecimalText,
      ratio: zDecimalText.nullable(),
    }),
  ),
});
export type TBenefitReportRow = z.infer<typeof zBenefitReportRow>;

/** A financing as the project page lists it (the full record is in green-financings.ts). */
export const zProjectFinancingLink = z.object({
  id: zId,
  institution: z.string(),
  instrument: z.string(),
  reference: z.string(),
  amount: zDecimalText,
  startDate: z.string(),
});

export const zGreenProjectDetail = zGreenProjectRow.extend({
  description: z.string(),
  address: z.string().nullable(),
  declaredCategory: zCategoryRef.nullable(),
  startYear: z.number().int().nullable(),
  operationYear: z.number().int().nullable(),
  eiaStatus: z.enum(EIA_STATUSES),
  parameters: z.array(zGreenParameter),
  expectedBenefits: z.array(zBenefitLineInput),
  /** The expected inputs computed when submitted (null when none were stated). */
  expectedResult: zBenefitReport.nullable(),
  /** The classifier's answer when the project was (re)submitted, with its catalogue and vocabulary versions. */
  classification: zGreenClassification,
  certification: zCertification.nullable(),
  /** The reviewer's note when returned or rejected. */
  returnNote: z.string().nullable(),
  submittedBy: z.object({ org: z.string(), user: z.string().nullable() }),
  documents: z.array(zGreenProjectDocument),
  events: z.array(zGreenProjectEvent),
  financings: z.array(zProjectFinancingLink),
  benefitReports: z.array(zBenefitReportRow),
  /** What the reader may do now: drives the page's buttons. */
  can: z.object({
    edit: z.boolean(),
    withdraw: z.boolean(),
    review: z.boolean(),
    finance: z.boolean(),
    reportBenefits: z.boolean(),
    addDocuments: z.boolean(),
  }),
});
export type TGreenProjectDetail = z.infer<typeof zGreenProjectDetail>;

/** A reviewer's decision. Certify names a level-3 category; return and reject need a note. */
export const zGreenProjectDecision = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("certify"),
    categoryCode: z.string().trim().min(5).max(20),
    evidenceNote: z.string().trim().min(4).max(4000),
    conditions: z.string().trim().max(4000).optional(),
    blue: z.boolean().default(false),
    transition: z.boolean().default(false),
    /**
     * When the category differs from the classifier's top proposal: teach the classifier. `fingerprint` keys the
     * correction to this text; `term` to a phrase of the text wherever it occurs.
     */
    correction: z
      .object({ kind: z.enum(["fingerprint", "term"]), term: z.string().trim().min(2).max(40).optional() })
      .optional(),
  }),
  z.object({ action: z.literal("return"), note: z.string().trim().min(4).max(4000) }),
  z.object({ action: z.literal("reject"), note: z.string().trim().min(4).max(4000) }),
]);
export type TGreenProjectDecision = z.infer<typeof zGreenProjectDecision>;

export const zBenefitReportBody = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  lines: z.array(zBenefitLineInput).min(1).max(20),
  note: z.string().trim().max(2000).optional(),
});
export type TBenefitReportBody = z.infer<typeof zBenefitReportBody>;

export const zWithdrawBody = z.object({ note: z.string().trim().max(2000).optional() });
