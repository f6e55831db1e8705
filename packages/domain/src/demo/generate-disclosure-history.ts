import type { RawEntry } from "../disclosure/entry";
import type { SeededRandom } from "../random/seeded-random";
import { streamFor } from "./demo-random";
import type { DemoOrganisation } from "./demo-types";
import { type AskedItem, askedItems } from "./disclosure-asked-items";
import { decide, materialise, unfinished } from "./disclosure-entries";
import { FactSheet, type MistakeKind, revenueOf } from "./disclosure-facts";
import { enterpriseEnvironment } from "./disclosure-facts-environment";
import { financialInstitution, fundManager } from "./disclosure-facts-finance";
import { governanceAndStrategy } from "./disclosure-facts-governance";
import { workforceAndSociety } from "./disclosure-facts-social";
import { chooseFrameworks, drawHabits, type FrameworkHabits } from "./disclosure-frameworks";
import type {
  DemoDisclosure,
  DemoDisclosureHistory,
  DemoEntityKind,
  DemoRevision,
  GenerateDisclosureHistoryInput,
} from "./disclosure-history-types";
import { type ChosenMistake, pickMistake, reviewComments } from "./disclosure-mistakes";
import { drawScenario, entityKindOf, filingYears } from "./disclosure-participation";
import { drawProfile, driveYears, inCarbonMarket, type OrgProfile, type YearDrivers } from "./disclosure-profile";
import type { TextContext } from "./disclosure-texts";
import { planTimeline } from "./disclosure-timeline";

/** The reporting years of the demo district's history. */
export const DEMO_DISCLOSURE_YEARS: readonly number[] = [2023, 2024, 2025];

const ACCEPT_NOTES = [null, "数据完整，予以通过", "审核通过", "经核对与上年数据可比，予以通过"];
const RETURN_NOTE = "请根据审核意见修改后重新提交";

/** Templates by entity kind, frameworks and period, built once each. */
class Templates {
  readonly #cache = new Map<string, AskedItem[]>();
  constructor(private readonly catalogue: GenerateDisclosureHistoryInput["catalogue"]) {}

  items(kind: DemoEntityKind, frameworks: readonly string[], on: string): AskedItem[] {
    const key = `${kind}|${frameworks.join(",")}|${on}`;
    const known = this.#cache.get(key);
    if (known) return known;
    const items = askedItems(this.catalogue, kind, frameworks, on);
    this.#cache.set(key, items);
    return items;
  }
}

/** A revision with a slip in it: its entries, the slip, and the wrong figure as the reviewer saw it. */
interface Slip {
  readonly entries: RawEntry[];
  readonly mistake: ChosenMistake;
  readonly shown: string;
}

interface OrgContext {
  readonly seed: number;
  readonly org: DemoOrganisation;
  readonly entityKind: DemoEntityKind;
  readonly profile: OrgProfile;
  readonly habits: FrameworkHabits;
  readonly years: readonly number[];
  readonly templates: Templates;
}

/** Every figure the organisation could give this year; a mistake changes the figures it shows in, nothing else. */
function factSheet(
  o: OrgContext,
  d: YearDrivers,
  frameworks: readonly string[],
  text: TextContext,
  mistake: MistakeKind | null,
) {
  const sheet = new FactSheet();
  // A fresh copy of the year's stream each time, so a rebuild with a slip draws exactly the same figures.
  const rng: SeededRandom = streamFor(o.seed, `${o.org.key}|${d.year}|facts`);
  const c = { profile: o.profile, drivers: d, rng, frameworks, mistake, text };
  const revenue = revenueOf(c);
  governanceAndStrategy(sheet, c, revenue, d.employees);
  if (o.entityKind === "financial_institution") financialInstitution(sheet, c, revenue, d.employees);
  else enterpriseEnvironment(sheet, c, revenue, d.employees);
  if (o.entityKind === "fund_manager") fundManager(sheet, c, d.employees);
  workforceAndSociety(sheet, c, revenue, d.employees);
  return sheet;
}

