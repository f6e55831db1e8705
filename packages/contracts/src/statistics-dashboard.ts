/**
 * The district statistics dashboard (issue 8): headline figures with year-to-date and year-on-year growth (as
 * reported and like-for-like), trends, drill-downs, rankings, one institution's view for the district, the
 * institution's own view against the district and anonymised peers, and the public page. Accepted figures only;
 * every figure is exact decimal text with the trace of how it was computed.
 */
import { STAT_ARTICLES, STAT_BREAKDOWNS, STAT_FREQUENCIES, STAT_KINDS, STAT_UNITS } from "@greenfin/domain";
import { z } from "zod";
import { zId } from "./common";

/** "2026-03". */
export const zStatMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "a month, e.g. 2026-03");
/** "2026-03" or "2026-Q1" (a quarterly-only metric is read by quarter). */
export const zStatAnyPeriod = z.string().regex(/^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/, "a period, e.g. 2026-03 or 2026-Q1");
export const STAT_DRILL_BY = ["institution", "catalogue-use", "industry-section"] as const;
export const STAT_BASES = ["period", "year-to-date"] as const;
export const zStatBasis = z.enum(STAT_BASES);
export const zStatMetricKey = z.string().regex(/^[a-z0-9_]{1,64}$/, "a metric key, e.g. green_loan_balance");

/** What a metric is: enough for a chart's label and unit. */
export const zStatMetricInfo = z.object({
  metric: z.string(),
  article: z.enum(STAT_ARTICLES),
  nameZh: z.string(),
  nameEn: z.string(),
  unit: z.enum(STAT_UNITS),
  kind: z.enum(STAT_KINDS),
  /** The template it is read from: monthly metrics by month, quarterly-only ones by quarter. */
  frequency: z.enum(STAT_FREQUENCIES),
  templateRef: z.string(),
  /** The breakdown the metric is reported with (drill by it), or null. */
  breakdown: z.enum(STAT_BREAKDOWNS).nullable(),
});
export type TStatMetricInfo = z.infer<typeof zStatMetricInfo>;

/** One growth figure: (current − previous) ÷ previous. */
export const zStatGrowthView = z.object({
  comparePeriod: z.string(),
  current: z.string().nullable(),
  previous: z.string().nullable(),
  change: z.string().nullable(),
  /** Percent to 2 places ("25.00"); null with the reason. */
  growthPercent: z.string().nullable(),
  reason: z.string().nullable(),
  /** How many institutions are counted (never who, on the public page). */
  institutions: z.number().int(),
});
export type TStatGrowthView = z.infer<typeof zStatGrowthView>;

/** A headline figure of the district for one metric. */
export const zStatHeadline = zStatMetricInfo.extend({
  /** The month, or the quarter for a quarterly-only metric. */
  period: z.string(),
  value: z.string().nullable(),
  reason: z.string().nullable(),
  /** Year to date: flows summed over the year so far, stocks the period's, ratios weighted over the year. */
  ytdValue: z.string().nullable(),
  /** Institutions that reported it for the period. */
  institutions: z.number().int(),
  /** Year on year, period basis: every institution as reported, and only those in both periods. */
  yoyReported: zStatGrowthView,
  yoyLikeForLike: zStatGrowthView,
  /** Year on year of the year-to-date figure, as reported and like-for-like. */
  ytdYoyReported: zStatGrowthView,
  ytdYoyLikeForLike: zStatGrowthView,
  trace: z.array(z.string()),
});
export type TStatHeadline = z.infer<typeof zStatHeadline>;

export const zStatTrendPoint = z.object({ period: z.string(), value: z.string().nullable() });
export const zStatTrendSeries = z.object({
  metric: z.string(),
  frequency: z.enum(STAT_FREQUENCIES),
  points: z.array(zStatTrendPoint),
});
export type TStatTrendSeries = z.infer<typeof zStatTrendSeries>;

export const zStatDashboardQuery = z.object({ period: zStatMonth.optional() });

