import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approximate } from "../src/rating/lever-shortlist";
import { compareDec, Dec, fixed } from "../src/rating/rating-decimal";

/**
 * The engine's own fast forms of decimal.js operations — comparison without copying, toFixed without
 * re-normalising, a double estimate — checked against decimal.js on values of every shape the engine meets:
 * short decimals as entered, 40-digit quotients, tiny and huge exponents, negatives and zeros.
 */
const digits = fc.stringMatching(/^[1-9]\d{0,45}$/);
const decimal = fc.oneof(
  fc
    .record({ negative: fc.boolean(), digits, exponent: fc.integer({ min: -60, max: 60 }) })
    .map(({ negative, digits: d, exponent }) => new Dec(`${negative ? "-" : ""}${d}e${exponent}`)),
  fc
    .tuple(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: -8, max: 8 }),
    )
    .map(([a, b, shift]) => new Dec(a).dividedBy(b).times(new Dec(10).pow(shift))),
  fc.constantFrom(
    new Dec(0),
    new Dec("-0"),
    new Dec("0.5"),
    new Dec("-0.5"),
    new Dec("0.005"),
    new Dec("99.995"),
    new Dec("1e-7"),
  ),
);

/** What `fixed` replaced: decimal.js's toFixed, half-even, without a negative zero. */
function reference(value: Decimal, places: number): string {
  const text = value.toFixed(places, Decimal.ROUND_HALF_EVEN);
  return /^-0(\.0+)?$/.test(text) ? text.slice(1) : text;
}

describe("the engine's decimal helpers", () => {
  it("compareDec orders exactly as comparedTo", () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(compareDec(a, b)).toBe(a.comparedTo(b));
        expect(compareDec(a, a)).toBe(0);
      }),
      { numRuns: 5000 },
    );
  });

  it("fixed writes what toFixed(places, ROUND_HALF_EVEN) writes", () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(0, 1, 2, 4, 6), (value, places) => {
        expect(fixed(value, places)).toBe(reference(value, places));
      }),
      { numRuns: 20_000 },
    );
    for (const [value, places, text] of [
      ["0.005", 2, "0.00"],
      ["0.015", 2, "0.02"],
      ["99.995", 2, "100.00"],
      ["-0.004", 2, "0.00"],
      ["-0.006", 2, "-0.01"],
      ["0.13405", 4, "0.1340"],
      ["65.025", 2, "65.02"],
    ] as const)
      expect(fixed(new Dec(value), places)).toBe(text);
  });

  it("approximate is within a relative 1e-13 of the value", () => {
    fc.assert(
      fc.property(decimal, (value) => {
        const exact = Number(value.toString());
        const estimate = approximate(value);
        if (exact === 0) expect(estimate).toBe(0);
        else expect(Math.abs(estimate - exact) / Math.abs(exact)).toBeLessThan(1e-13);
      }),
      { numRuns: 5000 },
    );
  });
});
