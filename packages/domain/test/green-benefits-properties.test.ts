/**
 * Invariants of the benefit engine over random valid input for every shipped method: linearity in the extensive
 * inputs (up to publication rounding), no negative output unless the method declares it a signed net figure,
 * totals equal to the sum of the lines, and valid input always passes the checks.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BenefitLine, type BenefitMethodDef, checkBenefitLines, computeBenefitReport } from "../src/index";
import { benefitSet, resolution2023 } from "./green-benefits-fixture";

/** A decimal text with up to 3 places between `min` and `max`. */
const decimalArb = (min: number, max: number) =>
  fc
    .tuple(fc.integer({ min, max: Math.max(min, max - 1) }), fc.integer({ min: 0, max: 999 }))
    .map(([w, f]) => (f ? `${w}.${String(f).padStart(3, "0")}` : String(w)));

/** Valid inputs for one method: in range, constraints kept (larger value on the left), at least one optional given. */
function inputsArb(m: BenefitMethodDef): fc.Arbitrary<Record<string, string>> {
  const fields = Object.fromEntries(
    m.inputs.map((i) => {
      const max = i.max === undefined ? (i.scale === "extensive" ? 1_000_000 : 500) : Number(i.max);
      const arb = decimalArb(Number(i.min), max);
      return [i.key, i.required ? arb : fc.option(arb, { nil: undefined })];
    }),
  );
  return fc.record(fields).map((raw) => {
    const inputs: Record<string, string> = {};
    for (const [k, v] of Object.entries(raw)) if (v !== undefined) inputs[k] = v as string;
    const anyOf = m.atLeastOne ?? [];
    if (anyOf.length && !anyOf.some((k) => k in inputs)) inputs[anyOf[0] as string] = "1";
    for (const c of m.constraints ?? []) {
      const [l, r] = [new Decimal(inputs[c.left] as string), new Decimal(inputs[c.right] as string)];
      if (l.lessThan(r)) [inputs[c.left], inputs[c.right]] = [inputs[c.right] as string, inputs[c.left] as string];
    }
    return inputs;
  });
}

const lineArb = fc
  .constantFrom(...benefitSet.methods)
  .chain((m) => inputsArb(m).map((inputs): BenefitLine => ({ method: m.key, inputs })));

const report = (lines: BenefitLine[]) => computeBenefitReport(benefitSet, lines, resolution2023);
const methodOf = (key: string) => benefitSet.methods.find((m) => m.key === key) as BenefitMethodDef;

describe("benefit engine invariants", () => {
  it("accepts every valid line", () => {
    fc.assert(
      fc.property(lineArb, (line) => {
        expect(checkBenefitLines(benefitSet, [line])).toEqual([]);
      }),
    );
  });

  it("is linear in the extensive inputs: doubling them doubles every output (up to publication rounding)", () => {
    fc.assert(
      fc.property(lineArb, (line) => {
        const m = methodOf(line.method);
        const doubled = Object.fromEntries(
          Object.entries(line.inputs).map(([k, v]) => {
            const extensive = m.inputs.find((i) => i.key === k)?.scale === "extensive";
            return [k, extensive ? new Decimal(v).times(2).toFixed() : v];
          }),
        );
        const once = report([line]).lines[0]!.outputs;
        const twice = report([{ method: line.method, inputs: doubled }]).lines[0]!.outputs;
        once.forEach((o, i) => {
          const places = m.outputs[i]!.places;
          const expected = new Decimal(o.value).times(2);
          // Rounding to `places` moves a value by at most half a unit of the last place, so 2·round(x) and
          // round(2x) differ by at most 1.5 units; a chained output adds its predecessor's rounding scaled by the
          // factors after it (below a unit here, every intermediate having 6 places): allow 3 units.
          const tolerance = new Decimal(10).pow(-places).times(3);
          expect(new Decimal(twice[i]!.value).minus(expected).abs().lessThanOrEqualTo(tolerance)).toBe(true);
        });
      }),
    );
  });

  it("never publishes a negative output for valid input, except a declared net figure", () => {
    fc.assert(
      fc.property(lineArb, (line) => {
        const m = methodOf(line.method);
        for (const o of report([line]).lines[0]!.outputs)
          if (!m.outputs.find((d) => d.key === o.key)?.signed) expect(o.value.startsWith("-")).toBe(false);
      }),
    );
  });

  it("totals each output key as the exact sum of the lines' published values", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 8 }), (lines) => {
        const r = report(lines);
        const sums = new Map<string, Decimal>();
        for (const o of r.lines.flatMap((l) => l.outputs))
          sums.set(o.key, (sums.get(o.key) ?? new Decimal(0)).plus(o.value));
        expect(r.totals.map((t) => t.key).sort()).toEqual([...sums.keys()].sort());
        for (const t of r.totals) expect(new Decimal(t.value).equals(sums.get(t.key) as Decimal)).toBe(true);
      }),
    );
  });
});
