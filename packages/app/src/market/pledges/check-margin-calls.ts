/**
 * The pledgee's margin check on a date: every active pledge it holds is valued at the reference price then, its LTV
 * taken on the secured amount, and the domain decides — none, call (LTV above the product's call level, or the price
 * below the call price fixed at registration for price-rule products) or liquidate — with the top-up that restores
 * the cap. A pledge that cannot be valued that day (no price, or a stale one) is listed as `unpriced` with the reason,
 * never silently passed. Reads only; nothing is written.
 */
import { type CarbonAsset, checkMarginCall, type MarginCall, MarketInputError } from "@greenfin/domain";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requirePledgee } from "./pledge-access";
import {
  callRule,
  chinaDate,
  fieldProblem,
  isIsoDate,
  type PricingOptions,
  pricingSet,
  productTerms,
  seriesFor,
} from "./pledge-pricing";
import { PLEDGE_SELECT, type PledgeRow, qty } from "./pledge-rows";

export interface MarginCheckInput extends PricingOptions {
  /** The valuation date, YYYY-MM-DD (default: today in China). */
  asOf?: string;
}

export interface PledgeMarginStatus {
  pledgeId: string;
  refNo: string;
  orgId: string;
  orgName: string;
  orgNameEn: string;
  loanReference: string;
  quantity: string;
  unit: string;
  productKey: string;
  outstanding: string;
  status: MarginCall["status"] | "unpriced";
  ltvPercent: string | null;
  price: string | null;
  priceDate: string | null;
  collateralValue: string | null;
  callPrice: string | null;
  liquidationPrice: string | null;
  reasons: readonly string[];
  topUp: MarginCall["topUp"];
  trace: MarginCall["trace"];
}

export interface MarginCheckResult {
  asOf: string;
  pricingRef: string;
  pledges: PledgeMarginStatus[];
  counts: Record<PledgeMarginStatus["status"], number>;
}

export async function checkMarginCalls(
  p: Platform,
  actor: Actor,
  input: MarginCheckInput = {},
): Promise<MarginCheckResult> {
  requirePledgee(actor, "read");
  const asOf = input.asOf ?? chinaDate(p.clock.now());
  if (!isIsoDate(asOf)) throw AppError.validation([fieldProblem("asOf", "日期应为 YYYY-MM-DD", "a date YYYY-MM-DD")]);
  const set = pricingSet(input);
  const rows = (
    await p.db.query<PledgeRow>(
      `${PLEDGE_SELECT} WHERE c.pledgee_org_id = $1 AND c.status = 'active' ORDER BY c.registered_at, c.ref_no`,
      [actor.orgId],
    )
  ).rows;
  const pledges = rows.map((r): PledgeMarginStatus => {
    const base = {
      pledgeId: r.id,
      refNo: r.ref_no,
      orgId: r.org_id,
      orgName: r.org_name,
      orgNameEn: r.org_name_en,
      loanReference: r.loan_reference,
      quantity: qty(r.quantity),
      unit: r.unit,
      productKey: r.product_key,
      outstanding: r.secured_amount,
    };
    const unpriced = (reasons: string[]): PledgeMarginStatus => ({
      ...base,
      status: "unpriced",
      ltvPercent: null,
      price: null,
      priceDate: null,
      collateralValue: null,
      callPrice: null,
      liquidationPrice: null,
      reasons,
      topUp: null,
      trace: [],
    });
    const product = productTerms(set, r.product_key, r.kind);
    if (!product) return unpriced([`${set.ref} has no terms for ${r.product_key} on ${r.kind}`]);
    const asset: CarbonAsset = {
      kind: r.kind,
      quantity: qty(r.quantity),
      unit: r.unit,
      ...(r.pollutant ? { pollutant: r.pollutant } : {}),
    };
    try {
      const series = seriesFor(set, asset);
      const m = checkMarginCall({
        asset,
        outstanding: r.secured_amount,
        series,
        date: asOf,
        stalenessDays: series.stalenessDays,
        terms: product.terms,
        rule: callRule(product.rule, r.call_price),
      });
      return {
        ...base,
        status: m.status,
        ltvPercent: m.ltvPercent,
        price: m.valuation.price.point.price,
        priceDate: m.valuation.price.point.date,
        collateralValue: m.valuation.value,
        callPrice: m.triggers.callPrice,
        liquidationPrice: m.triggers.liquidationPrice,
        reasons: m.reasons,
        topUp: m.topUp,
        trace: m.trace,
      };
    } catch (e) {
      if (e instanceof MarketInputError) return unpriced(e.problems.map((x) => x.messageEn));
      throw e;
    }
  });
  const counts = { none: 0, call: 0, liquidate: 0, unpriced: 0 };
  for (const x of pledges) counts[x.status] += 1;
  return { asOf, pricingRef: set.ref, pledges, counts };
}
