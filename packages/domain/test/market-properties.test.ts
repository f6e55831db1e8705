/**
 * Properties of the market arithmetic over random inputs: valuation is monotone in price and quantity; a top-up
 * restores LTV ≤ cap (and is the smallest on its rounding grid); free quantity is never negative and accepted pledges
 * never exceed holdings; the final rate lies within the floor and cap; the SLL step within its bounds.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ActivePledge,
  assessSll,
  type CollateralTerms,
  checkMarginCall,
  collateralShare,
  decidePledgeRequest,
  type PriceSeries,
  type PricingTable,
  priceLinkedLoan,
  valueCarbonAsset,
} from "../src/index";

/** A decimal text with up to `places` places, from integers (never a float). */
const dec = (maxWhole: number, places: number, min = 0) =>
  fc
    .tuple(fc.integer({ min, max: maxWhole }), fc.integer({ min: 0, max: 10 ** places - 1 }))
    .map(([w, f]) => (places ? `${w}.${String(f).padStart(places, "0")}` : String(w)));
const positive = (maxWhole: number, places: number) => dec(maxWhole, places).filter((s) => !new Decimal(s).isZero());
const pct = (lo: number, hi: number) =>
  fc.integer({ min: lo * 10, max: hi * 10 }).map((x) => new Decimal(x).div(10).toFixed());

const series = (price: string): PriceSeries => ({
  key: "cea",
  unit: "yuan/tCO2e",
  points: [{ date: "2026-01-01", price, basis: "x", source: "x" }],
});
const terms = (haircut: string, cap: string, call: string): CollateralTerms => ({
  kind: "cea_allowance",
  haircutPercent: haircut,
  futureDiscountPercent: "0",
  ltvCapPercent: cap,
  callLtvPercent: call,
  liquidationLtvPercent: null,
});
const value = (q: string, p: string, h: string) =>
  new Decimal(
    valueCarbonAsset({
      asset: { kind: "cea_allowance", quantity: q, unit: "tCO2e" },
      series: series(p),
      date: "2026-01-02",
      stalenessDays: 30,
      terms: terms(h, "70", "80"),
    }).exactValue,
  );

