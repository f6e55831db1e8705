import { fixed } from "../rating/rating-decimal";
import { dateProblems } from "./iso-date";
import { Dec, fractionOf, isNonNegativeDecimal, isPercent, isPositiveDecimal } from "./market-decimal";
import { type MarketProblem, marketProblem, refuseIf } from "./market-errors";
import { step, type TraceStep } from "./market-trace";
import type { SllKpi, SllTerms } from "./pricing-types";

/** A KPI figure from the enterprise's carbon account (or another reported source). */
export interface KpiObservation {
  readonly kpi: string;
  readonly year: number;
  readonly value: string;
  readonly unit: string;
  /** e.g. the carbon-account version it came from. */
  readonly source: string;
}

/** A test date and the KPI year it tests (usually the year before). */
export interface SllTestDate {
  readonly date: string;
  readonly year: number;
}

export interface KpiOutcome {
  readonly kpi: string;
  /** baseline × (1 ∓ change)^(year − baseline year), 6 places. */
  readonly target: string;
  readonly observed: string | null;
  readonly outcome: "met" | "missed" | "not_reported";
  readonly stepBp: number;
  readonly why: string;
}

export interface SllTestResult {
  readonly date: string;
  readonly year: number;
  readonly kpis: readonly KpiOutcome[];
  /** Σ of this date's KPI steps, bp. */
  readonly stepBp: number;
  /** The running total after this date, held within [−maxDown, +maxUp]. */
  readonly cumulativeBp: number;
  readonly capped: boolean;
}

export interface SllAssessment {
  readonly tests: readonly SllTestResult[];
  /** The margin step in force after the last test, bp (negative lowers the rate). */
  readonly cumulativeBp: number;
  readonly trace: readonly TraceStep[];
}

/** The year's target: compounding the annual change from the baseline (5 % a year: × 0.95 each year). */
export function kpiTarget(kpi: SllKpi, year: number): Dec {
  const r = fractionOf(kpi.annualChangePercent);
  const factor = kpi.direction === "decrease" ? new Dec(1).minus(r) : new Dec(1).plus(r);
  return new Dec(kpi.baselineValue).times(factor.pow(year - kpi.baselineYear));
}

function termsProblems(
  terms: SllTerms,
  tests: readonly SllTestDate[],
  obs: readonly KpiObservation[],
): MarketProblem[] {
  const out: MarketProblem[] = [];
  for (const k of ["stepDownBp", "stepUpBp", "maxDownBp", "maxUpBp"] as const)
    if (!Number.isInteger(terms[k]) || terms[k] < 0)
      out.push(marketProblem("invalid", `terms.${k}`, "应为非负整数基点", "must be whole basis points ≥ 0"));
  terms.kpis.forEach((k, i) => {
    if (!isPositiveDecimal(k.baselineValue))
      out.push(
        marketProblem("invalid", `terms.kpis[${i}].baselineValue`, "基准值应为正数", "baseline must be positive"),
      );
    if (!isPercent(k.annualChangePercent))
      out.push(marketProblem("invalid", `terms.kpis[${i}].annualChangePercent`, "应为百分比", "must be a percent"));
  });
  let previous = "";
  tests.forEach((t, i) => {
    out.push(...dateProblems(`tests[${i}].date`, t.date));
    if (t.date <= previous)
      out.push(marketProblem("invalid", `tests[${i}].date`, "测试日应递增", "test dates must ascend"));
    previous = t.date;
    for (const k of terms.kpis)
      if (t.year <= k.baselineYear)
        out.push(
          marketProblem("invalid", `tests[${i}].year`, "测试年份应晚于基准年", `must be after ${k.key}'s baseline`),
        );
  });
  const seen = new Set<string>();
  obs.forEach((o, i) => {
    const kpi = terms.kpis.find((k) => k.key === o.kpi);
    const at = `observations[${i}]`;
    if (!kpi) out.push(marketProblem("invalid", `${at}.kpi`, "未知的 KPI", `unknown KPI ${o.kpi}`));
    else if (o.unit !== kpi.unit)
      out.push(
        marketProblem(
          "unit_mismatch",
          `${at}.unit`,
          `单位应为 ${kpi.unit}`,
          `${o.kpi} is in ${kpi.unit}, not ${o.unit}`,
        ),
      );
    if (!isNonNegativeDecimal(o.value)) out.push(marketProblem("invalid", `${at}.value`, "应为非负数", "must be ≥ 0"));
    if (seen.has(`${o.kpi}|${o.year}`))
      out.push(marketProblem("duplicate", at, "同一 KPI 同一年有两个观测值", "two observations for one KPI and year"));
    seen.add(`${o.kpi}|${o.year}`);
  });
  return out;
}

function assessKpi(kpi: SllKpi, terms: SllTerms, year: number, obs: readonly KpiObservation[]): KpiOutcome {
  const target = kpiTarget(kpi, year);
  const t6 = fixed(target, 6);
  const o = obs.find((x) => x.kpi === kpi.key && x.year === year);
  if (!o) {
    const asMissed = terms.notReported === "missed";
    return {
      kpi: kpi.key,
      target: t6,
      observed: null,
      outcome: "not_reported",
      stepBp: asMissed ? terms.stepUpBp : 0,
      why: `${kpi.key} ${year} not reported: ${asMissed ? "treated as missed" : "no step (neutral)"}`,
    };
  }
  const v = new Dec(o.value);
  const met = kpi.direction === "decrease" ? v.lte(target) : v.gte(target);
  const cmp = kpi.direction === "decrease" ? (met ? "≤" : ">") : met ? "≥" : "<";
  return {
    kpi: kpi.key,
    target: t6,
    observed: o.value,
    outcome: met ? "met" : "missed",
    stepBp: met ? -terms.stepDownBp : terms.stepUpBp,
    why: `${kpi.key} ${year}: ${o.value} ${kpi.unit} ${cmp} target ${t6} (${o.source})`,
  };
}

/**
 * A sustainability-linked loan's margin over its test dates: at each, every KPI is met (step down), missed (step up)
 * or not reported (missed, or neutral, by the terms); the running total is held within the cumulative bounds, so a
 * later step can move it back off a bound.
 */
export function assessSll(
  terms: SllTerms,
  tests: readonly SllTestDate[],
  observations: readonly KpiObservation[],
): SllAssessment {
  refuseIf(termsProblems(terms, tests, observations));
  let cumulative = 0;
  const results: SllTestResult[] = [];
  const trace: TraceStep[] = [];
  for (const t of tests) {
    const kpis = terms.kpis.map((k) => assessKpi(k, terms, t.year, observations));
    const stepBp = kpis.reduce((acc, k) => acc + k.stepBp, 0);
    const raw = cumulative + stepBp;
    const next = Math.min(terms.maxUpBp, Math.max(-terms.maxDownBp, raw));
    results.push({ date: t.date, year: t.year, kpis, stepBp, cumulativeBp: next, capped: next !== raw });
    trace.push(
      ...kpis.map((k) =>
        step(
          `${t.date} ${k.kpi}`,
          "baseline × (1 ∓ annual change)^(year − baseline year)",
          k.why,
          `${k.outcome}, ${k.stepBp} bp`,
        ),
      ),
      step(
        `${t.date} cumulative step`,
        `previous + Σ steps, held within [−${terms.maxDownBp}, +${terms.maxUpBp}] bp`,
        `${cumulative} + ${stepBp}`,
        `${next} bp${next !== raw ? ` (held from ${raw})` : ""}`,
      ),
    );
    cumulative = next;
  }
  return { tests: results, cumulativeBp: cumulative, trace };
}
