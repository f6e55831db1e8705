import type { DemoOrganisation } from "./demo-types";
import { DEMO_LOGIN_ORGS } from "./generate-users";
import { companyBasis } from "./portfolio-company-facts";
import { PortfolioTemplates, planPortfolioDisclosure } from "./portfolio-disclosures";
import { planLinks } from "./portfolio-links";
import { portfolioTheme } from "./portfolio-themes";
import type {
  DemoPortfolioDisclosure,
  DemoPortfolioLink,
  DemoPortfolios,
  GenerateDemoPortfoliosInput,
} from "./portfolio-types";

export type {
  DemoPortfolioDisclosure,
  DemoPortfolioLink,
  DemoPortfolioLinkStatus,
  DemoPortfolios,
  GenerateDemoPortfoliosInput,
} from "./portfolio-types";

/**
 * Companies a fund may invite: enterprises founded at least two years before the first reporting year (they were
 * there to be invested in, in 2023–2024), except the demo logins' enterprise, which stays free for users to invite.
 */
function candidatesOf(organisations: readonly DemoOrganisation[], firstYear: number): DemoOrganisation[] {
  return organisations.filter(
    (o) => o.kind === "enterprise" && o.key !== DEMO_LOGIN_ORGS.enterprise && o.foundedYear <= firstYear - 2,
  );
}

/**
 * The demo fund managers' portfolios: for each, 5–15 enterprises of its mandate's sectors and sizes (no company in two
 * portfolios), the funds, stakes and amounts, and when each was invited and answered; then, for every active link, the
 * company's portfolio-company disclosure to the manager for the last two reporting years, with the figures of its own
 * history. The demo logins' manager holds three companies that reported for the second-last year only, so the latest
 * year is left for users to try. Pure and deterministic: the same input gives a deep-equal result.
 */
export function generateDemoPortfolios(input: GenerateDemoPortfoliosInput): DemoPortfolios {
  const { seed, catalogue } = input;
  if (seed !== (seed | 0)) throw new RangeError(`The demo seed must be a 32-bit signed integer, not ${seed}`);
  const years = [...new Set(input.years)].sort((a, b) => a - b);
  const reported = years.slice(-2);
  const candidates = candidatesOf(input.organisations, reported[0] ?? 0);
  const indicatorIds = catalogue.indicators.map((i) => i.id);
  const templates = new PortfolioTemplates(catalogue);
  const byKey = new Map(input.organisations.map((o) => [o.key, o]));

  const taken = new Set<string>();
  const links: DemoPortfolioLink[] = [];
  for (const manager of input.organisations) {
    if (manager.kind !== "fund_manager") continue;
    const showcase = manager.key === DEMO_LOGIN_ORGS.fund_manager;
    const theme = portfolioTheme(manager.key);
    const planned = planLinks({ seed, manager, theme, candidates, taken, showcase });
    for (const l of planned) taken.add(l.companyKey);
    links.push(...planned);
  }

  const disclosures: DemoPortfolioDisclosure[] = [];
  for (const link of links) {
    const company = byKey.get(link.companyKey);
    if (link.status !== "active" || !company) continue;
    const showcase = link.managerKey === DEMO_LOGIN_ORGS.fund_manager;
    const basis = companyBasis(seed, company, years, indicatorIds);
    for (const d of basis.drivers) {
      if (!reported.includes(d.year) || (showcase && d.year === years.at(-1))) continue;
      const latest = d.year === years.at(-1);
      disclosures.push(planPortfolioDisclosure({ seed, link, basis, d, templates, latest, accepted: showcase }));
    }
  }
  // Stable: within a year, disclosures keep the order of their links.
  disclosures.sort((a, b) => a.year - b.year);
  return { seed, links, disclosures };
}
