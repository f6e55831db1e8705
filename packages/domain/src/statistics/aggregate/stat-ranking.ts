import { Dec } from "../../market/market-decimal";
import type { StatPeriod } from "../statistics-types";
import type { StatBook } from "./stat-book";
import { type StatBasis, statFigure } from "./stat-figure";
import { type StatComparison, statGrowth } from "./stat-growth";
import { byCodeUnits } from "./stat-periods";

export interface StatRankingQuery {
  readonly metric: string;
  readonly period: StatPeriod;
  readonly item?: string | null;
  readonly basis?: StatBasis;
  /** Rank by the figure itself (default) or by its growth. */
  readonly by?: "value" | "growth";
  /** For `by: "growth"`; year-on-year by default. */
  readonly comparison?: StatComparison;
  /** `desc` (default): the largest first; `asc` for metrics where less is better. */
  readonly order?: "desc" | "asc";
}

export interface StatRankEntry {
  /** 1, 2, 3 … in order; equal figures are ordered by org id and still get consecutive ranks. */
  readonly rank: number;
  readonly orgId: string;
  /** The figure ranked: the value, or the growth as an exact fraction. */
  readonly value: string;
  /** With `by: "growth"`: the growth in percent, 2 places. */
  readonly growthPercent: string | null;
}

export interface StatRanking {
  readonly metric: string;
  readonly item: string | null;
  readonly period: StatPeriod;
  readonly by: "value" | "growth";
  readonly ranked: readonly StatRankEntry[];
  /** Institutions that reported the metric but cannot be ranked (no growth: a newcomer, a zero base). */
  readonly unranked: readonly { readonly orgId: string; readonly reason: string }[];
  readonly trace: readonly string[];
}

/** The institutions ordered by a metric, or by its growth, for one period; ties broken by org id. */
export function rankInstitutions(book: StatBook, query: StatRankingQuery): StatRanking {
  const by = query.by ?? "value";
  const order = query.order ?? "desc";
  const figure = statFigure(book, query);
  const rows: { orgId: string; value: string; growthPercent: string | null }[] = [];
  const unranked: { orgId: string; reason: string }[] = [];
  for (const org of figure.institutions) {
    if (by === "value") {
      if (org.value === null) unranked.push({ orgId: org.orgId, reason: "its weights sum to 0" });
      else rows.push({ orgId: org.orgId, value: org.value, growthPercent: null });
      continue;
    }
    const g = statGrowth(book, {
      ...query,
      orgIds: [org.orgId],
      comparison: query.comparison ?? "year-on-year",
    }).reported;
    if (g.growth === null) unranked.push({ orgId: org.orgId, reason: g.reason ?? "no growth" });
    else rows.push({ orgId: org.orgId, value: g.growth, growthPercent: g.growthPercent });
  }
  const sign = order === "desc" ? -1 : 1;
  rows.sort((a, b) => sign * new Dec(a.value).comparedTo(b.value) || byCodeUnits(a.orgId, b.orgId));
  const ranked = rows.map((r, i) => ({ rank: i + 1, ...r }));
  const trace = [
    `${query.metric}${figure.item === null ? "" : ` [${figure.item}]`} ${query.period}: institutions by ${by}, ${order === "desc" ? "largest" : "smallest"} first, ties by org id`,
    ...ranked.map((r) => `${r.rank}. ${r.orgId} ${r.growthPercent === null ? r.value : `${r.growthPercent} %`}`),
    ...unranked.map((u) => `not ranked: ${u.orgId} (${u.reason})`),
  ];
  return { metric: query.metric, item: figure.item, period: query.period, by, ranked, unranked, trace };
}
