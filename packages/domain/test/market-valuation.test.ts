/**
 * Golden cases for carbon-asset valuation and loan-to-value, worked by hand in the comments. Rounding: yuan to 2
 * places half-even; a maximum loan rounds down to the fen.
 */
import { collateralTermsFor, loadMarketPricing, priceSeriesFor } from "@greenfin/reference";
import { describe, expect, it } from "vitest";
import { checkMarginCall, loanToValue, MarketInputError, maxLoan, priceTriggers, valueCarbonAsset } from "../src/index";
import { CCER, CCER_EXPECTED_TERMS, CEA, CEA_TERMS, SO2 } from "./market-fixtures";

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof MarketInputError) return e.problems.map((p) => p.code);
    throw e;
  }
  throw new Error("expected a refusal");
};

describe("valueCarbonAsset", () => {
  it("values allowances at the latest price on or before the date, less the haircut", () => {
    // 2026-01-15: latest point on or before is 2025-12-31 at 62.36, 15 days old (window 366).
    // market = 10 000 × 62.36 = 623 600.00; value = 623 600 × (1 − 10 %) × (1 − 0 %) = 561 240.00
    const v = valueCarbonAsset({
      asset: { kind: "cea_allowance", quantity: "10000", unit: "tCO2e" },
      series: CEA,
      date: "2026-01-15",
      stalenessDays: 366,
      terms: CEA_TERMS,
    });
    expect(v.price.point).toMatchObject({ date: "2025-12-31", price: "62.36" });
    expect(v.price.ageDays).toBe(15);
    expect(v.marketValue).toBe("623600.00");
    expect(v.value).toBe("561240.00");
    expect(v.exactValue).toBe("561240");
    expect(v.trace.map((s) => s.what)).toEqual(["reference price", "market value", "collateral value"]);
  });

  it("takes a price dated on the valuation day itself", () => {
    // 2026-02-28 has its own point, 55.00, age 0: 100 × 55 × 0.9 = 4 950.00
    const v = valueCarbonAsset({
      asset: { kind: "cea_allowance", quantity: "100", unit: "tCO2e" },
      series: CEA,
      date: "2026-02-28",
      stalenessDays: 0,
      terms: CEA_TERMS,
    });
    expect([v.price.ageDays, v.value]).toEqual([0, "4950.00"]);
  });

  it("takes the extra discount on expected CCER issuance", () => {
    // 5 000 × 80.00 = 400 000.00; × (1 − 15 %) × (1 − 30 %) = 400 000 × 0.85 × 0.7 = 238 000.00
    const v = valueCarbonAsset({
      asset: { kind: "ccer_expected", quantity: "5000", unit: "tCO2e" },
      series: CCER,
      date: "2026-01-10",
      stalenessDays: 366,
      terms: CCER_EXPECTED_TERMS,
    });
    expect([v.marketValue, v.value]).toEqual(["400000.00", "238000.00"]);
  });

  it("values emission rights in tonnes of the pollutant", () => {
    // 12.345 t × 3 000.00 = 37 035.00; × (1 − 20 %) = 29 628.00
    const v = valueCarbonAsset({
      asset: { kind: "emission_right", quantity: "12.345", unit: "t", pollutant: "SO2" },
      series: SO2,
      date: "2026-03-01",
      stalenessDays: 366,
      terms: { kind: "emission_right", haircutPercent: "20", futureDiscountPercent: "0" },
    });
    expect([v.marketValue, v.value]).toEqual(["37035.00", "29628.00"]);
  });

  it("rounds yuan half-even and keeps the exact value for decisions", () => {
    // 1 234.567 × 62.36 = 76 987.59812 → 76 987.60; × 0.9 = 69 288.838308 → 69 288.84
    const v = valueCarbonAsset({
      asset: { kind: "cea_allowance", quantity: "1234.567", unit: "tCO2e" },
      series: CEA,
      date: "2026-01-01",
      stalenessDays: 366,
      terms: CEA_TERMS,
    });
    expect([v.marketValue, v.value, v.exactValue]).toEqual(["76987.60", "69288.84", "69288.838308"]);
    // 10.125 t × 1.00 with no haircut = 10.125: half-even gives 10.12 (half-up would give 10.13)
    const half = valueCarbonAsset({
      asset: { kind: "ccer_issued", quantity: "10.125", unit: "tCO2e" },
      series: {
        key: "t",
        unit: "yuan/tCO2e",
        points: [{ date: "2026-01-01", price: "1.00", basis: "x", source: "x" }],
      },
      date: "2026-01-01",
      stalenessDays: 1,
      terms: { kind: "ccer_issued", haircutPercent: "0", futureDiscountPercent: "0" },
    });
    expect(half.value).toBe("10.12");
  });

  it("refuses a stale price, a date before the series, and a unit that does not match", () => {
    const base = {
      asset: { kind: "cea_allowance", quantity: "1", unit: "tCO2e" },
      series: CEA,
      stalenessDays: 366,
      terms: CEA_TERMS,
    } as const;
    // 2027-04-01: the latest point (2026-03-31) is 366 days old — still inside; 2027-04-02 is 367 days: refused.
    expect(valueCarbonAsset({ ...base, date: "2027-04-01" }).price.ageDays).toBe(366);
    expect(refusal(() => valueCarbonAsset({ ...base, date: "2027-04-02" }))).toEqual(["stale_price"]);
    expect(refusal(() => valueCarbonAsset({ ...base, date: "2024-12-30" }))).toEqual(["no_price"]);
    expect(
      refusal(() => valueCarbonAsset({ ...base, date: "2026-01-01", asset: { ...base.asset, unit: "t" } })),
    ).toContain("unit_mismatch");
    expect(refusal(() => valueCarbonAsset({ ...base, date: "2026-02-30" }))).toEqual(["invalid"]);
    expect(
      refusal(() =>
        valueCarbonAsset({ ...base, date: "2026-01-01", terms: { ...CEA_TERMS, futureDiscountPercent: "5" } }),
      ),
    ).toEqual(["invalid"]);
  });
});

