/**
 * Turning the domain's aggregates into the dashboard's figures: a metric's headline (period, year to date, growth
 * year on year as reported and like-for-like, on both bases) and the growth view the contracts carry.
 */
import type { TStatGrowthView, TStatHeadline, TStatMetricInfo } from "@greenfin/contracts";
import {
  buildStatBook,
  type StatBook,
  type StatGrowthFigure,
  type StatValue,
  statFigure,
  statGrowth,
} from "@greenfin/domain";
import type { LoadedStatTemplate } from "@greenfin/reference";

export const bookOf = (t: LoadedStatTemplate, values: readonly StatValue[] | undefined): StatBook =>
  buildStatBook(t.metrics, values ?? []);

export const growthView = (comparePeriod: string, g: StatGrowthFigure): TStatGrowthView => ({
  comparePeriod,
  current: g.current,
  previous: g.previous,
  change: g.change,
  growthPercent: g.growthPercent,
  reason: g.reason,
  institutions: g.institutions.length,
});

const last = (lines: readonly string[]): string => lines[lines.length - 1] ?? "";

/** A metric's district headline for one period (a month, or a quarter for a quarterly-only metric). */
export function headlineFigure(
  book: StatBook,
  m: TStatMetricInfo,
  period: string,
  extraTrace: readonly string[] = [],
): TStatHeadline {
  const q = { metric: m.metric, period };
  const fig = statFigure(book, q);
  const yoy = statGrowth(book, { ...q, comparison: "year-on-year" });
  // A stock's year-to-date figure is the period's (never summed across periods): computed once.
  const stock = m.kind === "stock";
  const ytd = stock ? fig : statFigure(book, { ...q, basis: "year-to-date" });
  const ytdYoy = stock ? yoy : statGrowth(book, { ...q, basis: "year-to-date", comparison: "year-on-year" });
  const lfl = yoy.likeForLike.trace;
  const ytdLfl = ytdYoy.likeForLike.trace;
  return {
    ...m,
    period,
    value: fig.value,
    reason: fig.reason,
    ytdValue: ytd.value,
    institutions: fig.institutions.length,
    yoyReported: growthView(yoy.comparePeriod, yoy.reported),
    yoyLikeForLike: growthView(yoy.comparePeriod, yoy.likeForLike),
    ytdYoyReported: growthView(ytdYoy.comparePeriod, ytdYoy.reported),
    ytdYoyLikeForLike: growthView(ytdYoy.comparePeriod, ytdYoy.likeForLike),
    trace: [
      ...extraTrace,
      ...fig.trace,
      `year to date: ${ytd.trace[0]}; ${last(ytd.trace)}`,
      `year on year, as reported: ${last(yoy.reported.trace)}`,
      `${lfl[0]}; ${last(lfl)}`,
      `year to date, year on year, as reported: ${last(ytdYoy.reported.trace)}`,
      `year to date, ${ytdLfl[0]}; ${last(ytdLfl)}`,
    ],
  };
}
