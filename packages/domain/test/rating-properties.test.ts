import { loadRatingMethodology } from "@greenfin/reference";
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type EntityRating,
  gradeFor,
  type RatedEntityInput,
  type RatingMethodology,
  rateUniverse,
  type ScoreDirection,
} from "../src/rating/index";
import { decimalText, entityArbitrary, universeArbitrary } from "./rating-arbitraries";

const AS_OF = "2026-06-30";
const enterprise = loadRatingMethodology("enterprise-esg@2026.1");
const fundManager = loadRatingMethodology("fund-manager-esg@2026.1");
const METHODOLOGIES: [string, RatingMethodology][] = [
  ["enterprise-esg", enterprise],
  ["fund-manager-esg", fundManager],
];
const rate = (methodology: RatingMethodology, entities: readonly RatedEntityInput[]) =>
  rateUniverse({ methodology, entities, asOf: AS_OF });
const sum = (values: readonly string[]) => values.reduce((a, v) => a.plus(v), new Decimal(0));

/** Inputs read by exactly one indicator (as its value or a ratio's numerator), with the better direction. */
function improvableInputs(methodology: RatingMethodology): Map<string, ScoreDirection | "presence"> {
  const readers = new Map<string, number>();
  const better = new Map<string, ScoreDirection | "presence">();
  for (const p of methodology.pillars)
    for (const t of p.themes)
      for (const k of t.keyIssues)
        for (const { id, rule } of k.indicators) {
          const reads = rule.kind === "ratio" ? [rule.numerator, rule.denominator] : [id];
          for (const r of reads) readers.set(r, (readers.get(r) ?? 0) + 1);
          if (rule.kind === "ratio") better.set(rule.numerator, rule.direction);
          else if (rule.kind === "thresholds" || rule.kind === "peer_percentile") better.set(id, rule.direction);
          else if (rule.kind === "presence") better.set(id, "presence");
        }
  return new Map([...better].filter(([id]) => readers.get(id) === 1));
}

/** The same entity with fresh collections and its values inserted in reverse order. */
const copyOf = (e: RatedEntityInput): RatedEntityInput => ({
  id: e.id,
  industryCode: e.industryCode,
  values: new Map([...e.values].reverse().map(([k, v]) => [k, Array.isArray(v) ? [...v] : v])),
  controversies: [...e.controversies].reverse().map((c) => ({ ...c })),
});

