import fc from "fast-check";
import type { ControversyEvent, RatedEntityInput, RatingMethodology, RatingValue } from "../src/rating/index";

/** fast-check generators of rating universes for a methodology: random subsets of its inputs, random events. */
export type InputKind = "decimal" | "boolean" | { options: readonly string[] };

/** Every input the methodology reads, with the kind of value it takes (from the rules that read it). */
export function inputKinds(methodology: RatingMethodology): Map<string, InputKind> {
  const kinds = new Map<string, InputKind>();
  for (const p of methodology.pillars)
    for (const t of p.themes)
      for (const k of t.keyIssues)
        for (const i of k.indicators) {
          const { rule } = i;
          if (rule.kind === "ratio") for (const id of [rule.numerator, rule.denominator]) kinds.set(id, "decimal");
          else if (rule.kind === "presence") kinds.set(i.id, "boolean");
          else if (rule.kind === "ladder") kinds.set(i.id, { options: rule.options.map((o) => o.option) });
          else kinds.set(i.id, "decimal");
        }
  return kinds;
}

/** Non-negative decimals with up to three places, written canonically ("12", "0.075", "2050"). */
export const decimalText = fc
  .oneof(
    fc.integer({ min: 0, max: 120 }).map((n) => n * 1000),
    fc.integer({ min: 0, max: 3_000_000 }),
    fc.integer({ min: 2030, max: 2080 }).map((n) => n * 1000),
  )
  .map((n) => {
    const fraction = String(n % 1000)
      .padStart(3, "0")
      .replace(/0+$/, "");
    return `${Math.floor(n / 1000)}${fraction ? `.${fraction}` : ""}`;
  });

function valueArbitrary(kind: InputKind): fc.Arbitrary<RatingValue> {
  if (kind === "decimal") return decimalText;
  if (kind === "boolean") return fc.boolean();
  return fc.subarray([...kind.options], { minLength: 1 });
}

export const INDUSTRY_CODES = [
  "C26",
  "C2614",
  "C2651",
  "I6513",
  "I65",
  "D4411",
  "D44",
  "C3011",
  "C3216",
  "G56",
  "A01",
  "J66",
  "K70",
];

const DAY_MS = 86_400_000;
const isoDaysBefore = (asOf: string, days: number) =>
  new Date(Date.parse(`${asOf}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

function controversyArbitrary(
  methodology: RatingMethodology,
  asOf: string,
): fc.Arbitrary<Omit<ControversyEvent, "id">> {
  const { categories, statuses } = methodology.controversies;
  return fc.record({
    date: fc.integer({ min: -30, max: 1300 }).map((days) => isoDaysBefore(asOf, days)),
    severity: fc.integer({ min: 1, max: 5 }),
    category: fc.constantFrom(...categories.map((c) => c.id)),
    status: fc.constantFrom(...statuses.map((s) => s.status)),
    source: fc.constant("test"),
  });
}

export function entityArbitrary(
  methodology: RatingMethodology,
  asOf: string,
  id: string,
  industryCodes: readonly string[] = INDUSTRY_CODES,
): fc.Arbitrary<RatedEntityInput> {
  const kinds = inputKinds(methodology);
  const values = fc.record(Object.fromEntries([...kinds].map(([input, kind]) => [input, valueArbitrary(kind)])), {
    requiredKeys: [],
  });
  return fc
    .record({
      industryCode: fc.constantFrom(...industryCodes),
      values,
      controversies: fc.array(controversyArbitrary(methodology, asOf), { maxLength: 3 }),
    })
    .map((e) => ({
      id,
      industryCode: e.industryCode,
      values: new Map(Object.entries(e.values) as [string, RatingValue][]),
      controversies: e.controversies.map((c, i) => ({ ...c, id: `${id}-c${i}` })),
    }));
}

/** A universe of 1–`max` entities with ids e0, e1, … */
export function universeArbitrary(
  methodology: RatingMethodology,
  asOf: string,
  max = 8,
  industryCodes: readonly string[] = INDUSTRY_CODES,
): fc.Arbitrary<RatedEntityInput[]> {
  return fc
    .integer({ min: 1, max })
    .chain((n) =>
      fc.tuple(...Array.from({ length: n }, (_, i) => entityArbitrary(methodology, asOf, `e${i}`, industryCodes))),
    );
}
