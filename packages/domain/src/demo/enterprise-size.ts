import type { EnterpriseSize } from "../identity/organisation-kinds";
import type { SeededRandom } from "../random/seeded-random";

/**
 * Size thresholds after NBS 《统计上大中小微型企业划分办法（2017）》: each criterion lists the lower bounds of
 * [small, medium, large]. A firm belongs to the largest class whose every bound it meets; otherwise it is micro.
 * Employees (从业人员) in persons, revenue (营业收入) in 万元. Total assets (资产总额, used for construction,
 * real estate and leasing/business services) are not generated, so those firms are classed on the other criterion.
 */
interface SizeCriteria {
  readonly employees?: readonly [number, number, number];
  readonly revenueWan?: readonly [number, number, number];
}

const CRITERIA = {
  agriculture: { revenueWan: [50, 500, 20_000] },
  industry: { employees: [20, 300, 1000], revenueWan: [300, 2000, 40_000] },
  construction: { revenueWan: [300, 6000, 80_000] },
  wholesale: { employees: [5, 20, 200], revenueWan: [1000, 5000, 40_000] },
  retail: { employees: [10, 50, 300], revenueWan: [100, 500, 20_000] },
  transport: { employees: [20, 300, 1000], revenueWan: [200, 3000, 30_000] },
  warehousing: { employees: [20, 100, 200], revenueWan: [100, 1000, 30_000] },
  postal: { employees: [20, 300, 1000], revenueWan: [100, 2000, 30_000] },
  hospitality: { employees: [10, 100, 300], revenueWan: [100, 2000, 10_000] },
  information_transmission: { employees: [10, 100, 2000], revenueWan: [100, 1000, 100_000] },
  software_it: { employees: [10, 100, 300], revenueWan: [50, 1000, 10_000] },
  real_estate: { revenueWan: [100, 1000, 200_000] },
  other: { employees: [10, 100, 300] },
} as const satisfies Record<string, SizeCriteria>;

export type SizeScheme = keyof typeof CRITERIA;

/** Which NBS scheme a GB/T 4754-2017 division (two digits) falls under. */
export function sizeSchemeOf(division: string): SizeScheme {
  const d = Number(division);
  if (d <= 5) return "agriculture";
  if (d <= 46) return "industry"; // mining, manufacturing, utilities
  if (d <= 50) return "construction";
  if (d === 51) return "wholesale";
  if (d === 52) return "retail";
  if (d <= 58) return "transport";
  if (d === 59) return "warehousing";
  if (d === 60) return "postal";
  if (d <= 62) return "hospitality";
  if (d <= 64) return "information_transmission";
  if (d === 65) return "software_it";
  if (d === 70) return "real_estate";
  return "other";
}

/** Tiers in ascending order; the index is how many thresholds a firm meets. */
const TIERS: readonly EnterpriseSize[] = ["micro", "small", "medium", "large"];
const FEN_PER_WAN = 1_000_000n;

/** Lower bounds used to draw employees where the scheme has no employee criterion. */
const DEFAULT_EMPLOYEES: readonly [number, number, number] = [20, 300, 1000];

/** The size class of a firm in a division ("38") or canonical code ("C3811"), from exact revenue text in yuan. */
export function classifyEnterpriseSize(industryCode: string, employees: number, revenueCny: string): EnterpriseSize {
  const criteria: SizeCriteria = CRITERIA[sizeSchemeOf(industryCode.replace(/^[A-T]/, "").slice(0, 2))];
  const fen = yuanTextToFen(revenueCny);
  let tier = 3;
  if (criteria.employees) tier = Math.min(tier, criteria.employees.filter((t) => employees >= t).length);
  if (criteria.revenueWan)
    tier = Math.min(tier, criteria.revenueWan.filter((t) => fen >= BigInt(t) * FEN_PER_WAN).length);
  return TIERS[tier] as EnterpriseSize;
}

/** A number drawn so that its logarithm is uniform on [lo, hi). */
function logUniform(rng: SeededRandom, lo: number, hi: number): number {
  return lo * (hi / lo) ** rng.unit();
}

/** The band [lo, hi) of a tier given the three lower bounds; micro starts at `floor`, large ends at `ceiling` × its bound. */
function band(
  bounds: readonly [number, number, number],
  tier: number,
  floor: number,
  ceiling: number,
): [number, number] {
  const lo = tier === 0 ? floor : (bounds[tier - 1] as number);
  const hi = tier === 3 ? bounds[2] * ceiling : (bounds[tier] as number);
  return [lo, hi];
}

export interface SizeFigures {
  employees: number;
  /** Annual revenue in fen (0.01 yuan). */
  revenueFen: bigint;
}

/**
 * Employees and revenue for a firm of the given size class, consistent with the NBS thresholds of its division:
 * employees log-uniform within the class's band, revenue = employees × the industry's revenue per employee ×
 * a log-normal factor, redrawn within the band when it falls outside.
 */
export function sampleSizeFigures(
  rng: SeededRandom,
  division: string,
  size: EnterpriseSize,
  revenuePerEmployeeWan: number,
): SizeFigures {
  const criteria: SizeCriteria = CRITERIA[sizeSchemeOf(division)];
  const tier = TIERS.indexOf(size);

  const [eLo, eHi] = band(criteria.employees ?? DEFAULT_EMPLOYEES, tier, 1, 8);
  const employees = Math.min(eHi - 1, Math.max(eLo, Math.floor(logUniform(rng, eLo, eHi))));

  let revenueWan = employees * revenuePerEmployeeWan * rng.logNormal(1, 0.5);
  let [yuanLo, yuanHi] = [1000, Number.MAX_SAFE_INTEGER / 100];
  if (criteria.revenueWan) {
    const [rLo, rHi] = band(criteria.revenueWan, tier, criteria.revenueWan[0] / 25, 15);
    if (!(revenueWan >= rLo && revenueWan < rHi)) revenueWan = logUniform(rng, rLo, rHi);
    [yuanLo, yuanHi] = [Math.ceil(rLo * 10_000), rHi * 10_000];
  }
  // Integer yuan kept strictly inside the band, then cents: exact, with no float formatting involved.
  const yuan = Math.min(yuanHi - 1, Math.max(yuanLo, Math.floor(revenueWan * 10_000)));
  return { employees, revenueFen: BigInt(yuan) * 100n + BigInt(rng.int(0, 99)) };
}

/** "12345.60" from 1234560n fen. */
export function formatFenAsYuan(fen: bigint): string {
  if (fen < 0n) throw new RangeError("negative amount");
  return `${fen / 100n}.${(fen % 100n).toString().padStart(2, "0")}`;
}

function yuanTextToFen(text: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new RangeError(`not a yuan amount: ${text}`);
  return BigInt(match[1] as string) * 100n + BigInt((match[2] ?? "0").padEnd(2, "0"));
}
