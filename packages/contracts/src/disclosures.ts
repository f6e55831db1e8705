import { z } from "zod";
import { INT4_MAX, zId, zIsoInstant } from "./common";

export const zEntityKind = z.enum(["enterprise", "financial_institution", "fund_manager", "portfolio_company"]);
export const zDisclosureStatus = z.enum(["draft", "submitted", "in_review", "returned", "accepted", "published"]);
export const zRequirementLevel = z.enum(["mandatory", "comply_or_explain", "conditional", "voluntary"]);

const zDisclosureOrg = z.object({ id: zId, nameZh: z.string(), nameEn: z.string(), kind: z.string() });
const zPeriod = z.object({ year: z.number().int(), start: z.string(), end: z.string() });

export const zCreateDisclosure = z.object({
  year: z.number().int().min(2015).max(2100),
  frameworks: z.array(z.string().min(1)).min(1).max(21),
  portfolioLinkId: zId.nullish(),
});

export const zCompleteness = z.object({
  framework: z.string(),
  mandatoryTotal: z.number().int(),
  mandatoryFilled: z.number().int(),
  explained: z.number().int(),
  allTotal: z.number().int(),
  allFilled: z.number().int(),
  mandatoryPct: z.number(),
  allPct: z.number(),
});
export type TCompleteness = z.infer<typeof zCompleteness>;

export const zDisclosureSummary = z.object({
  id: zId,
  organisation: zDisclosureOrg,
  entityKind: zEntityKind,
  reviewerOrgId: zId,
  period: zPeriod,
  frameworks: z.array(z.string()),
  catalogueVersion: z.string(),
  status: zDisclosureStatus,
  revision: z.number().int(),
  firstSubmittedAt: zIsoInstant.nullable(),
  updatedAt: zIsoInstant,
  /** Per framework: live for the owner's draft, else as frozen with the latest revision. */
  completeness: z.array(zCompleteness),
});
export type TDisclosureSummary = z.infer<typeof zDisclosureSummary>;

export const zDisclosureListQuery = z.object({ view: z.enum(["own", "review", "granted"]).default("own") });

/** A stored value: the payload keeps the entered value and unit beside the canonical value (see the domain). */
export const zValuePayload = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.enum(["number", "percent"]),
      number: z.object({
        entered: z.string(),
        enteredUnit: z.string().nullable(),
        canonical: z.string(),
        canonicalUnit: z.string().nullable(),
        trace: z.array(z.string()).readonly(),
      }),
    }),
    z.object({ kind: z.literal("boolean"), boolean: z.boolean() }),
    z.object({ kind: z.literal("text"), text: z.string() }),
    z.object({ kind: z.literal("enum"), options: z.array(z.string()).readonly() }),
    z.object({ kind: z.literal("date"), date: z.string() }),
  ])
  .nullable();

export const zStoredValue = z.object({
  indicatorId: z.string(),
  dimension: z.string(),
  payload: zValuePayload,
  notDisclosedReason: z.string().nullable(),
});
export type TStoredValue = z.infer<typeof zStoredValue>;

export const zIntakeProblem = z.object({
  code: z.string(),
  severity: z.enum(["error", "warning"]),
  location: z.unknown(),
  indicatorId: z.string().optional(),
  dimension: z.string().optional(),
  path: z.string(),
  messageZh: z.string(),
  messageEn: z.string(),
});
export type TIntakeProblem = z.infer<typeof zIntakeProblem>;

export const zDisclosure = zDisclosureSummary
  .omit({ firstSubmittedAt: true, updatedAt: true, completeness: true })
  .extend({
    access: z.enum(["owner", "reviewer", "grant"]),
    shownRevision: z.number().int().nullable(),
    values: z.array(zStoredValue),
    completeness: z.array(zCompleteness),
    revisions: z.array(
      z.object({
        revision: z.number().int(),
        valuesHash: z.string(),
        submittedAt: zIsoInstant,
        outcome: z.enum(["pending", "returned", "accepted"]),
        decidedAt: zIsoInstant.nullable(),
        decisionNote: z.string().nullable(),
        warnings: z.unknown(),
      }),
    ),
    comments: z.array(
      z.object({
        id: zId,
        revision: z.number().int(),
        indicatorId: z.string(),
        dimension: z.string(),
        comment: z.string(),
        createdAt: zIsoInstant,
      }),
    ),
  });
export type TDisclosure = z.infer<typeof zDisclosure>;

const zUnitView = z.object({ id: z.string(), zh: z.string(), en: z.string() });
export const zTemplateItem = z.object({
  id: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  type: z.enum(["number", "percent", "boolean", "text", "enum", "date"]),
  unit: zUnitView.nullable(),
  unitChoices: z.array(zUnitView),
  enumOptions: z.array(z.string()),
  multiSelect: z.boolean(),
  level: zRequirementLevel,
  levels: z.record(z.string(), zRequirementLevel),
  clauses: z.array(z.object({ framework: z.string(), clause: z.string(), level: zRequirementLevel })),
  notes: z.string().nullable(),
  rows: z.array(z.object({ dimension: z.string(), labelZh: z.string().nullable(), labelEn: z.string().nullable() })),
  openDimensions: z.array(z.object({ id: z.string(), nameZh: z.string(), nameEn: z.string() })),
});
export type TTemplateItem = z.infer<typeof zTemplateItem>;

