import type {
  BenefitFactorResolution,
  BenefitGridFactor,
  BenefitMethodDef,
  ResolvedBenefitFactor,
} from "@greenfin/domain";
import type { CarbonFactorSet } from "@greenfin/reference";

/** The grid factor kind the benefit methods use: the MEE/NBS national location-based average. */
const GRID_KIND = "location_average";

/**
 * The national average grid factor for `year` (its own, else the latest earlier year's: factors are published a
 * year or two late), or for the latest year the set holds when no year is given. Undefined when the set has none
 * for that year or earlier.
 */
export function nationalGridFactor(carbon: CarbonFactorSet, year?: number): BenefitGridFactor | undefined {
  const candidates = carbon.electricity.factors
    .filter((f) => f.kind === GRID_KIND && f.region.level === "national" && f.validYears.to !== null)
    .filter((f) => year === undefined || (f.validYears.from ?? 0) <= year)
    .sort((a, b) => (b.validYears.to ?? 0) - (a.validYears.to ?? 0));
  const f = candidates[0];
  if (!f) return undefined;
  const used = year === undefined ? (f.validYears.to as number) : Math.min(year, f.validYears.to as number);
  return {
    region: f.region.key,
    year: used,
    value: f.value,
    unit: f.unit,
    source: `${f.source} (${carbon.ref} ${f.id})`,
    verification: f.status,
  };
}

/** The carbon-set records (fuels, densities) the methods name by id, with their source and verification status. */
export function carbonRecordFactors(carbon: CarbonFactorSet, methods: readonly BenefitMethodDef[]) {
  const ids = new Set(methods.flatMap((m) => m.factors.flatMap((f) => ("from" in f && f.id ? [f.id] : []))));
  const records: Record<string, ResolvedBenefitFactor> = {};
  for (const r of [...carbon.fuels, ...carbon.densities])
    if (ids.has(r.id))
      records[r.id] = {
        value: r.value,
        unit: r.unit,
        source: `${r.source} (${carbon.ref} ${r.id})`,
        verification: r.status,
      };
  return records;
}

/** Everything the given methods need from the carbon factor set. */
export function resolveBenefitFactors(
  carbon: CarbonFactorSet,
  methods: readonly BenefitMethodDef[],
  year?: number,
): BenefitFactorResolution {
  return { grid: nationalGridFactor(carbon, year), carbon: carbonRecordFactors(carbon, methods) };
}
