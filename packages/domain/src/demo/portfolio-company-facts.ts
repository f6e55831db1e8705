import { streamFor } from "./demo-random";
import type { DemoOrganisation } from "./demo-types";
import { FactSheet, revenueOf } from "./disclosure-facts";
import { enterpriseEnvironment } from "./disclosure-facts-environment";
import { governanceAndStrategy } from "./disclosure-facts-governance";
import { workforceAndSociety } from "./disclosure-facts-social";
import { drawHabits } from "./disclosure-frameworks";
import { filingYears } from "./disclosure-participation";
import { drawProfile, driveYears, type OrgProfile, type Tier, type YearDrivers } from "./disclosure-profile";
import type { TextContext } from "./disclosure-texts";

/** What stays the same about a company, and what drives each year, exactly as its own disclosure history has them. */
export interface CompanyBasis {
  readonly profile: OrgProfile;
  readonly drivers: readonly YearDrivers[];
}

/**
 * The company's profile and yearly drivers, drawn from its own stream in the order generateDisclosureHistory draws
 * them (filing years, profile, framework habits, drivers), so its figures to the fund are the ones it gives the
 * district. A company that never files to the district still gets the profile it would have had.
 */
export function companyBasis(
  seed: number,
  org: DemoOrganisation,
  years: readonly number[],
  indicatorIds: readonly string[],
): CompanyBasis {
  const rng = streamFor(seed, org.key);
  filingYears(rng, org, years);
  const profile = drawProfile(rng, org, "enterprise", indicatorIds);
  drawHabits(rng, org.key, profile.tier);
  return { profile, drivers: driveYears(rng, profile, years) };
}

/** Chance that a company of each size has a written ESG policy by the last year; its investors push a little more. */
const POLICY: Record<Tier, number> = { large: 0.85, medium: 0.65, small: 0.45, micro: 0.25 };

/**
 * Every figure the company could give for the year: the same sheet its own disclosure is built from (a fresh copy of
 * that year's fact stream, as the history uses), plus the portfolio-company profile the fund asks for. The ESG policy
 * rests on one draw per company against a chance growing over the years, so once adopted it stays.
 */
export function portfolioCompanyFacts(
  seed: number,
  basis: CompanyBasis,
  d: YearDrivers,
  frameworks: readonly string[],
  text: TextContext,
): FactSheet {
  const { profile } = basis;
  const sheet = new FactSheet();
  const rng = streamFor(seed, `${profile.org.key}|${d.year}|facts`);
  const c = { profile, drivers: d, rng, frameworks, mistake: null, text };
  const revenue = revenueOf(c);
  governanceAndStrategy(sheet, c, revenue, d.employees);
  enterpriseEnvironment(sheet, c, revenue, d.employees);
  workforceAndSociety(sheet, c, revenue, d.employees);

  const policyDraw = streamFor(seed, `${profile.org.key}|esg-policy`).unit();
  sheet.set("P-PC-001", policyDraw < POLICY[profile.tier] * (0.7 + 0.3 * d.progress));
  // Invest Europe's reporting tier follows headcount.
  sheet.set("P-PC-004", d.employees < 50 ? "minimum" : d.employees < 250 ? "intermediate" : "full");
  return sheet;
}
