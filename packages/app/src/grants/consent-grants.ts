import { type DataScope, isGrantActive, type OrgKind } from "@greenfin/domain";
import { requirePermission } from "../access/tenancy";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";

interface GrantRow {
  id: string;
  scope: DataScope;
  purpose: string;
  valid_from: Date;
  expires_at: Date;
  revoked_at: Date | null;
  created_at: Date;
  grantor_id: string;
  grantor_kind: OrgKind;
  grantor_zh: string;
  grantor_en: string;
  grantee_id: string;
  grantee_kind: OrgKind;
  grantee_zh: string;
  grantee_en: string;
}

const GRANT_SELECT = `SELECT g.id, g.scope, g.purpose, g.valid_from, g.expires_at, g.revoked_at, g.created_at,
    a.id AS grantor_id, a.kind AS grantor_kind, a.name_zh AS grantor_zh, a.name_en AS grantor_en,
    b.id AS grantee_id, b.kind AS grantee_kind, b.name_zh AS grantee_zh, b.name_en AS grantee_en
  FROM consent_grants g JOIN organisations a ON a.id = g.grantor_org_id JOIN organisations b ON b.id = g.grantee_org_id`;

function view(g: GrantRow, now: Date) {
  const iso = {
    id: g.id,
    grantorOrgId: g.grantor_id,
    granteeOrgId: g.grantee_id,
    scope: g.scope,
    validFrom: g.valid_from.toISOString(),
    expiresAt: g.expires_at.toISOString(),
    revokedAt: g.revoked_at?.toISOString() ?? null,
  };
  return {
    id: g.id,
    grantor: { id: g.grantor_id, kind: g.grantor_kind, nameZh: g.grantor_zh, nameEn: g.grantor_en },
    grantee: { id: g.grantee_id, kind: g.grantee_kind, nameZh: g.grantee_zh, nameEn: g.grantee_en },
    scope: g.scope,
    purpose: g.purpose,
    validFrom: iso.validFrom,
    expiresAt: iso.expiresAt,
    revokedAt: iso.revokedAt,
    active: isGrantActive(iso, now.toISOString()),
    createdAt: g.created_at.toISOString(),
  };
}

const MAX_GRANT_MS = 3 * 366 * 86_400_000;

/** An organisation opens one scope of its data to another until a date (e.g. an enterprise to its bank). */
export async function createGrant(
  p: Platform,
  actor: Actor,
  input: { granteeOrgId: string; scope: DataScope; purpose: string; expiresAt: string },
) {
  requirePermission(actor, "manage_grants");
  const now = p.clock.now();
  const expiresAt = new Date(input.expiresAt);
  if (!(expiresAt > now) || expiresAt.getTime() - now.getTime() > MAX_GRANT_MS) {
    throw AppError.validation([
      {
        path: "expiresAt",
        messageZh: "到期日须在未来三年之内",
        messageEn: "Expiry must lie within the next three years",
      },
    ]);
  }
  if (input.granteeOrgId === actor.orgId) {
    throw AppError.validation([
      { path: "granteeOrgId", messageZh: "不能授权给本机构", messageEn: "An organisation cannot grant itself" },
    ]);
  }
  return p.db.transaction(async (tx) => {
    const grantee = await tx.query("SELECT 1 FROM organisations WHERE id = $1", [input.granteeOrgId]);
    if (!grantee.rows.length) throw AppError.notFound("organisation");
    const active = await tx.query(
      `SELECT 1 FROM consent_grants WHERE grantor_org_id = $1 AND grantee_org_id = $2 AND scope = $3
          AND revoked_at IS NULL AND expires_at > $4`,
      [actor.orgId, input.granteeOrgId, input.scope, now],
    );
    if (active.rows.length) {
      throw new AppError("CONFLICT", {
        zh: "已有对该机构此范围的有效授权；如需更改期限，请先撤销",
        en: "An active grant of this scope to this organisation exists; revoke it to change its term",
      });
    }
    const r = await tx.query<{ id: string }>(
      `INSERT INTO consent_grants (grantor_org_id, grantee_org_id, scope, purpose, valid_from, expires_at, created_by, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$5) RETURNING id`,
      [actor.orgId, input.granteeOrgId, input.scope, input.purpose, now, expiresAt, actor.userId],
    );
    const id = r.rows[0]!.id;
    await appendAudit(tx, actor, now, {
      action: "grant.create",
      entityType: "consent_grant",
      entityId: id,
      orgId: actor.orgId,
      details: { grantee: input.granteeOrgId, scope: input.scope, expiresAt: expiresAt.toISOString() },
    });
    return view((await tx.query<GrantRow>(`${GRANT_SELECT} WHERE g.id = $1`, [id])).rows[0]!, now);
  });
}

export async function listGrants(p: Platform, actor: Actor, direction: "given" | "received") {
  const column = direction === "given" ? "g.grantor_org_id" : "g.grantee_org_id";
  const r = await p.db.query<GrantRow>(`${GRANT_SELECT} WHERE ${column} = $1 ORDER BY g.created_at DESC`, [
    actor.orgId,
  ]);
  const now = p.clock.now();
  return r.rows.map((g) => view(g, now));
}

/** Only the grantor revokes; the grantee's reads stop at once. */
export async function revokeGrant(p: Platform, actor: Actor, grantId: string) {
  requirePermission(actor, "manage_grants");
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const r = await tx.query<{ revoked_at: Date | null }>(
      "SELECT revoked_at FROM consent_grants WHERE id = $1 AND grantor_org_id = $2 FOR UPDATE",
      [grantId, actor.orgId],
    );
    if (!r.rows[0]) throw AppError.notFound("consent_grant");
    if (r.rows[0].revoked_at === null) {
      // Revoking twice changes nothing and records nothing.
      await tx.query("UPDATE consent_grants SET revoked_at = $2 WHERE id = $1", [grantId, now]);
      await appendAudit(tx, actor, now, {
        action: "grant.revoke",
        entityType: "consent_grant",
        entityId: grantId,
        orgId: actor.orgId,
      });
    }
    return view((await tx.query<GrantRow>(`${GRANT_SELECT} WHERE g.id = $1`, [grantId])).rows[0]!, now);
  });
}

/** Every read made under a grant, for the grantor to see who looked at what. */
export async function grantAccessLog(p: Platform, actor: Actor, grantId: string) {
  const owned = await p.db.query("SELECT 1 FROM consent_grants WHERE id = $1 AND grantor_org_id = $2", [
    grantId,
    actor.orgId,
  ]);
  if (!owned.rows.length) throw AppError.notFound("consent_grant");
  const r = await p.db.query<{
    at: Date;
    reader_user_id: string | null;
    reader_name: string | null;
    scope: DataScope;
    resource: string;
    id: string;
    kind: OrgKind;
    name_zh: string;
    name_en: string;
  }>(
    `SELECT l.at, l.reader_user_id, u.display_name AS reader_name, l.scope, l.resource,
            o.id, o.kind, o.name_zh, o.name_en
       FROM grant_access_log l JOIN organisations o ON o.id = l.reader_org_id
       LEFT JOIN users u ON u.id = l.reader_user_id
      WHERE l.grant_id = $1 ORDER BY l.at DESC LIMIT 1000`,
    [grantId],
  );
  return r.rows.map((x) => ({
    at: x.at.toISOString(),
    readerOrg: { id: x.id, kind: x.kind, nameZh: x.name_zh, nameEn: x.name_en },
    readerUserId: x.reader_user_id,
    readerUserName: x.reader_name,
    scope: x.scope,
    resource: x.resource,
  }));
}
