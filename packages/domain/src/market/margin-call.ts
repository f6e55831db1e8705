import type { CarbonAsset, CollateralTerms, PriceSeries } from "./carbon-asset-types";
import { type CarbonValuation, collateralShare, valueCarbonAsset } from "./carbon-valuation";
import {
  Dec,
  fractionOf,
  isNonNegativeDecimal,
  isPercent,
  isPositiveDecimal,
  percent,
  plain,
  QUANTITY_PLACES,
  quantityUp,
  yuan,
  yuanUp,
} from "./market-decimal";
import { type MarketProblem, marketProblem, refuseIf } from "./market-errors";
import { step, type TraceStep } from "./market-trace";

/** How a product decides a call: LTV above its call level, or the price below a trigger fixed at origination. */
export type CallRule = { readonly kind: "ltv" } | { readonly kind: "price"; readonly triggerPrice: string };

export interface MarginCallInput {
  readonly asset: CarbonAsset;
  /** The secured loan's outstanding principal, yuan. */
  readonly outstanding: string;
  readonly series: PriceSeries;
  readonly date: string;
  readonly stalenessDays: number;
  readonly terms: CollateralTerms;
  readonly rule: CallRule;
}

export interface PriceTriggers {
  /** The price at which LTV reaches the call level, rounded up to the fen (a call comes no later). */
  readonly callPrice: string;
  /** The same for the liquidation level, or null when the product has none. */
  readonly liquidationPrice: string | null;
  readonly trace: readonly TraceStep[];
}

export interface TopUp {
  /** Extra units of the same asset at the current price, rounded up to 0.001. */
  readonly quantity: string;
  readonly unit: CarbonAsset["unit"];
  /** Or a repayment that brings the loan down to cap × value, rounded up to the fen. */
  readonly cashRepayment: string;
  /** Or cash margin counted at face value beside the pledge, rounded up to the fen. */
  readonly cashDeposit: string;
  /** LTV after the quantity top-up, percent. */
  readonly restoredLtvPercent: string;
}

export interface MarginCall {
  readonly status: "none" | "call" | "liquidate";
  readonly valuation: CarbonValuation;
  readonly ltvPercent: string;
  readonly triggers: PriceTriggers;
  readonly reasons: readonly string[];
  /** What restores LTV ≤ cap (zero when it already is), when there is a call or liquidation; null otherwise. */
  readonly topUp: TopUp | null;
  readonly trace: readonly TraceStep[];
}

export function termsProblems(terms: CollateralTerms): MarketProblem[] {
  const out: MarketProblem[] = [];
  const cap = terms.ltvCapPercent;
  const call = terms.callLtvPercent;
  const liq = terms.liquidationLtvPercent;
  if (!isPercent(cap) || new Dec(cap).isZero())
    out.push(marketProblem("invalid", "terms.ltvCapPercent", "上限应在 0 至 100 之间", "cap must be in (0, 100]"));
  if (!isNonNegativeDecimal(call) || (isPercent(cap) && new Dec(call).lt(cap)))
    out.push(marketProblem("invalid", "terms.callLtvPercent", "追保线不得低于上限", "call level must be ≥ the cap"));
  if (liq !== null && (!isNonNegativeDecimal(liq) || (isNonNegativeDecimal(call) && new Dec(liq).lt(call))))
    out.push(
      marketProblem("invalid", "terms.liquidationLtvPercent", "处置线不得低于追保线", "must be ≥ the call level"),
    );
  return out;
}

/** The price at which a loan reaches an LTV level: L ÷ (quantity × collateral share × level), rounded up. */
const priceForLtv = (loan: Dec, q: Dec, share: Dec, levelPercent: string): Dec =>
  loan.div(q.times(share).times(fractionOf(levelPercent)));

/**
 * Prices at which a pledge reaches the call and liquidation levels for a loan: set at origination (the price rule
 * then keeps the call price fixed), and recomputed on the current outstanding at every check.
 */
export function priceTriggers(
  asset: CarbonAsset,
  loan: string,
  terms: CollateralTerms,
  unit: PriceSeries["unit"],
): PriceTriggers {
  refuseIf([
    ...termsProblems(terms),
    ...(isPositiveDecimal(asset.quantity)
      ? []
      : [marketProblem("invalid", "asset.quantity", "质押数量应为正数", "pledged quantity must be positive")]),
    ...(isNonNegativeDecimal(loan) ? [] : [marketProblem("invalid", "loan", "贷款应为非负数", "loan must be ≥ 0")]),
  ]);
  const l = new Dec(loan);
  const q = new Dec(asset.quantity);
  const share = collateralShare(terms);
  const call = priceForLtv(l, q, share, terms.callLtvPercent);
  const liq = terms.liquidationLtvPercent === null ? null : priceForLtv(l, q, share, terms.liquidationLtvPercent);
  const formula = "loan ÷ (quantity × (1 − haircut) × (1 − future discount) × level), rounded up to the fen";
  const figures = (level: string) => `${yuan(l)} ÷ (${asset.quantity} × ${plain(share)} × ${level} %)`;
  return {
    callPrice: yuanUp(call),
    liquidationPrice: liq === null ? null : yuanUp(liq),
    trace: [
      step("call price", formula, figures(terms.callLtvPercent), `${yuanUp(call)} ${unit}`),
      ...(liq === null || terms.liquidationLtvPercent === null
        ? []
        : [step("liquidation price", formula, figures(terms.liquidationLtvPercent), `${yuanUp(liq)} ${unit}`)]),
    ],
  };
}

