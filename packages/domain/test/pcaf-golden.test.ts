import { loadPcafReference } from "@greenfin/reference";
import { describe, expect, it } from "vitest";
import {
  buildJrt0227Section,
  calculatePcafPortfolio,
  comparePcafResults,
  type PcafPositionResult,
  parsePcafCounterparties,
  parsePcafPositions,
} from "../src/pcaf/index";
import { GOLDEN_COUNTERPARTIES, GOLDEN_POSITIONS, GOLDEN_YEAR } from "./pcaf-golden-book";

/**
 * Every figure below is worked out by hand from the PCAF Part A formulas and the factors of pcaf@2022.2
 * (packages/reference/data/pcaf/pcaf-2022.2), step by step in the comments.
 */
const reference = loadPcafReference("2022.2");

function run(year = GOLDEN_YEAR) {
  const cps = parsePcafCounterparties(GOLDEN_COUNTERPARTIES, reference);
  expect(cps.errors).toEqual([]);
  const parsed = parsePcafPositions(GOLDEN_POSITIONS, { reference, counterparties: cps.counterparties });
  expect(parsed.errors).toEqual([]);
  return calculatePcafPortfolio({ reference, year, counterparties: cps.counterparties, positions: parsed.positions });
}

const { result, positions } = run();
const byId = new Map(positions.map((p) => [p.positionId, p]));
const get = (id: string) => byId.get(id) as PcafPositionResult;

