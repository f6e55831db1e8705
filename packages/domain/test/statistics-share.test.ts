/** Shares of a total and exact ordering of decimal texts, for the dashboard's drill-downs (worked by hand). */
import { describe, expect, it } from "vitest";
import { compareStatValuesDesc, statSharePercent } from "../src/index";

describe("statSharePercent", () => {
  it("divides exactly and rounds half-even to 2 places", () => {
    expect(statSharePercent("100", { kind: "stock", value: "400" })).toBe("25.00");
    // 1 ÷ 3 = 0.3333… → 33.33; 2 ÷ 3 → 66.67
    expect(statSharePercent("1", { kind: "flow", value: "3" })).toBe("33.33");
    expect(statSharePercent("2", { kind: "flow", value: "3" })).toBe("66.67");
    // 0.125 ÷ 1000 = 0.000125 = 0.0125 % → 0.01
    expect(statSharePercent("0.125", { kind: "stock", value: "1000" })).toBe("0.01");
  });
  it("is null for a ratio, a part not reported, or a total that is not positive", () => {
    expect(statSharePercent("4.35", { kind: "ratio", value: "4.5" })).toBeNull();
    expect(statSharePercent(null, { kind: "stock", value: "10" })).toBeNull();
    expect(statSharePercent("0", { kind: "stock", value: "0" })).toBeNull();
    expect(statSharePercent("5", { kind: "stock", value: null })).toBeNull();
  });
});

describe("compareStatValuesDesc", () => {
  it("orders exactly, largest first, nulls last", () => {
    const v = ["10", null, "9.99999999999999999999", "100000000000000000001", "100000000000000000000"];
    expect([...v].sort(compareStatValuesDesc)).toEqual([
      "100000000000000000001",
      "100000000000000000000",
      "10",
      "9.99999999999999999999",
      null,
    ]);
  });
});
