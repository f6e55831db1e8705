import type { OrgKind } from "../../../lib/labels";

const FINANCIAL: readonly OrgKind[] = ["bank", "insurer", "wealth_manager", "fund_manager"];

export const isFinancial = (kind: OrgKind) => FINANCIAL.includes(kind);
const writes = (role: string) => role === "admin" || role === "analyst";
const reviews = (role: string) => role === "admin" || role === "reviewer";

/** Enterprises submit their own projects; institutions may submit for an enterprise they serve. */
export const canSubmitProject = (kind: OrgKind, role: string) =>
  (kind === "enterprise" || isFinancial(kind)) && writes(role);

/** The district's green-finance office and verification bodies certify. */
export const isReviewer = (kind: OrgKind, role: string) =>
  (kind === "district" || kind === "verifier") && reviews(role);

/** Who has a labelled book or sees the statistics: the institutions and the district. */
export const seesFinancings = (kind: OrgKind) => kind === "district" || isFinancial(kind);

export const canLabel = (kind: OrgKind, role: string) => isFinancial(kind) && writes(role);
