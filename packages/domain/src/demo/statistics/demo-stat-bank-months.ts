/**
 * One bank's monthly books over the history: green loans by catalogue use (never below what the platform holds for
 * that use), new green lending (the balance's rise plus repayments, never below the platform's new loans, and at least
 * the marketplace's), inclusive, agriculture-related and tech-SME loans. Every balance follows a growth path to the
 * bank's share of the district's end figure with a little monthly noise; new lending is derived from the balances so
 * that balance continuity (rise ≤ new lending) holds by construction.
 */
import type { SeededRandom } from "../../random/seeded-random";
import { Dec } from "../../rating/rating-decimal";
import { between, streamFor } from "../demo-random";
import type { PlatformMonth } from "./demo-stat-platform";
import { DISTRICT_END, SECTION_SHARES, USE_SHARE_DEFAULT, USE_SHARES } from "./demo-stat-profiles";
import { ceilWan, splitTotal, wan } from "./demo-stat-split";

export interface BankShares {
  readonly green: number;
  readonly inclusive: number;
  readonly agri: number;
  readonly tech: number;
}

export interface BankMonth {
  readonly month: string;
  readonly greenByUse: ReadonlyMap<string, Dec>;
  readonly green: Dec;
  readonly greenNewByUse: ReadonlyMap<string, Dec>;
  readonly greenNew: Dec;
  readonly greenBySection: ReadonlyMap<string, Dec>;
  readonly greenNewBySection: ReadonlyMap<string, Dec>;
  readonly market: Dec;
  readonly inclusive: Dec;
  readonly inclusiveNew: Dec;
  readonly agri: Dec;
  readonly tech: Dec;
}

const sum = (m: ReadonlyMap<string, Dec>) => [...m.values()].reduce((s, v) => s.plus(v), new Dec(0));
const ZERO = new Dec(0);

/** A balance path: the end value discounted by growth for the months before the end, with ±0.4 % noise. */
function path(rng: SeededRandom, end: number, growth: number, monthsBeforeEnd: number): number {
  return end * (1 + growth) ** (-monthsBeforeEnd / 12) * (1 + between(rng, -0.004, 0.004));
}

/**
 * `platform` holds one entry per month of `months` plus the month before the first (index 0), whose balances only
 * seed the first month's new lending.
 */
export function bankMonths(
  seed: number,
  bankKey: string,
  shares: BankShares,
  uses: readonly string[],
  months: readonly string[],
  platform: readonly PlatformMonth[],
): BankMonth[] {
  const rng = streamFor(seed, `stat-bank:${bankKey}`);
  const useWeights = uses.map((u) => [u, (USE_SHARES[u] ?? USE_SHARE_DEFAULT) * between(rng, 0.6, 1.4)] as const);
  const useTotal = useWeights.reduce((s, [, w]) => s + w, 0);
  const sectionWeights = Object.entries(SECTION_SHARES).map(([s, w]) => [s, w * between(rng, 0.7, 1.3)] as const);
  const greenRepay = between(rng, 0.012, 0.022);
  const inclusiveRepay = between(rng, 0.05, 0.08);
  const e = DISTRICT_END;
  const out: BankMonth[] = [];
  let prevByUse: Map<string, Dec> | null = null;
  let prevInclusive: Dec | null = null;
  for (let i = 0; i <= months.length; i++) {
    const before = months.length - i;
    const p = platform[i] as PlatformMonth;
    const target = path(rng, e.greenLoanBalance * shares.green, e.greenGrowth, before);
    const byUse = new Map<string, Dec>();
    for (const [u, w] of useWeights)
      byUse.set(u, Dec.max(wan((target * w) / useTotal), ceilWan((p.balanceByUse.get(u) ?? ZERO).times("1.02"))));
    const newByUse = new Map<string, Dec>();
    for (const [u] of useWeights) {
      const prev = prevByUse?.get(u) ?? (byUse.get(u) as Dec);
      const natural = (byUse.get(u) as Dec).minus(prev).plus(wan(prev.toNumber() * greenRepay));
      newByUse.set(u, Dec.max(ZERO, natural, p.lentByUse.get(u) ?? ZERO));
    }
    // Marketplace lending is part of new lending: top up the largest use when the month's would fall short.
    const shortfall = p.market.minus(sum(newByUse));
    if (shortfall.gt(0)) {
      const [top] = [...newByUse].sort(([, a], [, b]) => b.comparedTo(a))[0] as [string, Dec];
      newByUse.set(top, (newByUse.get(top) as Dec).plus(shortfall));
    }
    const inclusive = wan(path(rng, e.inclusiveLoanBalance * shares.inclusive, e.inclusiveGrowth, before));
    const inclusiveNew = Dec.max(
      ZERO,
      inclusive.minus(prevInclusive ?? inclusive).plus(wan((prevInclusive ?? inclusive).toNumber() * inclusiveRepay)),
    );
    const green = sum(byUse);
    const greenNew = sum(newByUse);
    if (i > 0)
      out.push({
        month: months[i - 1] as string,
        greenByUse: byUse,
        green,
        greenNewByUse: newByUse,
        greenNew,
        greenBySection: splitTotal(green, sectionWeights, p.balanceBySection),
        greenNewBySection: splitTotal(greenNew, sectionWeights, p.lentBySection),
        market: p.market,
        inclusive,
        inclusiveNew,
        agri: wan(path(rng, e.agriLoanBalance * shares.agri, e.agriGrowth, before)),
        tech: wan(path(rng, e.techSmeLoanBalance * shares.tech, e.techGrowth, before)),
      });
    prevByUse = byUse;
    prevInclusive = inclusive;
  }
  return out;
}
