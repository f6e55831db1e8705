/**
 * The carbon-asset registry: holdings, pledges (never more than what is free), release and margin calls. Quantities
 * are decimal text in the asset's unit.
 */
import { CARBON_ASSET_KINDS } from "@greenfin/domain";
import { z } from "zod";
import { zId, zIsoInstant } from "./common";
import { list, zDate, zDecimalText } from "./market-common";

// ── Carbon assets: holdings, pledges, margin calls ───────────────────────────────────────────────────────────────

export const CARBON_ASSET_UNITS = ["tCO2e", "t"] as const;

/** A holding; checked whole by the use-case (places, unit of the kind, pollutant), every problem listed. */
export const zCarbonHoldingInput = z.object({
  /** The enterprise holding the asset: the caller's own, or (for the district) any enterprise. */
  orgId: zId.optional(),
  kind: z.enum(CARBON_ASSET_KINDS),
  /** In the kind's unit, up to 3 places. */
  quantity: zDecimalText,
  unit: z.enum(CARBON_ASSET_UNITS).optional(),
  complianceYear: z.number().int().min(2000).max(2100).optional(),
  vintage: z.number().int().min(2000).max(2100).optional(),
  /** Emission rights only: SO2, NOx, COD, NH3-N. */
  pollutant: z.string().max(20).optional(),
  registryRef: z.string().max(200),
  source: z.string().max(200),
  note: z.string().max(2000).optional(),
});
export type TCarbonHoldingInput = z.infer<typeof zCarbonHoldingInput>;

export const zCarbonHoldingQuery = z.object({ orgId: zId.optional() });

export const zCarbonHolding = z.object({
  id: zId,
  orgId: zId,
  orgName: z.string(),
  orgNameEn: z.string(),
  kind: z.enum(CARBON_ASSET_KINDS),
  complianceYear: z.number().int().nullable(),
  vintage: z.number().int().nullable(),
  pollutant: z.string().nullable(),
  quantity: z.string(),
  unit: z.enum(CARBON_ASSET_UNITS),
  /** Sum of active pledges, and what is left to pledge. */
  pledged: z.string(),
  free: z.string(),
  registryRef: z.string(),
  source: z.string(),
  note: z.string().nullable(),
  recordedBy: zId.nullable(),
  recordedByOrgId: zId,
  recordedAt: zIsoInstant,
});
export type TCarbonHolding = z.infer<typeof zCarbonHolding>;

/** A pledge of part of a holding as security for a loan, under the enterprise's `financing` consent grant. */
export const zCarbonPledgeInput = z.object({
  holdingId: zId,
  /** In the holding's unit, up to 3 places. */
  quantity: zDecimalText,
  /** A product of the market-pricing set that takes the holding's kind as collateral. */
  productKey: z.string().min(1).max(100),
  loanReference: z.string().max(100),
  /** Yuan, up to 2 places; at most the product's maximum loan on the collateral value. */
  securedAmount: zDecimalText,
  termStart: zDate,
  termEnd: zDate,
});
export type TCarbonPledgeInput = z.infer<typeof zCarbonPledgeInput>;

export const PLEDGE_STATUSES = ["active", "released"] as const;

export const zCarbonPledgeQuery = z.object({
  status: z.enum(PLEDGE_STATUSES).optional(),
  holdingId: zId.optional(),
  orgId: zId.optional(),
});
export const zCarbonPledgeParams = z.object({ pledgeId: zId });
export const zCarbonPledgeRelease = z.object({
  /** e.g. "repaid in full on 2026-09-30". */
  note: z.string().trim().max(2000).optional(),
});

export const zCarbonPledge = z.object({
  id: zId,
  refNo: z.string(),
  holdingId: zId,
  orgId: zId,
  orgName: z.string(),
  orgNameEn: z.string(),
  pledgeeOrgId: zId,
  pledgeeName: z.string(),
  pledgeeNameEn: z.string(),
  kind: z.enum(CARBON_ASSET_KINDS),
  quantity: z.string(),
  unit: z.enum(CARBON_ASSET_UNITS),
  productKey: z.string(),
  pricingRef: z.string(),
  loanReference: z.string(),
  securedAmount: z.string(),
  termStart: z.string(),
  termEnd: z.string(),
  callPrice: z.string(),
  liquidationPrice: z.string().nullable(),
  status: z.enum(PLEDGE_STATUSES),
  /** The valuation at registration (value, maximum loan, triggers) with its trace, as stored. */
  valuation: z.unknown(),
  registeredBy: zId.nullable(),
  registeredAt: zIsoInstant,
  releasedBy: zId.nullable(),
  releasedAt: zIsoInstant.nullable(),
  releaseNote: z.string().nullable(),
});
export type TCarbonPledge = z.infer<typeof zCarbonPledge>;

export const zMarginCallQuery = z.object({
  /** The valuation date (default: today in China). */
  asOf: zDate.optional(),
});

const zTraceStep = z.object({ what: z.string(), formula: z.string(), figures: z.string(), result: z.string() });

export const MARGIN_STATUSES = ["none", "call", "liquidate", "unpriced"] as const;

export const zPledgeMarginStatus = z.object({
  pledgeId: zId,
  refNo: z.string(),
  orgId: zId,
  orgName: z.string(),
  orgNameEn: z.string(),
  loanReference: z.string(),
  quantity: z.string(),
  unit: z.string(),
  productKey: z.string(),
  outstanding: z.string(),
  status: z.enum(MARGIN_STATUSES),
  ltvPercent: z.string().nullable(),
  price: z.string().nullable(),
  priceDate: z.string().nullable(),
  collateralValue: z.string().nullable(),
  callPrice: z.string().nullable(),
  liquidationPrice: z.string().nullable(),
  reasons: list(z.string()),
  /** What restores the LTV cap: more units, a repayment, or a cash deposit. */
  topUp: z
    .object({
      quantity: z.string(),
      unit: z.string(),
      cashRepayment: z.string(),
      cashDeposit: z.string(),
      restoredLtvPercent: z.string(),
    })
    .nullable(),
  trace: list(zTraceStep),
});

export const zMarginCheck = z.object({
  asOf: zDate,
  pricingRef: z.string(),
  pledges: z.array(zPledgeMarginStatus),
  counts: z.object({
    none: z.number().int(),
    call: z.number().int(),
    liquidate: z.number().int(),
    unpriced: z.number().int(),
  }),
});
export type TMarginCheck = z.infer<typeof zMarginCheck>;
