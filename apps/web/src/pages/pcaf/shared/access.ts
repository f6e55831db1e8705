import type { OrgKind } from "../../../lib/labels";

/** Institutions that finance (and so have financed emissions to report). */
const LENDERS: readonly OrgKind[] = ["bank", "insurer", "wealth_manager", "fund_manager"];

export const isLender = (kind: OrgKind) => LENDERS.includes(kind);

/** Who sees the financed-emissions screens: the lenders for their own books, the district for all of them. */
export const pcafAudience = (kind: OrgKind) => kind === "district" || isLender(kind);

/** Uploading books and starting runs: analysts and admins (reviewers and viewers read). */
export const canWritePcaf = (role: string) => role === "admin" || role === "analyst";
