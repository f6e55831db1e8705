/**
 * A synthetic rating universe generated lazily: entity i is a pure function of (seed, i), so the universe is an
 * iterable that starts over on every pass and is never held in memory.
 */
import { type ControversyEvent, type RatedEntityInput, type RatingValue, SeededRandom } from "@greenfin/domain";
import type { RatingMethodology } from "@greenfin/reference";

type InputKind = "decimal" | "percent" | "boolean" | { readonly options: readonly string[] };

const INDUSTRIES = ["C2614", "C2651", "C26", "D4411", "D4412", "I6513", "I65", "C3011", "C1713", "J6620", "G5611"];
const DISCLOSED = 0.85;
const DAY_MS = 86_400_000;

/** Every input the methodology reads, with the kind of value it takes. */
function inputKinds(methodology: RatingMethodology): [string, InputKind][] {
  const units = new Map(methodology.inputs.map((i) => [i.id, i.unit]));
  const kinds = new Map<string, InputKind>();
  for (const p of methodology.pillars)
    for (const t of p.themes)
      for (const k of t.keyIssues)
        for (const { id, rule } of k.indicators) {
          if (rule.kind === "ratio") for (const r of [rule.numerator, rule.denominator]) kinds.set(r, "decimal");
          else if (rule.kind === "presence") kinds.set(id, "boolean");
          else if (rule.kind === "ladder") kinds.set(id, { options: rule.options.map((o) => o.option) });
          else kinds.set(id, units.get(id) === "percent" ? "percent" : "decimal");
        }
  return [...kinds];
}

/** A decimal string with `places` decimals from an integer count of the smallest step ("123.4"). */
function decimal(units: number, places: number): string {
  if (places === 0) return String(units);
  const text = String(units).padStart(places + 1, "0");
  const fraction = text.slice(-places).replace(/0+$/, "");
  return fraction ? `${text.slice(0, -places)}.${fraction}` : text.slice(0, -places);
}

function value(rng: SeededRandom, kind: InputKind): RatingValue {
  if (kind === "boolean") return rng.int(0, 1) === 1;
  if (kind === "percent") return decimal(rng.int(0, 10_000), 2);
  if (kind === "decimal") return decimal(rng.int(0, 20_000), 1);
  return [rng.pick(kind.options)];
}

function controversies(rng: SeededRandom, id: string, methodology: RatingMethodology, asOf: string) {
  const events: ControversyEvent[] = [];
  const count = rng.weighted<number>([
    [0, 87],
    [1, 10],
    [2, 3],
  ]);
  const asOfMs = Date.parse(`${asOf}T00:00:00Z`);
  for (let e = 0; e < count; e++)
    events.push({
      id: `${id}-c${e + 1}`,
      date: new Date(asOfMs - rng.int(-10, 1200) * DAY_MS).toISOString().slice(0, 10),
      severity: rng.int(1, 5),
      category: rng.pick(methodology.controversies.categories).id,
      status: rng.pick(methodology.controversies.statuses).status,
      source: "synthetic",
    });
  return events;
}

/**
 * Entities rated under `methodology`, each disclosing about 85 % of its inputs, about 13 % with controversies:
 * `entity(i)` makes the i-th one afresh, `universe(size)` iterates the first `size`, starting over on every pass.
 */
export function syntheticEntities(methodology: RatingMethodology, asOf: string, seed = 2026) {
  const kinds = inputKinds(methodology);
  const entity = (i: number): RatedEntityInput => {
    const rng = new SeededRandom(seed * 1_000_003 + i);
    const id = `ent-${String(i).padStart(6, "0")}`;
    const values = new Map<string, RatingValue>();
    for (const [input, kind] of kinds) if (rng.unit() < DISCLOSED) values.set(input, value(rng, kind));
    return { id, industryCode: rng.pick(INDUSTRIES), values, controversies: controversies(rng, id, methodology, asOf) };
  };
  const universe = (size: number): Iterable<RatedEntityInput> => ({
    *[Symbol.iterator]() {
      for (let i = 0; i < size; i++) yield entity(i);
    },
  });
  return { entity, universe };
}
