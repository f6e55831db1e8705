import type { OrgKind } from "@greenfin/domain";
import type { EntityKind } from "@greenfin/reference";

/** The disclosure template an organisation of this kind fills (a portfolio company is an enterprise invited by a fund). */
export function entityKindFor(orgKind: OrgKind): EntityKind | null {
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

/** Frameworks suggested when an organisation starts its first disclosure; it may choose others. */
export const SUGGESTED_FRAMEWORKS: Readonly<Record<EntityKind, readonly string[]>> = {
  enterprise: ["SSE2024", "MOF-BASIC"],
  financial_institution: ["JRT0227", "MOF-BASIC"],
  fund_manager: ["AMAC", "EDCI"],
  portfolio_company: ["EDCI"],
};
