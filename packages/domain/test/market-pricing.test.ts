/**
 * Golden linked prices and sustainability-linked steps, worked by hand. Adjustments are whole basis points (−25 bp
 * lowers the rate by 0.25 percentage points), so every rate is exact.
 */
import { loadMarketPricing, pricingTableFor } from "@greenfin/reference";
import { describe, expect, it } from "vitest";
import {
  assessSll,
  type KpiObservation,
  type LprFixing,
  type PricingTable,
  priceLinkedLoan,
  type SllTerms,
} from "../src/index";

const set = loadMarketPricing();
const retrofit: PricingTable = pricingTableFor(set, "carbon-quota-pledge-retrofit");
const disclosureLinked: PricingTable = pricingTableFor(set, "carbon-disclosure-linked-loan");
const LPR: readonly LprFixing[] = set.lpr;

describe("priceLinkedLoan", () => {
  it("prices LPR + spread with each table row", () => {
    // base: 1y LPR 3.00 % (fixed 2025-05-20) + 30 bp = 3.30 %
    // ESG AA −25, carbon grade 2 −10, disclosure 87.5 % ≥ 80 % band −10: total −45 bp within [−50, +30]
    // final 3.30 − 0.45 = 2.85 % within [2.60, 4.50]
    const p = priceLinkedLoan({
      table: retrofit,
      date: "2026-06-30",
      lpr: LPR,
      esgGrade: "AA",
      carbonGrade: 2,
      disclosureCompletenessPercent: "87.5",
    });
    expect(p.baseRatePercent).toBe("3.30");
    expect(p.adjustments.map((a) => a.bp)).toEqual([-25, -10, -10]);
    expect([p.adjustmentBp, p.finalRatePercent, p.boundsApplied]).toEqual([-45, "2.85", []]);
    expect(p.adjustments[2]?.why).toContain("87.5 % ≥ 80 %");
    expect(p.trace.map((s) => s.what)).toEqual([
      "base rate",
      "adjustment: esg_grade",
      "adjustment: carbon_grade",
      "adjustment: disclosure",
      "total adjustment",
      "final rate",
    ]);
  });

  it("uses the LPR fixing in force on the date", () => {
    // 2024-11-01: the 2024-10-21 fixing 3.10 % applies; + 30 bp = 3.40 %; unrated, ungraded, nothing disclosed: 3.40 %
    const p = priceLinkedLoan({ table: retrofit, date: "2024-11-01", lpr: LPR });
    expect([p.baseRatePercent, p.adjustmentBp, p.finalRatePercent]).toEqual(["3.40", 0, "3.40"]);
    expect(() => priceLinkedLoan({ table: retrofit, date: "2024-01-01", lpr: LPR })).toThrow(/no 1y LPR/);
  });

  it("holds the total adjustment within its bounds", () => {
    // AAA −30, grade 1 −20, 96 % ≥ 95 % −15: −65 bp held at the minimum −50; 3.30 − 0.50 = 2.80 %
    const p = priceLinkedLoan({
      table: retrofit,
      date: "2026-06-30",
      lpr: LPR,
      esgGrade: "AAA",
      carbonGrade: 1,
      disclosureCompletenessPercent: "96",
    });
    expect([p.adjustmentBeforeBoundsBp, p.adjustmentBp, p.finalRatePercent]).toEqual([-65, -50, "2.80"]);
    expect(p.boundsApplied).toEqual(["adjustment -65 bp held at minimum -50 bp"]);
  });

  it("holds the rate within its floor and cap", () => {
    // A table with a 3.00 % floor and a 3.50 % cap on a fixed 3.30 % base.
    const table: PricingTable = {
      ...retrofit,
      base: { kind: "fixed", ratePercent: "3.30" },
      rateBounds: { floorPercent: "3.00", capPercent: "3.50" },
    };
    // AAA −30, grade 1 −20: −50 bp → 2.80 % below the floor: 3.00 %
    const low = priceLinkedLoan({ table, date: "2026-06-30", esgGrade: "AAA", carbonGrade: 1 });
    expect([low.rateBeforeBoundsPercent, low.finalRatePercent]).toEqual(["2.80", "3.00"]);
    expect(low.boundsApplied).toEqual(["rate 2.80 % held at the floor 3.00 %"]);
    // C +20, grade 5 +20: +40 bp held at +30 → 3.60 % above the cap: 3.50 %
    const high = priceLinkedLoan({ table, date: "2026-06-30", esgGrade: "C", carbonGrade: 5 });
    expect([high.adjustmentBp, high.rateBeforeBoundsPercent, high.finalRatePercent]).toEqual([30, "3.60", "3.50"]);
    expect(high.boundsApplied).toHaveLength(2);
  });

  it("rewards disclosure completeness by band", () => {
    // fixed 3.85 %; bands 0 % +10, 50 % 0, 75 % −15, 90 % −30
    const at = (c: string | null) =>
      priceLinkedLoan({ table: disclosureLinked, date: "2026-06-30", disclosureCompletenessPercent: c })
        .finalRatePercent;
    expect([at("0"), at("49.99"), at("50"), at("75"), at("92"), at("100"), at(null)]).toEqual([
      "3.95",
      "3.95",
      "3.85",
      "3.70",
      "3.55",
      "3.55",
      "3.85",
    ]);
  });

  it("adds the sustainability-linked step", () => {
    // SLL product: 1y LPR 3.00 + 40 bp = 3.40 %; ESG A −20, grade 3 0, disclosure 70 % ≥ 60 % −5, SLL −10:
    // −35 bp → 3.05 %
    const table = pricingTableFor(set, "sustainability-linked-loan");
    const p = priceLinkedLoan({
      table,
      date: "2026-06-30",
      lpr: LPR,
      esgGrade: "A",
      carbonGrade: 3,
      disclosureCompletenessPercent: "70",
      sllStepBp: -10,
    });
    expect([p.adjustmentBp, p.finalRatePercent]).toEqual([-35, "3.05"]);
  });

  it("refuses a grade the table does not have", () => {
    expect(() => priceLinkedLoan({ table: retrofit, date: "2026-06-30", lpr: LPR, esgGrade: "AAAA" })).toThrow(
      /not in the table/,
    );
  });
});

