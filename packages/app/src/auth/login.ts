import { appendAudit } from "../audit/audit-log";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { assertNotThrottled, clearFailures, recordFailure } from "./login-throttle";
import { decoyHash, verifyPassword } from "./passwords";
import { buildSessionView, membershipsOf, type SessionView } from "./session-view";
import { type OpenedSession, openSession } from "./sessions";

export interface LoginInput {
  email: string;
  password: string;
  orgId?: string | undefined;
  ip: string;
  userAgent?: string | undefined;
}

/**
 * Checks the password (argon2id), throttles repeated failures per e-mail and address, and opens a
 * fresh session — never reusing one the client brought, so a planted session id is worthless.
 */
export async function login(p: Platform, input: LoginInput): Promise<{ session: OpenedSession; view: SessionView }> {
  const now = p.clock.now();
  await assertNotThrottled(p.db, input.email, input.ip, now);
  const r = await p.db.query<{ id: string; password_hash: string; disabled_at: Date | null }>(
    "SELECT id, password_hash, disabled_at FROM users WHERE lower(email) = lower($1)",
    [input.email.trim()],
  );
  const user = r.rows[0];
  const ok = await verifyPassword(user?.password_hash ?? (await decoyHash()), input.password);
  if (!user || !ok || user.disabled_at) {
    await recordFailure(p.db, input.email, input.ip, now);
    throw new AppError("INVALID_CREDENTIALS");
  }
  const memberships = await membershipsOf(p.db, user.id);
  const chosen = input.orgId ? memberships.find((m) => m.orgId === input.orgId) : memberships[0];
  if (!chosen)
    throw new AppError("FORBIDDEN", { zh: "该账号不属于任何机构", en: "This account belongs to no organisation" });
  await clearFailures(p.db, input.email, input.ip);
  const session = await openSession(p, user.id, chosen.orgId, input);
  await p.db.transaction((tx) =>
    appendAudit(
      tx,
      { userId: user.id, orgId: chosen.orgId, orgKind: chosen.orgKind, role: chosen.role, via: "session" },
      now,
      {
        action: "auth.login",
        entityType: "user",
        entityId: user.id,
        orgId: chosen.orgId,
        details: { ip: input.ip },
      },
    ),
  );
  return { session, view: await buildSessionView(p.db, user.id, chosen.orgId, session.csrfToken) };
}
