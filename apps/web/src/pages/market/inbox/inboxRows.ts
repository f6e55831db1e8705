import type { TFinancingNeedDetail, TNeedClaim } from "@greenfin/contracts";

export interface ClaimRow {
  need: TFinancingNeedDetail;
  claim: TNeedClaim;
}

/** Needs broadcast to the institution, still open to claims, that it has not claimed. */
export const newOpportunities = (needs: readonly TFinancingNeedDetail[], orgId: string) =>
  needs
    .filter(
      (n) =>
        (n.status === "open" || n.status === "claimed") && n.claimCount < 3 && !n.claims.some((c) => c.orgId === orgId),
    )
    .sort((a, b) => b.postedAt.localeCompare(a.postedAt));

/** The institution's own claims with their needs, newest first. */
export const myClaims = (needs: readonly TFinancingNeedDetail[], orgId: string): ClaimRow[] =>
  needs
    .flatMap((need) => need.claims.filter((c) => c.orgId === orgId).map((claim) => ({ need, claim })))
    .sort((a, b) => b.claim.claimedAt.localeCompare(a.claim.claimedAt));

/** Still being worked: not funded, not declined, and the need not closed or given to another institution. */
export const inProgress = (r: ClaimRow) =>
  !r.claim.fundedAt &&
  r.claim.decision !== "declined" &&
  (r.need.status === "open" ||
    r.need.status === "claimed" ||
    (r.need.status === "offer_chosen" && r.claim.offerChosen));

/** Where a claim stands: the step it waits on, else its outcome. */
export type ClaimStage =
  | "respond"
  | "visit"
  | "decide"
  | "awaiting_choice"
  | "chosen"
  | "funded"
  | "declined"
  | "closed";

export function claimStage({ need, claim }: ClaimRow): ClaimStage {
  if (claim.fundedAt) return "funded";
  if (claim.offerChosen) return "chosen";
  if (claim.decision === "declined") return "declined";
  const live = need.status === "open" || need.status === "claimed";
  if (!live) return "closed";
  if (!claim.respondedAt) return "respond";
  if (!claim.visitedAt) return "visit";
  if (!claim.decidedAt) return "decide";
  return "awaiting_choice";
}
