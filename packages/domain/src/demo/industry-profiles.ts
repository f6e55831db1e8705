import profiles from "./industry-profiles.json" with { type: "json" };
import type { SiteType } from "./qingdao-geography";

type Word = readonly [zh: string, en: string];

/** One line of business: an optional GB/T 4754-2017 class (four digits) and the words its firms are named with. */
export interface BusinessLine {
  readonly class?: string;
  readonly words: readonly Word[];
}

/** The kind of enterprise the demo district holds, per GB/T 4754-2017 division. */
export interface IndustryProfile {
  /** Two-digit division code, e.g. "38". */
  readonly division: string;
  /** Relative share of the district's enterprises. */
  readonly weight: number;
  readonly site: SiteType;
  /** Median annual revenue per employee in 万元 (10 000 yuan); each firm varies log-normally around it. */
  readonly revenuePerEmployeeWan: number;
  readonly lines: readonly BusinessLine[];
}

/**
 * A Qingdao-like mix: manufacturing heavy (household appliances, tyres, chemicals, shipbuilding and rail,
 * food and beer, textiles), a port economy (shipping, forwarding, warehousing), construction, trade,
 * software, marine fishery, power, and a few high-emission plants. Weights are plausible, not statistics.
 * The table is data (industry-profiles.json), one profile a line.
 */
// JSON widens tuples to arrays; the demo-district tests check every profile yields valid firms.
export const INDUSTRY_PROFILES = profiles as unknown as readonly IndustryProfile[];

/** The demo enterprise (ent-0001) with demo logins: a medium-sized chemicals maker, with emissions to account for. */
export const DEMO_ENTERPRISE_PROFILE = INDUSTRY_PROFILES.find((p) => p.division === "26") as IndustryProfile;
