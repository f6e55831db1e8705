import { loadCarbonFactorSet } from "@greenfin/reference";
import { describe, expect, it } from "vitest";
import { type CarbonFactorSetData, type CarbonInputError, calculateCarbonAccount } from "../src/index";
import { account, CEMENT_PLANT, SHANDONG_PLANT as E, row } from "./carbon-golden-fixtures";

/**
 * Golden accounts, every figure worked by hand below from the official formulas and the factor set 2026.1:
 *   combustion  E = A × NCV × CC × OF × 44/12 ÷ 1000   (NCV GJ/t or GJ/10⁴m³, CC tC/TJ; ÷1000 turns GJ into TJ)
 *   process     E = output × EF;   Scope 2  E = MWh × grid EF,  GJ × heat EF.
 * Published to 6 places of tCO2, half-even.
 */
const set: CarbonFactorSetData = loadCarbonFactorSet("2026.1");

describe("Scope 1 combustion (GB/T 32150-2015 form)", () => {
  it("a coal boiler: 1 000 t raw coal", () => {
    // 20.908 GJ/t × 26.37 tC/TJ = 551.34396; × 0.94 = 518.2633224; × 1000 t = 518 263.3224; ÷ 1000 = 518.2633224 tC
    // × 44/12 = 1 900.2988488 tCO2 → 1900.298849
    const a = calculateCarbonAccount(set, account(E, 2023, [row(E, "2023-01", "raw_coal", "1000", "t")]));
    expect(a.totals.scope1Combustion).toBe("1900.298849");
    const line = a.lines[0]!;
    expect(line.factors[0]).toMatchObject({ id: "fuel.raw_coal.a", factorSet: "cn-carbon-factors@2026.1" });
    expect(line.formula).toContain("1000 t × 20.908 GJ/t × 26.37 tC/TJ × 0.94 × 44/12");
    expect(line.rowKeys).toEqual([`${E}|main|2023-01|raw_coal`]);
  });

  it("a gas boiler: 50 000 m³ natural gas = 5 × 10⁴ m³", () => {
    // 389.31 GJ/10⁴m³ × 15.3 = 5 956.443; × 0.99 = 5 896.87857; × 5 = 29 484.39285; × 44 = 1 297 313.2854
    // ÷ 12 000 = 108.10944045 → 108.109440
    const a = calculateCarbonAccount(set, account(E, 2023, [row(E, "2023-03", "natural_gas", "50000", "m3")]));
    expect(a.lines[0]!.activity).toEqual({ quantity: "5", unit: "wan_m3" });
    expect(a.totals.scope1).toBe("108.109440");
  });

  it("a diesel fleet: 10 t in January, 5 000 L in February (density 0.84 t/m³, flagged UNVERIFIED)", () => {
    // per tonne: 42.652 × 20.2 × 0.98 = 844.338992 (GJ·tC/TJ per t)
    // January: 10 t × 844.338992 = 8 443.38992; × 44 = 371 509.15648; ÷ 12 000 = 30.959096373… → 30.959096
    // February: 5 000 L = 5 m³ × 0.84 = 4.2 t; × 844.338992 = 3 546.2237664; × 44 = 156 033.8457216;
    //           ÷ 12 000 = 13.0028204768 → 13.002820.   Total 43.961916
    const a = calculateCarbonAccount(
      set,
      account(E, 2023, [
        row(E, "2023-01", "diesel", "10", "t", "truck-1"),
        row(E, "2023-02", "diesel", "5000", "L", "truck-2"),
      ]),
    );
    expect(a.lines.map((l) => [l.period, l.activity.quantity, l.emissions])).toEqual([
      ["2023-01", "10", "30.959096"],
      ["2023-02", "4.2", "13.002820"],
    ]);
    expect(a.lines[1]!.factors.map((f) => f.id)).toEqual(["fuel.diesel.a", "density.diesel"]);
    expect(a.totals.scope1).toBe("43.961916");
    expect(a.warnings.some((w) => w.startsWith("density.diesel is UNVERIFIED"))).toBe(true);
    expect(a.byMonth.map((m) => m.scope1)).toEqual(["30.959096", "13.002820"]);
  });

  it("an enterprise's own density and factor, with evidence, come first", () => {
    // 5 000 L × 0.835 t/m³ = 4.175 t; × own EF 3.1 tCO2/t = 12.9425
    const a = calculateCarbonAccount(
      set,
      account(E, 2023, [row(E, "2023-02", "diesel", "5000", "L")], "山东", {
        facilityFactors: [
          { id: "own-density", item: "diesel", value: "0.835", unit: "t/m3", evidence: "supplier certificate 2023-02" },
          { id: "own-ef", item: "diesel", value: "3.1", unit: "tCO2/t", evidence: "lab analysis 2023" },
        ],
      }),
    );
    expect(a.totals.scope1).toBe("12.942500");
    expect(a.lines[0]!.factors.map((f) => [f.id, f.factorSet])).toEqual([
      ["own-ef", "facility"],
      ["own-density", "facility"],
    ]);
  });
});

