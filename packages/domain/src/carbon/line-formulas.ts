import { type Dec, quantity, tonnes } from "./carbon-decimal";
import type { FactorUse } from "./factor-lookup";
import type { FuelFactor } from "./factor-set-types";

export interface Computed {
  readonly emissions: string;
  readonly formula: string;
}

/**
 * Fuel combustion, GB/T 32150-2015 / provincial-guideline form: E = A × NCV × CC × OF × 44/12, with NCV in GJ per
 * unit and CC in tC/TJ, so the product is in 10⁻³ tCO2 (GJ × tC/TJ = tC/1000): one division by 12 × 1000 at the end.
 */
export function combustion(activity: Dec, unit: string, fuel: FuelFactor): Computed {
  const e = activity
    .times(fuel.ncv.value)
    .times(fuel.carbonContent.value)
    .times(fuel.oxidation)
    .times(44)
    .dividedBy(12_000);
  return {
    emissions: tonnes(e),
    formula:
      `E = A × NCV × CC × OF × 44/12 ÷ 1000 = ${quantity(activity)} ${unit} × ${fuel.ncv.value} ${fuel.ncv.unit} × ` +
      `${fuel.carbonContent.value} ${fuel.carbonContent.unit} × ${fuel.oxidation} × 44/12 ÷ 1000 (GJ→TJ) = ${tonnes(e)} tCO2`,
  };
}

/** Activity × emission factor: process output, purchased electricity and heat, spend, a facility's own factor. */
export function activityTimesFactor(activity: Dec, unit: string, factor: FactorUse, what: string): Computed {
  const e = activity.times(factor.value);
  return {
    emissions: tonnes(e),
    formula: `E = ${what} × EF = ${quantity(activity)} ${unit} × ${factor.value} ${factor.unit} = ${tonnes(e)} tCO2`,
  };
}
