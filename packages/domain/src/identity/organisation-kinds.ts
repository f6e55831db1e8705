/** The kinds of organisation that take part in the demonstration zone. */
export const ORG_KINDS = [
  "district",
  "bank",
  "insurer",
  "wealth_manager",
  "fund_manager",
  "enterprise",
  "rating_agency",
  "verifier",
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

/** Financial institutions: the kinds that lend, insure, manage wealth or invest. */
export const FINANCIAL_INSTITUTION_KINDS: readonly OrgKind[] = ["bank", "insurer", "wealth_manager", "fund_manager"];

/** Roles a user holds within one organisation, from most to least privileged. */
export const ROLES = ["admin", "analyst", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Data scopes an organisation can open to another through a consent grant.
 * Each later module owns one scope; the foundation owns `profile`.
 */
export const DATA_SCOPES = [
  "profile",
  "disclosures",
  "carbon",
  "rating",
  "projects",
  "financing",
  "statistics",
] as const;
export type DataScope = (typeof DATA_SCOPES)[number];

/** Enterprise size classes after the MIIT/NBS 2017 classification (大型/中型/小型/微型). */
export const ENTERPRISE_SIZES = ["large", "medium", "small", "micro"] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];

export function isFinancialInstitution(kind: OrgKind): boolean {
  return FINANCIAL_INSTITUTION_KINDS.includes(kind);
}