export const zStatDashboard = z.object({
  /** The month shown; null when no monthly report has been accepted yet. */
  period: z.string().nullable(),
  /** The latest quarter with accepted data up to the month's quarter (quarterly-only metrics), or null. */
  quarter: z.string().nullable(),
  /** Months and quarters with accepted data, newest first. */
  periods: z.array(z.string()),
  quarters: z.array(z.string()),
  /** Institutions with an accepted monthly report for the month. */
  institutions: z.number().int(),
  /** Monthly metrics first (template order), then the quarterly-only ones. */
  headline: z.array(zStatHeadline),
  /** Up to 36 months (monthly metrics) or 12 quarters (quarterly-only metrics) ending at the period. */
  trends: z.array(zStatTrendSeries),
  trace: z.array(z.string()),
});
export type TStatDashboard = z.infer<typeof zStatDashboard>;

export const zStatDrillQuery = z.object({
  metric: zStatMetricKey,
  period: zStatAnyPeriod,
  by: z.enum(STAT_DRILL_BY).default("institution"),
  basis: zStatBasis.default("period"),
});
export type TStatDrillQuery = z.infer<typeof zStatDrillQuery>;

/** One row of a drill-down: an institution (key = org id), a catalogue use ("1"…"9") or an industry section. */
export const zStatDrillRow = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  value: z.string().nullable(),
  /** Share of the total in percent, 2 places; null for ratios or a non-positive total. */
  sharePercent: z.string().nullable(),
  yoyPercent: z.string().nullable(),
  yoyReason: z.string().nullable(),
});
export type TStatDrillRow = z.infer<typeof zStatDrillRow>;

export const zStatDrill = z.object({
  metric: zStatMetricInfo,
  period: z.string(),
  by: z.enum(STAT_DRILL_BY),
  basis: zStatBasis,
  /** The metric and period the rows were read from: a monthly metric's industry breakdown comes from the quarterly
   * "…_by_industry" metric of the quarter. */
  sourceMetric: z.string(),
  sourcePeriod: z.string(),
  total: z.string().nullable(),
  rows: z.array(zStatDrillRow),
  trace: z.array(z.string()),
});
export type TStatDrill = z.infer<typeof zStatDrill>;

export const zStatRankingQuery = z.object({
  metric: zStatMetricKey,
  period: zStatAnyPeriod,
  basis: zStatBasis.default("period"),
  by: z.enum(["value", "growth"]).default("value"),
});
export type TStatRankingQuery = z.infer<typeof zStatRankingQuery>;

export const zStatRankingRow = z.object({
  rank: z.number().int(),
  orgId: zId,
  nameZh: z.string(),
  nameEn: z.string(),
  value: z.string(),
  sharePercent: z.string().nullable(),
  yoyPercent: z.string().nullable(),
  yoyReason: z.string().nullable(),
});
export const zStatRanking = z.object({
  metric: zStatMetricInfo,
  period: z.string(),
  basis: zStatBasis,
  by: z.enum(["value", "growth"]),
  total: z.string().nullable(),
  rows: z.array(zStatRankingRow),
  unranked: z.array(z.object({ orgId: zId, nameZh: z.string(), nameEn: z.string(), reason: z.string() })),
  trace: z.array(z.string()),
});
export type TStatRanking = z.infer<typeof zStatRanking>;

/** One metric of one institution (district view). */
export const zStatOrgFigure = zStatMetricInfo.extend({
  period: z.string(),
  value: z.string().nullable(),
  ytdValue: z.string().nullable(),
  yoy: zStatGrowthView,
  /** Its share of the district total for the period, percent. */
  sharePercent: z.string().nullable(),
  trace: z.array(z.string()),
});
export type TStatOrgFigure = z.infer<typeof zStatOrgFigure>;

export const zStatOrgBreakdown = z.object({
  metric: z.string(),
  by: z.enum(STAT_BREAKDOWNS),
  period: z.string(),
  total: z.string().nullable(),
  rows: z.array(zStatDrillRow),
});

export const zStatInstitutionParams = z.object({ orgId: zId });
export const zStatInstitutionQuery = z.object({ period: zStatMonth.optional() });

