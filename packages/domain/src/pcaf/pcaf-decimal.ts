import Decimal from "decimal.js";
import { Dec } from "../rating/rating-decimal";

export { Dec, fixed, ZERO } from "../rating/rating-decimal";

export const MILLION: Dec = new Dec(1_000_000);
export const THOUSAND: Dec = new Dec(1000);

/** A value for an explanation line: rounded half-even to `places`, trailing zeros dropped ("0.02", "1250"). */
export const show = (value: Dec, places = 6): string =>
  value.toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN).toFixed();

/** The published attribution factor: 12 dp, so a sovereign's 1e-7 keeps its digits. */
export const ATTRIBUTION_PLACES = 12;
/** Published emissions, tCO2e: 6 dp (grams). */
export const EMISSION_PLACES = 6;
