/**
 * Tenant isolation, in one place. Every use-case that touches organisation-owned data asks here:
 * whether the actor may act inside an organisation, and whether it may read another's data (its
 * own, the district's view of submissions, or a consent grant — each grant read is logged).
 * A refusal to read a foreign organisation's data is NOT_FOUND, never FORBIDDEN, so that ids
 * cannot be probed for existence.
 */

import type { Queryable } from "@greenfin/db";
import { type DataScope, decideRead, type GrantView, type Permission, roleAllows } from "@greenfin/domain";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";

/** The actor's role in its own organisation allows `permission`. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!roleAllows(actor.role, permission)) throw AppError.forbidden();
}

/** Only the district (the zone's regulator) may do this. */
export function requireDistrict(actor: Actor, permission: Permission = "read"): void {
  if (actor.orgKind !== "district") throw AppError.forbidden();
  requirePermission(actor, permission);
}

/**
 * The actor administers `orgId`: an admin of that organisation, or a district admin (who registers
 * organisations). Anyone else gets NOT_FOUND for a foreign organisation.
 */
export function requireOrgAdmin(actor: Actor, orgId: string): void {
  if (actor.orgId !== orgId && actor.orgKind !== "district") throw AppError.notFound("organisation");
  if (actor.via === "token")
    throw AppError.forbidden("API 令牌不能管理组织", "API tokens cannot administer organisations");
  requirePermission(actor, "manage_members");
}

/** A SQL condition limiting rows to the actor's own organisation (everything, for the district). */
export function ownOrDistrictFilter(actor: Actor, column: string, params: unknown[]): string {
  if (actor.orgKind === "district") return "TRUE";
  params.push(actor.orgId);
  return `${column} = $${params.length}`;
}

interface GrantRow {
  id: string;
  grantor_org_id: string;
  grantee_org_id: string;
  scope: DataScope;
  valid_from: Date;
  expires_at: Date;
  revoked_at: Date | null;
}

const toGrantView = (g: GrantRow): GrantView => ({
  id: g.id,
  grantorOrgId: g.grantor_org_id,
  granteeOrgId: g.grantee_org_id,
  scope: g.scope,
  validFrom: g.valid_from.toISOString(),
  expiresAt: g.expires_at.toISOString(),
  revokedAt: g.revoked_at?.toISOString() ?? null,
});

export interface ReadTarget {
  ownerOrgId: string;
  scope: DataScope;
  /** What is read, for the grant access log, e.g. "organisation:<id>". */
  resource: string;
  submittedToDistrict: boolean;
}

/** Decides a read of another organisation's data and logs it when a grant opened it. */
export async function authorizeRead(
  p: Platform,
  actor: Actor,
  target: ReadTarget,
  db: Queryable = p.db,
): Promise<void> {
  const grants =
    actor.orgId === target.ownerOrgId
      ? []
      : (
          await db.query<GrantRow>(
            `SELECT id, grantor_org_id, grantee_org_id, scope, valid_from, expires_at, revoked_at FROM consent_grants
              WHERE grantor_org_id = $1 AND grantee_org_id = $2 AND scope = $3 AND revoked_at IS NULL`,
            [target.ownerOrgId, actor.orgId, target.scope],
          )
        ).rows.map(toGrantView);
  const now = p.clock.now();
  const decision = decideRead({
    actorOrgId: actor.orgId,
    actorOrgKind: actor.orgKind,
    ownerOrgId: target.ownerOrgId,
    scope: target.scope,
    submittedToDistrict: target.submittedToDistrict,
    grants,
    now: now.toISOString(),
  });
  // The same answer as for an id that does not exist: the resource kind, nothing more.
  if (!decision.allowed) throw AppError.notFound(target.resource.split(":")[0]);
  if (decision.basis === "grant") {
    await db.query(
      `INSERT INTO grant_access_log (grant_id, reader_org_id, reader_user_id, scope, resource, at) VALUES ($1,$2,$3,$4,$5,$6)`,
      [decision.grantId, actor.orgId, actor.userId, target.scope, target.resource, now],
    );
  }
}

/**
 * Organisations that opened their `scope` data to the actor with an active grant. A use-case that
 * lists such data must log what it returned with `logGrantedReads`.
 */
export async function grantorsFor(p: Platform, actor: Actor, scope: DataScope): Promise<string[]> {
  const r = await p.db.query<{ grantor_org_id: string }>(
    `SELECT DISTINCT grantor_org_id FROM consent_grants
      WHERE grantee_org_id = $1 AND scope = $2 AND revoked_at IS NULL AND valid_from <= $3 AND expires_at > $3`,
    [actor.orgId, scope, p.clock.now()],
  );
  return r.rows.map((x) => x.grantor_org_id);
}

/**
 * Records, in each grantor's access log, that a list returned its data under its grant: one entry
 * per organisation read, resource `<prefix><organisation id>`.
 */
export async function logGrantedReads(
  p: Platform,
  actor: Actor,
  scope: DataScope,
  ownerOrgIds: readonly string[],
  resourcePrefix: string,
): Promise<void> {
  const owners = ownerOrgIds.filter((id) => id !== actor.orgId);
  if (owners.length === 0 || actor.orgKind === "district") return;
  await p.db.query(
    `INSERT INTO grant_access_log (grant_id, reader_org_id, reader_user_id, scope, resource, at)
     SELECT DISTINCT ON (g.grantor_org_id) g.id, $1, $2, $3, $4 || g.grantor_org_id, $5
       FROM consent_grants g
      WHERE g.grantee_org_id = $1 AND g.scope = $3 AND g.grantor_org_id = ANY($6::uuid[])
        AND g.revoked_at IS NULL AND g.valid_from <= $5 AND g.expires_at > $5
      ORDER BY g.grantor_org_id, g.created_at DESC`,
    [actor.orgId, actor.userId, scope, resourcePrefix, p.clock.now(), owners],
  );
}
