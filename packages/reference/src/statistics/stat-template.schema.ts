import { z } from "zod";

/**
 * The shape of `data/statistics/<id>@<version>/`: meta.json (names, frequency, institution kinds, sources, a
 * verification flag per metric, gaps) and template.json (the metrics and the cross-checks). The enums mirror
 * `statistics-types.ts` in @greenfin/domain, which this layer may not import; the domain's tests load these templates
 * as its `StatTemplate`, so a drift fails the type check. Cross-record rules live in `stat-template-checks.ts`.
 */

export const STAT_TEMPLATE_ARTICLES = [
  "green",
  "inclusive",
  "agriculture",
  "technology",
  "pension",
  "digital",
] as const;
export const STAT_TEMPLATE_FREQUENCIES = ["monthly", "quarterly"] as const;
export const STAT_TEMPLATE_UNITS = ["yuan", "count", "percent", "tCO2e"] as const;
export const STAT_TEMPLATE_KINDS = ["stock", "flow", "ratio"] as const;
export const STAT_TEMPLATE_BREAKDOWNS = ["catalogue-use", "industry-section"] as const;
/** Where the platform pre-fills a figure from: its green financings (labels), or its marketplace outcomes. */
export const STAT_PREFILL_SOURCES = ["green-financings", "marketplace"] as const;
export const STAT_VERIFICATION_STATUSES = [
  "verified",
  "verified-secondary",
  "single-source",
  "UNVERIFIED",
  "platform",
  "template",
] as const;

const text = z
  .string()
  .min(1)
  .refine((s) => s.trim() === s, "must not start or end with spaces");
const metricKey = z.string().regex(/^[a-z][a-z0-9_]*$/, "a metric key like green_loan_balance");
const decimal = z.string().regex(/^\d+(\.\d+)?$/, "a non-negative decimal text like 0.01");

export const zStatMetric = z.strictObject({
  key: metricKey,
  article: z.enum(STAT_TEMPLATE_ARTICLES),
  nameZh: text,
  nameEn: text,
  unit: z.enum(STAT_TEMPLATE_UNITS),
  kind: z.enum(STAT_TEMPLATE_KINDS),
  weightMetric: metricKey.optional(),
  breakdown: z.enum(STAT_TEMPLATE_BREAKDOWNS).optional(),
  requiredFor: z.array(text),
  prefill: z.enum(STAT_PREFILL_SOURCES).optional(),
  definitionZh: text,
  definitionEn: text,
  source: text,
});

export const zStatCrossCheck = z.strictObject({
  key: metricKey,
  /** Terms: "key", "prev:key" (the previous period's report), or a decimal constant; "-" before a term subtracts it. */
  lhs: z.array(text).min(1),
  op: z.enum(["<=", ">=", "="]),
  rhs: z.array(text).min(1),
  tolerance: decimal,
  severity: z.enum(["error", "warning"]),
  messageZh: text,
  messageEn: text,
});

export const zStatTemplateMeta = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.string().regex(/^\d{4}\.\d+$/),
  status: z.enum(["draft", "released"]),
  frequency: z.enum(STAT_TEMPLATE_FREQUENCIES),
  name: z.strictObject({ zh: text, en: text }),
  standing: text,
  /** The organisation kinds that report on this template; `requiredFor` names only these. */
  institutionKinds: z.array(text).min(1),
  sources: z.array(text).min(1),
  verificationLegend: z.record(z.enum(STAT_VERIFICATION_STATUSES), text),
  /** One entry per metric: how far its definition was checked, and against what. */
  verification: z.array(z.strictObject({ metric: metricKey, status: z.enum(STAT_VERIFICATION_STATUSES), note: text })),
  gaps: z.array(text),
});

export const zStatTemplateFile = z.strictObject({
  metrics: z.array(zStatMetric).min(1),
  crossChecks: z.array(zStatCrossCheck),
});

export type StatTemplateMeta = z.output<typeof zStatTemplateMeta>;
export type StatTemplateFile = z.output<typeof zStatTemplateFile>;
export type StatMetricData = z.output<typeof zStatMetric>;
export type StatCrossCheckData = z.output<typeof zStatCrossCheck>;
