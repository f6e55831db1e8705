/** A demo pledge securing a funded marketplace loan, valued as the pledge registry values one (seed-demo-market.ts). */
import {
  type CarbonAsset,
  canonicalJson,
  type DemoClaimPlan,
  type DemoMarket,
  MarketInputError,
  maxLoan,
  priceTriggers,
  valueCarbonAsset,
} from "@greenfin/domain";
import Decimal from "decimal.js";
import { chinaDate, pricingSet, productTerms, seriesFor } from "../market/pledges/pledge-pricing";

export interface PledgeRow {
  id: string;
  refNo: string;
  claimId: string;
  holdingId: string;
  orgId: string;
  pledgeeId: string;
  registeredBy: string | null;
  quantity: string;
  unit: string;
  productKey: string;
  pricingRef: string;
  loanReference: string;
  securedAmount: string;
  termStart: string;
  termEnd: string;
  callPrice: string;
  liquidationPrice: string | null;
  valuation: string;
  registeredAt: string;
  releasedAt: string | null;
}

/**
 * The pledge as the registry would value it on its registration day (register-pledge.ts): the reference price with
 * the product's haircut, the maximum loan, the call and liquidation prices; it secures the funded amount up to the
 * maximum loan. Null when the domain refuses the valuation (no price point fresh enough on that day).
 */
export function valuePledge(
  c: DemoClaimPlan,
  holding: DemoMarket["holdings"][number],
): Omit<PledgeRow, "id" | "refNo" | "claimId" | "holdingId" | "orgId" | "pledgeeId" | "registeredBy"> | null {
  const plan = c.pledge!;
  const set = pricingSet();
  const product = productTerms(set, plan.pricingProduct, holding.kind);
  if (!product) return null;
  const asset: CarbonAsset = {
    kind: holding.kind,
    quantity: plan.quantity,
    unit: holding.unit,
    ...(holding.pollutant ? { pollutant: holding.pollutant } : {}),
  };
  const date = chinaDate(new Date(plan.registeredAt));
  try {
    const series = seriesFor(set, asset);
    const valuation = valueCarbonAsset({
      asset,
      series,
      date,
      stalenessDays: series.stalenessDays,
      terms: product.terms,
    });
    const cap = maxLoan(valuation, product.terms.ltvCapPercent);
    const secured = Decimal.min(new Decimal(c.fundedAmount!), new Decimal(cap.maxLoan)).toDecimalPlaces(2, 1);
    if (secured.lte(0)) return null;
    const securedAmount = secured.toFixed();
    const triggers = priceTriggers(asset, securedAmount, product.terms, series.unit);
    const valuationText = canonicalJson({
      date,
      pricingRef: set.ref,
      pricingSha256: set.sha256,
      productKey: plan.pricingProduct,
      terms: product.terms,
      callRule: product.rule,
      price: valuation.price,
      marketValue: valuation.marketValue,
      collateralValue: valuation.value,
      exactValue: valuation.exactValue,
      maxLoan: cap.maxLoan,
      securedAmount,
      callPrice: triggers.callPrice,
      liquidationPrice: triggers.liquidationPrice,
      trace: [...valuation.trace, ...cap.trace, ...triggers.trace],
    });
    return {
      quantity: plan.quantity,
      unit: holding.unit,
      productKey: plan.pricingProduct,
      pricingRef: set.ref,
      loanReference: c.loanReference!,
      securedAmount,
      termStart: plan.termStart,
      termEnd: plan.termEnd,
      callPrice: triggers.callPrice,
      liquidationPrice: triggers.liquidationPrice,
      valuation: valuationText,
      registeredAt: plan.registeredAt,
      releasedAt: plan.releasedAt,
    };
  } catch (e) {
    if (e instanceof MarketInputError) return null;
    throw e;
  }
}
