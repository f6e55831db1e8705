/**
 * The figures the platform derives before rating (disclosure completeness, a fund's portfolio figures) and the peer
 * distribution a rated entity sees, checked against hand computations from their definitions in the methodology
 * data (tree.json `derivedInputs`) and by invariants.
 */
import { disclosureCompleteness, peerDistribution, portfolioRatingInputs } from "@greenfin/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const GRADES = ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"];

describe("derived rating inputs", () => {
  it("counts completeness over the indicators asked, each once", () => {
    const d = disclosureCompleteness(["E-1", "E-2", "E-3", "E-1"], new Set(["E-1", "E-3", "X-9"]));
    expect(d.values.get("DQ-COMPLETENESS")).toBe("66.67");
    expect(d.trace.get("DQ-COMPLETENESS")).toBe("2 of 3 indicators asked were disclosed = 66.67 %");
    expect(disclosureCompleteness([], new Set(["E-1"])).values.size).toBe(0);
  });

  it("computes a fund's portfolio figures as the methodology defines them (hand-worked example)", () => {
    const d = portfolioRatingInputs([
      {
        companyId: "a",
        ownershipPct: "10",
        investedCny: "50000000",
        values: new Map<string, string | boolean>([
          ["E-GHG-004", "1000"],
          ["E-ENE-001", "500"],
          ["E-ENE-006", "100"],
          ["P-PC-001", true],
          ["G-GOV-013", "20"],
        ]),
      },
      {
        companyId: "b",
        ownershipPct: "25",
        investedCny: "20000000",
        values: new Map<string, string | boolean>([
          ["E-GHG-004", "400"],
          ["E-ENE-001", "200"],
          ["P-PC-001", false],
          ["G-GOV-013", "40"],
        ]),
      },
      { companyId: "c", ownershipPct: "5", investedCny: "10000000", values: null },
    ]);
    // (0.10 × 1000 + 0.25 × 400) ÷ (50 + 20) 百万元 = 200 ÷ 70
    expect(d.values.get("PF-GHG-FOOTPRINT")).toBe("2.8571");
    // only a reported both: 10 × 100 ÷ (10 × 500) × 100
    expect(d.values.get("PF-RENEWABLE-SHARE")).toBe("20.00");
    // a has a policy; b says no; c did not report and counts as without
    expect(d.values.get("PF-ESG-POLICY-SHARE")).toBe("33.33");
    // (10 × 20 + 25 × 40) ÷ (10 + 25)
    expect(d.values.get("PF-WOMEN-BOARD")).toBe("34.29");
    expect(d.values.get("PF-COMPANIES")).toBe("3");
    expect(d.trace.get("PF-GHG-FOOTPRINT")).toContain("over 2 reporting holdings");
  });

  it("leaves out figures no holding reported, and counts companies once across funds", () => {
    const d = portfolioRatingInputs([
      { companyId: "a", ownershipPct: "10", investedCny: "1000000", values: null },
      { companyId: "a", ownershipPct: "5", investedCny: "1000000", values: null },
    ]);
    expect(d.values.get("PF-COMPANIES")).toBe("1");
    expect(d.values.get("PF-ESG-POLICY-SHARE")).toBe("0.00");
    expect(d.values.has("PF-GHG-FOOTPRINT")).toBe(false);
    expect(d.values.has("PF-WOMEN-BOARD")).toBe(false);
    expect(portfolioRatingInputs([]).values).toEqual(new Map([["PF-COMPANIES", "0"]]));
  });
});

describe("the peers' distribution", () => {
  it("gives quartiles by linear interpolation and the share scoring below (hand-worked example)", () => {
    const d = peerDistribution(
      [
        { score: "10", grade: "C" },
        { score: "40", grade: "B" },
        { score: "20", grade: "CC" },
        { score: "30", grade: "CCC" },
      ],
      GRADES,
      "30",
    );
    expect(d).toMatchObject({ peers: 4, min: "10.00", q1: "17.50", median: "25.00", q3: "32.50", max: "40.00" });
    expect(d.percentileRank).toBe("50.0");
    expect(d.gradeCounts.filter((g) => g.count > 0).map((g) => g.grade)).toEqual(["B", "CCC", "CC", "C"]);
  });

  it("keeps its invariants for any group", () => {
    const score = fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(fc.array(score, { minLength: 1, maxLength: 60 }), fc.nat(), (scores, pick) => {
        const own = scores[pick % scores.length]!;
        const d = peerDistribution(
          scores.map((s) => ({ score: s, grade: GRADES[Math.min(8, Math.floor((100 - Number(s)) / 10))]! })),
          GRADES,
          own,
        );
        const q = [d.min, d.q1, d.median, d.q3, d.max].map(Number);
        expect(q).toEqual([...q].sort((a, b) => a - b));
        expect(d.gradeCounts.reduce((s, g) => s + g.count, 0)).toBe(scores.length);
        expect(Number(d.percentileRank)).toBeGreaterThanOrEqual(0);
        expect(Number(d.percentileRank)).toBeLessThan(100);
        expect(Number(own)).toBeGreaterThanOrEqual(q[0]!);
        expect(Number(own)).toBeLessThanOrEqual(q[4]!);
      }),
    );
  });
});
