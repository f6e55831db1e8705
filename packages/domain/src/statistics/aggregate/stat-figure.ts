import { Dec, plain } from "../../market/market-decimal";
import type { StatKind, StatMetric, StatPeriod } from "../statistics-types";
import { type StatBook, statCell, statMetric } from "./stat-book";
import { byCodeUnits, yearToDatePeriods } from "./stat-periods";

/** `period`: the period's own figure. `year-to-date`: flows summed over the year so far, stocks the period's value,
 * ratios weighted over the year so far. */
export type StatBasis = "period" | "year-to-date";

export interface StatFigureQuery {
  readonly metric: string;
  readonly period: StatPeriod;
  /** A breakdown item, or null (the default) for the metric's total. */
  readonly item?: string | null;
  readonly basis?: StatBasis;
  /** Only these institutions (like-for-like, one institution); all by default. */
  readonly orgIds?: readonly string[];
}

/** One institution's part of a figure. */
export interface StatOrgFigure {
  readonly orgId: string;
  /** Its figure: the sum (stock, flow) or its own weighted average (ratio); null when its weights sum to 0. */
  readonly value: string | null;
  /** Ratio metrics: the sum of its weights; null for stocks and flows. */
  readonly weight: string | null;
  /** Ratio metrics: Σ value × weight, the numerator it adds to the district's; null for stocks and flows. */
  readonly weighted: string | null;
  /** The periods it reported in. */
  readonly periods: readonly StatPeriod[];
  readonly trace: readonly string[];
}

export interface StatFigure {
  readonly metric: string;
  readonly kind: StatKind;
  readonly item: string | null;
  readonly period: StatPeriod;
  readonly basis: StatBasis;
  /** The periods combined (one, or the year's so far). */
  readonly periods: readonly StatPeriod[];
  /** Exact decimal text; null when nobody reported it or a ratio's weights sum to 0 (see `reason`). */
  readonly value: string | null;
  readonly reason: string | null;
  /** Ratio metrics: the sum of the weights; null otherwise. */
  readonly weight: string | null;
  /** The institutions that reported it, in code-unit order. */
  readonly institutions: readonly StatOrgFigure[];
  readonly trace: readonly string[];
}

/** The periods a figure combines: a stock is never summed across periods. */
export function basisPeriods(kind: StatKind, basis: StatBasis, period: StatPeriod): StatPeriod[] {
  return basis === "period" || kind === "stock" ? [period] : yearToDatePeriods(period);
}

/** The item a ratio's weight is read at: the same item when the weight metric is broken down too, else its total. */
const weightItem = (weightMetric: StatMetric, item: string | null): string | null =>
  item !== null && weightMetric.breakdown !== undefined ? item : null;

interface Part {
  readonly org: StatOrgFigure;
  readonly sum: Dec;
  readonly weight: Dec;
}

function orgPart(
  book: StatBook,
  metric: StatMetric,
  orgId: string,
  periods: readonly StatPeriod[],
  item: string | null,
): Part | null {
  const weightMetric = metric.kind === "ratio" ? statMetric(book, metric.weightMetric!) : null;
  let sum = new Dec(0);
  let weight = new Dec(0);
  const terms: string[] = [];
  const used: StatPeriod[] = [];
  const notes: string[] = [];
  for (const period of periods) {
    const v = statCell(book, orgId, period, metric.key, item);
    if (v === undefined) continue;
    if (!weightMetric) {
      sum = sum.plus(v);
      terms.push(`${period} ${v}`);
      used.push(period);
      continue;
    }
    const w = statCell(book, orgId, period, weightMetric.key, weightItem(weightMetric, item));
    if (w === undefined) {
      notes.push(`${orgId} ${period}: ${metric.key} ${v} left out, no ${weightMetric.key} to weight it`);
      continue;
    }
    sum = sum.plus(new Dec(v).times(w));
    weight = weight.plus(w);
    terms.push(`${period} ${v} × ${w}`);
    used.push(period);
  }
  if (used.length === 0) return notes.length ? { org: emptyOrg(orgId, notes), sum, weight } : null;
  let value: string | null;
  let line: string;
  if (!weightMetric) {
    value = plain(sum);
    line = terms.length === 1 ? `${orgId}: ${terms[0]}` : `${orgId}: ${terms.join(" + ")} = ${value}`;
  } else {
    value = weight.isZero() ? null : plain(sum.div(weight));
    const ratio = value === null ? "no weight (Σ weight = 0)" : value;
    line = `${orgId}: (${terms.join(" + ")}) ÷ Σ ${weightMetric.key} ${plain(weight)} = ${plain(sum)} ÷ ${plain(weight)} = ${ratio}`;
  }
  const org: StatOrgFigure = {
    orgId,
    value,
    weight: weightMetric ? plain(weight) : null,
    weighted: weightMetric ? plain(sum) : null,
    periods: used,
    trace: [...notes, line],
  };
  return { org, sum, weight };
}

