import type { CarbonAssetUnit } from "./carbon-asset-types";
import { Dec, quantity } from "./market-decimal";
import { type MarketProblem, marketProblem, refuseIf } from "./market-errors";
import { step, type TraceStep } from "./market-trace";

/** One holding of one asset (an account's allowances of a vintage, an enterprise's SO2 rights …). */
export interface AssetHolding {
  readonly assetId: string;
  readonly quantity: string;
  readonly unit: CarbonAssetUnit;
}

/** A pledge still in force on that asset (released pledges are not passed in). */
export interface ActivePledge {
  readonly pledgeId: string;
  readonly assetId: string;
  readonly quantity: string;
  readonly unit: CarbonAssetUnit;
}

export interface PledgeAvailability {
  readonly assetId: string;
  readonly unit: CarbonAssetUnit;
  readonly held: string;
  readonly pledged: string;
  /** held − pledged, never below zero. */
  readonly free: string;
  /** Pledges exceed holdings (holdings fell after pledging): nothing is free, and the registry must be reviewed. */
  readonly overPledged: boolean;
  readonly trace: readonly TraceStep[];
}

export type PledgeDecision =
  | { readonly accepted: true; readonly availability: PledgeAvailability; readonly freeAfter: string }
  | {
      readonly accepted: false;
      readonly availability: PledgeAvailability;
      readonly requested: string;
      readonly shortfall: string;
      readonly messageZh: string;
      readonly messageEn: string;
    };

const QTY = /^\d+(\.\d{1,3})?$/;

function quantityProblems(field: string, text: string, unit: string, expected: CarbonAssetUnit): MarketProblem[] {
  return [
    ...(QTY.test(text)
      ? []
      : [marketProblem("invalid", field, "数量应为非负数，最多 3 位小数", "quantity must be ≥ 0 with ≤ 3 places")]),
    ...(unit === expected
      ? []
      : [marketProblem("unit_mismatch", field, `单位应为 ${expected}`, `unit must be ${expected}, not ${unit}`)]),
  ];
}

/**
 * What of a holding is free to pledge: held − Σ active pledges of that asset. The rule the registry enforces;
 * the database makes the reservation atomic, this function states the arithmetic.
 */
export function pledgeAvailability(holding: AssetHolding, pledges: readonly ActivePledge[]): PledgeAvailability {
  const ids = pledges.map((p) => p.pledgeId);
  refuseIf([
    ...quantityProblems("holding.quantity", holding.quantity, holding.unit, holding.unit),
    ...pledges.flatMap((p, i) => [
      ...quantityProblems(`pledges[${i}].quantity`, p.quantity, p.unit, holding.unit),
      ...(p.assetId === holding.assetId
        ? []
        : [marketProblem("invalid", `pledges[${i}].assetId`, "质押的不是该资产", `pledge is on ${p.assetId}`)]),
      ...(ids.indexOf(p.pledgeId) < i
        ? [marketProblem("duplicate", `pledges[${i}].pledgeId`, "质押重复", "pledge listed twice")]
        : []),
    ]),
  ]);
  const held = new Dec(holding.quantity);
  const pledged = pledges.reduce((acc, p) => acc.plus(p.quantity), new Dec(0));
  const rest = held.minus(pledged);
  const free = rest.lt(0) ? new Dec(0) : rest;
  return {
    assetId: holding.assetId,
    unit: holding.unit,
    held: quantity(held),
    pledged: quantity(pledged),
    free: quantity(free),
    overPledged: rest.lt(0),
    trace: [
      step(
        "free to pledge",
        "max(0, held − Σ active pledges)",
        `${quantity(held)} − (${pledges.map((p) => p.quantity).join(" + ") || "0"}) ${holding.unit}`,
        `${quantity(free)} ${holding.unit}`,
      ),
    ],
  };
}

/** Accepts a pledge request that fits in the free quantity; refuses one beyond it, with the numbers. */
export function decidePledgeRequest(
  holding: AssetHolding,
  pledges: readonly ActivePledge[],
  request: { readonly quantity: string; readonly unit: CarbonAssetUnit },
): PledgeDecision {
  refuseIf([
    ...quantityProblems("request.quantity", request.quantity, request.unit, holding.unit),
    ...(QTY.test(request.quantity) && new Dec(request.quantity).isZero()
      ? [marketProblem("invalid", "request.quantity", "质押数量应为正数", "requested quantity must be positive")]
      : []),
  ]);
  const availability = pledgeAvailability(holding, pledges);
  const requested = new Dec(request.quantity);
  const free = new Dec(availability.free);
  if (requested.lte(free)) return { accepted: true, availability, freeAfter: quantity(free.minus(requested)) };
  const shortfall = quantity(requested.minus(free));
  const u = holding.unit;
  return {
    accepted: false,
    availability,
    requested: quantity(requested),
    shortfall,
    messageZh: `申请质押 ${quantity(requested)} ${u}，持有 ${availability.held} ${u}，已质押 ${availability.pledged} ${u}，可质押 ${availability.free} ${u}，不足 ${shortfall} ${u}`,
    messageEn: `requested ${quantity(requested)} ${u}; held ${availability.held}, already pledged ${availability.pledged}, free ${availability.free}: ${shortfall} ${u} short`,
  };
}
