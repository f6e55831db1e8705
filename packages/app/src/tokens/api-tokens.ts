import type { OrgKind } from "@greenfin/domain";
import { requirePermission } from "../access/tenancy";
import { appendAudit } from "../audit/audit-log";
import { randomToken, sha256Hex } from "../auth/secrets";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";

export type TokenScope = "read" | "write";

interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  last_used_at: Date | null;
}

const view = (t: TokenRow) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  scopes: t.scopes,
  createdAt: t.created_at.toISOString(),
  expiresAt: t.expires_at.toISOString(),
  revokedAt: t.revoked_at?.toISOString() ?? null,
  lastUsedAt: t.last_used_at?.toISOString() ?? null,
});

/** Tokens look like `gft_<8-char id>_<secret>`; the prefix lets a user recognise one without the secret. */
export async function createApiToken(
  p: Platform,
  actor: Actor,
  input: { name: string; scopes: TokenScope[]; expiresAt: string },
) {
  if (actor.via !== "session")
    throw AppError.forbidden("只有登录用户可以创建令牌", "Only a signed-in user can create tokens");
  requirePermission(actor, "manage_tokens");
  const now = p.clock.now();
  const expiresAt = new Date(input.expiresAt);
  if (!(expiresAt > now) || expiresAt.getTime() - now.getTime() > 366 * 86_400_000) {
    throw AppError.validation([
      { path: "expiresAt", messageZh: "有效期须在未来一年之内", messageEn: "Expiry must lie within the coming year" },
    ]);
  }
  const secret = `gft_${randomToken(6)}_${randomToken(32)}`;
  const prefix = secret.slice(0, 12);
  const row = await p.db.transaction(async (tx) => {
    const r = await tx.query<TokenRow>(
      `INSERT INTO api_tokens (org_id, created_by, name, prefix, token_hash, scopes, created_at, expires_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING *`,
      [actor.orgId, actor.userId, input.name, prefix, sha256Hex(secret), [...new Set(input.scopes)], now, expiresAt],
    );
    const t = r.rows[0]!;
    await appendAudit(tx, actor, now, {
      action: "token.create",
      entityType: "api_token",
      entityId: t.id,
      orgId: actor.orgId,
      details: { name: t.name, scopes: t.scopes, expiresAt: expiresAt.toISOString() },
    });
    return t;
  });
  return { token: view(row), secret };
}

export async function listApiTokens(p: Platform, actor: Actor) {
  requirePermission(actor, "manage_tokens");
  const r = await p.db.query<TokenRow>("SELECT * FROM api_tokens WHERE org_id = $1 ORDER BY created_at DESC", [
    actor.orgId,
  ]);
  return r.rows.map(view);
}

export async function revokeApiToken(p: Platform, actor: Actor, tokenId: string) {
  requirePermission(actor, "manage_tokens");
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const r = await tx.query<TokenRow>("SELECT * FROM api_tokens WHERE id = $1 AND org_id = $2 FOR UPDATE", [
      tokenId,
      actor.orgId,
    ]);
    const t = r.rows[0];
    if (!t) throw AppError.notFound("api_token");
    if (t.revoked_at) return view(t); // already revoked: nothing changes, nothing to record
    await tx.query("UPDATE api_tokens SET revoked_at = $2 WHERE id = $1", [t.id, now]);
    await appendAudit(tx, actor, now, {
      action: "token.revoke",
      entityType: "api_token",
      entityId: t.id,
      orgId: actor.orgId,
    });
    return view({ ...t, revoked_at: now });
  });
}

/** The actor behind a bearer token; a write-scoped token acts as an analyst, a read-only one as a viewer. */
export async function resolveApiToken(p: Platform, secret: string): Promise<Actor | null> {
  if (!/^gft_[\w-]{8}_[\w-]{43}$/.test(secret)) return null;
  const now = p.clock.now();
  const r = await p.db.query<{ id: string; org_id: string; scopes: TokenScope[]; kind: OrgKind }>(
    `UPDATE api_tokens t SET last_used_at = $2 FROM organisations o
      WHERE t.token_hash = $1 AND o.id = t.org_id AND t.revoked_at IS NULL AND t.expires_at > $2
      RETURNING t.id, t.org_id, t.scopes, o.kind`,
    [sha256Hex(secret), now],
  );
  const t = r.rows[0];
  if (!t) return null;
  return {
    userId: null,
    orgId: t.org_id,
    orgKind: t.kind,
    role: t.scopes.includes("write") ? "analyst" : "viewer",
    via: "token",
    tokenId: t.id,
  };
}
