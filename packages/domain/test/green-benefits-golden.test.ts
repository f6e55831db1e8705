/**
 * Golden cases: one per benefit method, worked out by hand in the comments (factors as shipped in
 * benefit-methods@2026.1 and the carbon factor set: grid 2023 national average 0.5306 tCO2/MWh, 供电标准煤耗
 * 0.3007 tce/MWh, raw coal 1.9003 tCO2/t, natural gas 21.622 tCO2/10⁴m³, diesel 3.0959 tCO2/t and 0.84 t/m³,
 * gasoline 2.9251 tCO2/t and 0.73 t/m³). Expected values are exact decimal text.
 */
import { describe, expect, it } from "vitest";
import { type BenefitLine, checkBenefitLines, computeBenefitReport } from "../src/index";
import { benefitSet, resolution2023 } from "./green-benefits-fixture";

const compute = (line: BenefitLine) => {
  expect(checkBenefitLines(benefitSet, [line])).toEqual([]);
  const report = computeBenefitReport(benefitSet, [line], resolution2023);
  return Object.fromEntries(report.lines[0]!.outputs.map((o) => [o.key, o.value]));
};

describe("benefit methods against hand computation", () => {
  it("renewable generation", () => {
    // 120 000 MWh × 0.5306 tCO2/MWh = 63 672 tCO2; 120 000 MWh × 0.3007 tce/MWh = 36 084 tce
    expect(compute({ method: "renewable_generation", inputs: { generation_mwh: "120000" } })).toEqual({
      co2_reduction_t: "63672",
      standard_coal_saved_tce: "36084",
    });
  });

  it("energy-efficiency retrofit", () => {
    // CO2: 1000 × 0.5306 = 530.6; 500 × 1.9003 = 950.15; 20 × 21.622 = 432.44; 10 × 3.0959 = 30.959
    //      530.6 + 950.15 + 432.44 + 30.959 = 1944.149 tCO2
    // tce: 1000 × 0.3007 = 300.7; 500 × 0.7143 = 357.15; 20 × 13.3 = 266; 10 × 1.4571 = 14.571 → 938.421 tce
    const inputs = {
      electricity_saved_mwh: "1000",
      raw_coal_saved_t: "500",
      natural_gas_saved_wan_m3: "20",
      diesel_saved_t: "10",
    };
    expect(compute({ method: "energy_efficiency", inputs })).toEqual({
      co2_reduction_t: "1944.149",
      standard_coal_saved_tce: "938.421",
    });
    // Electricity only: the fuels count as 0. 250 × 0.5306 = 132.65; 250 × 0.3007 = 75.175
    expect(compute({ method: "energy_efficiency", inputs: { electricity_saved_mwh: "250" } })).toEqual({
      co2_reduction_t: "132.65",
      standard_coal_saved_tce: "75.175",
    });
  });

  it("seawater desalination", () => {
    // 10 000 m³/d × 330 d = 3 300 000 m³
    expect(
      compute({ method: "seawater_desalination", inputs: { capacity_m3_per_day: "10000", operating_days: "330" } }),
    ).toEqual({ fresh_water_supplied_m3: "3300000" });
  });

  it("water reuse", () => {
    // 365 000 m³ × 1 = 365 000 m³ fresh water saved
    expect(compute({ method: "water_reuse", inputs: { reclaimed_water_m3: "365000" } })).toEqual({
      fresh_water_saved_m3: "365000",
    });
  });

  it("wastewater treatment", () => {
    // COD: 7 300 000 m³ × (250 − 30) mg/L = 1 606 000 000 g × 0.000001 t/g = 1606 t
    // NH3-N: 7 300 000 m³ × (25 − 1.5) mg/L = 171 550 000 g → 171.55 t
    expect(
      compute({
        method: "wastewater_treatment",
        inputs: {
          treated_volume_m3: "7300000",
          cod_influent_mg_l: "250",
          cod_effluent_mg_l: "30",
          nh3n_influent_mg_l: "25",
          nh3n_effluent_mg_l: "1.5",
        },
      }),
    ).toEqual({ cod_removed_t: "1606", nh3n_removed_t: "171.55" });
  });

  it("green building", () => {
    // 50 000 m² × (120 − 84) kWh/m²·a = 1 800 000 kWh × 0.001 = 1800 MWh
    // 1800 × 0.5306 = 955.08 tCO2; 1800 × 0.3007 = 541.26 tce
    expect(
      compute({
        method: "green_building",
        inputs: { floor_area_m2: "50000", baseline_kwh_per_m2: "120", design_kwh_per_m2: "84" },
      }),
    ).toEqual({ electricity_saved_mwh: "1800", co2_reduction_t: "955.08", standard_coal_saved_tce: "541.26" });
  });

  it("new-energy passenger cars replacing gasoline cars", () => {
    // gasoline: 100 × 15 000 km × 8 L/100 km ÷ 100 = 120 000 L
    // electricity: 100 × 15 000 × 15 kWh/100 km ÷ 100 = 225 000 kWh = 225 MWh
    // CO2: 120 000 L × 0.001 m³/L × 0.73 t/m³ = 87.6 t × 2.9251 = 256.23876 tCO2
    //      − 225 MWh × 0.5306 = 119.385 → 136.85376 tCO2
    const inputs = {
      vehicles: "100",
      km_per_vehicle_year: "15000",
      fuel_l_per_100km: "8",
      electricity_kwh_per_100km: "15",
    };
    expect(compute({ method: "nev_gasoline", inputs })).toEqual({
      gasoline_saved_l: "120000",
      electricity_used_mwh: "225",
      co2_reduction_t: "136.85376",
    });
  });

  it("a thrifty gasoline car against a thirsty EV: the net CO2 is negative, and said so", () => {
    // 10 000 km: 500 L × 0.001 × 0.73 = 0.365 t × 2.9251 = 1.0676615 tCO2; 2500 kWh = 2.5 MWh × 0.5306 = 1.3265
    // 1.0676615 − 1.3265 = −0.2588385 tCO2 → −0.258838 at 6 places (half-even: the dropped 5 leaves the even 8)
    const inputs = {
      vehicles: "1",
      km_per_vehicle_year: "10000",
      fuel_l_per_100km: "5",
      electricity_kwh_per_100km: "25",
    };
    expect(compute({ method: "nev_gasoline", inputs }).co2_reduction_t).toBe("-0.258838");
  });

  it("new-energy buses and trucks replacing diesel vehicles", () => {
    // diesel: 50 × 60 000 km × 30 L/100 km ÷ 100 = 900 000 L; electricity: 50 × 60 000 × 100 ÷ 100 kWh = 3000 MWh
    // CO2: 900 m³ × 0.84 t/m³ = 756 t × 3.0959 = 2340.5004; − 3000 × 0.5306 = 1591.8 → 748.7004 tCO2
    const inputs = {
      vehicles: "50",
      km_per_vehicle_year: "60000",
      fuel_l_per_100km: "30",
      electricity_kwh_per_100km: "100",
    };
    expect(compute({ method: "nev_diesel", inputs })).toEqual({
      diesel_saved_l: "900000",
      electricity_used_mwh: "3000",
      co2_reduction_t: "748.7004",
    });
  });

  it("afforestation", () => {
    // 200 ha × 4.0 + 100 ha × 4.5 tCO2/ha·a = 800 + 450 = 1250 tCO2 (broadleaf not given: 0)
    expect(compute({ method: "afforestation", inputs: { conifer_ha: "200", mixed_ha: "100" } })).toEqual({
      co2_reduction_t: "1250",
    });
  });

  it("blue carbon", () => {
    // 100 ha mangrove × 1.62 tC/ha·a = 162 tC × 44 ÷ 12 = 594 tCO2
    expect(compute({ method: "blue_carbon", inputs: { mangrove_ha: "100" } })).toEqual({
      carbon_sequestered_tc: "162",
      co2_reduction_t: "594",
    });
    // 100 × 1.62 + 50 × 0.91 + 10 × 0.43 = 162 + 45.5 + 4.3 = 211.8 tC
    // 211.8 × 44 = 9319.2 ÷ 12 = 776.6 tCO2
    expect(
      compute({ method: "blue_carbon", inputs: { mangrove_ha: "100", salt_marsh_ha: "50", seagrass_ha: "10" } }),
    ).toEqual({ carbon_sequestered_tc: "211.8", co2_reduction_t: "776.6" });
    // 1 ha seagrass: 0.43 × 44 = 18.92 ÷ 12 = 1.57666… → 1.576667 (6 places, half-even)
    expect(compute({ method: "blue_carbon", inputs: { seagrass_ha: "1" } }).co2_reduction_t).toBe("1.576667");
  });
});

