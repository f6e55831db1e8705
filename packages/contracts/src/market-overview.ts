/** The district's marketplace overview: needs by state, the claims funnel, products, pledges, per institution, by month. */
import { z } from "zod";
import { zId, zIsoInstant } from "./common";
import { NEED_STATUSES } from "./market-needs";
import { MARKET_PRODUCT_FAMILIES } from "./market-products";

export const zMarketOverview = z.object({
  asOf: zIsoInstant,
  needs: z.object({
    byStatus: z.array(z.object({ status: z.enum(NEED_STATUSES), count: z.number().int(), amount: z.string() })),
    posted: z.number().int(),
    postedAmount: z.string(),
    /** Needs broadcast to no institution (no eligible product): the gaps in the zone's offer. */
    unmatched: z.number().int(),
  }),
  funnel: z.object({
    claims: z.number().int(),
    responded: z.number().int(),
    visited: z.number().int(),
    approved: z.number().int(),
    declined: z.number().int(),
    chosen: z.number().int(),
    funded: z.number().int(),
    fundedAmount: z.string(),
    /** Funded amount-weighted mean rate, percent, or null when nothing was funded. */
    meanFundedRate: z.string().nullable(),
  }),
  products: z.array(
    z.object({ family: z.enum(MARKET_PRODUCT_FAMILIES), subType: z.string().nullable(), count: z.number().int() }),
  ),
  pledges: z.object({
    active: z.number().int(),
    released: z.number().int(),
    securedAmount: z.string(),
    byKind: z.array(z.object({ kind: z.string(), unit: z.string(), quantity: z.string(), count: z.number().int() })),
  }),
  institutions: z.array(
    z.object({
      institutionId: zId,
      institutionName: z.string(),
      institutionNameEn: z.string(),
      products: z.number().int(),
      broadcasts: z.number().int(),
      claims: z.number().int(),
      approved: z.number().int(),
      funded: z.number().int(),
      fundedAmount: z.string(),
    }),
  ),
  /** By calendar month (China time) of posting: "2026-03". */
  monthly: z.array(
    z.object({ month: z.string(), posted: z.number().int(), funded: z.number().int(), fundedAmount: z.string() }),
  ),
});
export type TMarketOverview = z.infer<typeof zMarketOverview>;
