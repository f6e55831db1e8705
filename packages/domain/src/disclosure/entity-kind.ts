import type { OrgKind } from "../identity/organisation-kinds";

/** The disclosure templates of the catalogue: who fills what. */
export type DisclosureEntityKind = "enterprise" | "financial_institution" | "fund_manager" | "portfolio_company";

/**
 * The template an organisation of this kind fills on its own behalf, or null when it files none. A portfolio
 * company is an enterprise invited by a fund manager, so that template is chosen by the invitation, not the kind.
 */
export function disclosureEntityKind(orgKind: OrgKind): DisclosureEntityKind | null {
  switch (orgKind) {
    case "enterprise":
      return "enterprise";
    case "bank":
    case "insurer":
    case "wealth_manager":
      return "financial_institution";
    case "fund_manager":
      return "fund_manager";
    default:
      return null;
  }
}
