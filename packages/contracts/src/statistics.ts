/**
 * District statistics (issue 8): the reporting templates, the institutions' periodic reports with their revisions,
 * pre-filled figures and the district's review. Figures are decimal text, never floats.
 */
import { STAT_ARTICLES, STAT_BREAKDOWNS, STAT_FREQUENCIES, STAT_KINDS, STAT_UNITS } from "@greenfin/domain";
import { z } from "zod";
import { zId, zIsoInstant } from "./common";

export const STAT_REPORT_STATUSES = ["draft", "submitted", "returned", "accepted"] as const;
export const STAT_DECISION_OUTCOMES = ["accept", "return"] as const;

/** "five-articles-quarterly@2026.1". */
export const zStatTemplateRef = z
  .string()
  .regex(/^[a-z0-9-]+@[0-9.]+$/, "a template reference, e.g. five-articles-quarterly@2026.1");
/** "2026-03" (monthly) or "2026-Q1" (quarterly). */
export const zStatPeriod = z.string().regex(/^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/, "a period, e.g. 2026-03 or 2026-Q1");

export const zStatTemplate = z.object({
  ref: z.string(),
  frequency: z.enum(STAT_FREQUENCIES),
  nameZh: z.string(),
  nameEn: z.string(),
  isDefault: z.boolean(),
  metrics: z.array(
    z.object({
      key: z.string(),
      article: z.enum(STAT_ARTICLES),
      nameZh: z.string(),
      nameEn: z.string(),
      unit: z.enum(STAT_UNITS),
      kind: z.enum(STAT_KINDS),
      breakdown: z.enum(STAT_BREAKDOWNS).nullable(),
      weightMetric: z.string().nullable(),
      requiredFor: z.array(z.string()),
      /** Where the platform pre-fills it from ("green-financings", "marketplace"), or null. */
      prefill: z.string().nullable(),
      definitionZh: z.string(),
      definitionEn: z.string(),
    }),
  ),
  crossChecks: z.array(
    z.object({
      key: z.string(),
      severity: z.enum(["error", "warning"]),
      messageZh: z.string(),
      messageEn: z.string(),
    }),
  ),
});
export type TStatTemplate = z.infer<typeof zStatTemplate>;

/** One figure: a metric, its breakdown item (omitted or null for the total) and decimal text ("" = not reported). */
export const zStatValueInput = z.object({
  metric: z.string().max(64),
  item: z.string().max(16).nullable().optional(),
  value: z.string().max(40),
});

/** A draft report; checked whole by the use-case, every problem listed. */
export const zStatReportInput = z.object({
  templateRef: zStatTemplateRef,
  period: zStatPeriod,
  values: z.array(zStatValueInput).max(2000),
});
export type TStatReportInput = z.infer<typeof zStatReportInput>;

export const zStatDecisionInput = z.object({
  outcome: z.enum(STAT_DECISION_OUTCOMES),
  /** Required to return. */
  note: z.string().max(2000).nullable().optional(),
});
export type TStatDecisionInput = z.infer<typeof zStatDecisionInput>;

export const zStatReportParams = z.object({ reportId: zId });
export const zStatReportQuery = z.object({
  templateRef: zStatTemplateRef.optional(),
  period: zStatPeriod.optional(),
  status: z.enum(STAT_REPORT_STATUSES).optional(),
});
export const zStatPrefillQuery = z.object({ templateRef: zStatTemplateRef, period: zStatPeriod });

export const zStatValue = z.object({
  metric: z.string(),
  item: z.string().nullable(),
  value: z.string(),
  /** "reported", or where the platform pre-filled it from. */
  source: z.string(),
});
export type TStatValue = z.infer<typeof zStatValue>;

export const zStatPrefill = z.object({
  templateRef: z.string(),
  period: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  values: z.array(zStatValue),
});
export type TStatPrefill = z.infer<typeof zStatPrefill>;

/** A problem of the check; `path` is `values.<metric>[.<item>]`, or `period`. */
export const zStatProblem = z.object({
  path: z.string(),
  code: z.string(),
  severity: z.enum(["error", "warning", "note"]),
  metric: z.string().nullable(),
  item: z.string().nullable(),
  check: z.string().nullable(),
  messageZh: z.string(),
  messageEn: z.string(),
});
export type TStatProblem = z.infer<typeof zStatProblem>;

export const zStatReportSummary = z.object({
  id: zId,
  orgId: zId,
  orgName: z.string(),
  orgNameEn: z.string(),
  templateRef: z.string(),
  period: z.string(),
  status: z.enum(STAT_REPORT_STATUSES),
  /** The revision being edited or decided. */
  revision: z.number().int(),
  /** The revision in force (null before the first acceptance). */
  acceptedRevision: z.number().int().nullable(),
  createdAt: zIsoInstant,
  updatedAt: zIsoInstant,
});
export type TStatReportSummary = z.infer<typeof zStatReportSummary>;

export const zStatReport = zStatReportSummary.extend({
  values: z.array(zStatValue),
  /** The figures in force while a correction is pending; null otherwise. */
  acceptedValues: z.array(zStatValue).nullable(),
  problems: z.array(zStatProblem),
  crossChecks: z.array(
    z.object({
      key: z.string(),
      status: z.enum(["passed", "failed", "skipped"]),
      lhs: z.string().nullable(),
      rhs: z.string().nullable(),
      trace: z.string(),
    }),
  ),
  revisions: z.array(
    z.object({
      revision: z.number().int(),
      submittedAt: zIsoInstant,
      warnings: z.array(zStatProblem),
      outcome: z.enum(["accepted", "returned"]).nullable(),
      decidedAt: zIsoInstant.nullable(),
      decisionNote: z.string().nullable(),
    }),
  ),
});
export type TStatReport = z.infer<typeof zStatReport>;
