import type { SeededRandom } from "../random/seeded-random";
import { streamFor } from "./demo-random";
import { DAY_MS, isoAt, weekdayOf } from "./demo-time";
import type { DemoOrganisation } from "./demo-types";
import { candidateWeight, dealTerms, pickCompanies } from "./portfolio-picks";
import { fundName, type PortfolioTheme } from "./portfolio-themes";
import type { DemoPortfolioLink, DemoPortfolioLinkStatus } from "./portfolio-types";

/** Most invited companies join; now and then one declines or has not answered yet. */
const LATER_STATUS: readonly (readonly [DemoPortfolioLinkStatus, number])[] = [
  ["active", 84],
  ["invited", 8],
  ["declined", 8],
];

/** A time in office hours (09:00–17:59 China time) on the first working day from `utcMidnight` on. */
function officeHours(rng: SeededRandom, utcMidnight: number): string {
  const weekday = weekdayOf(utcMidnight);
  const day = utcMidnight + (weekday === 6 ? 2 : weekday === 0 ? 1 : 0) * DAY_MS;
  return isoAt(day + rng.int(1, 9) * 3_600_000 + rng.int(0, 59) * 60_000 + rng.int(0, 59) * 1000);
}

/** Invitation windows: a single fund invests over 2023–2024; with two, the first in 2023 and the second in 2024. */
function invitationWindow(funds: number, fund: number): readonly [number, number] {
  if (funds === 1) return [Date.UTC(2023, 2, 1), Date.UTC(2024, 9, 31)];
  return fund === 0 ? [Date.UTC(2023, 1, 1), Date.UTC(2023, 10, 30)] : [Date.UTC(2024, 0, 8), Date.UTC(2024, 9, 31)];
}

export interface LinkPlanInput {
  readonly seed: number;
  readonly manager: DemoOrganisation;
  readonly theme: PortfolioTheme;
  readonly candidates: readonly DemoOrganisation[];
  /** Companies already in another manager's portfolio. */
  readonly taken: ReadonlySet<string>;
  /** The demo logins' manager: a small portfolio, every link active, for users to look at and add to. */
  readonly showcase: boolean;
}

/**
 * One manager's portfolio links: 5–15 companies (3 for the showcase), in one fund or, from eight companies on, two
 * successive ones; the first two always active, so every manager has a portfolio. Ordered by invitation.
 */
export function planLinks(input: LinkPlanInput): DemoPortfolioLink[] {
  const { manager, theme, showcase } = input;
  const rng = streamFor(input.seed, `${manager.key}|portfolio`);
  const wanted = showcase ? 3 : rng.int(5, 15);
  const picked = pickCompanies(rng, input.candidates, (o) => candidateWeight(o, theme), wanted, input.taken);
  const funds = !showcase && picked.length >= 8 ? 2 : 1;
  const links = picked.map((company, i): DemoPortfolioLink => {
    const fund = Math.floor((i * funds) / picked.length);
    const [from, to] = invitationWindow(funds, fund);
    const invitedAt = officeHours(rng, from + rng.int(0, (to - from) / DAY_MS) * DAY_MS);
    const status = showcase || i < 2 ? "active" : rng.weighted(LATER_STATUS);
    const answeredDay = (Math.floor(Date.parse(invitedAt) / DAY_MS) + rng.int(3, 30)) * DAY_MS;
    return {
      managerKey: manager.key,
      companyKey: company.key,
      fundName: fundName(theme, fund),
      ...dealTerms(rng, company, theme.stage),
      status,
      invitedAt,
      respondedAt: status === "invited" ? null : officeHours(rng, answeredDay),
    };
  });
  return links.sort((a, b) => (a.invitedAt < b.invitedAt ? -1 : a.invitedAt > b.invitedAt ? 1 : 0));
}
