import { loadRatingMethodology } from "@greenfin/reference";
import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalJson } from "../src/audit/canonical-json";
import { compileMethodology } from "../src/rating/compile-methodology";
import { hashRating, rateUniverse } from "../src/rating/index";
import { isCanonicalOrder, ratingCanonicalJson } from "../src/rating/rating-canonical-json";
import { canonicalEntityInput } from "../src/rating/rating-hashes";
import { universeArbitrary } from "./rating-arbitraries";

/**
 * The engine hashes ratings and inputs through ratingCanonicalJson, which must give exactly canonicalJson's bytes:
 * on every rating the engine makes (and then by the fast path), and on any other value (by falling back).
 */
const AS_OF = "2026-06-30";
const outcome = (f: () => string): string => {
  try {
    return `ok:${f()}`;
  } catch (e) {
    return `throws:${(e as Error).message}`;
  }
};
function same(value: unknown): void {
  expect(outcome(() => ratingCanonicalJson(value))).toBe(outcome(() => canonicalJson(value)));
}

describe("ratingCanonicalJson", () => {
  for (const ref of ["enterprise-esg@2026.1", "fund-manager-esg@2026.1"]) {
    const methodology = loadRatingMethodology(ref);
    it(`${ref}: gives canonicalJson's bytes for every rating and entity input, by the fast path`, () => {
      fc.assert(
        fc.property(universeArbitrary(methodology, AS_OF, 12), (universe) => {
          const { ratings } = rateUniverse({ methodology, entities: universe, asOf: AS_OF });
          for (const rating of ratings) {
            expect(isCanonicalOrder(rating)).toBe(true);
            expect(ratingCanonicalJson(rating)).toBe(canonicalJson(rating));
            expect(hashRating(rating)).toBe(bytesToHex(sha256(utf8ToBytes(canonicalJson(rating)))));
          }
          for (const entity of universe) {
            const input = canonicalEntityInput(compileMethodology(methodology), entity);
            expect(isCanonicalOrder(input)).toBe(true);
            expect(ratingCanonicalJson(input)).toBe(canonicalJson(input));
          }
        }),
        { numRuns: 40 },
      );
    });
  }

  it("gives canonicalJson's text (or its error) for any JSON-like value", () => {
    fc.assert(fc.property(fc.jsonValue(), same), { numRuns: 2000 });
    fc.assert(
      fc.property(
        fc.anything({ withSparseArray: true, withNullPrototype: true, withDate: true, withBoxedValues: true }),
        same,
      ),
      { numRuns: 2000 },
    );
  });

  it("falls back for values JSON.stringify would write otherwise", () => {
    const inherited = Object.create({ zz: 1 });
    inherited.a = 1;
    const cases: unknown[] = [
      { b: 1, a: 2 },
      { a: undefined, b: 1 },
      { 10: "x", 9: "y" },
      [1, undefined, 3],
      // biome-ignore lint/suspicious/noSparseArray: a hole is one of the cases
      [1, , 3],
      { a: Number.NaN },
      { a: Number.POSITIVE_INFINITY },
      { a: -0 },
      { a: new Date(0) },
      { a: { toJSON: () => "x" } },
      { a: () => 1 },
      Object.assign(Object.create(null), { a: 1 }),
      inherited,
      { a: "\u2028\ud800" },
    ];
    for (const value of cases) same(value);
    expect(isCanonicalOrder({ b: 1, a: 2 })).toBe(false);
    expect(isCanonicalOrder({ a: 1, b: [{ c: null, d: "x" }] })).toBe(true);
  });
});
