/**
 * Golden cases for the targets' platform indicator and value merging, worked by hand.
 *
 * Carbon accounts (tCO2, value added in 10k yuan):
 *            2024           2025
 *   A        100 / 50       90 / 60
 *   B        300 / 100      330 / 110
 *   C        —              1000 / 10     joins in 2025: not in both years, left out
 *   D        500 / 100      —             leaves: left out of 2025's panel
 *   E        40 / 0         —             no value added: never counted
 *
 * Baseline panel 2024 = {A, B, D}; 2025 panel (in both years) = {A, B}:
 *   I_2024 over {A, B} = (100 + 300) ÷ (50 + 100) = 400 ÷ 150 = 2.666667
 *   I_2025 over {A, B} = (90 + 330) ÷ (60 + 110) = 420 ÷ 170 = 2.470588
 *   change = (420 × 150) ÷ (170 × 400) − 1 = 63000 ÷ 68000 − 1 = −0.0735294… → −7.3529 %
 *
 * Target: carbon intensity −18 % by 2027 from 0 in 2024 (decrease).
 *   progress = (−7.3529 − 0) ÷ (−18 − 0) = 0.408494… → 40.85 %
 *   needed per year = (−18 − (−7.3529)) ÷ (2027 − 2025) = −5.32355
 *   least squares through (0, 0), (1, −7.3529): b = −7.3529; projected 2027 (x = 3) = −22.0587 ≤ −18: on track
 */
import { describe, expect, it } from "vitest";
import {
  carbonIntensityChange,
  type IntensityAccount,
  mergeTargetValues,
  type StatTarget,
  targetProgress,
} from "../src";

const acc = (orgId: string, year: number, co2: string, denominator: string): IntensityAccount => ({
  orgId,
  year,
  co2,
  denominator,
});

const ACCOUNTS = [
  acc("A", 2024, "100", "50"),
  acc("A", 2025, "90", "60"),
  acc("B", 2024, "300", "100"),
  acc("B", 2025, "330", "110"),
  acc("C", 2025, "1000", "10"),
  acc("D", 2024, "500", "100"),
  acc("E", 2024, "40", "0"),
];

const TARGET: StatTarget = {
  key: "carbon-intensity-2027",
  nameZh: "碳排放强度下降18%",
  nameEn: "Carbon intensity −18 %",
  metric: "carbon_intensity_change",
  unit: "percent",
  baselineYear: 2024,
  baselineValue: "0",
  targetYear: 2027,
  targetValue: "-18",
  direction: "decrease",
  source: "test",
};

describe("carbonIntensityChange", () => {
  it("compares like for like against the baseline year", () => {
    const s = carbonIntensityChange(ACCOUNTS, 2024);
    expect(s.values.map((v) => [v.year, v.value])).toEqual([
      [2024, "0"],
      [2025, "-7.3529"],
    ]);
    expect(s.values[1]!.source).toContain("2 enterprises");
    expect(s.trace.join("\n")).toContain("420 ÷ 170");
  });

  it("gives no values without accounts in the baseline year", () => {
    const s = carbonIntensityChange(ACCOUNTS, 2023);
    expect(s.values).toEqual([]);
    expect(s.trace.join("\n")).toContain("baseline year 2023");
  });
});

describe("mergeTargetValues + targetProgress", () => {
  it("computes progress, the needed change and the projection from the platform values", () => {
    const merged = mergeTargetValues(carbonIntensityChange(ACCOUNTS, 2024).values, "platform", []);
    const p = targetProgress(TARGET, merged.values);
    expect(p.latest?.value).toBe("-7.3529");
    expect(p.progressPercent).toBe("40.85");
    expect(p.achieved).toBe(false);
    expect(p.neededAnnualChange).toBe("-5.32355");
    expect(p.projection?.slope).toBe("-7.3529");
    expect(p.projection?.projected).toBe("-22.0587");
    expect(p.projection?.onTrack).toBe(true);
  });

  it("lets an entered value replace the computed one for its year and says so", () => {
    // Entered 2025 = −9: progress = −9 ÷ −18 = 50 %; projection through (0, 0), (1, −9): 2027 → −27.
    const merged = mergeTargetValues(carbonIntensityChange(ACCOUNTS, 2024).values, "platform", [
      { year: 2025, value: "-9", source: "statistics bureau" },
    ]);
    expect(merged.values.map((v) => [v.year, v.value, v.origin])).toEqual([
      [2024, "0", "platform"],
      [2025, "-9", "entered"],
    ]);
    expect(merged.trace[0]).toBe("2025: entered value -9 replaces the platform value -7.3529");
    const p = targetProgress(TARGET, merged.values);
    expect(p.progressPercent).toBe("50.00");
    expect(p.projection?.projected).toBe("-27");
  });

  it("projects an increase target from three entered values (green industry share)", () => {
    // Baseline 2022 = 10, target 2027 = 15. Values 2023 11, 2024 11.5, 2025 12.4: x = 0, 1, 2.
    // n = 3, Σx = 3, Σy = 34.9, Σxy = 11.5 + 24.8 = 36.3, Σx² = 5
    // b = (3 × 36.3 − 3 × 34.9) ÷ (3 × 5 − 9) = 4.2 ÷ 6 = 0.7; ŷ(2027, x = 4) = (34.9 + 0.7 × (12 − 3)) ÷ 3 = 41.2 ÷ 3
    // = 13.7333…: off track (< 15). progress = (12.4 − 10) ÷ 5 = 0.48 → 48 %; needed = (15 − 12.4) ÷ 2 = 1.3
    const target: StatTarget = {
      ...TARGET,
      key: "green-industry-share",
      metric: "green_industry_share",
      baselineYear: 2022,
      baselineValue: "10",
      targetValue: "15",
      direction: "increase",
    };
    const merged = mergeTargetValues([], "platform", [
      { year: 2024, value: "11.5" },
      { year: 2023, value: "11" },
      { year: 2025, value: "12.4" },
    ]);
    const p = targetProgress(target, merged.values);
    expect(p.progressPercent).toBe("48.00");
    expect(p.neededAnnualChange).toBe("1.3");
    expect(p.projection?.slope).toBe("0.7");
    expect(p.projection?.projected.startsWith("13.7333")).toBe(true);
    expect(p.projection?.onTrack).toBe(false);
  });
});
