import type { SeededRandom } from "../random/seeded-random";
import { between } from "./demo-random";
import type { DemoOrganisation } from "./demo-types";
import { FALLBACK_WEIGHT, PLAUSIBLE_DIVISION, type PortfolioTheme } from "./portfolio-themes";

/** VC funds back young, small firms; PE funds later-stage small and medium ones. Large firms are not targets. */
const SIZE_WEIGHT: Readonly<Record<PortfolioTheme["stage"], Readonly<Record<string, number>>>> = {
  vc: { micro: 2, small: 3, medium: 1.5 },
  pe: { micro: 0.3, small: 2, medium: 3 },
};

/** Firms with fewer people than this are too small for a fund to back (sole traders, family workshops). */
const MIN_EMPLOYEES = 10;

/** How much a manager wants an enterprise, and whether it is in its mandate (tier 0) or only plausible (tier 1). */
export interface CandidateWeight {
  readonly tier: 0 | 1;
  readonly weight: number;
}

/** Its sector's weight in the mandate (or the fallback) times its size's; null = never. */
export function candidateWeight(org: DemoOrganisation, theme: PortfolioTheme): CandidateWeight | null {
  if (org.kind !== "enterprise" || !org.industryCode || !org.size || (org.employees ?? 0) < MIN_EMPLOYEES) return null;
  const division = org.industryCode.slice(1, 3);
  const size = SIZE_WEIGHT[theme.stage][org.size] ?? 0;
  const favoured = theme.divisions[division];
  if (favoured) return size > 0 ? { tier: 0, weight: favoured * size } : null;
  return PLAUSIBLE_DIVISION.test(division) && size > 0 ? { tier: 1, weight: FALLBACK_WEIGHT * size } : null;
}

/**
 * `k` candidates by weight without replacement (Efraimidis–Spirakis: the k smallest −ln(u) ÷ w), the mandate's before
 * any other. Every candidate gets its draw whether or not it is still free, so one manager's picks do not shift
 * another's draws.
 */
export function pickCompanies(
  rng: SeededRandom,
  candidates: readonly DemoOrganisation[],
  weight: (org: DemoOrganisation) => CandidateWeight | null,
  k: number,
  taken: ReadonlySet<string>,
): DemoOrganisation[] {
  const keyed: { org: DemoOrganisation; tier: number; key: number }[] = [];
  for (const org of candidates) {
    const u = rng.unit();
    const w = weight(org);
    if (w && !taken.has(org.key)) keyed.push({ org, tier: w.tier, key: -Math.log(1 - u) / w.weight });
  }
  return keyed
    .sort((a, b) => a.tier - b.tier || a.key - b.key)
    .slice(0, k)
    .map((x) => x.org);
}

/** Hundredths as text with two decimals: 1250 → "12.50". */
const fixed2 = (hundredths: number) => `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;

/** Ticket sizes in 万元: venture rounds of 5–60 million yuan, private-equity deals of 5–200 million. */
const TICKET: Readonly<Record<PortfolioTheme["stage"], readonly [number, number]>> = {
  vc: [500, 6000],
  pe: [500, 20_000],
};

/**
 * What the fund paid for what share: the company priced at a multiple of its revenue (higher for venture deals, and
 * never below a floor: a start-up with little revenue is still valued in the tens of millions), tickets in whole
 * 万元 within the stage's range, stakes of 3–35 %.
 */
export function dealTerms(
  rng: SeededRandom,
  company: DemoOrganisation,
  stage: PortfolioTheme["stage"],
): { ownershipPct: string; investedCny: string } {
  const revenue = Number(company.revenueCny ?? "0");
  const multiple = stage === "vc" ? between(rng, 6, 20) : between(rng, 2, 6);
  const floor = (stage === "vc" ? 30e6 : 80e6) * between(rng, 1, 2);
  const valuation = Math.max(revenue * multiple, floor);
  const stake = stage === "vc" ? between(rng, 5, 25) : between(rng, 8, 35);
  // Outside the ticket or stake range, the deal was sized to fit, a little below the limit rather than exactly at it.
  const [lo, hi] = TICKET[stage];
  let wan = Math.round((valuation * stake) / 100 / 10_000);
  if (wan > hi) wan = Math.round(hi * between(rng, 0.5, 1));
  if (wan < lo) wan = Math.round(lo * between(rng, 1, 1.6));
  const pct = ((wan * 10_000) / valuation) * 100;
  const hundredths = pct < 3 ? rng.int(300, 500) : pct > 35 ? rng.int(3000, 3500) : Math.round(pct * 100);
  return { ownershipPct: fixed2(hundredths), investedCny: `${wan}0000.00` };
}
