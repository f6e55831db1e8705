import { Dec } from "../../rating/rating-decimal";
import type { StatBreakdown, StatMetric, StatPeriod, StatTemplate, StatUnit } from "../statistics-types";
import { previousPeriod, readStatPeriod } from "./stat-period";

/** One figure as an institution enters it: a metric, the breakdown item (null for the total) and decimal text. */
export interface StatReportEntry {
  readonly metric: string;
  readonly item: string | null;
  /** Decimal text in the metric's unit; "" means not reported. */
  readonly value: string;
}

/** One institution's report for one period on one template. */
export interface StatReportInput {
  /** The organisation kind ("bank", "insurer", "wealth_manager", "fund_manager"): it decides what is required. */
  readonly orgKind: string;
  readonly period: StatPeriod;
  readonly values: readonly StatReportEntry[];
}

/**
 * The items each breakdown may use, as plain data (the domain reads no files): the level-1 uses of the green
 * catalogue and the GB/T 4754 sections — `statBreakdownItems()` in @greenfin/reference gives exactly this.
 */
export type StatBreakdownItems = { readonly [B in StatBreakdown]: readonly { readonly code: string }[] };

/** Decimal places a figure of each unit may carry: yuan to the fen, counts whole, percents to 0.0001. */
export const STAT_UNIT_PLACES: { readonly [U in StatUnit]: number } = { yuan: 2, count: 0, percent: 4, tCO2e: 3 };

export const STAT_PROBLEM_CODES = [
  "bad_period",
  "wrong_frequency",
  "previous_period_mismatch",
  "unknown_metric",
  "unexpected_item",
  "unknown_item",
  "duplicate_value",
  "bad_number",
  "negative",
  "too_many_places",
  "not_integer",
  "percent_out_of_range",
  "required_missing",
  "weight_missing",
  "total_missing",
  "breakdown_missing",
  "breakdown_sum",
  "cross_check",
  "cross_check_skipped",
] as const;
export type StatProblemCode = (typeof STAT_PROBLEM_CODES)[number];

export interface StatProblem {
  /** The metric it is about, or null for the report as a whole (its period). */
  readonly metric: string | null;
  readonly item: string | null;
  readonly code: StatProblemCode;
  /** `error` blocks submission; `warning` asks the institution to confirm; `note` only explains (a skipped check). */
  readonly severity: "error" | "warning" | "note";
  readonly messageZh: string;
  readonly messageEn: string;
  /** The cross-check, for `cross_check` and `cross_check_skipped`. */
  readonly check?: string;
}

/** A cross-check's outcome, with both sides evaluated exactly (null when skipped). */
export interface StatCrossCheckOutcome {
  readonly key: string;
  readonly status: "passed" | "failed" | "skipped";
  readonly lhs: string | null;
  readonly rhs: string | null;
  /** e.g. "green_loan_balance - prev:green_loan_balance <= green_loan_new: 1200 - 1000 = 200 <= 300 (tolerance 0)". */
  readonly trace: string;
}

export interface StatReportCheck {
  /** True when no problem is an error. */
  readonly ok: boolean;
  readonly problems: readonly StatProblem[];
  readonly crossChecks: readonly StatCrossCheckOutcome[];
}