export const zDisclosureTemplate = z.object({
  catalogueVersion: z.string(),
  entityKind: zEntityKind,
  frameworks: z.array(z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), issuer: z.string() })),
  topics: z.array(
    z.object({
      pillar: z.enum(["E", "S", "G"]),
      topicZh: z.string(),
      topicEn: z.string(),
      items: z.array(zTemplateItem),
    }),
  ),
});
export type TDisclosureTemplate = z.infer<typeof zDisclosureTemplate>;

/** One value as a client sends it (form or bulk API). An empty value with a reason states why it is not disclosed. */
export const zValueInput = z.object({
  indicatorId: z.string().min(1).max(20),
  dimension: z.string().max(300).default(""),
  value: z.union([z.string().max(10_000), z.number(), z.boolean(), z.null()]),
  unit: z.string().max(40).nullish(),
  notDisclosedReason: z.string().max(2000).nullish(),
});
export const zSaveValues = z.object({
  values: z.array(zValueInput).min(1).max(20_000),
  /** For the bulk API: repeat a call safely with the same key. */
  idempotencyKey: z.string().min(8).max(100).nullish(),
});
export type TSaveValues = z.infer<typeof zSaveValues>;

export const zIntakeResult = z.object({
  intakeId: zId,
  saved: z.number().int(),
  warnings: z.array(zIntakeProblem),
  completeness: z.array(zCompleteness).optional(),
  replayed: z.boolean(),
});
export type TIntakeResult = z.infer<typeof zIntakeResult>;

export const zImportQuery = z.object({
  format: z.enum(["xlsx", "csv"]),
  fileName: z.string().max(200).optional(),
  idempotencyKey: z.string().min(8).max(100).optional(),
});

export const zSubmitResult = z.object({
  status: zDisclosureStatus,
  revision: z.number().int(),
  valuesHash: z.string().optional(),
  warnings: z.array(zIntakeProblem).optional(),
  completeness: z.array(zCompleteness).optional(),
});

export const zReviewDecision = z.object({
  outcome: z.enum(["returned", "accepted"]),
  note: z.string().max(2000).nullish(),
  comments: z
    .array(
      z.object({
        indicatorId: z.string().min(1),
        dimension: z.string().max(300).optional(),
        comment: z.string().trim().min(1).max(2000),
      }),
    )
    .max(500)
    .default([]),
});
export type TReviewDecision = z.infer<typeof zReviewDecision>;

const zCompareSide = z.object({ payload: zValuePayload, notDisclosedReason: z.string().nullable() }).nullable();
export const zCompareQuery = z.object({
  left: z.union([z.literal("draft"), z.coerce.number().int().min(1).max(INT4_MAX)]),
  right: z.union([z.literal("draft"), z.coerce.number().int().min(1).max(INT4_MAX)]),
});
export const zComparison = z.object({
  left: z.union([z.literal("draft"), z.number()]),
  right: z.union([z.literal("draft"), z.number()]),
  changedCount: z.number().int(),
  rows: z.array(
    z.object({
      indicatorId: z.string(),
      dimension: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      left: zCompareSide,
      right: zCompareSide,
      changed: z.boolean(),
    }),
  ),
});
export type TComparison = z.infer<typeof zComparison>;

export const zReportQuery = z.object({
  framework: z.string().min(1),
  lang: z.enum(["zh", "en"]).default("zh"),
  format: z.enum(["html", "pdf"]).default("pdf"),
  revision: z.coerce.number().int().min(1).max(INT4_MAX).optional(),
});
export const zExportQuery = z.object({
  format: z.enum(["json", "csv", "xlsx"]),
  revision: z.coerce.number().int().min(1).max(INT4_MAX).optional(),
});

/** A framework an organisation may choose, with how many indicators it asks of its kind of entity. */
export const zFrameworkChoice = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  issuer: z.string(),
  suggested: z.boolean(),
  indicatorCount: z.number().int(),
});
export type TFrameworkChoice = z.infer<typeof zFrameworkChoice>;

/** An evidence file attached to an indicator; its bytes live once under their SHA-256. */
export const zEvidence = z.object({
  id: zId,
  indicatorId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: zIsoInstant,
});
export type TEvidence = z.infer<typeof zEvidence>;

/** The district's disclosure figures: states by year, accepted coverage by kind, the review queue's length. */
export const zDisclosureOverview = z.object({
  byYear: z.array(z.object({ year: z.number().int(), status: z.string(), count: z.number().int() })),
  accepted: z.array(z.object({ year: z.number().int(), kind: z.string(), disclosed: z.number().int() })),
  population: z.array(z.object({ kind: z.string(), count: z.number().int() })),
  averageMandatoryCompleteness: z.array(
    z.object({ year: z.number().int(), framework: z.string(), mandatoryPct: z.string() }),
  ),
  awaitingReview: z.number().int(),
});
export type TDisclosureOverview = z.infer<typeof zDisclosureOverview>;
export { type DisclosureEntityKind, disclosureEntityKind } from "@greenfin/domain";
