import type { DataScope, OrgKind } from "../identity/organisation-kinds";

/** A consent grant as the access rule sees it. */
export interface GrantView {
  id: string;
  grantorOrgId: string;
  granteeOrgId: string;
  scope: DataScope;
  validFrom: string; // ISO instant
  expiresAt: string; // ISO instant
  revokedAt: string | null;
}

export interface ReadRequest {
  actorOrgId: string;
  actorOrgKind: OrgKind;
  ownerOrgId: string;
  scope: DataScope;
  /** True once the owner has submitted the record to the district (drafts stay private). */
  submittedToDistrict: boolean;
  grants: readonly GrantView[];
  now: string; // ISO instant
}

export type ReadDecision =
  | { allowed: true; basis: "own" }
  | { allowed: true; basis: "district" }
  | { allowed: true; basis: "grant"; grantId: string }
  | { allowed: false };

export function isGrantActive(grant: GrantView, now: string): boolean {
  const t = Date.parse(now);
  return grant.revokedAt === null && Date.parse(grant.validFrom) <= t && t < Date.parse(grant.expiresAt);
}

/**
 * Who may read an organisation's data: the owner; the district, for what was submitted to it;
 * anyone else only under an active grant for exactly that scope.
 */
export function decideRead(req: ReadRequest): ReadDecision {
  if (req.actorOrgId === req.ownerOrgId) return { allowed: true, basis: "own" };
  if (req.actorOrgKind === "district" && req.submittedToDistrict) return { allowed: true, basis: "district" };
  const grant = req.grants.find(
    (g) =>
      g.grantorOrgId === req.ownerOrgId &&
      g.granteeOrgId === req.actorOrgId &&
      g.scope === req.scope &&
      isGrantActive(g, req.now),
  );
  return grant ? { allowed: true, basis: "grant", grantId: grant.id } : { allowed: false };
}