describe("the report explains every figure", () => {
  const report = computeBenefitReport(
    benefitSet,
    [
      { method: "renewable_generation", inputs: { generation_mwh: "120000" } },
      { method: "blue_carbon", inputs: { mangrove_ha: "100" } },
    ],
    resolution2023,
  );

  it("shows the formula, the figures put in and the factors with source and verification", () => {
    const co2 = report.lines[0]!.outputs.find((o) => o.key === "co2_reduction_t")!;
    expect(co2.formula).toBe("generation_mwh * grid_ef");
    expect(co2.substituted).toBe("120000 MWh × 0.5306 tCO2/MWh");
    expect(co2.factors).toEqual([
      expect.objectContaining({
        key: "grid_ef",
        value: "0.5306",
        unit: "tCO2/MWh",
        verification: "verified-secondary",
      }),
    ]);
    const blue = report.lines[1]!.outputs.find((o) => o.key === "co2_reduction_t")!;
    expect(blue.substituted).toBe("162 tC × 44 ÷ 12");
    expect(report.lines[0]!.inputs).toEqual([
      {
        key: "generation_mwh",
        nameZh: "年发电量（上网）",
        nameEn: "Annual generation (delivered to grid)",
        value: "120000",
        unit: "MWh",
      },
    ]);
  });

  it("adds outputs of the same key and unit across lines, and names the method set and grid factor", () => {
    // 63 672 + 594 = 64 266 tCO2
    expect(report.totals.find((t) => t.key === "co2_reduction_t")).toMatchObject({ value: "64266", unit: "tCO2" });
    expect(report.methodSet).toEqual({ id: "benefit-methods", version: "2026.1", sha256: benefitSet.sha256 });
    expect(report.gridFactor).toMatchObject({ region: "national", year: 2023, value: "0.5306" });
  });

  it("names no grid factor when no line used one", () => {
    const water = computeBenefitReport(
      benefitSet,
      [{ method: "water_reuse", inputs: { reclaimed_water_m3: "1" } }],
      resolution2023,
    );
    expect(water.gridFactor).toBeNull();
  });
});

