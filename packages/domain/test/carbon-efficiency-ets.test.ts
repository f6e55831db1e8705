import { loadCarbonFactorSet } from "@greenfin/reference";
import { describe, expect, it } from "vitest";
import {
  type CarbonFactorSetData,
  CarbonInputError,
  etsPosition,
  etsSectorOf,
  gradeCarbonEfficiency,
} from "../src/index";

const set: CarbonFactorSetData = loadCarbonFactorSet("2026.1");

describe("carbon-efficiency grades (Zhejiang DB33/T 1347-2023 method)", () => {
  it("three enterprises of one industry, L and K by hand", () => {
    // L: A 1 200 ÷ 2 000 = 0.6; B 3 000 ÷ 3 000 = 1.0; C 4 800 ÷ 2 000 = 2.4 (tCO2/万元)
    // industry-average L = Σ CO2 ÷ Σ value added = 9 000 ÷ 7 000 = 9/7 = 1.285714…
    // K: A 0.6 × 7/9 = 0.466667 → grade 1 (≤ 0.6), deep green; L 0.6 ≤ 0.6 → low-carbon
    //    B 1.0 × 7/9 = 0.777778 → grade 2 (0.6 < K ≤ 0.8), light green; medium-carbon
    //    C 2.4 × 7/9 = 1.866667 → grade 4 (1.2 < K ≤ 2.0), red; L 2.4 > 2.0 → high-carbon
    const r = gradeCarbonEfficiency(
      [
        { id: "A", co2: "1200", valueAdded: "2000" },
        { id: "B", co2: "3000", valueAdded: "3000" },
        { id: "C", co2: "4800", valueAdded: "2000" },
      ],
      set.carbonEfficiency,
    );
    expect(r.industryAverage).toMatchObject({ intensity: "1.285714", totalCo2: "9000", totalValueAdded: "7000" });
    expect(r.grades.map((g) => [g.id, g.intensity, g.k, g.grade, g.colour.colour, g.level.key])).toEqual([
      ["A", "0.600000", "0.466667", 1, "deep_green", "low"],
      ["B", "1.000000", "0.777778", 2, "light_green", "medium"],
      ["C", "2.400000", "1.866667", 4, "red", "high"],
    ]);
    expect(r.grades[2]!.trace[1]).toContain("Σ CO2 ÷ Σ value added = 9000 ÷ 7000");
  });

  it("an edge value takes the better grade; the mean-of-L rule is selectable as data", () => {
    // A alone: K = 1 → grade 3 (0.8 < K ≤ 1.2). Mean rule on the three above: (0.6 + 1.0 + 2.4) ÷ 3 = 4/3 → K_B 0.75
    const single = gradeCarbonEfficiency([{ id: "A", co2: "5", valueAdded: "5" }], set.carbonEfficiency);
    expect(single.grades[0]).toMatchObject({ k: "1.000000", grade: 3, colour: { colour: "yellow" } });
    const mean = gradeCarbonEfficiency(
      [
        { id: "A", co2: "1200", valueAdded: "2000" },
        { id: "B", co2: "3000", valueAdded: "3000" },
        { id: "C", co2: "4800", valueAdded: "2000" },
      ],
      { ...set.carbonEfficiency, industryAverage: { method: "mean_of_intensities", definition: "test" } },
    );
    expect(mean.grades.map((g) => g.k)).toEqual(["0.450000", "0.750000", "1.800000"]);
  });

  it("refuses a zero value added", () => {
    expect(() => gradeCarbonEfficiency([{ id: "A", co2: "1", valueAdded: "0" }], set.carbonEfficiency)).toThrow(
      CarbonInputError,
    );
  });
});

describe("ETS position", () => {
  it("a deficit valued at the 2023 CEA annual average", () => {
    // 1 000 000 − 1 050 000 = −50 000 t × 68.15 yuan/t = −3 407 500.00 yuan
    const p = etsPosition(
      { allocated: "1000000", verified: "1050000", priceYear: 2023, priceBasis: "annual_average" },
      set.ets,
    );
    expect(p).toMatchObject({ balance: "-50000.000000", position: "deficit", value: "-3407500.00" });
    expect(p.price).toMatchObject({ year: 2023, value: "68.15" });
  });

  it("a surplus at the 2023 year-end close; 2025 has no verified close, so 2024's is used and said", () => {
    // 500 000 − 480 000 = 20 000 t × 79.42 = 1 588 400.00
    const p = etsPosition(
      { allocated: "500000", verified: "480000", priceYear: 2023, priceBasis: "year_end_close" },
      set.ets,
    );
    expect(p).toMatchObject({ balance: "20000.000000", position: "surplus", value: "1588400.00" });
    // 20 000 × 97.49 = 1 949 800.00
    const q = etsPosition(
      { allocated: "500000", verified: "480000", priceYear: 2025, priceBasis: "year_end_close" },
      set.ets,
    );
    expect(q.value).toBe("1949800.00");
    expect(q.trace[0]).toBe("no CEA year_end_close for 2025; latest earlier year 2024 used");
  });

  it("covered sectors by GB/T 4754 code", () => {
    expect(etsSectorOf("C3011", set.ets)?.key).toBe("cement");
    expect(etsSectorOf("D4411", set.ets)?.key).toBe("power");
    expect(etsSectorOf("C3216", set.ets)?.key).toBe("aluminium");
    expect(etsSectorOf("C26", set.ets)).toBeNull();
  });
});