describe("market properties", () => {
  it("valuation is monotone in price and in quantity", () => {
    fc.assert(
      fc.property(
        dec(1_000_000, 3),
        dec(1_000_000, 3),
        positive(500, 2),
        positive(500, 2),
        pct(0, 90),
        (q1, q2, p1, p2, h) => {
          const [qa, qb] = new Decimal(q1).lte(q2) ? [q1, q2] : [q2, q1];
          const [pa, pb] = new Decimal(p1).lte(p2) ? [p1, p2] : [p2, p1];
          expect(value(qa, pa, h).lte(value(qb, pa, h))).toBe(true);
          expect(value(qa, pa, h).lte(value(qa, pb, h))).toBe(true);
        },
      ),
    );
  });

  it("a top-up restores LTV ≤ cap, and one step less on its grid would not", () => {
    fc.assert(
      fc.property(
        positive(100_000, 3),
        positive(300, 2),
        positive(50_000_000, 2),
        pct(0, 60),
        pct(10, 95),
        (q, p, loan, h, cap) => {
          const t = terms(h, cap, cap);
          const r = checkMarginCall({
            asset: { kind: "cea_allowance", quantity: q, unit: "tCO2e" },
            outstanding: loan,
            series: series(p),
            date: "2026-01-02",
            stalenessDays: 30,
            terms: t,
            rule: { kind: "ltv" },
          });
          const capF = new Decimal(cap).div(100);
          const share = collateralShare(t);
          const v = new Decimal(q).times(p).times(share);
          const L = new Decimal(loan);
          if (r.status === "none") {
            expect(L.lte(v.times(capF))).toBe(true);
            return;
          }
          const top = r.topUp!;
          const dq = new Decimal(top.quantity);
          const restored = new Decimal(q).plus(dq).times(p).times(share).times(capF);
          expect(restored.gte(L)).toBe(true);
          if (dq.gt(0))
            expect(new Decimal(q).plus(dq).minus("0.001").times(p).times(share).times(capF).lt(L)).toBe(true);
          expect(L.minus(top.cashRepayment).lte(v.times(capF))).toBe(true);
          expect(L.minus(top.cashRepayment).plus("0.01").gt(v.times(capF))).toBe(true);
          expect(v.plus(top.cashDeposit).times(capF).gte(L)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("free quantity is never negative and accepted pledges never exceed holdings", () => {
    fc.assert(
      fc.property(dec(100_000, 3), fc.array(positive(30_000, 3), { maxLength: 12 }), (held, requests) => {
        const holding = { assetId: "a", quantity: held, unit: "tCO2e" as const };
        const active: ActivePledge[] = [];
        for (const [i, q] of requests.entries()) {
          const d = decidePledgeRequest(holding, active, { quantity: q, unit: "tCO2e" });
          expect(new Decimal(d.availability.free).gte(0)).toBe(true);
          if (d.accepted) active.push({ pledgeId: `p${i}`, assetId: "a", quantity: q, unit: "tCO2e" });
          else expect(new Decimal(q).gt(d.availability.free)).toBe(true);
        }
        const pledged = active.reduce((acc, p) => acc.plus(p.quantity), new Decimal(0));
        expect(pledged.lte(held)).toBe(true);
      }),
    );
  });

  const grades = ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"];
  const bpArb = fc.integer({ min: -80, max: 80 });
  const tableArb = fc
    .record({
      base: positive(8, 2),
      esg: fc.array(bpArb, { minLength: 9, maxLength: 9 }),
      carbon: fc.array(bpArb, { minLength: 5, maxLength: 5 }),
      minBp: fc.integer({ min: -200, max: 0 }),
      maxBp: fc.integer({ min: 0, max: 200 }),
      floor: dec(4, 2),
      width: dec(4, 2),
    })
    .map(
      (r): PricingTable => ({
        productKey: "p",
        base: { kind: "fixed", ratePercent: r.base },
        esgGrades: grades.map((grade, i) => ({ grade, bp: r.esg[i] as number, source: "x", note: "x" })),
        carbonGrades: r.carbon.map((bp, i) => ({ grade: i + 1, bp, source: "x", note: "x" })),
        disclosureBands: [
          { fromPercent: "0", bp: 0, source: "x", note: "x" },
          { fromPercent: "80", bp: -10, source: "x", note: "x" },
        ],
        adjustmentBounds: { minBp: r.minBp, maxBp: r.maxBp },
        rateBounds: { floorPercent: r.floor, capPercent: new Decimal(r.floor).plus(r.width).toFixed(2) },
      }),
    );

  it("the final rate lies within the floor and cap, and the adjustment within its bounds", () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.option(fc.constantFrom(...grades)),
        fc.option(fc.integer({ min: 1, max: 5 })),
        fc.option(pct(0, 100)),
        fc.integer({ min: -30, max: 30 }),
        (table, esgGrade, carbonGrade, disclosure, sll) => {
          const p = priceLinkedLoan({
            table,
            date: "2026-01-01",
            esgGrade,
            carbonGrade,
            disclosureCompletenessPercent: disclosure,
            sllStepBp: sll,
          });
          const rate = new Decimal(p.finalRatePercent);
          expect(rate.gte(table.rateBounds.floorPercent) && rate.lte(table.rateBounds.capPercent)).toBe(true);
          expect(p.adjustmentBp >= table.adjustmentBounds.minBp && p.adjustmentBp <= table.adjustmentBounds.maxBp).toBe(
            true,
          );
        },
      ),
    );
  });

  it("the cumulative SLL step stays within its bounds after every test", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(dec(2, 3)), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        (values, down, up, maxDown, maxUp) => {
          const r = assessSll(
            {
              stepDownBp: down,
              stepUpBp: up,
              maxDownBp: maxDown,
              maxUpBp: maxUp,
              notReported: "missed",
              kpis: [
                {
                  key: "k",
                  nameZh: "k",
                  nameEn: "k",
                  unit: "u",
                  direction: "decrease",
                  baselineYear: 2020,
                  baselineValue: "1",
                  annualChangePercent: "5",
                },
              ],
            },
            values.map((_, i) => ({ date: `${2022 + i}-04-30`, year: 2021 + i })),
            values.flatMap((v, i) =>
              v === null ? [] : [{ kpi: "k", year: 2021 + i, value: v, unit: "u", source: "x" }],
            ),
          );
          for (const t of r.tests) expect(t.cumulativeBp >= -maxDown && t.cumulativeBp <= maxUp).toBe(true);
        },
      ),
    );
  });
});
