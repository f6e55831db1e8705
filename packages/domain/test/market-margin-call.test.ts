/**
 * Golden margin calls, worked by hand. A pledge of 10 000 t CEA (haircut 10 %, so collateral share 0.9) secures
 * 420 000.00 yuan under cap 70 %, call above 80 %, liquidation at 90 %. Price triggers on that loan:
 *   call price        = 420 000 ÷ (10 000 × 0.9 × 80 %) = 58.333… → 58.34 (up)
 *   liquidation price = 420 000 ÷ (10 000 × 0.9 × 90 %) = 51.851… → 51.86 (up)
 * Restoring the cap needs collateral worth 420 000 ÷ 70 % = 600 000.
 */
import { describe, expect, it } from "vitest";
import { type CarbonAsset, checkMarginCall, priceTriggers } from "../src/index";
import { CCER, CCER_EXPECTED_TERMS, CEA, CEA_TERMS } from "./market-fixtures";

const pledge: CarbonAsset = { kind: "cea_allowance", quantity: "10000", unit: "tCO2e" };
const check = (date: string) =>
  checkMarginCall({
    asset: pledge,
    outstanding: "420000.00",
    series: CEA,
    date,
    stalenessDays: 366,
    terms: CEA_TERMS,
    rule: { kind: "ltv" },
  });

describe("checkMarginCall, LTV rule", () => {
  it("derives the price triggers", () => {
    const t = priceTriggers(pledge, "420000", CEA_TERMS, "yuan/tCO2e");
    expect([t.callPrice, t.liquidationPrice]).toEqual(["58.34", "51.86"]);
  });

  it("makes no call while LTV stays at or below the call level", () => {
    // 2026-01-31 at 60.00: value 10 000 × 60 × 0.9 = 540 000; LTV = 420 000 ÷ 540 000 = 77.78 % ≤ 80 %
    const r = check("2026-01-31");
    expect([r.status, r.ltvPercent, r.topUp]).toEqual(["none", "77.78", null]);
  });

  it("calls above the call level and states the top-up", () => {
    // 2026-02-28 at 55.00: value 495 000; LTV = 84.85 % > 80 %: call.
    //   quantity: 600 000 ÷ (55 × 0.9) − 10 000 = 12 121.2121… − 10 000 = 2 121.2121… → 2 121.213 t (up)
    //   restored LTV = 420 000 ÷ (12 121.213 × 49.5) = 0.69999995 → 70.00 %
    //   repayment: 420 000 − 70 % × 495 000 = 73 500.00; deposit: 600 000 − 495 000 = 105 000.00
    const r = check("2026-02-28");
    expect([r.status, r.ltvPercent]).toEqual(["call", "84.85"]);
    expect(r.topUp).toEqual({
      quantity: "2121.213",
      unit: "tCO2e",
      cashRepayment: "73500.00",
      cashDeposit: "105000.00",
      restoredLtvPercent: "70.00",
    });
    expect(r.triggers.callPrice).toBe("58.34");
    expect(r.trace.map((s) => s.what)).toContain("top-up quantity");
  });

  it("liquidates at the liquidation level", () => {
    // 2026-03-31 at 45.00: value 405 000; LTV = 103.70 % ≥ 90 %: liquidation.
    //   quantity: 600 000 ÷ 40.5 − 10 000 = 4 814.8148… → 4 814.815; repayment 420 000 − 283 500 = 136 500.00;
    //   deposit 600 000 − 405 000 = 195 000.00
    const r = check("2026-03-31");
    expect([r.status, r.ltvPercent]).toEqual(["liquidate", "103.70"]);
    expect(r.topUp).toMatchObject({ quantity: "4814.815", cashRepayment: "136500.00", cashDeposit: "195000.00" });
  });
});

describe("checkMarginCall, price rule", () => {
  // 5 000 t expected CCER, share 0.85 × 0.7 = 0.595; at origination (80.00) worth 238 000, max loan 142 800.
  // A loan of 140 000: call price = 140 000 ÷ (5 000 × 0.595 × 70 %) = 67.2268… → 67.23;
  // liquidation price = 140 000 ÷ (5 000 × 0.595 × 85 %) = 55.3633… → 55.37.
  const asset: CarbonAsset = { kind: "ccer_expected", quantity: "5000", unit: "tCO2e" };
  const origin = priceTriggers(asset, "140000", CCER_EXPECTED_TERMS, "yuan/tCO2e");
  const run = (outstanding: string) =>
    checkMarginCall({
      asset,
      outstanding,
      series: CCER,
      date: "2026-07-01",
      stalenessDays: 366,
      terms: CCER_EXPECTED_TERMS,
      rule: { kind: "price", triggerPrice: origin.callPrice },
    });

  it("fixes the trigger at origination", () => {
    expect([origin.callPrice, origin.liquidationPrice]).toEqual(["67.23", "55.37"]);
  });

  it("calls when the price falls below the trigger, with the top-up to the cap", () => {
    // 2026-07-01 at 65.00 < 67.23: call. Value 5 000 × 65 × 0.595 = 193 375; LTV = 72.40 %.
    //   needed value 140 000 ÷ 60 % = 233 333.33…; quantity 233 333.33… ÷ 38.675 − 5 000 = 1 033.1825… → 1 033.183
    //   repayment 140 000 − 60 % × 193 375 = 23 975.00; deposit 233 333.33… − 193 375 = 39 958.333… → 39 958.34 (up)
    const r = run("140000");
    expect([r.status, r.ltvPercent]).toEqual(["call", "72.40"]);
    expect(r.topUp).toEqual({
      quantity: "1033.183",
      unit: "tCO2e",
      cashRepayment: "23975.00",
      cashDeposit: "39958.34",
      restoredLtvPercent: "60.00",
    });
  });

  it("asks for nothing when the loan was paid down below the cap, though the price trigger fired", () => {
    // LTV = 80 000 ÷ 193 375 = 41.37 % ≤ 60 %: the call stands (the product's rule) but the top-up is zero.
    const r = run("80000");
    expect(r.status).toBe("call");
    expect(r.topUp).toMatchObject({ quantity: "0.000", cashRepayment: "0.00", cashDeposit: "0.00" });
  });
});
