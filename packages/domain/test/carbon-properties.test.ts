import { loadCarbonFactorSet } from "@greenfin/reference";
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ActivityRow, type CarbonFactorSetData, calculateCarbonAccount, TONNES_PLACES } from "../src/index";
import { account, SHANDONG_PLANT as E } from "./carbon-golden-fixtures";

const set: CarbonFactorSetData = loadCarbonFactorSet("2026.1");
const ITEMS: [string, string][] = [
  ["raw_coal", "t"],
  ["natural_gas", "m3"],
  ["diesel", "L"],
  ["gasoline", "t"],
  ["electricity", "kWh"],
  ["heat", "GJ"],
  ["clinker", "t"],
  ["crude_steel_bof", "t"],
  ["green_power", "MWh"],
];
const quantityArb = fc
  .tuple(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 999 }))
  .map(([w, f]) => (f ? `${w}.${String(f).padStart(3, "0")}` : String(w)));
const rowsArb = fc
  .uniqueArray(
    fc.record({
      item: fc.constantFrom(...ITEMS),
      month: fc.integer({ min: 1, max: 12 }),
      meter: fc.constantFrom("", "m2"),
    }),
    { selector: (r) => `${r.item[0]}|${r.month}|${r.meter}`, maxLength: 12 },
  )
  .chain((keys) =>
    fc.tuple(fc.constant(keys), fc.array(quantityArb, { minLength: keys.length, maxLength: keys.length })),
  )
  .map(([keys, qs]): ActivityRow[] =>
    keys.map((k, i) => ({
      ref: `line ${i + 2}`,
      enterprise: E,
      meter: k.meter,
      month: `2023-${String(k.month).padStart(2, "0")}`,
      item: k.item[0],
      quantity: qs[i] as string,
      unit: k.item[1],
    })),
  );
const calc = (rows: ActivityRow[]) => calculateCarbonAccount(set, account(E, 2023, rows));
const sumOf = (xs: string[]) => xs.reduce((a, x) => a.plus(x), new Decimal(0));

describe("carbon accounting properties", () => {
  it("emissions are never negative, and totals equal the sum of their lines", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const a = calc(rows);
        for (const l of [...a.lines, ...a.marketBased.lines]) expect(l.emissions.startsWith("-")).toBe(false);
        const s1 = sumOf(a.lines.filter((l) => l.scope === "scope1").map((l) => l.emissions));
        const s2 = sumOf(a.lines.filter((l) => l.scope === "scope2_location").map((l) => l.emissions));
        expect(s1.eq(a.totals.scope1)).toBe(true);
        expect(s2.eq(a.totals.scope2Location)).toBe(true);
        expect(sumOf(a.byMonth.map((m) => m.total)).eq(a.totals.totalLocationBased)).toBe(true);
        expect(sumOf(a.byItem.map((m) => m.emissions)).eq(a.totals.totalLocationBased)).toBe(true);
        expect(sumOf(a.marketBased.lines.map((l) => l.emissions)).eq(a.totals.scope2Market)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("doubling every activity doubles the emissions (to within the published rounding of each line)", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const once = calc(rows);
        const twice = calc(rows.map((r) => ({ ...r, quantity: new Decimal(r.quantity).times(2).toFixed() })));
        const unit = new Decimal(10).pow(-TONNES_PLACES);
        const slack = unit.times(once.lines.length + 1);
        const gap = new Decimal(twice.totals.totalLocationBased).minus(
          new Decimal(once.totals.totalLocationBased).times(2),
        );
        expect(gap.abs().lte(slack)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("the same inputs, in any order, give an identical account", () => {
    fc.assert(
      fc.property(rowsArb, (rows) => {
        const a = calc(rows);
        expect(calc([...rows].reverse())).toEqual(a);
        expect(JSON.stringify(calc(rows))).toBe(JSON.stringify(a));
      }),
      { numRuns: 40 },
    );
  });

  it("a new factor-set version gives a new result and leaves the old one as it was", () => {
    const rows: ActivityRow[] = [
      { ref: "line 2", enterprise: E, meter: "", month: "2023-01", item: "electricity", quantity: "100", unit: "MWh" },
    ];
    const old = calc(rows);
    const frozen = JSON.stringify(old);
    const next: CarbonFactorSetData = {
      ...set,
      ref: "cn-carbon-factors@2099.1",
      electricity: {
        ...set.electricity,
        factors: set.electricity.factors.map((f) =>
          f.id === "elec.avg.province.shandong.2023" ? { ...f, value: "0.6" } : f,
        ),
      },
    };
    const fresh = calculateCarbonAccount(next, { ...account(E, 2023, rows), calculatedOn: "2099-01-01" });
    expect(fresh.totals.scope2Location).toBe("60.000000");
    expect(fresh.factorSet).toBe("cn-carbon-factors@2099.1");
    expect(fresh.inputsHash).toBe(old.inputsHash);
    expect(JSON.stringify(old)).toBe(frozen);
    expect(old.totals.scope2Location).toBe("61.910000");
  });
});
