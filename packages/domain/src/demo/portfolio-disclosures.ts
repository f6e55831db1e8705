import { streamFor } from "./demo-random";
import { type AskedItem, askedItems } from "./disclosure-asked-items";
import { type Decision, decide, materialise } from "./disclosure-entries";
import type {
  DemoDisclosureScenario,
  DemoEntityKind,
  DemoRevision,
  GenerateDisclosureHistoryInput,
} from "./disclosure-history-types";
import { inCarbonMarket, type YearDrivers } from "./disclosure-profile";
import type { TextContext } from "./disclosure-texts";
import { planTimeline } from "./disclosure-timeline";
import { type CompanyBasis, portfolioCompanyFacts } from "./portfolio-company-facts";
import type { DemoPortfolioDisclosure, DemoPortfolioLink } from "./portfolio-types";

/**
 * EDCI is the portfolio-company framework; the funds also ask for the SFDR adverse-impact figures their investors
 * report on, which brings total energy use (E-ENE-001) beside EDCI's renewable energy, for the renewable share.
 */
export const PORTFOLIO_FRAMEWORKS: readonly string[] = ["EDCI", "SFDR"];

/**
 * The fund's reporting pack: figures every company gives when it has them, whatever else it leaves out, because the
 * fund's own reporting and rating rest on them (emissions, energy, ESG policy, board diversity).
 */
const FUND_ASKS = new Set([
  "E-GHG-001",
  "E-GHG-002",
  "E-GHG-004",
  "E-ENE-001",
  "E-ENE-006",
  "E-ENE-007",
  "G-GOV-013",
  "P-PC-001",
]);

/** Most reports are accepted; a few still wait for the manager; the latest year is less far along. */
const OUTCOMES: Readonly<Record<"earlier" | "latest", readonly (readonly [DemoDisclosureScenario, number])[]>> = {
  earlier: [
    ["accepted", 90],
    ["in_review", 5],
    ["submitted", 5],
  ],
  latest: [
    ["accepted", 65],
    ["in_review", 15],
    ["submitted", 20],
  ],
};
const ACCEPT_NOTES = [null, "数据完整，予以通过", "已与被投企业财务数据核对，予以通过", "审核通过"];

/** Templates by year, built once: every portfolio company answers the same one. */
export class PortfolioTemplates {
  readonly #cache = new Map<number, AskedItem[]>();
  constructor(private readonly catalogue: GenerateDisclosureHistoryInput["catalogue"]) {}

  items(year: number): AskedItem[] {
    const known = this.#cache.get(year);
    if (known) return known;
    // askedItems reads the kind only to match an indicator's `appliesTo`, which names portfolio companies as well.
    const items = askedItems(
      this.catalogue,
      "portfolio_company" as DemoEntityKind,
      PORTFOLIO_FRAMEWORKS,
      `${year}-12-31`,
    );
    this.#cache.set(year, items);
    return items;
  }
}

/** What the company answers: as it would to the district, a little more willingly (its investor asks), and the pack. */
function portfolioDecisions(
  items: readonly AskedItem[],
  facts: ReturnType<typeof portfolioCompanyFacts>,
  basis: CompanyBasis,
  d: YearDrivers,
  text: TextContext,
): Decision[] {
  const willing = { ...basis.profile, maturity: Math.min(0.97, basis.profile.maturity + 0.3) };
  const decided = new Map(decide(items, facts, willing, d.progress, text).map((x) => [x.indicatorId, x]));
  return items.flatMap(({ indicator: { id } }): Decision[] => {
    if (FUND_ASKS.has(id) && facts.get(id)) return [{ indicatorId: id, fill: true }];
    const x = decided.get(id);
    return x ? [x] : [];
  });
}

export interface PortfolioDisclosureInput {
  readonly seed: number;
  readonly link: DemoPortfolioLink;
  readonly basis: CompanyBasis;
  readonly d: YearDrivers;
  readonly templates: PortfolioTemplates;
  /** The last year of the history: its reports are less far through review. */
  readonly latest: boolean;
  /** Force acceptance (the demo logins' manager shows a reviewed year). */
  readonly accepted: boolean;
}

/** One portfolio company's report to its fund manager for a year, planned like the district's disclosures. */
export function planPortfolioDisclosure(input: PortfolioDisclosureInput): DemoPortfolioDisclosure {
  const { link, basis, d } = input;
  const year = d.year;
  const rng = streamFor(input.seed, `${link.managerKey}|${link.companyKey}|${year}`);
  const text: TextContext = {
    year,
    entityKind: "enterprise",
    orgKind: "enterprise",
    sectorKind: basis.profile.sector.kind,
    ets: inCarbonMarket(basis.profile, year),
    variant: rng.int(0, 1 << 20),
  };
  const items = input.templates.items(year);
  const facts = portfolioCompanyFacts(input.seed, basis, d, PORTFOLIO_FRAMEWORKS, text);
  const entries = materialise(portfolioDecisions(items, facts, basis, d, text), items, facts, text);
  const scenario = input.accepted ? "accepted" : rng.weighted(OUTCOMES[input.latest ? "latest" : "earlier"]);
  const timeline = planTimeline(rng, year, scenario, 0);
  const revisions: DemoRevision[] = timeline.revisions.map((r) => ({
    entries,
    submittedAt: r.submittedAt,
    reviewStartedAt: r.reviewStartedAt,
    decision: r.decision && { ...r.decision, note: rng.pick(ACCEPT_NOTES), comments: [] },
  }));
  return {
    orgKey: link.companyKey,
    managerKey: link.managerKey,
    year,
    entityKind: "portfolio_company",
    frameworks: PORTFOLIO_FRAMEWORKS,
    scenario,
    createdAt: timeline.createdAt,
    draftSavedAt: timeline.draftSavedAt,
    draft: entries,
    revisions,
    publishedAt: null,
  };
}
