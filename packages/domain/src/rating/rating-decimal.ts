import Decimal from "decimal.js";

/**
 * The engine's arithmetic: decimal.js with 40 significant digits, rounding half-even at every step that cannot
 * be exact (division, powers). The same inputs therefore give the same digits on every machine.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -100, toExpPos: 100 });
export type Dec = Decimal;

export const ZERO: Dec = new Dec(0);
export const HUNDRED: Dec = new Dec(100);

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
export const isDecimalText = (text: string): boolean => DECIMAL_TEXT.test(text);

/** Rounded half-even to `places` decimals and written with exactly that many ("63.20"); never "-0.00". */
export function fixed(value: Dec, places: number): string {
  const text = value.toFixed(places, Decimal.ROUND_HALF_EVEN);
  return text.charCodeAt(0) === 45 && /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

/** Published scores: 2 dp. */
export const score2 = (value: Dec): string => fixed(value, 2);
/** Published weights, contributions, deductions and ratio values: 4 dp. */
export const amount4 = (value: Dec): string => fixed(value, 4);

export const maxOf = (a: Dec, b: Dec): Dec => (a.greaterThan(b) ? a : b);
