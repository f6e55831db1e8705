import type { StatFrequency } from "../statistics-types";
import type { StatObservation } from "./linear-trend";
import type { StatBook } from "./stat-book";
import { statFigure } from "./stat-figure";
import { lastStatPeriodOfYear } from "./stat-periods";

/**
 * A metric's annual district values, for a target's progress and projection: the year-to-date figure at each year's
 * last period (December or Q4), i.e. the year's flow, the year-end stock, the ratio weighted over the year. A year
 * without a figure at its last period is left out (a partial year is not an annual value).
 */
export function annualStatValues(
  book: StatBook,
  query: {
    readonly metric: string;
    readonly item?: string | null;
    readonly years: readonly number[];
    readonly frequency: StatFrequency;
  },
): StatObservation[] {
  const out: StatObservation[] = [];
  for (const year of [...query.years].sort((a, b) => a - b)) {
    const period = lastStatPeriodOfYear(year, query.frequency);
    const item = query.item ?? null;
    if (statFigure(book, { metric: query.metric, item, period }).value === null) continue;
    const f = statFigure(book, { metric: query.metric, item, period, basis: "year-to-date" });
    if (f.value !== null)
      out.push({ year, value: f.value, source: `district ${query.metric}, year to date ${period}` });
  }
  return out;
}