export const zStatInstitution = z.object({
  org: z.object({ id: zId, nameZh: z.string(), nameEn: z.string(), kind: z.string() }),
  period: z.string().nullable(),
  quarter: z.string().nullable(),
  figures: z.array(zStatOrgFigure),
  /** By catalogue use (month) and by industry section (quarter). */
  breakdowns: z.array(zStatOrgBreakdown),
  /** Its monthly green-loan balance, up to 36 months. */
  trend: zStatTrendSeries,
});
export type TStatInstitution = z.infer<typeof zStatInstitution>;

export const zStatMineQuery = z.object({ period: zStatMonth.optional() });

/** The institution's own figure against the district's and the anonymised quartiles of its peers (same kind). */
export const zStatMineFigure = zStatMetricInfo.extend({
  period: z.string(),
  own: z.string().nullable(),
  ownYtd: z.string().nullable(),
  ownYoyPercent: z.string().nullable(),
  district: z.string().nullable(),
  districtYtd: z.string().nullable(),
  districtYoyPercent: z.string().nullable(),
  districtInstitutions: z.number().int(),
  sharePercent: z.string().nullable(),
  shareReason: z.string().nullable(),
  peers: z.object({ count: z.number().int(), p25: z.string(), median: z.string(), p75: z.string() }).nullable(),
  /** How many peers of the same kind reported it, whether or not their quartiles are shown. */
  peersReported: z.number().int(),
  /** Why quartiles are not shown (fewer than 4 peers …). */
  peersReason: z.string().nullable(),
  position: z.enum(["below-p25", "p25-median", "median-p75", "above-p75"]).nullable(),
  trace: z.array(z.string()),
});
export type TStatMineFigure = z.infer<typeof zStatMineFigure>;

export const zStatMine = z.object({
  org: z.object({ id: zId, nameZh: z.string(), nameEn: z.string(), kind: z.string() }),
  period: z.string().nullable(),
  quarter: z.string().nullable(),
  periods: z.array(z.string()),
  figures: z.array(zStatMineFigure),
});
export type TStatMine = z.infer<typeof zStatMine>;

/** The public page: district aggregates only, never an institution's figure, name or id. */
export const zPublicZoneHeadline = zStatMetricInfo.omit({ templateRef: true }).extend({
  period: z.string(),
  value: z.string().nullable(),
  ytdValue: z.string().nullable(),
  yoyPercent: z.string().nullable(),
  yoyLikeForLikePercent: z.string().nullable(),
  institutions: z.number().int(),
  /** Why the figures are withheld (fewer than 3 institutions reported: the total would disclose one), or null. */
  suppressedReason: z.string().nullable(),
});
export const zPublicZoneTarget = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  metric: z.string(),
  unit: z.string(),
  direction: z.enum(["increase", "decrease"]),
  baselineYear: z.number().int(),
  baselineValue: z.string(),
  targetYear: z.number().int(),
  targetValue: z.string(),
  source: z.string(),
  /** Null when progress is not computed (see `targetsProgress`). */
  latestYear: z.number().int().nullable(),
  latestValue: z.string().nullable(),
  progressPercent: z.string().nullable(),
  achieved: z.boolean().nullable(),
  projectedValue: z.string().nullable(),
  onTrack: z.boolean().nullable(),
  reason: z.string().nullable(),
});
export const zPublicZone = z.object({
  period: z.string().nullable(),
  quarter: z.string().nullable(),
  institutions: z.number().int(),
  headline: z.array(zPublicZoneHeadline),
  /** "computed": with progress; "raw": the targets as defined, progress not computed here. */
  targetsProgress: z.enum(["computed", "raw"]),
  /** The progress and projection method in words, for the page's footnote. */
  targetsMethodZh: z.string(),
  targetsMethodEn: z.string(),
  targets: z.array(zPublicZoneTarget),
  /** Published (released) rating methodologies. */
  methodologies: z.array(
    z.object({
      ref: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      version: z.string(),
      status: z.string(),
      /** The web page (/rating/methodologies/:ref) and the page's text without login (/api/public/methodologies/:ref). */
      webPath: z.string(),
      apiPath: z.string(),
    }),
  ),
});
export type TPublicZone = z.infer<typeof zPublicZone>;