describe("bad input is refused with every problem", () => {
  it("lists unknown methods and inputs, missing and non-numeric values, out-of-range values and broken constraints", () => {
    const problems = checkBenefitLines(
      benefitSet,
      [
        { method: "perpetual_motion", inputs: {} },
        { method: "renewable_generation", inputs: {} },
        {
          method: "wastewater_treatment",
          inputs: {
            treated_volume_m3: "-5",
            cod_influent_mg_l: "abc",
            cod_effluent_mg_l: "30",
            nh3n_influent_mg_l: "1",
            nh3n_effluent_mg_l: "2",
            colour: "1",
          },
        },
        { method: "seawater_desalination", inputs: { capacity_m3_per_day: "10", operating_days: "400" } },
        { method: "blue_carbon", inputs: {} },
      ],
      "expectedBenefits",
    );
    expect(problems.map((p) => p.path)).toEqual([
      "expectedBenefits[0].method",
      "expectedBenefits[1].inputs.generation_mwh",
      "expectedBenefits[2].inputs.colour",
      "expectedBenefits[2].inputs.treated_volume_m3",
      "expectedBenefits[2].inputs.cod_influent_mg_l",
      "expectedBenefits[2].inputs.nh3n_effluent_mg_l",
      "expectedBenefits[3].inputs.operating_days",
      "expectedBenefits[4].inputs",
    ]);
    for (const p of problems) {
      expect(p.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(p.messageEn).toMatch(/[a-z]/i);
    }
  });
});