describe("PCAF golden book: one position per asset class", () => {
  it("listed equity (5.1): outstanding / EVIC × verified company emissions, DQ 1", () => {
    // AF = 50 000 000 / 2 000 000 000 = 0.025
    // company Scope 1+2 = 500 000 + 100 000 = 600 000 t → financed = 0.025 × 600 000 = 15 000 t
    // Scope 3 separately: 0.025 × 1 000 000 = 25 000 t; verified → option 1a, score 1
    // revenue intensity = 600 000 / (1 000 000 000 / 10^6) = 600 tCO2e per million CNY
    const r = get("LE-1");
    expect(r.attribution).toMatchObject({
      factor: "0.025000000000",
      capped: false,
      denominator: { kind: "evic", value: "2000000000" },
    });
    expect(r.financedScope12Tco2e).toBe("15000.000000");
    expect(r.financedScope3Tco2e).toBe("25000.000000");
    expect(r.dataQuality).toEqual({ score: 1, option: "1a Reported emissions", evidence: "verified" });
    expect(r.revenueIntensity).toBe("600.000000");
    // C30 is in the 2023 phase-in (manufacturing): Scope 3 is due in 2024, and given.
    expect(r.scope3Required).toBe(true);
    expect(r.section).toBe("C");
  });

  it("corporate bond of an unlisted issuer (5.1): outstanding / (equity + debt), unverified → DQ 2", () => {
    // no EVIC → total equity + debt: AF = 10 000 000 / 400 000 000 = 0.025
    // Scope 1+2 = 80 000 + 2 000 = 82 000 t → financed = 0.025 × 82 000 = 2 050 t; option 1b, score 2
    // intensity = 82 000 / 200 = 410
    const r = get("CB-1");
    expect(r.attribution?.denominator).toEqual({ kind: "total_equity_and_debt", value: "400000000" });
    expect(r.sector).toBe("D4411");
    expect(r.financedScope12Tco2e).toBe("2050.000000");
    expect(r.dataQuality?.score).toBe(2);
    expect(r.revenueIntensity).toBe("410.000000");
  });

  it("business loan, revenue-based estimate (5.2 option 3a): DQ 4 with the division's factor", () => {
    // class C3011 → division C30 revenue factor pcaf_sector.revenue.c30 = 280 tCO2e per million CNY revenue
    // company emissions = 300 × 280 = 84 000 t; AF = 30 000 000 / 600 000 000 = 0.05 → financed 4 200 t
    const r = get("BL-1");
    expect(r.factors.map((f) => f.id)).toEqual(["pcaf_sector.revenue.c30"]);
    expect(r.factors[0]?.verification).toBe("UNVERIFIED estimate");
    expect(r.emissions?.scope12Tco2e).toBe("84000.000000");
    expect(r.financedScope12Tco2e).toBe("4200.000000");
    expect(r.dataQuality).toEqual({ score: 4, option: "3a Economic activity-based", evidence: "revenue_estimate" });
    expect(r.revenueIntensity).toBe("280.000000");
  });

  it("business loan, asset-based estimate (5.2 option 3b): outstanding × sector factor per asset, DQ 5", () => {
    // section F asset factor = 6 (revenue factor) × 1.5 (asset turnover) = 9 tCO2e per million CNY of assets
    // financed = 20 000 000 / 10^6 × 9 = 180 t; no denominator, so no attribution factor
    const r = get("BL-2");
    expect(r.attribution).toBeNull();
    expect(r.factors.map((f) => [f.id, f.value])).toEqual([["pcaf_sector.asset.f", "9"]]);
    expect(r.financedScope12Tco2e).toBe("180.000000");
    expect(r.dataQuality?.score).toBe(5);
    expect(r.revenueIntensity).toBeNull();
  });

  it("project finance (5.3): outstanding / project equity + debt × project emissions", () => {
    // AF = 100 000 000 / 500 000 000 = 0.2; financed = 0.2 × 250 000 = 50 000 t; reported, unverified → 2
    const r = get("PF-1");
    expect(r.attribution?.factor).toBe("0.200000000000");
    expect(r.financedScope12Tco2e).toBe("50000.000000");
    expect(r.dataQuality?.score).toBe(2);
  });

  it("commercial real estate (5.4): floor area × type factor, option 2b → DQ 4", () => {
    // AF = 60 000 000 / 150 000 000 = 0.4
    // building = 20 000 m² × 80 kgCO2e/m² / 1000 = 1 600 t → financed = 0.4 × 1 600 = 640 t
    const r = get("CRE-1");
    expect(r.attribution?.factor).toBe("0.400000000000");
    expect(r.emissions?.scope12Tco2e).toBe("1600.000000");
    expect(r.financedScope12Tco2e).toBe("640.000000");
    expect(r.dataQuality).toEqual({ score: 4, option: "2b Estimated by floor area", evidence: "floor_area_estimate" });
    expect(r.section).toBe("K");
  });

  it("mortgage (5.5) without floor area: per-dwelling average, option 3 → DQ 5", () => {
    // AF = 1 200 000 / 3 000 000 = 0.4; dwelling = 3 500 kg = 3.5 t → financed = 1.4 t
    const r = get("MTG-1");
    expect(r.financedScope12Tco2e).toBe("1.400000");
    expect(r.dataQuality?.score).toBe(5);
    expect(r.section).toBeNull();
  });

  it("motor vehicle loan (5.6): outstanding / value at origination × average vehicle, DQ 5", () => {
    // AF = 90 000 / 150 000 = 0.6; average passenger car 1.9 t/year → financed = 1.14 t
    const r = get("CAR-1");
    expect(r.attribution?.factor).toBe("0.600000000000");
    expect(r.financedScope12Tco2e).toBe("1.140000");
    expect(r.dataQuality).toEqual({
      score: 5,
      option: "3b Estimated vehicle-unspecific",
      evidence: "vehicle_average_estimate",
    });
  });

  it("sovereign debt (5.7): USD exposure / PPP GDP × production emissions excl. LULUCF, latest year ≤ 2024", () => {
    // exposure = 645 150 000 / 6.4515 = 100 000 000 USD (2021 rate)
    // AF = 100 000 000 / 27 300 000 000 000 = 0.000003663003663… → 12 dp 0.000003663004
    // financed = 10^8 × 14 314 000 000 / (2.73 × 10^13) = 143 140 000 / 2 730 = 52 432.234432234… t
    const r = get("GOV-1");
    expect(r.attribution).toMatchObject({ factor: "0.000003663004", numerator: "100000000" });
    expect(r.financedScope12Tco2e).toBe("52432.234432");
    expect(r.dataQuality).toEqual({ score: 1, option: "1a Reported emissions", evidence: "country_inventory" });
    expect(r.factors.map((f) => f.id)).toEqual([
      "pcaf_sovereign.cn.2021.cny_per_usd",
      "pcaf_sovereign.cn.2021.ppp_gdp",
      "pcaf_sovereign.cn.2021.production_excl_lulucf",
    ]);
  });

  it("explains each position in words, in Chinese and English", () => {
    const r = get("LE-1");
    expect(r.explanation.zh[0]).toBe("归因因子 = 余额 ÷ 企业价值（含现金，EVIC） = 50000000 ÷ 2000000000 = 0.025");
    expect(r.explanation.en[0]).toBe(
      "attribution factor = outstanding ÷ EVIC (enterprise value including cash) = 50000000 ÷ 2000000000 = 0.025",
    );
    expect(r.explanation.en.at(-1)).toBe("data quality score 1 (PCAF 5.1, 1a Reported emissions)");
    expect(r.reference).toBe("pcaf@2022.2");
  });
});

