import type { EntityKind } from "../../../api/disclosure";
import type { OrgKind } from "../../../lib/labels";

/** The disclosure template an organisation of this kind files, or null when it files none. */
export function entityKindOf(kind: OrgKind): EntityKind | null {
  switch (kind) {
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

export const filesDisclosures = (kind: OrgKind) => entityKindOf(kind) !== null;

/** The district reviews enterprises and institutions; a fund manager reviews its portfolio companies. */
export const reviewsDisclosures = (kind: OrgKind) => kind === "district" || kind === "fund_manager";
