import Decimal from "decimal.js";
import type { CrossFieldRule, DimensionDef, IndicatorDef, RuleOperand } from "./definitions";
import { valueKey } from "./dimension-key";
import type { IntakeProblem } from "./entry";
import { canonicalNumber, type NormalisedValue } from "./normalised-value";
import { valueProblem } from "./problems";

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN });
type Values = ReadonlyMap<string, NormalisedValue>;

const num = (values: Values, o: RuleOperand): Decimal | null => {
  const n = canonicalNumber(values.get(valueKey(o.indicator, o.dimension ?? "")));
  return n === null ? null : new D(n);
};

/** The sum of the operands, or null when any is missing (a rule only judges figures that are all there). */
function sum(values: Values, operands: readonly RuleOperand[]): Decimal | null {
  let total = new D(0);
  for (const o of operands) {
    const n = num(values, o);
    if (n === null) return null;
    total = total.plus(n);
  }
  return total;
}

/** Half a unit in the last place the figure was given to: 12.35 may stand for anything in [12.345, 12.355). */
function roundingAllowance(value: NormalisedValue | undefined): Decimal {
  const p = value?.payload;
  if (!p || (p.kind !== "number" && p.kind !== "percent")) return new D(0);
  const places = p.number.canonical.split(".")[1]?.length ?? 0;
  return new D(10).pow(-places).div(2);
}

function agrees(reported: Decimal, expected: Decimal, relative: string, allowance: Decimal): boolean {
  const tolerance = Decimal.max(expected.abs().times(relative), allowance);
  return reported.minus(expected).abs().lte(tolerance);
}

const show = (d: Decimal) => d.toDecimalPlaces(6).toFixed();

export interface RuleContext {
  readonly indicators: ReadonlyMap<string, IndicatorDef>;
  readonly dimensions: ReadonlyMap<string, DimensionDef>;
  readonly values: Values;
}

function at(ctx: RuleContext, indicatorId: string, dimension = "") {
  const value = ctx.values.get(valueKey(indicatorId, dimension));
  const indicator = ctx.indicators.get(indicatorId) ?? { id: indicatorId };
  return { value, indicator, location: value?.location ?? { source: "form" as const, field: indicatorId } };
}

function breakdownMembers(values: Values, indicatorId: string, dimension: string): NormalisedValue[] {
  const prefix = `${indicatorId}#${dimension}=`;
  return [...values.entries()].filter(([k]) => k.startsWith(prefix) && !k.includes("|")).map(([, v]) => v);
}

/** Checks one rule; returns the problems it finds (none when it does not apply or holds). */
export function checkRule(rule: CrossFieldRule, ctx: RuleContext): IntakeProblem[] {
  const { values } = ctx;
  const broken = (indicatorId: string, code: string, zh: string, en: string, dimension = "") => {
    const t = at(ctx, indicatorId, dimension);
    return [
      valueProblem(
        "error",
        code,
        t.location,
        t.indicator,
        dimension,
        `${rule.explain.zh}（${zh}）`,
        `${rule.explain.en} (${en})`,
      ),
    ];
  };
  switch (rule.kind) {
    case "sum": {
      const total = num(values, { indicator: rule.total });
      if (total === null) return [];
      const sums = rule.alternatives.map((parts) =>
        sum(
          values,
          parts.map((indicator) => ({ indicator })),
        ),
      );
      const known = sums.filter((s): s is Decimal => s !== null);
      if (known.length === 0) return [];
      const allowance = roundingAllowance(values.get(valueKey(rule.total, "")));
      if (known.some((s) => agrees(total, s, rule.relativeTolerance, allowance))) return [];
      return broken(
        rule.total,
        "SUM_MISMATCH",
        `填报 ${show(total)}，合计应为 ${known.map(show).join(" 或 ")}`,
        `reported ${show(total)}, the parts add up to ${known.map(show).join(" or ")}`,
      );
    }
    case "breakdown_sum": {
      const total = num(values, { indicator: rule.total });
      const members = breakdownMembers(values, rule.of, rule.dimension);
      if (total === null || members.length === 0) return [];
      const parts = members.map((m) => canonicalNumber(m)).filter((n): n is string => n !== null);
      const s = parts.reduce((a, b) => a.plus(b), new D(0));
      const allowance = roundingAllowance(values.get(valueKey(rule.total, "")));
      const everyMember = (ctx.dimensions.get(rule.dimension)?.members.length ?? 0) <= members.length;
      if (rule.membersGiven === "all_or_part" && !everyMember) {
        if (s.lte(total.plus(allowance))) return [];
      } else if (agrees(total, s, rule.relativeTolerance, allowance)) return [];
      return broken(
        rule.total,
        "BREAKDOWN_MISMATCH",
        `填报 ${show(total)}，细分合计 ${show(s)}`,
        `reported ${show(total)}, the breakdown adds up to ${show(s)}`,
      );
    }
    case "not_greater": {
      const part = sum(values, rule.part);
      const whole = sum(values, rule.whole);
      if (part === null || whole === null || part.lte(whole)) return [];
      const first = rule.part[0]!;
      return broken(
        first.indicator,
        "PART_EXCEEDS_WHOLE",
        `${show(part)} 大于 ${show(whole)}`,
        `${show(part)} exceeds ${show(whole)}`,
        first.dimension,
      );
    }
    case "ratio": {
      const result = num(values, { indicator: rule.result });
      const n = sum(values, rule.numerator);
      const d = sum(values, rule.denominator);
      if (result === null || n === null || d === null || d.isZero()) return [];
      const expected = n.div(d).times(rule.multiplier);
      const allowance = roundingAllowance(values.get(valueKey(rule.result, "")));
      if (agrees(result, expected, rule.relativeTolerance, allowance)) return [];
      return broken(
        rule.result,
        "RATIO_MISMATCH",
        `填报 ${show(result)}，按分子分母计算为 ${show(expected)}`,
        `reported ${show(result)}, numerator ÷ denominator gives ${show(expected)}`,
      );
    }
    case "required_if": {
      // Only an indicator the organisation's template asks for can be required by an answer.
      if (!ctx.indicators.has(rule.indicator)) return [];
      const trigger = values.get(valueKey(rule.when.indicator, ""))?.payload;
      const fired =
        trigger &&
        ((trigger.kind === "boolean" && trigger.boolean === rule.when.equals) ||
          (trigger.kind === "enum" && trigger.options.includes(String(rule.when.equals))) ||
          (trigger.kind === "text" && trigger.text === rule.when.equals));
      if (!fired || values.get(valueKey(rule.indicator, ""))?.payload) return [];
      return broken(rule.indicator, "REQUIRED_BY_ANSWER", "未填写", "missing");
    }
    case "range": {
      const v = num(values, { indicator: rule.indicator });
      if (v === null) return [];
      if (v.gte(rule.min) && v.lte(rule.max) && (!rule.integer || v.isInteger())) return [];
      return broken(rule.indicator, "OUT_OF_RANGE", `填报 ${show(v)}`, `reported ${show(v)}`);
    }
  }
}

/** Every rule's problems, in rule order. */
export function checkCrossFieldRules(rules: readonly CrossFieldRule[], ctx: RuleContext): IntakeProblem[] {
  return rules.flatMap((rule) => checkRule(rule, ctx));
}