describe("PCAF golden book: portfolio figures", () => {
  it("totals financed emissions as the sum of the published position figures", () => {
    // 15 000 + 2 050 + 4 200 + 180 + 50 000 + 640 + 1.4 + 1.14 + 52 432.234432 = 124 504.774432 t
    expect(result.total.financedScope12Tco2e).toBe("124504.774432");
    expect(result.total.financedScope3Tco2e).toBe("25000");
    // Σ outstanding = 50 + 10 + 30 + 20 + 100 + 60 + 1.2 + 0.09 + 645.15 (million) = 916 440 000
    expect(result.total.outstanding).toBe("916440000");
    expect(result.total.coverage).toBe("1.0000");
  });

  it("weights the data-quality score by outstanding (PCAF Box 8)", () => {
    // Σ outstanding × score (million): 50×1 + 10×2 + 30×4 + 20×5 + 100×2 + 60×4 + 1.2×5 + 0.09×5 + 645.15×1
    //   = 50 + 20 + 120 + 100 + 200 + 240 + 6 + 0.45 + 645.15 = 1 381.6
    // WDQS = 1 381.6 / 916.44 = 1.50757… → 1.51
    expect(result.total.weightedDataQuality).toBe("1.51");
    // business loans: (30×4 + 20×5) / 50 = 220 / 50 = 4.40
    expect(result.byAssetClass.find((b) => b.key === "business_loan")?.weightedDataQuality).toBe("4.40");
    // Scope 3 only on LE-1 (score 1)
    expect(result.total.weightedDataQualityScope3).toBe("1.00");
    expect(result.total.outstandingByScore).toEqual({
      "1": "695150000",
      "2": "110000000",
      "3": "0",
      "4": "90000000",
      "5": "21290000",
    });
  });

  it("computes WACI over the positions with a revenue intensity", () => {
    // LE-1 600 (50 m), CB-1 410 (10 m), BL-1 280 (30 m): (50×600 + 10×410 + 30×280) / 90 = 42 500 / 90 = 472.2222…
    expect(result.waci).toEqual({ value: "472.2222", outstanding: "90000000", positions: 3 });
  });

  it("computes the carbon footprint per million CNY of covered outstanding", () => {
    // 124 504.774432 / 916.44 = 135.85698… → 135.8570
    expect(result.carbonFootprint).toBe("135.8570");
  });

  it("totals by asset class and by GB/T 4754 section", () => {
    expect(result.byAssetClass.map((b) => [b.key, b.financedScope12Tco2e])).toEqual([
      ["listed_equity", "15000"],
      ["corporate_bond", "2050"],
      ["business_loan", "4380"],
      ["project_finance", "50000"],
      ["commercial_real_estate", "640"],
      ["mortgage", "1.4"],
      ["motor_vehicle_loan", "1.14"],
      ["sovereign_debt", "52432.234432"],
    ]);
    expect(result.bySector.map((b) => [b.key, b.financedScope12Tco2e])).toEqual([
      ["C", "19200"],
      ["D", "52050"],
      ["F", "180"],
      ["K", "640"],
      ["households", "2.54"],
      ["sovereign", "52432.234432"],
    ]);
  });

  it("hashes inputs and results reproducibly", () => {
    const again = run().result;
    expect(again).toEqual(result);
    expect(result.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    expect(run(2023).result.inputsHash).not.toBe(result.inputsHash);
  });

  it("flags Scope 3 due but missing (PCAF Table 5-2)", () => {
    // 2024: C (LE-1 given, BL-1 missing), D is not phased in before 2025, F neither → 1 missing of 2 due
    expect(result.scope3).toEqual({ requiredPositions: 2, missingPositions: 1 });
    expect(run(2025).result.scope3).toEqual({ requiredPositions: 5, missingPositions: 4 });
  });
});

describe("year-on-year comparison and the JR/T 0227 section", () => {
  it("compares two results", () => {
    const previous = run(2023).result;
    const c = comparePcafResults(previous, result);
    expect(c.sameReference).toBe(true);
    expect(c.total.financedScope12Tco2e).toEqual({
      previous: "124504.774432",
      current: "124504.774432",
      change: "0",
      changePercent: "0.00",
    });
  });

  it("lays out §5.7 by asset class, sector, data quality and intensity", () => {
    const section = buildJrt0227Section(result, reference, comparePcafResults(run(2023).result, result));
    expect(section.title).toEqual({
      zh: "投融资活动的环境影响",
      en: "Environmental impact of investment and financing activities",
    });
    expect(section.tables.map((t) => t.id)).toEqual([
      "by-asset-class",
      "by-sector",
      "data-quality",
      "intensity",
      "year-on-year",
    ]);
    const byClass = section.tables[0];
    expect(byClass?.rows.at(-1)).toMatchObject({
      name: "合计 Total",
      financedScope12: "124504.774432",
      dataQuality: "1.51",
    });
    expect(byClass?.rows[0]?.method).toContain("PCAF 5.1");
  });
});
