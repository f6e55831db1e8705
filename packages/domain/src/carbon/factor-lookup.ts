import { CarbonInputError, problem } from "./carbon-errors";
import type {
  CarbonFactorSetData,
  ElectricityFactor,
  ElectricityFactorKind,
  FactorRecord,
  Province,
  RegionLevel,
} from "./factor-set-types";

/** A factor an enterprise supplies for itself (a supplier's certificate, a lab analysis), with its evidence. */
export interface FacilityFactor {
  readonly id: string;
  /** The activity item it replaces the default for. */
  readonly item: string;
  readonly value: string;
  /** tCO2 per the item's basis unit ("tCO2/MWh", "tCO2/t"), or t/m3 for a density (item "diesel_density" …). */
  readonly unit: string;
  readonly evidence: string;
  readonly validYears?: { readonly from: number | null; readonly to: number | null };
}

/** What a figure records about the factor it used. */
export interface FactorUse {
  readonly id: string;
  readonly value: string;
  readonly unit: string;
  /** The factor set and version ("cn-carbon-factors@2026.1"), or "facility" for an enterprise's own factor. */
  readonly factorSet: string;
  readonly level: RegionLevel | "facility";
  readonly year: number | null;
  readonly source: string;
  readonly verification: string;
  readonly unverified: boolean;
}

export interface FactorChoice {
  readonly use: FactorUse;
  /** Each step tried, in order, and why it was taken or passed over. */
  readonly trace: readonly string[];
}

type Years = { readonly from: number | null; readonly to: number | null };
const covers = (v: Years, year: number) => (v.from === null || v.from <= year) && (v.to === null || year <= v.to);

/**
 * The record for `year`, else the one of the latest earlier year (said in `note`): a factor is published a year or
 * two late, so an account of 2024 uses the 2023 factor until the 2024 one exists.
 */
export function pickByYear<T extends { readonly validYears: Years }>(
  candidates: readonly T[],
  year: number,
): { record: T; note: string | null } | undefined {
  const exact = candidates.find((c) => covers(c.validYears, year));
  if (exact) return { record: exact, note: null };
  let best: T | undefined;
  for (const c of candidates)
    if (c.validYears.to !== null && c.validYears.to < year && (!best || c.validYears.to > (best.validYears.to ?? 0)))
      best = c;
  return best ? { record: best, note: `no ${year} factor; latest earlier year ${best.validYears.to} used` } : undefined;
}

export function recordUse(set: CarbonFactorSetData, f: FactorRecord, year: number | null): FactorUse {
  return {
    id: f.id,
    value: f.value,
    unit: f.unit,
    factorSet: set.ref,
    level: f.region.level,
    year,
    source: f.source,
    verification: f.verification,
    unverified: f.status === "UNVERIFIED",
  };
}

export function facilityUse(f: FacilityFactor, year: number): FactorUse {
  return {
    id: f.id,
    value: f.value,
    unit: f.unit,
    factorSet: "facility",
    level: "facility",
    year,
    source: `facility-specific: ${f.evidence}`,
    verification: "supplied by the enterprise with its evidence",
    unverified: false,
  };
}

const describe = (f: FactorRecord) => `${f.id} = ${f.value} ${f.unit} [${f.status}]`;

/** A province by key, GB/T 2260 code, Chinese or English name or alias ("山东", "山东省", "Shandong", "370000"). */
export function resolveProvince(set: CarbonFactorSetData, text: string): Province | undefined {
  const t = text.trim().toLowerCase();
  return set.electricity.provinces.find((p) =>
    [p.key, p.code, p.nameZh, p.nameEn, ...p.aliases].some((name) => name.toLowerCase() === t),
  );
}

/** Any non-electricity factor by id (fuel, process, heat, density, spend). */
export function factorById(set: CarbonFactorSetData, id: string): FactorRecord {
  const found = [...set.fuels, ...set.process, ...set.heat, ...set.densities, ...set.spend].find((f) => f.id === id);
  if (!found) throw new CarbonInputError([problem("factor set", id, `因子库缺少 ${id}`, `factor set has no ${id}`)]);
  return found;
}

/** How Scope 2 electricity is factored: the location-based fallback, or the enterprise-reporting national factor. */
export type GridBasis = "location" | "enterprise_reporting";

export interface GridLookup {
  readonly year: number;
  readonly province: Province | null;
  readonly basis: GridBasis | "residual";
  readonly allowUnverified: boolean;
  readonly facility?: FacilityFactor;
}

/**
 * The electricity factor for a year, trying facility-specific → provincial → regional grid → national
 * (location basis); the national enterprise-reporting factor (basis "enterprise_reporting"); or the national
 * factor excluding market-traded non-fossil power ("residual"). Within a level, the year's factor or the latest
 * earlier one. UNVERIFIED records are passed over unless allowed. Throws when nothing is found.
 */
export function lookupGridFactor(set: CarbonFactorSetData, q: GridLookup): FactorChoice {
  const trace: string[] = [];
  if (q.facility) {
    if (!q.facility.validYears || covers(q.facility.validYears, q.year)) {
      trace.push(
        `facility-specific ${q.facility.id} = ${q.facility.value} ${q.facility.unit} (${q.facility.evidence})`,
      );
      return { use: facilityUse(q.facility, q.year), trace };
    }
    trace.push(`facility-specific ${q.facility.id} does not cover ${q.year}: passed over`);
  } else trace.push("facility-specific: none supplied");

  const kind: ElectricityFactorKind =
    q.basis === "location" ? "location_average" : q.basis === "residual" ? "residual_excl_market_nonfossil" : q.basis;
  const steps: { level: RegionLevel; key: string; label: string }[] = [];
  if (q.basis === "location" && q.province) {
    steps.push({ level: "provincial", key: q.province.key, label: `provincial (${q.province.nameEn})` });
    steps.push({ level: "regional_grid", key: q.province.grid, label: `regional grid (${q.province.grid})` });
  } else if (q.basis === "location") trace.push("provincial and regional grid: no province given");
  steps.push({ level: "national", key: "national", label: "national" });

  for (const step of steps) {
    const candidates = set.electricity.factors.filter(
      (f: ElectricityFactor) => f.kind === kind && f.region.level === step.level && f.region.key === step.key,
    );
    const usable = candidates.filter((f) => q.allowUnverified || f.status !== "UNVERIFIED");
    const pick = pickByYear(usable, q.year);
    // Say so when an UNVERIFIED record is what the year would otherwise have taken.
    const preferred = pickByYear(candidates, q.year);
    if (preferred && preferred.record !== pick?.record)
      trace.push(`${step.label}: ${describe(preferred.record)} passed over (UNVERIFIED not allowed)`);
    if (!pick) {
      if (!preferred) trace.push(`${step.label}: no ${kind} factor for ${q.year} or earlier`);
      continue;
    }
    if (pick.note) trace.push(`${step.label}: ${pick.note}`);
    trace.push(`${step.label}: ${describe(pick.record)} chosen`);
    return { use: recordUse(set, pick.record, pick.record.validYears.to), trace };
  }
  throw new CarbonInputError([
    problem(
      "factor set",
      "electricity",
      `没有 ${q.year} 年或更早的电力因子`,
      `no ${kind} factor for ${q.year} or earlier`,
    ),
  ]);
}
