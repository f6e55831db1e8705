import type { DemoOrganisation } from "./demo-types";
import type { DemoDisclosure, GenerateDisclosureHistoryInput } from "./disclosure-history-types";

export interface GenerateDemoPortfoliosInput {
  /** The district's seed: the same seed and organisations always give the same portfolios. */
  readonly seed: number;
  readonly organisations: readonly DemoOrganisation[];
  readonly catalogue: GenerateDisclosureHistoryInput["catalogue"];
  /**
   * The disclosure history's reporting years (DEMO_DISCLOSURE_YEARS): a company's figures are drawn as its own
   * history draws them, and portfolio companies report for the last two.
   */
  readonly years: readonly number[];
}

export type DemoPortfolioLinkStatus = "invited" | "active" | "declined";

/** A row of portfolio_links: a fund of the manager invited the company, which accepted, declined or not yet replied. */
export interface DemoPortfolioLink {
  readonly managerKey: string;
  readonly companyKey: string;
  readonly fundName: string;
  /** Percent with two decimals, e.g. "12.50". */
  readonly ownershipPct: string;
  /** Yuan with two decimals, e.g. "35000000.00". */
  readonly investedCny: string;
  readonly status: DemoPortfolioLinkStatus;
  /** ISO timestamps. */
  readonly invitedAt: string;
  readonly respondedAt: string | null;
}

/**
 * A portfolio company's disclosure to its fund manager, planned like the district's disclosures (the same timeline,
 * revisions and working draft), and reviewed by the manager rather than the district.
 */
export interface DemoPortfolioDisclosure extends Omit<DemoDisclosure, "entityKind"> {
  readonly entityKind: "portfolio_company";
  readonly managerKey: string;
}

export interface DemoPortfolios {
  readonly seed: number;
  /** By manager in the order given, then by invitation date. */
  readonly links: readonly DemoPortfolioLink[];
  /** Ordered by year, then as the links. */
  readonly disclosures: readonly DemoPortfolioDisclosure[];
}
