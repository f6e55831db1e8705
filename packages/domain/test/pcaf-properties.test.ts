import { loadPcafReference } from "@greenfin/reference";
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  calculatePcafPortfolio,
  PCAF_ASSET_CLASSES,
  type PcafCounterparty,
  type PcafPosition,
  startPcafPortfolio,
} from "../src/pcaf/index";

const reference = loadPcafReference();
const amount = fc.bigInt({ min: 1n, max: 10n ** 12n }).map(String);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const counterpartyArb: fc.Arbitrary<PcafCounterparty> = fc
  .record({
    id: fc.constant("CP"),
    name: fc.constant(null),
    sector: fc.constantFrom("C30", "D44", "F", "K", "C3011", "B06", "J"),
    revenue: maybe(amount),
    totalAssets: maybe(amount),
    evic: maybe(amount),
    totalEquityAndDebt: maybe(amount),
    scope1Tco2e: maybe(amount),
    scope2Tco2e: maybe(amount),
    scope3Tco2e: maybe(amount),
    emissionsSource: fc.constantFrom(null, "verified", "reported", "platform", "physical_activity" as const),
  })
  .map((c) =>
    c.scope1Tco2e === null || c.scope2Tco2e === null
      ? { ...c, scope1Tco2e: null, scope2Tco2e: null, emissionsSource: null }
      : c,
  );

const positionArb: fc.Arbitrary<PcafPosition> = fc
  .record({
    assetClass: fc.constantFrom(...PCAF_ASSET_CLASSES),
    outstanding: amount,
    value: amount,
    floorAreaM2: maybe(fc.integer({ min: 1, max: 100_000 }).map(String)),
    projectEmissionsTco2e: maybe(amount),
    vehicleType: fc.constantFrom(null, "heavy_truck", "passenger_car_bev"),
  })
  .map(({ assetClass, outstanding, value, floorAreaM2, projectEmissionsTco2e, vehicleType }) => ({
    id: "P",
    assetClass,
    counterparty: ["listed_equity", "corporate_bond", "business_loan", "project_finance"].includes(assetClass)
      ? "CP"
      : null,
    outstanding,
    sector: null,
    propertyValue: value,
    floorAreaM2,
    buildingType: null,
    vehicleValue: value,
    vehicleType,
    projectTotal: value,
    projectEmissionsTco2e,
    country: "CN",
  }));

const calc = (position: PcafPosition, cp: PcafCounterparty) =>
  calculatePcafPortfolio({ reference, year: 2024, counterparties: new Map([["CP", cp]]), positions: [position] });

describe("PCAF properties", () => {
  it("attribution never exceeds the cap and financed emissions are never negative", () => {
    fc.assert(
      fc.property(positionArb, counterpartyArb, (position, cp) => {
        const r = calc(position, cp).positions[0]!;
        if (r.attribution) expect(new Decimal(r.attribution.factor).lte(reference.attributionCap.value)).toBe(true);
        if (r.financedScope12Tco2e !== null) expect(new Decimal(r.financedScope12Tco2e).gte(0)).toBe(true);
        if (r.financedScope3Tco2e !== null) expect(new Decimal(r.financedScope3Tco2e).gte(0)).toBe(true);
        if (r.dataQuality) expect([1, 2, 3, 4, 5]).toContain(r.dataQuality.score);
      }),
    );
  });

  it("doubling the outstanding doubles financed emissions while the factor stays under the cap", () => {
    fc.assert(
      fc.property(positionArb, counterpartyArb, (position, cp) => {
        const once = calc(position, cp).positions[0]!;
        const twice = calc({ ...position, outstanding: new Decimal(position.outstanding).times(2).toFixed() }, cp)
          .positions[0]!;
        if (once.financedScope12Tco2e === null || twice.attribution?.capped) return;
        // Published to 6 dp: doubling can move the last digit by one.
        const diff = new Decimal(twice.financedScope12Tco2e as string).minus(
          new Decimal(once.financedScope12Tco2e).times(2),
        );
        expect(diff.abs().lte("0.000001")).toBe(true);
      }),
    );
  });

  it("an over-the-cap position finances exactly the whole of the emissions", () => {
    fc.assert(
      fc.property(positionArb, counterpartyArb, (position, cp) => {
        const r = calc(
          { ...position, outstanding: new Decimal(position.outstanding).times("10000000000000").toFixed() },
          cp,
        ).positions[0]!;
        if (r.attribution?.capped && r.emissions && r.dataQuality?.evidence !== "asset_estimate")
          expect(r.financedScope12Tco2e).toBe(r.emissions.scope12Tco2e);
      }),
    );
  });

  it("totals are the sum of the parts, by asset class and by sector; the same input gives the same output", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(positionArb, counterpartyArb), { minLength: 1, maxLength: 12 }), (pairs) => {
        const counterparties = new Map(pairs.map(([, cp], i) => [`CP${i}`, { ...cp, id: `CP${i}` }]));
        const positions = pairs.map(([p], i) => ({ ...p, id: `P${i}`, counterparty: p.counterparty && `CP${i}` }));
        const run = () => calculatePcafPortfolio({ reference, year: 2025, counterparties, positions });
        const { result, positions: results } = run();
        const sum = (xs: readonly (string | null)[]) =>
          xs.reduce((a, x) => (x === null ? a : a.plus(x)), new Decimal(0));
        expect(sum(results.map((r) => r.financedScope12Tco2e)).eq(result.total.financedScope12Tco2e)).toBe(true);
        expect(sum(result.byAssetClass.map((b) => b.financedScope12Tco2e)).eq(result.total.financedScope12Tco2e)).toBe(
          true,
        );
        expect(sum(result.bySector.map((b) => b.financedScope12Tco2e)).eq(result.total.financedScope12Tco2e)).toBe(
          true,
        );
        expect(sum(result.bySector.map((b) => b.outstanding)).eq(result.total.outstanding)).toBe(true);
        expect(sum(Object.values(result.total.outstandingByScore)).eq(result.total.coveredOutstanding)).toBe(true);
        expect(run()).toEqual({ result, positions: results });
      }),
      { numRuns: 60 },
    );
  });

  it("streams: results reach the callback one by one and the totals match the batch run", () => {
    const cp: PcafCounterparty = {
      id: "CP",
      name: null,
      sector: "C30",
      revenue: "100000000",
      totalAssets: null,
      evic: null,
      totalEquityAndDebt: "500000000",
      scope1Tco2e: null,
      scope2Tco2e: null,
      scope3Tco2e: null,
      emissionsSource: null,
    };
    const seen: string[] = [];
    const builder = startPcafPortfolio({ reference, year: 2024, counterparties: new Map([["CP", cp]]) }, (r) =>
      seen.push(r.positionId),
    );
    const base = fc.sample(positionArb, { numRuns: 50, seed: 7 });
    const positions = base.map((p, i) => ({ ...p, id: `S${i}` }));
    for (const p of positions) builder.add(p);
    const streamed = builder.finish();
    expect(seen).toEqual(positions.map((p) => p.id));
    expect(streamed).toEqual(
      calculatePcafPortfolio({ reference, year: 2024, counterparties: new Map([["CP", cp]]), positions }).result,
    );
    expect(() => builder.add(positions[0]!)).toThrow(/finished/);
  });
});
