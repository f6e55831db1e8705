import {
  checkGradeOverride,
  type EntityRating,
  type NormalisedValue,
  type RatedEntityInput,
  RatingInputError,
  type RatingMethodology,
  type RatingValue,
  rateUniverse,
  ratingValuesFromDisclosure,
  startRatingRun,
  streamRatings,
} from "@greenfin/domain";
import { loadRatingMethodology } from "@greenfin/reference";
import { describe, expect, it } from "vitest";

/** The reference loader's methodology is the engine's input type: this assignment is checked by tsc. */
const methodology: RatingMethodology = loadRatingMethodology("enterprise-esg@2026.1");
const asOf = "2026-06-30";

const firm = (id: string, industryCode: string, ghg: string): RatedEntityInput => ({
  id,
  industryCode,
  values: new Map<string, RatingValue>([
    ["E-GHG-007", ghg],
    ["E-CLI-008", true],
  ]),
  controversies: [],
});
const universe = ["0.5", "0.9", "1.3", "2.1", "3.4", "5.5"].map((v, i) => firm(`c${i}`, "C26", v));

describe("rating runs", () => {
  it("stream one rating at a time, with the same results and hashes as rating the whole universe", () => {
    const seen: EntityRating[] = [];
    const streamed = streamRatings({ methodology, entities: universe, asOf }, (r) => seen.push(r));
    const whole = rateUniverse({ methodology, entities: universe, asOf });
    expect(seen).toEqual(whole.ratings);
    expect(streamed).toEqual(whole.summary);
  });

  it("can be fed entity by entity (a cursor, batches) and rate them later", () => {
    const run = startRatingRun({ methodology, asOf });
    for (const e of universe) run.add(e);
    const context = run.finish();
    expect(context.entityCount).toBe(6);
    expect(context.inputsHash).toBe(rateUniverse({ methodology, entities: universe, asOf }).summary.inputsHash);
    expect(context.rate(universe[0] as RatedEntityInput).indicators[0]).toMatchObject({
      id: "E-GHG-007",
      score: "100.00",
      basis: { kind: "peer_percentile", peers: 6, below: 0, equal: 1 },
    });
    expect(() => run.add(firm("late", "C26", "1"))).toThrow(/finished/);
  });

  it("refuse an entity that changed between the passes, or was not in the first", () => {
    const context = startRatingRun({ methodology, asOf });
    for (const e of universe) context.add(e);
    const ready = context.finish();
    expect(() => ready.rate(firm("c0", "C26", "0.6"))).toThrow(/not the one the run's peer statistics/);
    expect(() => ready.rate(firm("zz", "C26", "0.6"))).toThrow(RatingInputError);
  });

  it("refuse a one-shot generator, which cannot be read twice", () => {
    function* once() {
      yield* universe;
    }
    expect(() => streamRatings({ methodology, entities: once(), asOf }, () => {})).toThrow(/read twice/);
  });

  it("refuse malformed inputs, naming the entity and the field", () => {
    const bad =
      (values: [string, unknown][], extra: Partial<RatedEntityInput> = {}) =>
      () =>
        rateUniverse({
          methodology,
          asOf,
          entities: [{ ...firm("x", "C26", "1"), values: new Map(values) as RatedEntityInput["values"], ...extra }],
        });
    expect(bad([["E-GHG-007", "1,5"]])).toThrow(/x: E-GHG-007 must be a canonical decimal string/);
    expect(bad([["E-GHG-007", 1.5]])).toThrow(RatingInputError);
    expect(bad([["E-CLI-008", "yes"]])).toThrow(/E-CLI-008 must be a boolean/);
    expect(bad([["G-GOV-011", ["partial"]]])).toThrow(/G-GOV-011 has no option "partial"/);
    expect(bad([], { industryCode: "26" })).toThrow(/not a canonical GB\/T 4754 code/);
    const event = {
      id: "e1",
      date: "2026-02-30",
      severity: 3,
      category: "environmental",
      status: "confirmed",
      source: "s",
    };
    expect(bad([], { controversies: [event] })).toThrow(/"2026-02-30" is not an ISO date/);
    expect(bad([], { controversies: [{ ...event, date: "2026-02-01", category: "weather" }] })).toThrow(
      /unknown category "weather"/,
    );
    expect(bad([], { controversies: [{ ...event, date: "2026-02-01", severity: 6 }] })).toThrow(/severity 6/);
    expect(() =>
      rateUniverse({ methodology, asOf, entities: [universe[0], universe[0]] as RatedEntityInput[] }),
    ).toThrow(/c0 appears twice/);
    expect(() => rateUniverse({ methodology, asOf: "30/06/2026", entities: [] })).toThrow(/not an ISO date/);
  });

  it("place an entity in the group of the longest matching industry code, else the default group", () => {
    const groupOf = (code: string) =>
      (rateUniverse({ methodology, asOf, entities: [firm("x", code, "1")] }).ratings[0] as EntityRating).industryGroup;
    expect(
      ["C3216", "C3217", "C32", "C3011", "C30", "D4411", "D4520", "G5611", "G54", "I6513", "J66", "K70"].map(groupOf),
    ).toEqual([
      "aluminium",
      "manufacturing",
      "manufacturing",
      "building_materials_cement",
      "manufacturing",
      "power",
      "utilities",
      "aviation",
      "transport",
      "information_technology",
      "finance",
      "default",
    ]);
  });
});

describe("grade overrides", () => {
  it("allow at most the methodology's notches (2), up or down, and only to another grade", () => {
    expect(checkGradeOverride(methodology, "A", "AA")).toEqual({ allowed: true, notches: 1 });
    expect(checkGradeOverride(methodology, "A", "AAA")).toEqual({ allowed: true, notches: 2 });
    expect(checkGradeOverride(methodology, "A", "BB")).toEqual({ allowed: true, notches: -2 });
    expect(checkGradeOverride(methodology, "A", "B")).toMatchObject({ allowed: false, notches: -3 });
    expect(checkGradeOverride(methodology, "A", "A")).toMatchObject({ allowed: false, notches: 0 });
    expect(() => checkGradeOverride(methodology, "A", "A+")).toThrow(/not a grade/);
  });
});

describe("values from a validated disclosure", () => {
  it("take each indicator's total: canonical numbers, booleans and enum options", () => {
    const at = { channel: "form", field: "x" } as unknown as NormalisedValue["location"];
    const value = (indicatorId: string, dimension: string, payload: NormalisedValue["payload"]): NormalisedValue => ({
      indicatorId,
      dimension,
      payload,
      notDisclosedReason: null,
      location: at,
    });
    const number = (canonical: string) => ({
      kind: "number" as const,
      number: { entered: canonical, enteredUnit: null, canonical, canonicalUnit: null, trace: [] },
    });
    const values = ratingValuesFromDisclosure([
      value("E-GHG-007", "", number("1.25")),
      value("E-GHG-006", "scope3_category=1", number("10")),
      value("E-CLI-008", "", { kind: "boolean", boolean: true }),
      value("G-GOV-011", "", { kind: "enum", options: ["limited"] }),
      value("E-CLI-012", "", { kind: "text", text: "…" }),
      value("E-GHG-001", "", null),
    ]);
    expect([...values]).toEqual([
      ["E-GHG-007", "1.25"],
      ["E-CLI-008", true],
      ["G-GOV-011", ["limited"]],
    ]);
  });
});
