import type { OrgKind, Role } from "@greenfin/domain";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";
import { randomToken, sha256Hex } from "./secrets";

export const SESSION_TTL_MS = 12 * 60 * 60_000;

export interface OpenedSession {
  /** The cookie value: never stored, only its hash is. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function openSession(
  p: Platform,
  userId: string,
  orgId: string,
  client: { ip?: string | undefined; userAgent?: string | undefined },
): Promise<OpenedSession> {
  const token = randomToken();
  const csrfToken = randomToken(24);
  const now = p.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await p.db.query(
    `INSERT INTO sessions (id_hash, user_id, org_id, csrf_token, created_at, last_seen_at, expires_at, ip, user_agent)
     VALUES ($1,$2,$3,$4,$5,$5,$6,$7,$8)`,
    [
      sha256Hex(token),
      userId,
      orgId,
      csrfToken,
      now,
      expiresAt,
      client.ip ?? null,
      client.userAgent?.slice(0, 300) ?? null,
    ],
  );
  return { token, csrfToken, expiresAt };
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
  sessionHash: string;
}

/** The actor behind a session cookie, or null when the session is unknown, expired or its user disabled. */
export async function resolveSession(p: Platform, token: string): Promise<ResolvedSession | null> {
  const now = p.clock.now();
  const r = await p.db.query<{ user_id: string; org_id: string; csrf_token: string; kind: OrgKind; role: Role | null }>(
    `SELECT s.user_id, s.org_id, s.csrf_token, o.kind, m.role
       FROM sessions s
       JOIN users u ON u.id = s.user_id AND u.disabled_at IS NULL
       JOIN organisations o ON o.id = s.org_id
       LEFT JOIN memberships m ON m.user_id = s.user_id AND m.org_id = s.org_id
      WHERE s.id_hash = $1 AND s.expires_at > $2`,
    [sha256Hex(token), now],
  );
  const s = r.rows[0];
  if (!s?.role) return null; // membership removed since login: the session no longer grants anything
  return {
    actor: { userId: s.user_id, orgId: s.org_id, orgKind: s.kind, role: s.role, via: "session" },
    csrfToken: s.csrf_token,
    sessionHash: sha256Hex(token),
  };
}

export async function closeSession(p: Platform, token: string): Promise<void> {
  await p.db.query("DELETE FROM sessions WHERE id_hash = $1", [sha256Hex(token)]);
}

export async function switchSessionOrg(p: Platform, sessionHash: string, orgId: string): Promise<void> {
  await p.db.query("UPDATE sessions SET org_id = $2 WHERE id_hash = $1", [sessionHash, orgId]);
}