const emptyOrg = (orgId: string, notes: string[]): StatOrgFigure => ({
  orgId,
  value: null,
  weight: null,
  weighted: null,
  periods: [],
  trace: notes,
});

const describe = (
  metric: StatMetric,
  basis: StatBasis,
  periods: readonly StatPeriod[],
  item: string | null,
): string => {
  const span = periods.length === 1 ? periods[0] : `${periods[0]}…${periods[periods.length - 1]}`;
  const rule =
    metric.kind === "ratio"
      ? `ratio weighted by ${metric.weightMetric}`
      : metric.kind === "flow"
        ? "flow, summed over institutions and periods"
        : "stock, summed over institutions at the period's end";
  return `${metric.key}${item === null ? "" : ` [${item}]`}, ${basis === "period" ? "period" : "year to date"} ${span} (${rule})`;
};

/**
 * A district figure (or one restricted to some institutions) for one metric, period and item: stocks and flows are
 * summed, ratios averaged with their weight metric (Σ value × weight ÷ Σ weight, exactly); on a year-to-date basis
 * flows and ratios run over the year's periods so far. The trace names every term added and divided.
 */
export function statFigure(book: StatBook, query: StatFigureQuery): StatFigure {
  const metric = statMetric(book, query.metric);
  const item = query.item ?? null;
  const basis = query.basis ?? "period";
  const periods = basisPeriods(metric.kind, basis, query.period);
  const orgIds = query.orgIds ? [...new Set(query.orgIds)].sort(byCodeUnits) : book.orgIds;
  const parts = orgIds.map((o) => orgPart(book, metric, o, periods, item)).filter((p): p is Part => p !== null);
  const counted = parts.filter((p) => p.org.periods.length > 0);
  const trace: string[] = [describe(metric, basis, periods, item)];
  const periodSet = new Set(periods);
  const orgSet = new Set(orgIds);
  for (const s of book.superseded) {
    if (periodSet.has(s.period) && orgSet.has(s.orgId)) {
      trace.push(`${s.orgId} ${s.period}: revision ${s.kept} in force, supersedes ${s.superseded.join(", ")}`);
    }
  }
  for (const p of parts) trace.push(...p.org.trace);
  let value: string | null = null;
  let weight: string | null = null;
  let reason: string | null = null;
  if (counted.length === 0) {
    reason = `no institution reported ${metric.key}${item === null ? "" : ` [${item}]`} for ${periods.join(", ")}`;
    trace.push(reason);
  } else if (metric.kind !== "ratio") {
    const total = counted.reduce((s, p) => s.plus(p.sum), new Dec(0));
    value = plain(total);
    trace.push(`total = ${counted.map((p) => `${p.org.orgId} ${plain(p.sum)}`).join(" + ")} = ${value}`);
  } else {
    const num = counted.reduce((s, p) => s.plus(p.sum), new Dec(0));
    const den = counted.reduce((s, p) => s.plus(p.weight), new Dec(0));
    weight = plain(den);
    const nums = counted.map((p) => plain(p.sum)).join(" + ");
    const dens = counted.map((p) => plain(p.weight)).join(" + ");
    if (den.isZero()) {
      reason = `the weights (${metric.weightMetric}) sum to 0: no weighted average`;
      trace.push(`weighted average = (${nums}) ÷ (${dens}): ${reason}`);
    } else {
      value = plain(num.div(den));
      trace.push(`weighted average = (${nums}) ÷ (${dens}) = ${plain(num)} ÷ ${plain(den)} = ${value}`);
    }
  }
  return {
    metric: metric.key,
    kind: metric.kind,
    item,
    period: query.period,
    basis,
    periods,
    value,
    reason,
    weight,
    institutions: counted.map((p) => p.org),
    trace,
  };
}

/** The items a broken-down metric was reported with in the figure's periods, in code-unit order. */
export function statItems(book: StatBook, metric: string, periods: readonly StatPeriod[]): string[] {
  const set = new Set(periods);
  const items = new Set<string>();
  for (const v of book.values) if (v.metric === metric && v.item !== null && set.has(v.period)) items.add(v.item);
  return [...items].sort(byCodeUnits);
}

/** A figure for every breakdown item of a metric (by catalogue use, by industry section). */
export function statBreakdown(
  book: StatBook,
  query: Omit<StatFigureQuery, "item">,
): { readonly metric: string; readonly items: readonly StatFigure[] } {
  const metric = statMetric(book, query.metric);
  const periods = basisPeriods(metric.kind, query.basis ?? "period", query.period);
  return {
    metric: metric.key,
    items: statItems(book, metric.key, periods).map((item) => statFigure(book, { ...query, item })),
  };
}
