import type { CarbonFactorSetFiles } from "./carbon-factor-set.schema";
import type { ActivityItemCatalogue } from "./load-activity-items";

/** An exact fraction of two BigInts, from decimal text: enough to recompute an emission factor without floats. */
function fraction(text: string): [bigint, bigint] {
  const [whole, part = ""] = text.split(".") as [string, string?];
  return [BigInt(whole + part), 10n ** BigInt(part.length)];
}

/** NCV × CC × OF × 44/12 ÷ 1000, rounded half-up to as many places as `reference` has: the source's own formula. */
export function recomputedFuelFactor(ncv: string, cc: string, of: string, reference: string): string {
  const parts = [ncv, cc, of].map(fraction);
  const num = parts.reduce((n, [p]) => n * p, 44n);
  const den = parts.reduce((d, [, q]) => d * q, 12_000n);
  const places = (reference.split(".")[1] ?? "").length;
  const scaled = (num * 10n ** BigInt(places) * 2n + den) / (2n * den);
  const digits = scaled.toString().padStart(places + 1, "0");
  return places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
}

const compare = (a: string, b: string): number => {
  const [x, p] = fraction(a);
  const [y, q] = fraction(b);
  return x * q < y * p ? -1 : x * q > y * p ? 1 : 0;
};

function ascendingBounds(label: string, bounds: readonly { upTo: string | null }[], problems: string[]): void {
  bounds.forEach((b, i) => {
    const last = i === bounds.length - 1;
    if (last !== (b.upTo === null)) problems.push(`${label}: only the last band is open-ended (upTo null)`);
    const prev = bounds[i - 1]?.upTo;
    if (b.upTo !== null && prev != null && compare(prev, b.upTo) >= 0) problems.push(`${label}: bounds must rise`);
  });
}

/**
 * Cross-checks a factor set the schema cannot express: unique ids, every reference resolves, units agree with the
 * item map, the item map is the activity-item catalogue's, Block A fuel factors recompute from NCV × CC × OF, and
 * grade bands rise.
 */
export function checkCarbonFactorSet(files: CarbonFactorSetFiles, catalogue: ActivityItemCatalogue): string[] {
  const problems: string[] = [];
  const all = [
    ...files.electricity.factors,
    ...files.fuels.factors,
    ...files.process.factors,
    ...files.heat.factors,
    ...files.densities.factors,
    ...files.spend.factors,
  ];
  const byId = new Map<string, (typeof all)[number]>();
  for (const f of all) {
    if (byId.has(f.id)) problems.push(`factor ${f.id} is listed twice`);
    byId.set(f.id, f);
    const { from, to } = f.validYears;
    if (from !== null && to !== null && from > to) problems.push(`${f.id}: validYears from ${from} is after ${to}`);
  }
  const grids = new Set(files.electricity.grids.map((g) => g.key));
  const provinces = new Set(files.electricity.provinces.map((p) => p.key));
  for (const p of files.electricity.provinces)
    if (!grids.has(p.grid)) problems.push(`province ${p.key} is in unknown grid ${p.grid}`);
  for (const f of files.electricity.factors) {
    const known = { national: f.region.key === "national", regional_grid: grids.has(f.region.key) }[
      f.region.level as "national"
    ];
    if (f.region.level === "provincial" ? !provinces.has(f.region.key) : !known)
      problems.push(`${f.id}: unknown region ${f.region.level} ${f.region.key}`);
  }
  for (const f of files.fuels.factors) {
    if (f.unit !== `tCO2/${f.activityUnit}`) problems.push(`${f.id}: unit ${f.unit} is not per ${f.activityUnit}`);
    const again = recomputedFuelFactor(f.ncv.value, f.carbonContent.value, f.oxidation, f.value);
    if (f.block === "A" && again !== f.value)
      problems.push(`${f.id}: NCV × CC × OF × 44/12 ÷ 1000 = ${again}, the record says ${f.value}`);
  }
  const catalogueItems = new Map(catalogue.items.map((i) => [i.code, i]));
  const mapped = new Set<string>();
  for (const m of files.items.items) {
    mapped.add(m.item);
    const item = catalogueItems.get(m.item);
    if (!item) {
      problems.push(`item map: ${m.item} is not an activity item`);
      continue;
    }
    if (item.use !== m.use || item.units.join() !== m.units.join())
      problems.push(`item map: ${m.item} differs from the activity-item catalogue (use or units)`);
    const factor = m.factorId === null ? undefined : byId.get(m.factorId);
    if (m.factorId !== null && !factor) problems.push(`item map: ${m.item} names unknown factor ${m.factorId}`);
    if (factor && m.basisUnit && !factor.unit.endsWith(`/${m.basisUnit}`))
      problems.push(`item map: ${m.item} works in ${m.basisUnit} but ${factor.id} is in ${factor.unit}`);
    if (m.densityId !== null && !files.densities.factors.some((d) => d.id === m.densityId))
      problems.push(`item map: ${m.item} names unknown density ${m.densityId}`);
  }
  for (const code of catalogueItems.keys()) if (!mapped.has(code)) problems.push(`item map: ${code} is missing`);
  const ce = files.carbonEfficiency;
  ascendingBounds("carbon-efficiency K grades", ce.kGrades, problems);
  ascendingBounds("carbon-efficiency levels", ce.levels, problems);
  ce.kGrades.forEach((g, i) => {
    if (g.grade !== i + 1) problems.push("carbon-efficiency grades must be 1, 2, 3 … in order");
    if (!ce.colours.mapping.some((c) => c.grade === g.grade)) problems.push(`grade ${g.grade} has no colour`);
  });
  const years = files.ets.ceaPrices.map((p) => p.year);
  if (new Set(years).size !== years.length) problems.push("CEA prices: a year is listed twice");
  return problems;
}
