import Decimal from "decimal.js";
import type { IndicatorDef, ValidationRuleSet } from "./definitions";
import { valueKey } from "./dimension-key";
import type { IntakeProblem } from "./entry";
import { canonicalNumber, type NormalisedValue } from "./normalised-value";
import { valueProblem } from "./problems";

/**
 * Warnings, never errors: a figure that moved by more than the threshold against the previous year's accepted
 * disclosure may be right (a new plant) or a unit slip (MWh typed as kWh); the filer and reviewer should look.
 */
export function yearOnYearWarnings(
  rule: ValidationRuleSet["yearOnYear"],
  indicators: ReadonlyMap<string, IndicatorDef>,
  values: readonly NormalisedValue[],
  previous: ReadonlyMap<string, string>,
): IntakeProblem[] {
  const problems: IntakeProblem[] = [];
  for (const v of values) {
    const now = canonicalNumber(v);
    const before = previous.get(valueKey(v.indicatorId, v.dimension));
    if (now === null || before === undefined) continue;
    const base = new Decimal(before);
    if (base.abs().lt(rule.minimumBase)) continue;
    const change = new Decimal(now).minus(base).div(base.abs());
    if (change.abs().lte(rule.warnAboveRelativeChange)) continue;
    const pct = change.times(100).toDecimalPlaces(1).toFixed();
    const indicator = indicators.get(v.indicatorId) ?? { id: v.indicatorId };
    problems.push(
      valueProblem(
        "warning",
        "YOY_JUMP",
        v.location,
        indicator,
        v.dimension,
        `${rule.explain.zh}（上年 ${before}，本年 ${now}，变化 ${pct}%）`,
        `${rule.explain.en} (previous ${before}, now ${now}, change ${pct}%)`,
      ),
    );
  }
  return problems;
}
