import type { SeededRandom } from "../random/seeded-random";
import { between, chance } from "./demo-random";
import type { DemoOrganisation } from "./demo-types";
import type { DemoEntityKind } from "./disclosure-history-types";
import { type SectorIntensity, sectorIntensity } from "./disclosure-intensities";

export type Tier = "large" | "medium" | "small" | "micro";

/** What stays the same about an organisation from year to year: its habits, its board, its plant. */
export interface OrgProfile {
  readonly org: DemoOrganisation;
  readonly entityKind: DemoEntityKind;
  readonly sector: SectorIntensity;
  readonly tier: Tier;
  /** 0–1: how much of what it could disclose it does disclose. */
  readonly maturity: number;
  /** Multipliers on the sector's intensities: this plant against its sector's typical one. */
  readonly emissionFactor: number;
  readonly electricityFactor: number;
  readonly waterFactor: number;
  readonly wasteFactor: number;
  /** How it types figures: revenue in 万元, 元 or 亿元; purchased electricity in MWh or kWh; indirect energy in tce or MWh. */
  readonly revenueUnit: "wan_yuan" | "yuan" | "yi_yuan";
  readonly electricityUnit: "MWh" | "kWh";
  readonly indirectEnergyUnit: "tce" | "MWh";
  readonly femaleShare: number;
  readonly boardSize: number;
  readonly boardWomen: number;
  readonly independentDirectors: number;
  /** Share of purchased electricity bought as green power in the last year, 0–1. */
  readonly greenPower: number;
  /** Assets under management per employee, 亿元 (fund managers); banks scale their loan book by it too. */
  readonly aumPerHead: number;
  /** Institutions without revenue on record: revenue per employee, 万元. */
  readonly revenuePerHead: number;
  /** A uniform draw per indicator: below the fill probability means the figure is disclosed, in every year alike. */
  readonly propensity: ReadonlyMap<string, number>;
}

function tierOf(org: DemoOrganisation): Tier {
  if (org.size) return org.size;
  if (org.kind === "fund_manager") return "small";
  return (org.employees ?? 0) >= 300 ? "large" : "medium";
}

const MATURITY: Record<Tier, number> = { large: 0.8, medium: 0.4, small: 0.25, micro: 0.1 };

export function drawProfile(
  rng: SeededRandom,
  org: DemoOrganisation,
  entityKind: DemoEntityKind,
  indicatorIds: readonly string[],
): OrgProfile {
  const tier = tierOf(org);
  const sector = sectorIntensity(org.industryCode);
  const boardSize = tier === "large" ? rng.int(9, 13) : tier === "medium" ? rng.int(7, 9) : rng.int(3, 7);
  const propensity = new Map<string, number>();
  for (const id of indicatorIds) propensity.set(id, rng.unit());
  return {
    org,
    entityKind,
    sector,
    tier,
    maturity: Math.min(0.97, Math.max(0.1, MATURITY[tier] + between(rng, -0.1, 0.1))),
    emissionFactor: rng.logNormal(1, 0.3),
    electricityFactor: rng.logNormal(1, 0.25),
    waterFactor: rng.logNormal(1, 0.35),
    wasteFactor: rng.logNormal(1, 0.4),
    revenueUnit: rng.weighted([
      ["wan_yuan", 6],
      ["yuan", 2],
      ["yi_yuan", 2],
    ]),
    electricityUnit: chance(rng, 0.7) ? "MWh" : "kWh",
    indirectEnergyUnit: chance(rng, 0.6) ? "tce" : "MWh",
    femaleShare: Math.min(85, Math.max(5, sector.femaleShare + between(rng, -8, 8))),
    boardSize,
    boardWomen: rng.int(0, Math.max(1, Math.floor(boardSize / 3))),
    independentDirectors: Math.max(1, Math.round(boardSize / 3) + rng.int(0, 1)),
    greenPower: chance(rng, tier === "large" ? 0.6 : 0.25) ? between(rng, 0.03, 0.3) : 0,
    aumPerHead: between(rng, 1.5, 8),
    revenuePerHead: between(rng, 60, 200),
    propensity,
  };
}

/** In a carbon emissions trading market that year: sectors the market covers, plants above the small ones. */
export const inCarbonMarket = (p: OrgProfile, year: number) =>
  p.sector.etsFrom !== undefined && p.sector.etsFrom <= year && (p.tier === "large" || p.tier === "medium");

/** The figures that drive one year's disclosure; everything else is derived from them and the profile. */
export interface YearDrivers {
  readonly year: number;
  /** Revenue in fen (0.01 yuan), a whole number. */
  readonly revenueFen: number;
  readonly employees: number;
  /** Multiplier on intensities: plants get a little more efficient every year. */
  readonly efficiency: number;
  /** 0–1 of the way from the first to the last year, for figures that improve steadily (green shares, training). */
  readonly progress: number;
  /** The previous year's drivers, when the organisation existed then. */
  readonly previous: YearDrivers | null;
}

/** "12345.60" yuan as 1234560 fen. */
function fenOf(yuan: string): number {
  const [whole = "0", fraction = ""] = yuan.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
}

/**
 * Drivers for every year, anchored on the organisation's own figures (revenue, employees) in the last year and
 * walked back with a few per cent of growth a year and some noise.
 */
export function driveYears(rng: SeededRandom, profile: OrgProfile, years: readonly number[]): YearDrivers[] {
  const sorted = [...years].sort((a, b) => a - b);
  const last = sorted.at(-1) ?? 0;
  const first = sorted[0] ?? last;
  const { org } = profile;
  const employees0 = org.employees ?? 10;
  let revenue = org.revenueCny ? fenOf(org.revenueCny) : Math.round(employees0 * profile.revenuePerHead * 1_000_000);
  let employees = employees0;
  const backwards: Omit<YearDrivers, "previous">[] = [];
  for (const year of [...sorted].reverse()) {
    const efficiency = 1.03 ** (last - year) * between(rng, 0.97, 1.03);
    backwards.push({
      year,
      revenueFen: revenue,
      employees,
      efficiency,
      progress: (year - first) / (last - first || 1),
    });
    const growth = chance(rng, 0.1) ? between(rng, -0.06, 0) : between(rng, 0.01, 0.1);
    revenue = Math.round(revenue / (1 + growth));
    employees = Math.max(1, Math.round(employees / (1 + between(rng, -0.03, 0.06))));
  }
  const out: YearDrivers[] = [];
  for (const d of backwards.reverse()) out.push({ ...d, previous: out.at(-1) ?? null });
  return out;
}
