/**
 * District targets (issue 8 item 3), the dashboard's cross-module panels (item 4) and the briefing (item 7).
 * Targets are data: a metric with a baseline and a target; progress is computed from the accepted statistics (a
 * template metric), from platform data (a platform indicator) or from the district's entered observations, with a
 * least-squares linear projection to the target year. Figures are decimal text, never floats.
 */
import { STAT_UNITS } from "@greenfin/domain";
import { z } from "zod";
import { zIsoInstant } from "./common";

/** Platform indicators a target may follow besides template metrics; any other metric reads entered observations. */
export const TARGET_PLATFORM_INDICATORS = ["carbon_intensity_change", "green_loan_share"] as const;
export const TARGET_DIRECTIONS = ["increase", "decrease"] as const;
/** Where a target's annual values come from. */
export const TARGET_DATA_SOURCES = ["reported", "platform", "entered", "none"] as const;
/** Where one annual value comes from: accepted reports, platform data, or an observation the district entered. */
export const TARGET_VALUE_ORIGINS = ["reported", "platform", "entered"] as const;

const zDecimalText = z.string().regex(/^-?\d+(\.\d+)?$/, "a decimal number, e.g. 15 or -18.5");

export const zTargetKey = z.string().regex(/^[a-z0-9_-]{2,64}$/, "2–64 of a-z, 0-9, _ and -");
export const zTargetParams = z.object({ key: zTargetKey });

/** PUT /api/statistics/targets/:key — create or replace a target; checked whole by the use-case (zh + en problems). */
export const zTargetInput = z.object({
  nameZh: z.string().min(1).max(200),
  nameEn: z.string().min(1).max(200),
  /** A template metric key ("green_loan_balance"), a platform indicator, or another key read from observations. */
  metric: z.string().regex(/^[a-z0-9_]{2,64}$/),
  unit: z.enum(STAT_UNITS),
  baselineYear: z.number().int().min(2000).max(2100),
  baselineValue: zDecimalText,
  targetYear: z.number().int().min(2000).max(2100),
  targetValue: zDecimalText,
  direction: z.enum(TARGET_DIRECTIONS),
  /** The document the target comes from (plan, policy, decision). */
  source: z.string().min(1).max(1000),
});
export type TTargetInput = z.infer<typeof zTargetInput>;

/** POST /api/statistics/targets/:key/observations — the district enters (or replaces) one year's value. */
export const zTargetObservationInput = z.object({
  year: z.number().int().min(2000).max(2100),
  value: zDecimalText,
  /** Where the figure comes from (statistics bureau release, yearbook …); "illustrative" figures say so here. */
  source: z.string().min(1).max(1000),
});
export type TTargetObservationInput = z.infer<typeof zTargetObservationInput>;
export const zTargetObservationParams = z.object({
  key: zTargetKey,
  year: z.coerce.number().int().min(2000).max(2100),
});

export const zTargetObservation = z.object({
  year: z.number().int(),
  value: z.string(),
  origin: z.enum(TARGET_VALUE_ORIGINS),
  source: z.string(),
  /** Entered observations: who and when (null for computed values and on the public page). */
  enteredAt: zIsoInstant.nullable(),
  enteredBy: z.string().nullable(),
});
export type TTargetObservation = z.infer<typeof zTargetObservation>;

export const zTargetProjection = z.object({
  points: z.number().int(),
  /** Least-squares slope per year, exact decimal text. */
  slope: z.string(),
  targetYear: z.number().int(),
  projected: z.string(),
  onTrack: z.boolean(),
});

