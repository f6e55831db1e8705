/**
 * District statistics (issue 8): the shapes the reporting templates, the institutions' reported figures, the targets
 * and the aggregates share. Pure data: the templates are versioned reference data (packages/reference/data/statistics),
 * the reports live in the database; the calculations in this folder take these shapes and return results with traces.
 */

/** The "five major articles" of finance, plus agriculture-related lending which the templates report beside them. */
export const STAT_ARTICLES = ["green", "inclusive", "agriculture", "technology", "pension", "digital"] as const;
export type StatArticle = (typeof STAT_ARTICLES)[number];

export const STAT_FREQUENCIES = ["monthly", "quarterly"] as const;
export type StatFrequency = (typeof STAT_FREQUENCIES)[number];

/**
 * A metric's unit. Money is yuan (exact decimal text); counts are whole numbers; percent is 0–100; others are
 * physical quantities carried with their unit.
 */
export const STAT_UNITS = ["yuan", "count", "percent", "tCO2e"] as const;
export type StatUnit = (typeof STAT_UNITS)[number];

/**
 * `stock`: a balance at the period's end (loan balance, accounts open) — summed across institutions, never across
 * periods; the year-to-date figure is the latest period's. `flow`: an amount during the period (new lending,
 * premiums) — summed across institutions and across the periods of a year. `ratio`: a percent or a rate, averaged
 * with the weight named by `weightMetric` (e.g. the inclusive-loan rate weighted by new inclusive lending).
 */
export const STAT_KINDS = ["stock", "flow", "ratio"] as const;
export type StatKind = (typeof STAT_KINDS)[number];

/** A metric may be broken down: by 2025 catalogue use (level-1 code "1"…"9", or level-2 "1.4"), by GB/T 4754 section. */
export const STAT_BREAKDOWNS = ["catalogue-use", "industry-section"] as const;
export type StatBreakdown = (typeof STAT_BREAKDOWNS)[number];

export interface StatMetric {
  /** Stable key, e.g. "green_loan_balance". */
  readonly key: string;
  readonly article: StatArticle;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly unit: StatUnit;
  readonly kind: StatKind;
  /** For `ratio` metrics: the flow or stock metric that weights the average across institutions. */
  readonly weightMetric?: string;
  readonly breakdown?: StatBreakdown;
  /** Whether an institution of each kind must report it (others may leave it empty). */
  readonly requiredFor: readonly string[];
  /** Where the platform can pre-fill it from: "green-financings", "marketplace", or absent. */
  readonly prefill?: string;
  readonly definitionZh: string;
  readonly definitionEn: string;
  /** The statistical definition it follows (PBOC green-loan statistics, CBIRC inclusive-loan caliber …). */
  readonly source: string;
}

/**
 * A cross-check between metrics of one report, or of a report and the one before it, as data. `lhs` and `rhs` are
 * sums of terms; `prev:` before a metric key reads the previous period's report of the same institution.
 * Example: balance continuity — "green_loan_balance - prev:green_loan_balance <= green_loan_new".
 */
export interface StatCrossCheck {
  readonly key: string;
  readonly lhs: readonly string[];
  readonly op: "<=" | ">=" | "=";
  readonly rhs: readonly string[];
  /** Allowed slack in the rhs's unit (e.g. rounding), decimal text; "0" when exact. */
  readonly tolerance: string;
  readonly severity: "error" | "warning";
  readonly messageZh: string;
  readonly messageEn: string;
}

export interface StatTemplate {
  /** e.g. "five-articles-monthly@2026.1". */
  readonly ref: string;
  readonly frequency: StatFrequency;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly metrics: readonly StatMetric[];
  readonly crossChecks: readonly StatCrossCheck[];
}

/** A period: "2026-03" (monthly) or "2026-Q1" (quarterly). */
export type StatPeriod = string;

/** One reported figure: a metric (and breakdown item, when broken down) of one institution for one period. */
export interface StatValue {
  readonly orgId: string;
  readonly period: StatPeriod;
  readonly metric: string;
  /** The breakdown item ("1.4", "C"), or null for the metric's total. */
  readonly item: string | null;
  /** Decimal text in the metric's unit. */
  readonly value: string;
  /** The report revision it comes from (a revised report supersedes the earlier revision as a whole). */
  readonly revision: number;
}

/** A district target: a metric's baseline and target, and which way is progress. */
export interface StatTarget {
  readonly key: string;
  readonly nameZh: string;
  readonly nameEn: string;
  /** A template metric, or a platform indicator ("carbon_intensity_change", "green_industry_share"). */
  readonly metric: string;
  readonly unit: StatUnit;
  readonly baselineYear: number;
  readonly baselineValue: string;
  readonly targetYear: number;
  readonly targetValue: string;
  readonly direction: "increase" | "decrease";
  readonly source: string;
}
