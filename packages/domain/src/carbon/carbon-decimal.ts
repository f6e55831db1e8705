import { Dec, fixed } from "../rating/rating-decimal";

export { Dec };

/** Published tonnes of CO2: 6 decimal places (a gram), half-even; totals are exact sums of published lines. */
export const TONNES_PLACES = 6;
export const tonnes = (value: Dec): string => fixed(value, TONNES_PLACES);
/** Intensities: 6 places. */
export const intensity = (value: Dec): string => fixed(value, 6);
/** Money in yuan: 2 places. */
export const yuan = (value: Dec): string => fixed(value, 2);
/** Activity quantities after conversion: 10 places, like the units table. */
export const quantity = (value: Dec): string => fixed(value, 10).replace(/\.?0+$/, "") || "0";

export const sum = (values: readonly string[]): Dec => values.reduce((acc, v) => acc.plus(v), new Dec(0));

/** A plain non-negative decimal string ("12", "0.5"), as every quantity in an activity file must be. */
export const NON_NEGATIVE_DECIMAL = /^\d+(\.\d+)?$/;
