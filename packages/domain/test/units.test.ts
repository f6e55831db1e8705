import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CANONICAL_UNITS,
  CONVERSION_DECIMAL_PLACES,
  convert,
  toCanonical,
  UNITS,
  UnitConversionError,
} from "../src/units/index";

/** Results are rounded to 10 decimal places, half-to-even. Golden values below are computed by hand. */
describe("units table", () => {
  it("has exactly one canonical unit (factor 1, no divisor) per dimension, and unique ids", () => {
    expect(new Set(UNITS.map((u) => u.id)).size).toBe(UNITS.length);
    for (const [dimension, id] of Object.entries(CANONICAL_UNITS)) {
      const unit = UNITS.find((u) => u.id === id);
      expect(unit, id).toMatchObject({ dimension, factor: "1" });
      expect(unit?.per, id).toBeUndefined();
    }
    for (const u of UNITS) expect(CANONICAL_UNITS[u.dimension], u.id).toBeDefined();
  });

  it("cites its sources for the energy factors", () => {
    for (const id of ["MWh", "kWh", "GJ", "TJ"]) expect(UNITS.find((u) => u.id === id)?.source).toMatch(/GB\/T 2589/);
  });
});

describe("convert — golden values", () => {
  it("1 MWh = 0.1229 tce (electricity calorific equivalent)", () => {
    expect(convert("1", "MWh", "tce")).toMatchObject({ value: "0.1229", canonical: "0.1229" });
    expect(convert("1000", "kWh", "tce").value).toBe("0.1229");
    expect(convert("1", "kWh", "kgce").value).toBe("0.1229");
  });

  it("100 GJ = 100 / 29.3076 tce = 3.41208423753565… → 3.4120842375 (10 dp, half-even)", () => {
    const r = convert("100", "GJ", "tce");
    expect(r.value).toBe("3.4120842375");
    expect(r.trace.join("\n")).toMatch(/29\.3076/);
    expect(convert("1", "TJ", "tce").value).toBe("34.1208423754"); // 1000/29.3076 = 34.12084237535…
    expect(convert("1", "tce", "GJ").value).toBe("29.3076");
    // MWh → GJ goes through tce: 0.1229 × 29.3076 = 3.60190404 (the statistical, not the physical 3.6)
    expect(convert("1", "MWh", "GJ").value).toBe("3.60190404");
  });

  it("12,345.6 万元 = 1.23456 亿元", () => {
    expect(convert("12,345.6", "wan_yuan", "yi_yuan")).toMatchObject({ value: "1.23456", canonical: "123456000" });
  });

  it("3.2 per 200,000 hours = 16 per 1,000,000 hours", () => {
    expect(convert("3.2", "per_200k_hours", "per_1m_hours").value).toBe("16");
    expect(convert("16", "per_1m_hours", "per_200k_hours").value).toBe("3.2");
  });

  it("2.5 ML = 2500 m3; 1500 L = 1.5 m3", () => {
    expect(convert("2.5", "ML", "m3").value).toBe("2500");
    expect(convert("1500", "L", "m3").value).toBe("1.5");
  });

  it("emissions, mass and ratios", () => {
    expect(convert("1.5", "ktCO2e", "tCO2e").value).toBe("1500");
    expect(convert("250", "kgCO2e", "tCO2e").value).toBe("0.25");
    expect(convert("2500", "kg", "t").value).toBe("2.5");
    expect(convert("0.125", "ratio", "percent").value).toBe("12.5");
    expect(toCanonical("3", "day")).toMatchObject({ value: "72", canonical: "72" });
  });

  it("rounds half-to-even at the 10th decimal place", () => {
    // 0.00000000005 m3 → exactly between 0 and 1e-10: half-even keeps 0; 0.00000000015 → 0.0000000002
    expect(convert("0.00000000005", "m3", "m3").value).toBe("0");
    expect(convert("0.00000000015", "m3", "m3").value).toBe("0.0000000002");
    expect(convert("0.00000000025", "m3", "m3").value).toBe("0.0000000002");
  });

  it("explains each step", () => {
    expect(convert("3.2", "per_200k_hours", "per_1m_hours").trace).toEqual([
      "3.2 per_200k_hours × 5 = 16 per_1m_hours (canonical unit of rate_per_hours)",
      "16 per_1m_hours ÷ 1 = 16 per_1m_hours",
      "rounded to 10 decimal places, half-to-even",
      "per_200k_hours: 1,000,000 / 200,000 = 5 (GRI 403-9 allows either base)",
    ]);
  });
});

describe("convert — errors", () => {
  const error = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e;
    }
    throw new Error("expected an error");
  };

  it("refuses units of different dimensions", () => {
    const e = error(() => convert("1", "tce", "tCO2e"));
    expect(e).toBeInstanceOf(UnitConversionError);
    expect(e).toMatchObject({
      code: "INCOMPATIBLE_UNITS",
      message: "Cannot convert tce (energy) to tCO2e (emissions)",
    });
    expect(error(() => convert("1", "wan_yuan", "t"))).toMatchObject({ code: "INCOMPATIBLE_UNITS" });
  });

  it("refuses unknown units and non-numbers", () => {
    expect(error(() => convert("1", "barrel", "m3"))).toMatchObject({ code: "UNKNOWN_UNIT" });
    expect(error(() => convert("1", "m3", "gallon"))).toMatchObject({ code: "UNKNOWN_UNIT" });
    for (const bad of ["", "abc", "1..2", "NaN", "Infinity", "1e"])
      expect(
        error(() => convert(bad, "m3", "L")),
        bad,
      ).toMatchObject({ code: "INVALID_NUMBER" });
  });
});

describe("convert — round trip (property)", () => {
  const size = (id: string) => {
    const u = UNITS.find((x) => x.id === id);
    if (!u) throw new Error(id);
    return new Decimal(u.factor).div(u.per ?? "1");
  };
  const pairs = UNITS.flatMap((a) =>
    UNITS.filter((b) => b.dimension === a.dimension).map((b) => [a.id, b.id] as const),
  );

  it("a → b → a returns the value within the rounding of both steps", () => {
    // Each step rounds to 10 dp (error ≤ 0.5e-10); the first step's error is scaled by size(b)/size(a) on the way back.
    const value = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 6 }))
      .map(([n, dp]) => new Decimal(n.toString()).div(new Decimal(10).pow(dp)).toFixed());
    fc.assert(
      fc.property(value, fc.constantFrom(...pairs), (v, [a, b]) => {
        const there = convert(v, a, b).value;
        const back = convert(there, b, a).value;
        const step = new Decimal(10).pow(-CONVERSION_DECIMAL_PLACES).div(2);
        const tolerance = step.times(size(b).div(size(a))).plus(step);
        expect(new Decimal(back).minus(v).abs().lte(tolerance), `${v} ${a}→${b}→${a} = ${back}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("is exact for units whose factors are powers of ten", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (n) => {
        const v = (n / 1000).toString();
        expect(convert(convert(v, "wan_yuan", "yi_yuan").value, "yi_yuan", "wan_yuan").value).toBe(
          new Decimal(v).toFixed(),
        );
      }),
    );
  });
});