describe("rating properties", () => {
  /** Rates before and after one input of one entity improves, and checks the entity's score did not fall. */
  function improvementNeverHurts(
    universe: RatedEntityInput[],
    pickEntity: number,
    pickInput: number,
    delta: string,
    improvable: Map<string, ScoreDirection | "presence">,
  ) {
    const entity = universe[pickEntity % universe.length] as RatedEntityInput;
    const candidates = [...improvable].filter(([id, how]) =>
      how === "presence" ? entity.values.get(id) === false : typeof entity.values.get(id) === "string",
    );
    fc.pre(candidates.length > 0);
    const [id, how] = candidates[pickInput % candidates.length] as [string, ScoreDirection | "presence"];
    const old = entity.values.get(id);
    const improved =
      how === "presence"
        ? true
        : how === "higher_is_better"
          ? new Decimal(old as string).plus(delta).toFixed()
          : Decimal.max(0, new Decimal(old as string).minus(delta)).toFixed();
    const changed = { ...entity, values: new Map(entity.values).set(id, improved) };
    const scoreOf = (entities: RatedEntityInput[]) =>
      (rate(enterprise, entities).ratings.find((r) => r.entityId === entity.id) as EntityRating).score;
    const before = scoreOf(universe);
    const after = scoreOf(universe.map((x) => (x === entity ? changed : x)));
    expect(new Decimal(after).greaterThanOrEqualTo(before), `${id}: ${old} → ${improved}`).toBe(true);
  }

  it("improving an indicator in its better direction never lowers the entity's score", () => {
    const improvable = improvableInputs(enterprise);
    fc.assert(
      fc.property(universeArbitrary(enterprise, AS_OF), fc.nat(), fc.nat(), decimalText, (u, e, i, delta) =>
        improvementNeverHurts(u, e, i, delta, improvable),
      ),
      { numRuns: 100 },
    );
  });

  it("… also when it is ranked against enough peers of the same group", () => {
    const ranked = new Map(
      [...improvableInputs(enterprise)].filter(([id]) => ["E-GHG-007", "E-ENE-008", "E-WAT-003"].includes(id)),
    );
    const oneGroup = universeArbitrary(enterprise, AS_OF, 12, ["C26", "C2614", "C2651"]);
    fc.assert(
      fc.property(oneGroup, fc.nat(), fc.nat(), decimalText, (u, e, i, delta) =>
        improvementNeverHurts(u, e, i, delta, ranked),
      ),
      { numRuns: 60 },
    );
  });

  for (const [name, methodology] of METHODOLOGIES) {
    it(`${name}: key-issue and pillar weights sum to exactly 100 % for any industry, indicator weights to 100 % ± rounding`, () => {
      const letters = "ABCDEFGHIJKLMNOPQRST".split("");
      const code = fc
        .tuple(fc.constantFrom(...letters), fc.constantFrom("", "26", "44", "65", "3011", "3216", "4411", "5611"))
        .map(([l, d]) => l + d);
      fc.assert(
        fc.property(
          code.chain((c) => entityArbitrary(methodology, AS_OF, "x", [c])),
          (entity) => {
            const [rating] = rate(methodology, [entity]).ratings as [EntityRating];
            expect(sum(rating.keyIssues.map((k) => k.weight)).toFixed()).toBe("100");
            expect(sum(rating.pillars.map((p) => p.weight)).toFixed()).toBe("100");
            const indicatorWeights = sum(rating.indicators.map((i) => i.weight));
            expect(
              indicatorWeights
                .minus(100)
                .abs()
                .lessThanOrEqualTo(0.00005 * rating.indicators.length),
            ).toBe(true);
          },
        ),
        { numRuns: 60 },
      );
    });

    it(`${name}: every score stays within 0–100, and the grade is the scale's grade of the score`, () => {
      const in0to100 = (s: string | null) => s === null || (new Decimal(s).gte(0) && new Decimal(s).lte(100));
      fc.assert(
        fc.property(universeArbitrary(methodology, AS_OF), (universe) => {
          for (const r of rate(methodology, universe).ratings) {
            const scores = [
              r.score,
              ...r.pillars.map((p) => p.score),
              ...r.keyIssues.flatMap((k) => [k.indicatorScore, k.score]),
              ...r.indicators.map((i) => i.score),
              ...r.levers.map((l) => l.newScore),
            ];
            expect(scores.filter((s) => !in0to100(s))).toEqual([]);
            expect(r.grade).toBe(gradeFor(methodology.scale.grades, r.score));
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it("maps grade boundaries as written: a score exactly at a lower bound gets that grade, 0.01 below the next one", () => {
    const { grades } = enterprise.scale;
    grades.forEach((band, i) => {
      expect(gradeFor(grades, new Decimal(band.lowerBound).toFixed(2))).toBe(band.grade);
      if (i < grades.length - 1)
        expect(gradeFor(grades, new Decimal(band.lowerBound).minus("0.01").toFixed(2))).toBe(grades[i + 1]?.grade);
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        const score = new Decimal(hundredths).dividedBy(100);
        const grade = gradeFor(grades, score.toFixed(2));
        const i = grades.findIndex((g) => g.grade === grade);
        expect(score.gte(grades[i]?.lowerBound ?? "0")).toBe(true);
        if (i > 0) expect(score.lt(grades[i - 1]?.lowerBound ?? "0")).toBe(true);
      }),
    );
  });

  it("gives byte-identical output and equal hashes for the same inputs", () => {
    fc.assert(
      fc.property(universeArbitrary(enterprise, AS_OF), (universe) => {
        const first = rate(enterprise, universe);
        const second = rate(structuredClone(enterprise), universe.map(copyOf));
        expect(JSON.stringify(second.ratings)).toBe(JSON.stringify(first.ratings));
        expect(second.summary).toEqual(first.summary);
      }),
      { numRuns: 40 },
    );
  });

  it("does not let the order of the universe change any entity's result", () => {
    const shuffled = universeArbitrary(enterprise, AS_OF).chain((u) =>
      fc.tuple(fc.constant(u), fc.shuffledSubarray(u, { minLength: u.length, maxLength: u.length })),
    );
    fc.assert(
      fc.property(shuffled, ([universe, reordered]) => {
        const a = rate(enterprise, universe);
        const b = rate(enterprise, reordered);
        const byId = (rs: EntityRating[]) => Object.fromEntries(rs.map((r) => [r.entityId, JSON.stringify(r)]));
        expect(byId(b.ratings)).toEqual(byId(a.ratings));
        expect([b.summary.inputsHash, b.summary.resultHash]).toEqual([a.summary.inputsHash, a.summary.resultHash]);
      }),
      { numRuns: 40 },
    );
  });
});
