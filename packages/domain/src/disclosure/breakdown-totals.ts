import Decimal from "decimal.js";
import type { DimensionDef, IndicatorDef } from "./definitions";
import { valueKey } from "./dimension-key";
import type { IntakeProblem } from "./entry";
import { canonicalNumber, type NormalisedValue } from "./normalised-value";
import { valueProblem } from "./problems";

const RELATIVE_TOLERANCE = "0.005";

/**
 * A quantity given as a total and as every member of a closed breakdown (female and male; all 15 Scope 3 categories)
 * must add up. Percentages and intensities are not additive and are left alone; open breakdowns (regions,
 * facilities) may be partial, so only closed ones are judged.
 */
export function breakdownTotalProblems(
  indicators: ReadonlyMap<string, IndicatorDef>,
  dimensions: ReadonlyMap<string, DimensionDef>,
  values: ReadonlyMap<string, NormalisedValue>,
): IntakeProblem[] {
  const problems: IntakeProblem[] = [];
  for (const indicator of indicators.values()) {
    if (indicator.type !== "number" || indicator.breakdowns.length === 0) continue;
    const total = values.get(valueKey(indicator.id, ""));
    const totalNumber = canonicalNumber(total);
    if (totalNumber === null || !total) continue;
    for (const dimensionId of indicator.breakdowns) {
      const dim = dimensions.get(dimensionId);
      if (!dim || dim.open) continue;
      const members = dim.members.map((m) => canonicalNumber(values.get(valueKey(indicator.id, `${dim.id}=${m.key}`))));
      if (members.some((m) => m === null)) continue;
      const sum = members.reduce((a, b) => a.plus(b as string), new Decimal(0));
      const expected = new Decimal(totalNumber);
      if (sum.minus(expected).abs().lte(expected.abs().times(RELATIVE_TOLERANCE))) continue;
      problems.push(
        valueProblem(
          "error",
          "BREAKDOWN_MISMATCH",
          total.location,
          indicator,
          "",
          `按「${dim.name.zh}」细分的合计 ${sum.toFixed()} 与总数 ${totalNumber} 不符`,
          `the ${dim.name.en} breakdown adds up to ${sum.toFixed()}, not the total ${totalNumber}`,
        ),
      );
    }
  }
  return problems;
}