/** Rounds `raw` up to `places` and, should 40-digit division have shaved the last digit, steps once more. */
function enough(raw: Dec, places: number, holds: (x: Dec) => boolean): Dec {
  const unit = new Dec(1).div(new Dec(10).pow(places));
  let x = new Dec(raw.toFixed(places, Dec.ROUND_CEIL));
  if (x.lt(0)) x = new Dec(0);
  while (!holds(x)) x = x.plus(unit);
  return x;
}

function topUpFor(
  loan: Dec,
  q: Dec,
  price: Dec,
  share: Dec,
  capPercent: string,
  value: Dec,
): Omit<TopUp, "unit"> & { readonly steps: TraceStep[] } {
  const cap = fractionOf(capPercent);
  const need = loan.div(cap); // the collateral value that restores the cap
  const extra = enough(need.div(price.times(share)).minus(q), QUANTITY_PLACES, (dq) =>
    q.plus(dq).times(price).times(share).times(cap).gte(loan),
  );
  const repay = enough(loan.minus(cap.times(value)), 2, (r) => loan.minus(r).lte(cap.times(value)));
  const deposit = enough(need.minus(value), 2, (c) => value.plus(c).times(cap).gte(loan));
  const restored = loan.div(q.plus(extra).times(price).times(share));
  return {
    quantity: quantityUp(extra),
    cashRepayment: yuanUp(repay),
    cashDeposit: yuanUp(deposit),
    restoredLtvPercent: percent(restored),
    steps: [
      step(
        "top-up quantity",
        "outstanding ÷ (cap × price × collateral share) − pledged quantity, rounded up to 0.001",
        `${yuan(loan)} ÷ (${capPercent} % × ${price.toFixed()} × ${plain(share)}) − ${q.toFixed()}`,
        quantityUp(extra),
      ),
      step(
        "or cash repayment",
        "outstanding − cap × collateral value, rounded up to the fen",
        `${yuan(loan)} − ${capPercent} % × ${plain(value)}`,
        `${yuanUp(repay)} yuan`,
      ),
      step(
        "or cash deposit",
        "outstanding ÷ cap − collateral value, rounded up to the fen",
        `${yuan(loan)} ÷ ${capPercent} % − ${plain(value)}`,
        `${yuanUp(deposit)} yuan`,
      ),
      step("LTV after the quantity top-up", "outstanding ÷ new collateral value", "", `${percent(restored)} %`),
    ],
  };
}

/**
 * A pledge's margin check on a date: value it at the reference price, compute LTV on the outstanding loan, and
 * decide. Liquidation when LTV reaches the liquidation level; otherwise a call when LTV rises above the call level
 * (rule "ltv") or the price is below the trigger fixed at origination (rule "price"). A call states the top-up
 * that restores LTV ≤ the cap: extra quantity, a repayment, or a cash deposit.
 */
export function checkMarginCall(input: MarginCallInput): MarginCall {
  const { asset, terms, rule } = input;
  refuseIf([
    ...termsProblems(terms),
    ...(isNonNegativeDecimal(input.outstanding)
      ? []
      : [marketProblem("invalid", "outstanding", "贷款余额应为非负数", "outstanding must be a decimal ≥ 0")]),
    ...(isPositiveDecimal(asset.quantity)
      ? []
      : [marketProblem("invalid", "asset.quantity", "质押数量应为正数", "pledged quantity must be positive")]),
    ...(rule.kind === "price" && !isPositiveDecimal(rule.triggerPrice)
      ? [marketProblem("invalid", "rule.triggerPrice", "触发价应为正数", "trigger price must be positive")]
      : []),
  ]);
  const valuation = valueCarbonAsset(input);
  const loan = new Dec(input.outstanding);
  const value = new Dec(valuation.exactValue);
  const price = new Dec(valuation.price.point.price);
  const ltv = loan.div(value);
  const triggers = priceTriggers(asset, input.outstanding, terms, input.series.unit);
  const liq = terms.liquidationLtvPercent;
  let status: MarginCall["status"] = "none";
  let reason: string;
  if (liq !== null && ltv.gte(fractionOf(liq))) {
    status = "liquidate";
    reason = `LTV ${percent(ltv)} % ≥ liquidation level ${liq} %`;
  } else if (rule.kind === "ltv") {
    if (ltv.gt(fractionOf(terms.callLtvPercent))) status = "call";
    reason = `LTV ${percent(ltv)} % ${status === "call" ? ">" : "≤"} call level ${terms.callLtvPercent} %`;
  } else {
    if (price.lt(rule.triggerPrice)) status = "call";
    reason = `price ${price.toFixed()} ${status === "call" ? "<" : "≥"} trigger price ${rule.triggerPrice} fixed at origination`;
  }
  const reasons = [reason];
  // A call by price on a loan already within the cap asks for nothing: the top-up is zero.
  const t =
    status !== "none"
      ? topUpFor(loan, new Dec(asset.quantity), price, collateralShare(terms), terms.ltvCapPercent, value)
      : null;
  const trace: TraceStep[] = [
    ...valuation.trace,
    step("loan-to-value", "outstanding ÷ collateral value", `${yuan(loan)} ÷ ${plain(value)}`, `${percent(ltv)} %`),
    ...triggers.trace,
    step(
      "decision",
      rule.kind === "ltv" ? "call when LTV > call level" : "call when price < trigger",
      reasons.join("; "),
      status,
    ),
    ...(t ? t.steps : []),
  ];
  const topUp = t
    ? {
        quantity: t.quantity,
        unit: asset.unit,
        cashRepayment: t.cashRepayment,
        cashDeposit: t.cashDeposit,
        restoredLtvPercent: t.restoredLtvPercent,
      }
    : null;
  return { status, valuation, ltvPercent: percent(ltv), triggers, reasons, topUp, trace };
}
