import type { SeededRandom } from "../random/seeded-random";
import { chance } from "./demo-random";
import type { DemoOrganisation } from "./demo-types";
import type { DemoDisclosureScenario, DemoEntityKind } from "./disclosure-history-types";
import { DEMO_LOGIN_ORGS } from "./generate-users";

/**
 * The organisations the demo logins belong to file their history but not the last year: users and browser tests
 * open that one themselves.
 */
const NO_LATEST_YEAR = new Set([DEMO_LOGIN_ORGS.enterprise, DEMO_LOGIN_ORGS.bank, DEMO_LOGIN_ORGS.fund_manager]);

/** Share of enterprises of each size that never file (about 15 % overall), and weights of their first year. */
const NEVER: Record<string, number> = { large: 0, medium: 0.03, small: 0.08, micro: 0.2 };
const FIRST_YEAR: Record<string, readonly number[]> = {
  large: [85, 15, 0],
  medium: [35, 40, 25],
  small: [5, 25, 70],
  micro: [1, 14, 85],
  institution: [80, 20, 0],
};

export function entityKindOf(org: DemoOrganisation): DemoEntityKind | null {
  if (org.kind === "enterprise") return "enterprise";
  if (org.kind === "bank" || org.kind === "insurer" || org.kind === "wealth_manager") return "financial_institution";
  if (org.kind === "fund_manager") return "fund_manager";
  return null;
}

/** The years an organisation files for: from its first year on, never before it was founded. */
export function filingYears(rng: SeededRandom, org: DemoOrganisation, years: readonly number[]): number[] {
  const last = years.at(-1);
  if (NO_LATEST_YEAR.has(org.key)) return years.filter((y) => y !== last && y >= org.foundedYear);
  const size = org.kind === "enterprise" ? (org.size ?? "micro") : "institution";
  if (chance(rng, NEVER[size] ?? 0)) return [];
  const weights = (FIRST_YEAR[size] ?? [1]).slice(0, years.length);
  const first = rng.weighted(weights.map((w, i) => [i, w] as const));
  return years.slice(first).filter((y) => y >= org.foundedYear);
}

/** Most earlier years ended accepted or published; the latest is still in every state. */
const EARLIER: readonly (readonly [DemoDisclosureScenario, number])[] = [
  ["published", 64],
  ["accepted", 24],
  ["returned", 5],
  ["submitted", 2],
  ["draft", 5],
];
const LATEST: readonly (readonly [DemoDisclosureScenario, number])[] = [
  ["published", 8],
  ["accepted", 12],
  ["in_review", 15],
  ["submitted", 22],
  ["returned", 16],
  ["draft", 27],
];

/**
 * Where a disclosure ends up, and how many times it was returned before that (then fixed and resubmitted).
 * `years` are all the demo's reporting years; the last is the one still in progress.
 */
export function drawScenario(
  rng: SeededRandom,
  org: DemoOrganisation,
  year: number,
  years: readonly number[],
): { scenario: DemoDisclosureScenario; priorReturns: number } {
  // The demo logins' history is published; the enterprise's latest one was returned once first, to compare revisions.
  if (NO_LATEST_YEAR.has(org.key))
    return {
      scenario: "published",
      priorReturns: org.key === DEMO_LOGIN_ORGS.enterprise && year === years.at(-2) ? 1 : 0,
    };
  const scenario = rng.weighted(year === years.at(-1) ? LATEST : EARLIER);
  const resubmitted = scenario !== "draft" && scenario !== "returned" && chance(rng, 0.22);
  return { scenario, priorReturns: resubmitted ? 1 : 0 };
}
