/** Whole-万元 rounding and splitting a total into items that add up to it exactly. */
import { Dec } from "../../rating/rating-decimal";

const WAN = new Dec(10_000);

/** A yuan amount (a float estimate) rounded to whole 万元, as an exact decimal. */
export const wan = (yuan: number): Dec => new Dec(Math.max(0, Math.round(yuan / 10_000))).times(WAN);
/** Rounded up to whole 万元. */
export const ceilWan = (v: Dec): Dec => v.div(WAN).ceil().times(WAN);
export const floorWan = (v: Dec): Dec => v.div(WAN).floor().times(WAN);

/**
 * Items of `total`: each item's floor (what must be in it at least, ≤ total in sum) plus a share of the rest by
 * weight, rounded down to 万元, the last item taking what is left — so the items add up to `total` exactly.
 */
export function splitTotal(
  total: Dec,
  weights: readonly (readonly [string, number])[],
  floors: ReadonlyMap<string, Dec> = new Map(),
): Map<string, Dec> {
  // Items the floors name but the weights do not come first, with no share of the rest.
  const named = new Set(weights.map(([k]) => k));
  const all = [...[...floors.keys()].filter((k) => !named.has(k)).map((k) => [k, 0] as const), ...weights];
  const floorSum = all.reduce((s, [k]) => s.plus(floors.get(k) ?? 0), new Dec(0));
  const rest = total.minus(floorSum);
  if (rest.isNegative())
    throw new RangeError(`items' floors ${floorSum.toFixed()} exceed the total ${total.toFixed()}`);
  const weightSum = all.reduce((s, [, w]) => s + w, 0);
  const out = new Map<string, Dec>();
  let left = rest;
  all.forEach(([k, w], i) => {
    const share = i === all.length - 1 ? left : Dec.min(left, floorWan(rest.times(w / weightSum)));
    left = left.minus(share);
    out.set(k, (floors.get(k) ?? new Dec(0)).plus(share));
  });
  return out;
}
