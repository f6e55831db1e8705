import type { ItemPeriod } from "./build-lines";
import type { Intensity } from "./carbon-account-types";
import { Dec, intensity, quantity } from "./carbon-decimal";

const NUMERATOR = "Scope 1 + Scope 2 location-based tCO2";

/** Total ÷ the year's sum of an item (revenue, value added, product output), or null with the reason. */
export function intensityOver(emissions: Dec, groups: readonly ItemPeriod[], item: string, label: string): Intensity {
  const mine = groups.filter((g) => g.item === item);
  const units = [...new Set(mine.map((g) => g.unit))];
  if (units.length > 1)
    return {
      value: null,
      unit: "",
      denominator: null,
      note: `${item} is reported in several units (${units.join(", ")})`,
    };
  const unit = units[0];
  const denominator = mine.reduce((acc, g) => acc.plus(g.quantity), new Dec(0));
  if (!unit || denominator.isZero())
    return { value: null, unit: "", denominator: null, note: `no ${item} reported: ${label} not computed` };
  return {
    value: intensity(emissions.dividedBy(denominator)),
    unit: `tCO2/${unit}`,
    denominator: { quantity: quantity(denominator), unit },
    note: `${NUMERATOR} ÷ ${label}`,
  };
}
