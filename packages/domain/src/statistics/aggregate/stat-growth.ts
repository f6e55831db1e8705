import { Dec, percent, plain } from "../../market/market-decimal";
import type { StatPeriod } from "../statistics-types";
import type { StatBook } from "./stat-book";
import { type StatFigure, type StatFigureQuery, statFigure } from "./stat-figure";
import { byCodeUnits, previousStatPeriod, sameStatPeriodLastYear } from "./stat-periods";

/** `year-on-year`: against the same month or quarter last year. `period-on-period`: month-on-month for monthly
 * periods, quarter-on-quarter for quarterly ones. */
export type StatComparison = "year-on-year" | "period-on-period";

export const comparisonPeriod = (period: StatPeriod, comparison: StatComparison): StatPeriod =>
  comparison === "year-on-year" ? sameStatPeriodLastYear(period) : previousStatPeriod(period);

/** One growth figure: (current − previous) ÷ previous. */
export interface StatGrowthFigure {
  readonly current: string | null;
  readonly previous: string | null;
  /** current − previous, exact; null when either is missing. */
  readonly change: string | null;
  /** The exact fraction (0.25 for +25 %); null when the previous figure is 0 or missing. */
  readonly growth: string | null;
  /** The growth in percent, 2 places half-even ("25.00"). */
  readonly growthPercent: string | null;
  readonly reason: string | null;
  /** The institutions counted (both periods together, in code-unit order). */
  readonly institutions: readonly string[];
  readonly trace: readonly string[];
}

export interface StatGrowth {
  readonly metric: string;
  readonly item: string | null;
  readonly period: StatPeriod;
  readonly comparePeriod: StatPeriod;
  readonly comparison: StatComparison;
  readonly basis: StatFigure["basis"];
  /** All institutions as reported in each period: a newcomer counts in the current figure only. */
  readonly reported: StatGrowthFigure;
  /** Only the institutions with a figure in both periods, so a newcomer does not inflate growth. */
  readonly likeForLike: StatGrowthFigure;
}

export interface StatGrowthQuery extends StatFigureQuery {
  readonly comparison: StatComparison;
}

/** Growth between two figures, with the reason when it cannot be computed. */
export function growthBetween(current: StatFigure, previous: StatFigure, label: string): StatGrowthFigure {
  const orgs = new Set([...current.institutions, ...previous.institutions].map((o) => o.orgId));
  const institutions = [...orgs].sort(byCodeUnits);
  const trace = [
    `${label}: ${current.period} against ${previous.period}`,
    ...current.trace.map((t) => `  ${current.period}: ${t}`),
    ...previous.trace.map((t) => `  ${previous.period}: ${t}`),
  ];
  const base = { current: current.value, previous: previous.value, institutions };
  if (current.value === null || previous.value === null) {
    const reason =
      current.value === null
        ? `no figure for ${current.period}${current.reason ? ` (${current.reason})` : ""}`
        : `no figure for ${previous.period}${previous.reason ? ` (${previous.reason})` : ""}`;
    return { ...base, change: null, growth: null, growthPercent: null, reason, trace: [...trace, reason] };
  }
  const change = new Dec(current.value).minus(previous.value);
  if (new Dec(previous.value).isZero()) {
    const reason = `the ${previous.period} figure is 0: no growth rate`;
    return { ...base, change: plain(change), growth: null, growthPercent: null, reason, trace: [...trace, reason] };
  }
  const growth = change.div(previous.value);
  trace.push(
    `growth = (${current.value} − ${previous.value}) ÷ ${previous.value} = ${plain(change)} ÷ ${previous.value} = ${plain(growth)} = ${percent(growth)} %`,
  );
  return { ...base, change: plain(change), growth: plain(growth), growthPercent: percent(growth), reason: null, trace };
}

/**
 * Growth of a figure year-on-year or period-on-period, twice: as reported (every institution in each period) and
 * like-for-like (only the institutions with a figure in both periods).
 */
export function statGrowth(book: StatBook, query: StatGrowthQuery): StatGrowth {
  const comparePeriod = comparisonPeriod(query.period, query.comparison);
  const current = statFigure(book, query);
  const previous = statFigure(book, { ...query, period: comparePeriod });
  const before = new Set(previous.institutions.filter((o) => o.value !== null).map((o) => o.orgId));
  const both = current.institutions.filter((o) => o.value !== null && before.has(o.orgId)).map((o) => o.orgId);
  const lflCurrent = statFigure(book, { ...query, orgIds: both });
  const lflPrevious = statFigure(book, { ...query, period: comparePeriod, orgIds: both });
  return {
    metric: current.metric,
    item: current.item,
    period: query.period,
    comparePeriod,
    comparison: query.comparison,
    basis: current.basis,
    reported: growthBetween(current, previous, `${query.comparison}, as reported`),
    likeForLike: growthBetween(
      lflCurrent,
      lflPrevious,
      `${query.comparison}, like-for-like (institutions in both periods: ${both.join(", ") || "none"})`,
    ),
  };
}