describe("Scope 2 location-based, with the fallback order", () => {
  it("purchased electricity in Shandong, 2023: the provincial factor", () => {
    // 1 200 000 kWh = 1 200 MWh × 0.6191 = 742.92
    const a = calculateCarbonAccount(set, account(E, 2023, [row(E, "2023-05", "electricity", "1200000", "kWh")]));
    expect(a.totals.scope2Location).toBe("742.920000");
    expect(a.lines[0]!.factors[0]).toMatchObject({
      id: "elec.avg.province.shandong.2023",
      value: "0.6191",
      level: "provincial",
    });
    expect(a.lines[0]!.trace).toContain("facility-specific: none supplied");
  });

  it("with the national factor (no province) and with the enterprise-reporting basis", () => {
    // national 2023: 1 200 × 0.5306 = 636.72; enterprise reporting: 1 200 × 0.5703 = 684.36 (its data year 2022)
    const national = calculateCarbonAccount(
      set,
      account(E, 2023, [row(E, "2023-05", "electricity", "1200", "MWh")], null),
    );
    expect(national.totals.scope2Location).toBe("636.720000");
    expect(national.lines[0]!.factors[0]!.id).toBe("elec.avg.national.2023");
    const reporting = calculateCarbonAccount(
      set,
      account(E, 2023, [row(E, "2023-05", "electricity", "1200", "MWh")], "Shandong", {
        gridBasis: "enterprise_reporting",
      }),
    );
    expect(reporting.totals.scope2Location).toBe("684.360000");
    expect(reporting.warnings.join()).toContain("no 2023 factor; latest earlier year 2022 used");
  });

  it("a year without factors uses the latest earlier year and says so; UNVERIFIED factors are passed over", () => {
    const y2024 = calculateCarbonAccount(set, account(E, 2024, [row(E, "2024-01", "electricity", "100", "MWh")]));
    expect(y2024.lines[0]!.factors[0]!.id).toBe("elec.avg.province.shandong.2023");
    expect(y2024.lines[0]!.trace).toContain("provincial (Shandong): no 2024 factor; latest earlier year 2023 used");
    // 2021: Shandong 0.6838 and the North grid 0.712 are UNVERIFIED → national 0.5568; 100 × 0.5568 = 55.68
    const y2021 = calculateCarbonAccount(set, account(E, 2021, [row(E, "2021-01", "electricity", "100", "MWh")]));
    expect(y2021.totals.scope2Location).toBe("55.680000");
    expect(y2021.lines[0]!.trace.filter((t) => t.includes("passed over"))).toHaveLength(2);
    const allowed = calculateCarbonAccount(
      set,
      account(E, 2021, [row(E, "2021-01", "electricity", "100", "MWh")], "山东", { allowUnverified: true }),
    );
    expect(allowed.totals.scope2Location).toBe("68.380000");
    expect(allowed.warnings[0]).toContain("elec.avg.province.shandong.2021 is UNVERIFIED");
  });

  it("purchased heat: 1 000 GJ × 0.11 = 110", () => {
    const a = calculateCarbonAccount(set, account(E, 2023, [row(E, "2023-01", "heat", "1000", "GJ")]));
    expect(a.totals.scope2Location).toBe("110.000000");
    expect(a.totals.scope2Market).toBe("110.000000");
  });
});

describe("Scope 2 market-based", () => {
  it("electricity less green power and certificates, the remainder at the residual factor", () => {
    // 1 000 MWh − 300 MWh green power (300 000 kWh) − 200 certificates = 500 MWh × 0.6096 (2023, excl. market-traded
    // non-fossil) = 304.8; location-based 1 000 × 0.6191 = 619.1
    const a = calculateCarbonAccount(
      set,
      account(E, 2023, [
        row(E, "2023-01", "electricity", "1000", "MWh"),
        row(E, "2023-01", "green_power", "300000", "kWh"),
        row(E, "2023-06", "green_certificate", "200", "MWh"),
      ]),
    );
    expect(a.marketBased).toMatchObject({ deductedMWh: "500", remainderMWh: "500", excessMWh: "0" });
    expect(a.marketBased.residualFactor.id).toBe("elec.residual.national.2023");
    expect(a.totals.scope2Market).toBe("304.800000");
    expect(a.totals.scope2Location).toBe("619.100000");
  });

  it("instruments beyond consumption: zero, never negative, and the excess reported", () => {
    const a = calculateCarbonAccount(
      set,
      account(E, 2022, [
        row(E, "2022-01", "electricity", "1000", "MWh"),
        row(E, "2022-01", "green_power", "1200", "MWh"),
      ]),
    );
    expect(a.marketBased).toMatchObject({ deductedMWh: "1000", excessMWh: "200", remainderMWh: "0" });
    expect(a.totals.scope2Market).toBe("0.000000");
    expect(a.marketBased.residualFactor.value).toBe("0.5856");
  });

  it("a year before any residual factor falls back to the location factor and says so", () => {
    const a = calculateCarbonAccount(set, account(E, 2021, [row(E, "2021-01", "electricity", "10", "MWh")], null));
    expect(a.marketBased.trace.join()).toContain("the location-based factor is used instead");
    expect(a.totals.scope2Market).toBe("5.568000");
  });
});

