import type { StatPeriod } from "../statistics-types";
import type { StatBook } from "./stat-book";
import { type StatBasis, statFigure } from "./stat-figure";
import { statPeriodRange } from "./stat-periods";

export interface StatTrendPoint {
  readonly period: StatPeriod;
  /** Exact decimal text, or null with the reason (nobody reported, weights 0). */
  readonly value: string | null;
  readonly reason: string | null;
  readonly trace: readonly string[];
}

export interface StatTrendQuery {
  readonly metric: string;
  readonly item?: string | null;
  readonly from: StatPeriod;
  readonly to: StatPeriod;
  readonly basis?: StatBasis;
}

export interface StatTrend {
  readonly metric: string;
  readonly item: string | null;
  /** The institution, or null for the district. */
  readonly orgId: string | null;
  readonly points: readonly StatTrendPoint[];
}

/** A metric's series over a range of periods, for the district or (with `orgId`) one institution. */
export function statTrend(book: StatBook, query: StatTrendQuery & { readonly orgId?: string }): StatTrend {
  const orgId = query.orgId ?? null;
  const points = statPeriodRange(query.from, query.to).map((period): StatTrendPoint => {
    const f = statFigure(book, { ...query, period, ...(orgId === null ? {} : { orgIds: [orgId] }) });
    return { period, value: f.value, reason: f.reason, trace: f.trace };
  });
  return { metric: query.metric, item: query.item ?? null, orgId, points };
}

/** The series of every institution that reported the metric in the range, in code-unit order. */
export function institutionTrends(book: StatBook, query: StatTrendQuery): StatTrend[] {
  const periods = new Set(statPeriodRange(query.from, query.to));
  const item = query.item ?? null;
  const orgs = book.orgIds.filter((o) =>
    book.values.some((v) => v.orgId === o && v.metric === query.metric && v.item === item && periods.has(v.period)),
  );
  return orgs.map((orgId) => statTrend(book, { ...query, orgId }));
}
