import type { OrgKind } from "../../../lib/labels";

const INSTITUTIONS: readonly OrgKind[] = ["bank", "insurer", "wealth_manager", "fund_manager"];

export const isInstitution = (kind: OrgKind) => INSTITUTIONS.includes(kind);
const writes = (role: string) => role === "admin" || role === "analyst";

/** Enterprises post needs and choose offers. */
export const postsNeeds = (kind: OrgKind, role: string) => kind === "enterprise" && writes(role);
/** Institutions publish products, claim needs, record their steps, register and release pledges. */
export const servesNeeds = (kind: OrgKind, role: string) => isInstitution(kind) && writes(role);

/** Enterprises record their own carbon holdings; the district records them for any enterprise. */
export const recordsHoldings = (kind: OrgKind, role: string) =>
  (kind === "enterprise" || kind === "district") && writes(role);

/** Where "the marketplace" starts for each kind of organisation. */
export function marketHome(kind: OrgKind): string {
  if (kind === "enterprise") return "/market/find";
  if (isInstitution(kind)) return "/market/inbox";
  if (kind === "district") return "/market/overview";
  return "/market/products";
}