export interface StatReportContext {
  readonly breakdownItems: StatBreakdownItems;
  /** The same institution's report for the period before, for `prev:` terms; absent → those checks are skipped. */
  readonly previous?: StatReportInput | null;
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const TERM = /^(-?)(?:(prev:)?([a-z][a-z0-9_]*)|(\d+(?:\.\d+)?))$/;
const itemKey = (metric: string, item: string | null) => `${metric}\u0000${item ?? ""}`;
const label = (m: StatMetric | undefined, key: string) => ({ zh: m ? `${m.nameZh}` : key, en: m ? m.nameEn : key });
const where = (item: string | null) =>
  item === null ? { zh: "", en: "" } : { zh: `（分项 ${item}）`, en: ` (item ${item})` };

/** The totals (item null) of a report that read as numbers, by metric; other entries are left out. */
function totalsOf(values: readonly StatReportEntry[]): Map<string, Dec> {
  const out = new Map<string, Dec>();
  for (const v of values)
    if (v.item === null && NUMBER.test(v.value) && !out.has(v.metric)) out.set(v.metric, new Dec(v.value));
  return out;
}

/**
 * Checks one report against its template and returns every problem at once, never stopping at the first: the period;
 * each figure (a known metric, an item only where the metric is broken down and only from its list, once, a decimal
 * number, not negative, no more places than its unit allows, a count whole, a percent at most 100); the metrics
 * required of this kind of institution; a ratio's weight; each breakdown's items adding up exactly to its total; and
 * the template's cross-checks, evaluated exactly — those reading the previous period are skipped with a note when
 * there is no previous report. Nothing is rounded: decimal text is compared as exact decimals.
 */
export function checkStatReport(
  template: StatTemplate,
  input: StatReportInput,
  context: StatReportContext,
): StatReportCheck {
  const problems: StatProblem[] = [];
  const problem = (
    metric: string | null,
    item: string | null,
    code: StatProblemCode,
    severity: StatProblem["severity"],
    zh: string,
    en: string,
    check?: string,
  ) => problems.push({ metric, item, code, severity, messageZh: zh, messageEn: en, ...(check ? { check } : {}) });

  // The period.
  const period = readStatPeriod(input.period);
  if (!period)
    problem(
      null,
      null,
      "bad_period",
      "error",
      `报告期“${input.period}”格式不正确：月度写作 2026-03，季度写作 2026-Q1。`,
      `"${input.period}" is not a period: a month is written 2026-03, a quarter 2026-Q1.`,
    );
  else if (period.frequency !== template.frequency)
    problem(
      null,
      null,
      "wrong_frequency",
      "error",
      `报告期 ${input.period} 与${template.frequency === "monthly" ? "月度" : "季度"}报表不符。`,
      `Period ${input.period} does not fit a ${template.frequency} template.`,
    );
  const previous = context.previous ?? null;
  // A previous report is used only when this report's period is sound and it is for the period just before.
  let previousUsable = previous !== null && period !== null && period.frequency === template.frequency;
  if (previous && previousUsable) {
    const expected = previousPeriod(input.period);
    if (previous.period !== expected) {
      previousUsable = false;
      problem(
        null,
        null,
        "previous_period_mismatch",
        "error",
        `用于比对的上期报表是 ${previous.period}，应为 ${expected}。`,
        `The previous report given is for ${previous.period}, not ${expected}.`,
      );
    }
  }

  // Each figure.
  const metrics = new Map(template.metrics.map((m) => [m.key, m]));
  const itemLists = new Map<string, Set<string>>(
    (Object.keys(context.breakdownItems) as StatBreakdown[]).map((b) => [
      b,
      new Set(context.breakdownItems[b].map((i) => i.code)),
    ]),
  );
  const seen = new Set<string>();
  const totals = new Map<string, Dec>();
  const items = new Map<string, { item: string; value: Dec }[]>();
  for (const entry of input.values) {
    if (entry.value === "") continue;
    const { metric: key, item } = entry;
    const m = metrics.get(key);
    const at = where(item);
    if (!m) {
      problem(
        key,
        item,
        "unknown_metric",
        "error",
        `报表中没有指标 ${key}。`,
        `${key} is not a metric of ${template.ref}.`,
      );
      continue;
    }
    const name = label(m, key);
    let countIt = true;
    if (item !== null && !m.breakdown) {
      problem(
        key,
        item,
        "unexpected_item",
        "error",
        `${name.zh}不分项填报，分项 ${item} 无效。`,
        `${name.en} is not broken down; item ${item} does not apply.`,
      );
      continue;
    }
    if (item !== null && m.breakdown && !itemLists.get(m.breakdown)?.has(item)) {
      countIt = false;
      problem(
        key,
        item,
        "unknown_item",
        "error",
        `${name.zh}的分项 ${item} 不在${m.breakdown === "catalogue-use" ? "目录用途分类" : "国民经济行业门类"}中。`,
        `${name.en}: item ${item} is not a ${m.breakdown === "catalogue-use" ? "catalogue use" : "industry section"}.`,
      );
    }
    const k = itemKey(key, item);
    if (seen.has(k)) {
      problem(
        key,
        item,
        "duplicate_value",
        "error",
        `${name.zh}${at.zh}重复填报，仅采用第一次填报的数值。`,
        `${name.en}${at.en} is entered twice; only the first is used.`,
      );
      continue;
    }
    seen.add(k);
    if (!NUMBER.test(entry.value)) {
      problem(
        key,
        item,
        "bad_number",
        "error",
        `${name.zh}${at.zh}“${entry.value}”不是数字（不含千分位、空格或单位，如 1234.56）。`,
        `${name.en}${at.en}: "${entry.value}" is not a number (no separators, spaces or units, e.g. 1234.56).`,
      );
      continue;
    }
    const value = new Dec(entry.value);
    if (value.isNegative() && !value.isZero())
      problem(
        key,
        item,
        "negative",
        "error",
        `${name.zh}${at.zh}不能为负数。`,
        `${name.en}${at.en} cannot be negative.`,
      );
    const places = STAT_UNIT_PLACES[m.unit];
    if (value.decimalPlaces() > places) {
      if (m.unit === "count")
        problem(
          key,
          item,
          "not_integer",
          "error",
          `${name.zh}${at.zh}应为整数。`,
          `${name.en}${at.en} must be a whole number.`,
        );
      else
        problem(
          key,
          item,
          "too_many_places",
          "error",
          `${name.zh}${at.zh}最多保留 ${places} 位小数。`,
          `${name.en}${at.en} has more than ${places} decimal places.`,
        );
    }
    if (m.unit === "percent" && value.gt(100))
      problem(
        key,
        item,
        "percent_out_of_range",
        "error",
        `${name.zh}${at.zh}是百分数，应在 0 到 100 之间。`,
        `${name.en}${at.en} is a percent and must lie between 0 and 100.`,
      );
    if (item === null) totals.set(key, value);
    else if (countIt) items.set(key, [...(items.get(key) ?? []), { item, value }]);
  }

  // What the template asks of this kind of institution, weights and breakdowns.
  for (const m of template.metrics) {
    const required = m.requiredFor.includes(input.orgKind);
    const total = totals.get(m.key);
    const given = input.values.some((v) => v.metric === m.key && v.item === null && v.value !== "");
    if (required && !given)
      problem(
        m.key,
        null,
        "required_missing",
        "error",
        `${m.nameZh}为必报指标，未填报。`,
        `${m.nameEn} must be reported by a ${input.orgKind}.`,
      );
    if (m.kind === "ratio" && m.weightMetric && given && !totals.has(m.weightMetric)) {
      const w = label(metrics.get(m.weightMetric), m.weightMetric);
      problem(
        m.key,
        null,
        "weight_missing",
        "error",
        `填报${m.nameZh}时须同时填报其权数${w.zh}。`,
        `${m.nameEn} is averaged by ${w.en}, which must be reported with it.`,
      );
    }
    if (!m.breakdown) continue;
    const parts = items.get(m.key) ?? [];
    const anyItem = input.values.some((v) => v.metric === m.key && v.item !== null && v.value !== "");
    if (anyItem && !given)
      problem(
        m.key,
        null,
        "total_missing",
        "error",
        `${m.nameZh}填报了分项，但未填报合计。`,
        `${m.nameEn} has items but no total.`,
      );
    if (!anyItem && total && !total.isZero())
      problem(
        m.key,
        null,
        "breakdown_missing",
        required ? "error" : "warning",
        `${m.nameZh}未按${m.breakdown === "catalogue-use" ? "用途" : "行业"}分项填报。`,
        `${m.nameEn} is not broken down by ${m.breakdown === "catalogue-use" ? "catalogue use" : "industry section"}.`,
      );
    if (total && parts.length) {
      const sum = parts.reduce((s, p) => s.plus(p.value), new Dec(0));
      if (!sum.eq(total))
        problem(
          m.key,
          null,
          "breakdown_sum",
          "error",
          `${m.nameZh}各分项之和 ${sum.toFixed()} 不等于合计 ${total.toFixed()}（差 ${total.minus(sum).toFixed()}）。`,
          `${m.nameEn}: the items add up to ${sum.toFixed()}, not the total ${total.toFixed()} (difference ${total.minus(sum).toFixed()}).`,
        );
    }
  }

  // The cross-checks.
  const prevTotals = previous && previousUsable ? totalsOf(previous.values) : null;
  const outcomes: StatCrossCheckOutcome[] = [];
  for (const c of template.crossChecks) {
    const formula = `${c.lhs.join(" ")} ${c.op} ${c.rhs.join(" ")}`.replaceAll(" -", " - ");
    const skip = (zh: string, en: string) => {
      outcomes.push({ key: c.key, status: "skipped", lhs: null, rhs: null, trace: `${formula}: skipped — ${en}` });
      problem(
        firstMetric(c.lhs, c.rhs),
        null,
        "cross_check_skipped",
        "note",
        `校验“${c.messageZh}”未执行：${zh}`,
        `Check "${c.messageEn}" skipped: ${en}`,
        c.key,
      );
    };
    const readsPrevious = [...c.lhs, ...c.rhs].some((t) => t.replace(/^-/, "").startsWith("prev:"));
    if (readsPrevious && !prevTotals) {
      if (previous) skip("上期报表不可用（报告期不衔接）。", "the previous report is not for the period before.");
      else skip("没有上期报表。", "there is no previous report.");
      continue;
    }
    const missing: string[] = [];
    const side = (terms: readonly string[]) => {
      let sum = new Dec(0);
      const shown: string[] = [];
      for (const term of terms) {
        const t = TERM.exec(term);
        let v: Dec | undefined;
        if (!t) missing.push(term);
        else if (t[4] !== undefined) v = new Dec(t[4]);
        else v = (t[2] ? prevTotals : totals)?.get(t[3] as string);
        if (!v) {
          if (t) missing.push(term.replace(/^-/, ""));
          continue;
        }
        const negative = t?.[1] === "-";
        sum = negative ? sum.minus(v) : sum.plus(v);
        shown.push(`${shown.length ? (negative ? "- " : "+ ") : negative ? "-" : ""}${v.toFixed()}`);
      }
      return { sum, shown: shown.join(" ") };
    };
    const lhs = side(c.lhs);
    const rhs = side(c.rhs);
    if (missing.length) {
      skip(`未填报 ${missing.join("、")}。`, `${missing.join(", ")} not reported.`);
      continue;
    }
    const tolerance = new Dec(c.tolerance);
    const passed =
      c.op === "<="
        ? lhs.sum.lte(rhs.sum.plus(tolerance))
        : c.op === ">="
          ? lhs.sum.gte(rhs.sum.minus(tolerance))
          : lhs.sum.minus(rhs.sum).abs().lte(tolerance);
    const trace = `${formula}: ${lhs.shown} = ${lhs.sum.toFixed()} ${c.op} ${rhs.shown} = ${rhs.sum.toFixed()} (tolerance ${c.tolerance}) — ${passed ? "passed" : "failed"}`;
    outcomes.push({
      key: c.key,
      status: passed ? "passed" : "failed",
      lhs: lhs.sum.toFixed(),
      rhs: rhs.sum.toFixed(),
      trace,
    });
    if (!passed)
      problem(
        firstMetric(c.lhs, c.rhs),
        null,
        "cross_check",
        c.severity,
        `${c.messageZh}（${lhs.sum.toFixed()} ${c.op} ${rhs.sum.toFixed()} 不成立）`,
        `${c.messageEn} (${lhs.sum.toFixed()} ${c.op} ${rhs.sum.toFixed()} does not hold)`,
        c.key,
      );
  }
  return { ok: !problems.some((p) => p.severity === "error"), problems, crossChecks: outcomes };
}

/** The first metric a check reads, to attach its problem to. */
function firstMetric(lhs: readonly string[], rhs: readonly string[]): string | null {
  for (const term of [...lhs, ...rhs]) {
    const t = TERM.exec(term);
    if (t?.[3]) return t[3];
  }
  return null;
}