describe("a cement plant", () => {
  it("clinker, a coal kiln and electricity, with intensities", () => {
    // process: 100 000 t clinker × 0.52 = 52 000
    // coal: 10 000 t → 10 × 1 900.2988488 = 19 002.988488
    // electricity: 8 000 MWh × 0.6191 = 4 952.8
    // Scope 1 = 71 002.988488; location total = 75 955.788488
    // per revenue 50 000 万元: 1.51911576976 → 1.519116; per value added 2 亿元 = 20 000 万元: 3.7977894244 → 3.797789
    // per product output 120 000 t: 0.632964904… → 0.632965
    const P = CEMENT_PLANT;
    const a = calculateCarbonAccount(
      set,
      account(P, 2023, [
        row(P, "2023-12", "clinker", "100000", "t"),
        row(P, "2023-12", "raw_coal", "10000", "t"),
        row(P, "2023-12", "electricity", "8000", "MWh"),
        row(P, "2023-12", "revenue", "50000", "wan_yuan"),
        row(P, "2023-12", "value_added", "200000000", "yuan"),
        row(P, "2023-12", "product_output", "120000", "t"),
      ]),
    );
    expect(a.totals).toMatchObject({
      scope1Process: "52000.000000",
      scope1Combustion: "19002.988488",
      scope1: "71002.988488",
      scope2Location: "4952.800000",
      totalLocationBased: "75955.788488",
      scope3: null,
    });
    expect(a.intensities.perRevenue.value).toBe("1.519116");
    expect(a.intensities.perValueAdded).toMatchObject({
      value: "3.797789",
      denominator: { quantity: "20000", unit: "wan_yuan" },
    });
    expect(a.intensities.perProductOutput).toMatchObject({ value: "0.632965", unit: "tCO2/t" });
    expect(a.byItem).toEqual([
      { item: "clinker", scope: "scope1", emissions: "52000.000000" },
      { item: "raw_coal", scope: "scope1", emissions: "19002.988488" },
      { item: "electricity", scope: "scope2_location", emissions: "4952.800000" },
    ]);
  });
});

describe("Scope 3 by spend (optional estimates)", () => {
  it("is left out unless asked for, then reported apart", () => {
    const rows = [row(E, "2023-01", "spend_transport", "1000000", "yuan")];
    expect(calculateCarbonAccount(set, account(E, 2023, rows)).totals.scope3).toBeNull();
    const a = calculateCarbonAccount(set, account(E, 2023, rows, "山东", { includeScope3: true }));
    // 100 万元 × 1.0 tCO2e/万元 (illustrative) = 100
    expect(a.totals.scope3).toBe("100.000000");
    expect(a.totals.totalLocationBased).toBe("0.000000");
  });
});

describe("bad input", () => {
  it("lists every problem with its row and column", () => {
    const bad = [
      row(E, "2023-13", "electricity", "1,000", "kWh"),
      row(E, "2023-01", "diesel", "5", "kg"),
      row(E, "2023-01", "unobtainium", "5", "t"),
      row("91370100MA3C0000X0", "2023-01", "heat", "5", "GJ"),
      row(E, "2023-01", "diesel", "-1", "t"),
    ];
    try {
      calculateCarbonAccount(set, account(E, 2023, bad, "Atlantis"));
      expect.unreachable();
    } catch (e) {
      const problems = (e as CarbonInputError).problems.map((p) => `${p.row}/${p.column}`);
      expect(problems).toEqual(
        expect.arrayContaining([
          `${bad[0]!.ref}/month`,
          `${bad[0]!.ref}/quantity`,
          `${bad[1]!.ref}/unit`,
          `${bad[2]!.ref}/item`,
          `${bad[3]!.ref}/enterprise`,
          `${bad[4]!.ref}/quantity`,
          "profile/province",
        ]),
      );
      expect((e as CarbonInputError).problems.every((p) => p.messageZh && p.messageEn)).toBe(true);
    }
  });
});