describe("assessSll", () => {
  // Carbon intensity, baseline 2024 = 0.8 tCO2/wan_yuan, down 5 % a year compounding:
  //   target 2025 = 0.8 × 0.95 = 0.76; 2026 = 0.722; 2027 = 0.6859. Steps 5 bp each way, cumulative within ±15 bp.
  const terms: SllTerms = {
    stepDownBp: 5,
    stepUpBp: 5,
    maxDownBp: 15,
    maxUpBp: 15,
    notReported: "missed",
    kpis: [
      {
        key: "carbon_intensity_revenue",
        nameZh: "单位营业收入碳排放强度",
        nameEn: "Carbon intensity of revenue",
        unit: "tCO2/wan_yuan",
        direction: "decrease",
        baselineYear: 2024,
        baselineValue: "0.8",
        annualChangePercent: "5",
      },
    ],
  };
  const tests = [
    { date: "2026-04-30", year: 2025 },
    { date: "2027-04-30", year: 2026 },
    { date: "2028-04-30", year: 2027 },
  ];
  const obs = (values: Record<number, string>): KpiObservation[] =>
    Object.entries(values).map(([year, value]) => ({
      kpi: "carbon_intensity_revenue",
      year: Number(year),
      value,
      unit: "tCO2/wan_yuan",
      source: `account ${year} v1`,
    }));

  it("steps down when met and back up when missed", () => {
    // 2025: 0.75 ≤ 0.76 met −5 → −5; 2026: 0.72 ≤ 0.722 met −5 → −10; 2027: 0.70 > 0.6859 missed +5 → −5
    const r = assessSll(terms, tests, obs({ 2025: "0.75", 2026: "0.72", 2027: "0.70" }));
    expect(r.tests.map((t) => [t.kpis[0]?.target, t.kpis[0]?.outcome, t.cumulativeBp])).toEqual([
      ["0.760000", "met", -5],
      ["0.722000", "met", -10],
      ["0.685900", "missed", -5],
    ]);
    expect(r.cumulativeBp).toBe(-5);
  });

  it("steps up when missed or not reported, and the policy can make not-reported neutral", () => {
    // 2025: 0.78 > 0.76 missed +5 → 5; 2026 not reported (missed) +5 → 10; 2027: 0.70 missed +5 → 15
    const data = obs({ 2025: "0.78", 2027: "0.70" });
    const r = assessSll(terms, tests, data);
    expect(r.tests.map((t) => [t.kpis[0]?.outcome, t.cumulativeBp])).toEqual([
      ["missed", 5],
      ["not_reported", 10],
      ["missed", 15],
    ]);
    // neutral: 5, 5 (no step), 10
    const n = assessSll({ ...terms, notReported: "neutral" }, tests, data);
    expect(n.tests.map((t) => t.cumulativeBp)).toEqual([5, 5, 10]);
  });

  it("holds the cumulative step within its cap and lets it move back off the bound", () => {
    // Two KPIs, 5 bp each: both met at 2025 (−10), both met at 2026 (−20 held at −15), both missed at 2027 (−5).
    const share = {
      key: "green_power_share",
      nameZh: "绿电占比",
      nameEn: "Green power share",
      unit: "percent",
      direction: "increase" as const,
      baselineYear: 2024,
      baselineValue: "20",
      annualChangePercent: "10",
    };
    // targets: 22, 24.2, 26.62
    const data = [
      ...obs({ 2025: "0.75", 2026: "0.70", 2027: "0.70" }),
      ...[
        [2025, "22"],
        [2026, "25"],
        [2027, "26"],
      ].map(([year, value]) => ({
        kpi: "green_power_share",
        year: year as number,
        value: value as string,
        unit: "percent",
        source: "x",
      })),
    ];
    const r = assessSll({ ...terms, kpis: [...terms.kpis, share] }, tests, data);
    expect(r.tests.map((t) => [t.stepBp, t.cumulativeBp, t.capped])).toEqual([
      [-10, -10, false],
      [-10, -15, true],
      [10, -5, false],
    ]);
  });

  it("refuses an observation in another unit", () => {
    expect(() =>
      assessSll(terms, tests, [{ kpi: "carbon_intensity_revenue", year: 2025, value: "1", unit: "tCO2", source: "x" }]),
    ).toThrow(/tCO2\/wan_yuan/);
  });
});