function disclosureFor(o: OrgContext, d: YearDrivers): DemoDisclosure {
  const { org, entityKind, profile, templates } = o;
  const year = d.year;
  const on = `${year}-12-31`;
  const frameworks = chooseFrameworks(entityKind, o.habits, (f) => templates.items(entityKind, [f], on).length > 0);
  const items = templates.items(entityKind, frameworks, on);
  const rng = streamFor(o.seed, `${org.key}|${year}`);
  let { scenario, priorReturns } = drawScenario(rng, org, year, o.years);
  const text: TextContext = {
    year,
    entityKind,
    orgKind: org.kind,
    sectorKind: profile.sector.kind,
    ets: inCarbonMarket(profile, year),
    variant: rng.int(0, 1 << 20),
  };

  const correct = factSheet(o, d, frameworks, text, null);
  const decisions = decide(items, correct, profile, d.progress, text);
  const disclosed = new Set(decisions.filter((x) => x.fill).map((x) => x.indicatorId));
  const right = materialise(decisions, items, correct, text);
  let slip: Slip | null = null;
  if (scenario === "returned" || priorReturns > 0) {
    const mistake = pickMistake(rng, entityKind, disclosed, correct);
    if (mistake) {
      const sheet = factSheet(o, d, frameworks, text, mistake.kind);
      const shown = String(sheet.get(mistake.indicatorId)?.[0]?.value ?? "");
      slip = { entries: materialise(decisions, items, sheet, text), mistake, shown };
    } else {
      // Nothing in this template would show a slip: it goes through review without one.
      if (scenario === "returned") scenario = "in_review";
      priorReturns = 0;
    }
  }

  const timeline = planTimeline(rng, year, scenario, priorReturns);
  // A returned revision holds the slip its comments are about; the revision after it, the corrected figures.
  const revisions: DemoRevision[] = timeline.revisions.map((r) => {
    const returned = r.decision?.outcome === "returned" ? slip : null;
    return {
      entries: returned?.entries ?? right,
      submittedAt: r.submittedAt,
      reviewStartedAt: r.reviewStartedAt,
      decision: r.decision && {
        ...r.decision,
        note: returned ? RETURN_NOTE : rng.pick(ACCEPT_NOTES),
        comments: returned ? reviewComments(rng, returned.mistake, returned.shown, disclosed) : [],
      },
    };
  });
  return {
    orgKey: org.key,
    year,
    entityKind,
    frameworks,
    scenario,
    createdAt: timeline.createdAt,
    draftSavedAt: timeline.draftSavedAt,
    draft: scenario === "draft" ? unfinished(rng, right) : (revisions.at(-1)?.entries ?? right),
    revisions,
    publishedAt: timeline.publishedAt,
  };
}

/**
 * A plausible multi-year ESG disclosure history for the demo district's enterprises and financial institutions:
 * which years each files, under which frameworks, with what figures (sized by its revenue, staff and industry,
 * consistent with themselves and growing a little each year), how far each got through review, and for returned
 * revisions the slip the reviewer's comments are about. Pure and deterministic: the same input gives a deep-equal
 * history. Every generated disclosure passes the platform's validator (the seeding checks it, and so do the tests).
 */
export function generateDisclosureHistory(input: GenerateDisclosureHistoryInput): DemoDisclosureHistory {
  const { seed, catalogue } = input;
  if (seed !== (seed | 0)) throw new RangeError(`The demo seed must be a 32-bit signed integer, not ${seed}`);
  const years = [...new Set(input.years)].sort((a, b) => a - b);
  const templates = new Templates(catalogue);
  const indicatorIds = catalogue.indicators.map((i) => i.id);
  const disclosures: DemoDisclosure[] = [];
  for (const org of input.organisations) {
    const entityKind = entityKindOf(org);
    if (!entityKind) continue;
    const rng = streamFor(seed, org.key);
    const filed = filingYears(rng, org, years);
    if (filed.length === 0) continue;
    const profile = drawProfile(rng, org, entityKind, indicatorIds);
    const habits = drawHabits(rng, org.key, profile.tier);
    const drivers = driveYears(rng, profile, years);
    const o = { seed, org, entityKind, profile, habits, years, templates };
    for (const d of drivers) if (filed.includes(d.year)) disclosures.push(disclosureFor(o, d));
  }
  // Stable: within a year, organisations keep the order they were given in.
  disclosures.sort((a, b) => a.year - b.year);
  return { seed, disclosures };
}