export const zTargetWithProgress = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  metric: z.string(),
  unit: z.enum(STAT_UNITS),
  baselineYear: z.number().int(),
  baselineValue: z.string(),
  targetYear: z.number().int(),
  targetValue: z.string(),
  direction: z.enum(TARGET_DIRECTIONS),
  source: z.string(),
  dataSource: z.enum(TARGET_DATA_SOURCES),
  /** Annual values used (ascending years), each with its origin and source. */
  observations: z.array(zTargetObservation),
  latest: z.object({ year: z.number().int(), value: z.string() }).nullable(),
  /** (latest − baseline) ÷ (target − baseline), exact, and as percent to 2 places. */
  progress: z.string().nullable(),
  progressPercent: z.string().nullable(),
  achieved: z.boolean().nullable(),
  neededAnnualChange: z.string().nullable(),
  projection: zTargetProjection.nullable(),
  /** Why progress or projection is missing (e.g. "only 1 annual value"). */
  reasons: z.array(z.string()),
  /** Which data and which method, step by step. */
  trace: z.array(z.string()),
  updatedAt: zIsoInstant,
});
export type TTargetWithProgress = z.infer<typeof zTargetWithProgress>;

export const zTargetList = z.object({
  asOf: zIsoInstant,
  /** The projection method in words (zh, en), for the page's footnote. */
  methodZh: z.string(),
  methodEn: z.string(),
  targets: z.array(zTargetWithProgress),
});
export type TTargetList = z.infer<typeof zTargetList>;

// ---- GET /api/statistics/dashboard/modules (district) ----

const zCount = z.object({ grade: z.string(), count: z.number().int() });

export const zModuleRating = z.object({
  methodology: z.string(),
  /** The latest published run, or null when none is published. */
  run: z.object({ id: z.string(), periodYear: z.number().int(), publishedAt: z.string().nullable() }).nullable(),
  grades: z.array(zCount),
  total: z.number().int(),
});

export const zModuleCarbonGrades = z.object({
  /** The latest graded year, or null. */
  year: z.number().int().nullable(),
  method: z.string().nullable(),
  grades: z.array(zCount),
  total: z.number().int(),
});

export const zModuleProjects = z.object({
  byStatus: z.array(z.object({ status: z.string(), count: z.number().int(), amount: z.string() })),
  /** Certified projects: count and total investment (yuan, decimal text). Amounts are total investment. */
  certifiedCount: z.number().int(),
  certifiedAmount: z.string(),
  /** Certified projects by 2025 catalogue use (level 1). */
  byCatalogueUse: z.array(
    z.object({
      code: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      count: z.number().int(),
      amount: z.string(),
    }),
  ),
});

export const zModuleMarket = z.object({
  needsByStatus: z.array(z.object({ status: z.string(), count: z.number().int(), amount: z.string() })),
  needsPosted: z.number().int(),
  needsUnmatched: z.number().int(),
  claims: z.number().int(),
  funded: z.number().int(),
  fundedAmount: z.string(),
  /** Respond stage on time ÷ judged, over all institutions (0–1), or null when nothing is judged yet. */
  respondOnTimeRate: z.number().nullable(),
  /** Median over institutions' median working hours from claim to response, or null. */
  medianResponseWorkingHours: z.number().nullable(),
  institutions: z.array(
    z.object({
      institutionId: z.string(),
      institutionName: z.string(),
      claims: z.number().int(),
      respondOnTimeRate: z.number().nullable(),
      medianResponseWorkingHours: z.number().nullable(),
      overdueCount: z.number().int(),
    }),
  ),
});

export const zModuleCarbonMarket = z.object({
  /** The carbon factor set the series is read from. */
  ref: z.string(),
  series: z.array(
    z.object({
      year: z.number().int(),
      averagePrice: z.string().nullable(),
      yearEndClose: z.string().nullable(),
      /** Traded volume in tonnes and turnover in yuan, when the reference data holds a verified figure. */
      volumeTonnes: z.string().nullable(),
      turnoverYuan: z.string().nullable(),
      unit: z.string(),
      source: z.string(),
      verification: z.string(),
      note: z.string(),
    }),
  ),
});

export const zStatModules = z.object({
  asOf: zIsoInstant,
  rating: zModuleRating,
  carbonGrades: zModuleCarbonGrades,
  projects: zModuleProjects,
  market: zModuleMarket,
  carbonMarket: zModuleCarbonMarket,
});
export type TStatModules = z.infer<typeof zStatModules>;

/** GET /api/statistics/briefing.pdf?period=YYYY-MM (district). */
export const zBriefingQuery = z.object({
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month, e.g. 2026-03"),
});