describe("maxLoan and loanToValue", () => {
  it("caps the loan at value × LTV cap, rounded down", () => {
    // 561 240 × 70 % = 392 868.00
    expect(maxLoan({ exactValue: "561240" }, "70").maxLoan).toBe("392868.00");
    // 69 288.838308 × 70 % = 48 502.1868156 → 48 502.18 (down; half-even would give .19)
    expect(maxLoan({ exactValue: "69288.838308" }, "70").maxLoan).toBe("48502.18");
    // 238 000 × 60 % = 142 800.00
    expect(maxLoan({ exactValue: "238000" }, "60").maxLoan).toBe("142800.00");
  });

  it("computes LTV as outstanding ÷ current value", () => {
    // 420 000 ÷ 495 000 = 0.848484… → 84.85 %
    expect(loanToValue("420000", { exactValue: "495000" }).ltvPercent).toBe("84.85");
    // 392 868 ÷ 561 240 = 0.7 exactly
    expect(loanToValue("392868.00", { exactValue: "561240" })).toMatchObject({ ltvPercent: "70.00", ltv: "0.7" });
    expect(refusal(() => loanToValue("1", { exactValue: "0" }))).toEqual(["invalid"]);
  });
});

describe("the worked example of docs/market-pricing.md, on the shipped reference data", () => {
  it("values 20 000 allowances for the retrofit loan on 2026-06-30", () => {
    const set = loadMarketPricing();
    const series = priceSeriesFor(set, "cea_allowance");
    const terms = collateralTermsFor(set, "carbon-quota-pledge-retrofit", "cea_allowance");
    const asset = { kind: "cea_allowance", quantity: "20000", unit: "tCO2e" } as const;
    // CEA 2025 annual average 62.36 (dated 2025-12-31, 181 days old ≤ 366): 20 000 × 62.36 = 1 247 200.00;
    // × (1 − 10 %) = 1 122 480.00; max loan × 70 % = 785 736.00
    const v = valueCarbonAsset({ asset, series, date: "2026-06-30", stalenessDays: series.stalenessDays, terms });
    expect([v.price.ageDays, v.marketValue, v.value]).toEqual([181, "1247200.00", "1122480.00"]);
    expect(maxLoan(v, terms.ltvCapPercent).maxLoan).toBe("785736.00");
    // A loan of 780 000: LTV 69.49 %; call price 780 000 ÷ (20 000 × 0.9 × 80 %) = 54.1666… → 54.17;
    // liquidation price 780 000 ÷ (20 000 × 0.9 × 90 %) = 48.148… → 48.15
    expect(loanToValue("780000", v).ltvPercent).toBe("69.49");
    const t = priceTriggers(asset, "780000", terms, series.unit);
    expect([t.callPrice, t.liquidationPrice]).toEqual(["54.17", "48.15"]);
    const call = checkMarginCall({
      asset,
      outstanding: "780000",
      series,
      date: "2026-06-30",
      stalenessDays: series.stalenessDays,
      terms,
      rule: { kind: "ltv" },
    });
    expect(call.status).toBe("none");
  });
});
