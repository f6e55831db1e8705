import type { NormalisedValue } from "../disclosure/normalised-value";
import type { RatingValue } from "./rating-types";

/**
 * The rating engine's values from validated disclosure values: each indicator's total (dimension ""), numbers and
 * percentages as their canonical decimal string, booleans as booleans, enum options as the selected list. Text and
 * dates are not rated; breakdown members and values not disclosed are left out.
 */
export function ratingValuesFromDisclosure(values: readonly NormalisedValue[]): Map<string, RatingValue> {
  const out = new Map<string, RatingValue>();
  for (const v of values) {
    if (v.dimension !== "" || !v.payload) continue;
    const p = v.payload;
    if (p.kind === "number" || p.kind === "percent") out.set(v.indicatorId, p.number.canonical);
    else if (p.kind === "boolean") out.set(v.indicatorId, p.boolean);
    else if (p.kind === "enum") out.set(v.indicatorId, [...p.options]);
  }
  return out;
}
