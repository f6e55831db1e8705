/**
 * Figures as exact decimal text without a decimal library: a quantity is held as a whole number of 10^-places units
 * (cents, kilowatt-hours, …), so that totals built by adding such integers are exact, and is written out digit by
 * digit. The generator makes hundreds of thousands of figures; doing this with decimal.js took seconds.
 */

/** `x` in whole units of 10^-places, rounded half away from zero. */
export const toUnits = (x: number, places: number): number => Math.sign(x) * Math.round(Math.abs(x) * 10 ** places);

/** The decimal text of `units` × 10^-places, in plain notation without trailing zeros ("1234.5", "0.003", "12"). */
export function unitsText(units: number, places: number): string {
  if (!Number.isSafeInteger(units)) throw new RangeError(`not a safe integer: ${units}`);
  if (places === 0) return String(units);
  const digits = String(Math.abs(units)).padStart(places + 1, "0");
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places).replace(/0+$/, "");
  return `${units < 0 ? "-" : ""}${fraction ? `${whole}.${fraction}` : whole}`;
}

/** `x` rounded to `places` decimals, as text. */
export const dec = (x: number, places: number): string => unitsText(toUnits(x, places), places);

/** Four significant digits: intensities and per-head figures keep their precision however small they are. */
export function sig4(x: number): string {
  if (x === 0 || !Number.isFinite(x)) return "0";
  const places = Math.max(0, 3 - Math.floor(Math.log10(Math.abs(x))));
  return dec(x, places);
}

/** Splits a whole number of units by weights into whole parts that add up to it exactly (the last takes the rest). */
export function splitUnits(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.slice(0, -1).map((w) => Math.floor((total * w) / sum));
  return [...parts, total - parts.reduce((a, b) => a + b, 0)];
}
