import Decimal from "decimal.js";
import { Dec, fixed } from "../rating/rating-decimal";

export { Dec };

/**
 * Rounding of published figures. Decisions (LTV against a cap, a call, a top-up) use the exact values; only what is
 * shown is rounded. Yuan: 2 places half-even, except where the direction protects the cap: a maximum loan rounds
 * down and a cash top-up rounds up to the fen. Quantities: 0.001 t (a kilogram), top-ups rounded up.
 */
export const YUAN_PLACES = 2;
export const QUANTITY_PLACES = 3;
/** Ratios (LTV) are shown in percent to 2 places (a basis point), half-even. */
export const PERCENT_PLACES = 2;

export const yuan = (value: Dec): string => fixed(value, YUAN_PLACES);
export const yuanDown = (value: Dec): string => value.toFixed(YUAN_PLACES, Decimal.ROUND_FLOOR);
export const yuanUp = (value: Dec): string => value.toFixed(YUAN_PLACES, Decimal.ROUND_CEIL);
export const quantity = (value: Dec): string => fixed(value, QUANTITY_PLACES);
export const quantityUp = (value: Dec): string => value.toFixed(QUANTITY_PLACES, Decimal.ROUND_CEIL);
/** A fraction (0.7) written as a percent ("70.00"). */
export const percent = (fraction: Dec): string => fixed(fraction.times(100), PERCENT_PLACES);
/** A percent text ("70") as a fraction (0.7), exactly. */
export const fractionOf = (percentText: string): Dec => new Dec(percentText).div(100);
/** The exact value, without trailing zeros, for traces ("0.595", not "0.5950000"). */
export const plain = (value: Dec): string => value.toFixed();

export const NON_NEGATIVE_DECIMAL = /^\d+(\.\d+)?$/;
export const isNonNegativeDecimal = (text: unknown): text is string =>
  typeof text === "string" && NON_NEGATIVE_DECIMAL.test(text);
export const isPositiveDecimal = (text: unknown): text is string =>
  isNonNegativeDecimal(text) && !new Dec(text).isZero();
/** A percent in [0, 100]. */
export const isPercent = (text: unknown): text is string => isNonNegativeDecimal(text) && new Dec(text).lte(100);
