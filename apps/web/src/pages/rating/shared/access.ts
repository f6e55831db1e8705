import { useSession } from "../../../app/auth";

/**
 * What the signed-in role may do in the rating module (the server decides; this only shapes the screens):
 * a rating agency's analysts run ratings and propose overrides, its reviewers decide overrides and publish (admins
 * both); the district sees every run and records controversies with the agencies; enterprises and fund managers
 * are rated; anyone else reads ratings that were granted to it.
 */
export function useRatingAccess() {
  const s = useSession();
  const kind = s.activeOrg.kind;
  const writes = s.role === "admin" || s.role === "analyst";
  const reviews = s.role === "admin" || s.role === "reviewer";
  const agency = kind === "rating_agency";
  const district = kind === "district";
  return {
    kind,
    orgId: s.activeOrg.id,
    userId: s.user.id,
    userName: s.user.displayName,
    agency,
    district,
    /** Sees runs and their results whole. */
    overseer: agency || district,
    canRun: agency && writes,
    canPropose: agency && writes,
    canReview: agency && reviews,
    canPublish: agency && reviews,
    canRecord: (agency || district) && writes,
    rated: kind === "enterprise" || kind === "fund_manager",
  };
}
