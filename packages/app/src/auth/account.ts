import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { assertStrongPassword, hashPassword, verifyPassword } from "./passwords";
import { buildSessionView } from "./session-view";
import { switchSessionOrg } from "./sessions";

export function sessionViewFor(p: Platform, actor: Actor, csrfToken: string) {
  if (!actor.userId) throw new AppError("UNAUTHENTICATED");
  return buildSessionView(p.db, actor.userId, actor.orgId, csrfToken);
}

/** Moves a session to another of the user's organisations; the role comes from that membership. */
export async function switchOrganisation(
  p: Platform,
  actor: Actor,
  sessionHash: string,
  csrfToken: string,
  orgId: string,
) {
  if (!actor.userId) throw new AppError("UNAUTHENTICATED");
  const m = await p.db.query("SELECT 1 FROM memberships WHERE user_id = $1 AND org_id = $2", [actor.userId, orgId]);
  if (!m.rows.length) throw AppError.notFound("organisation");
  await switchSessionOrg(p, sessionHash, orgId);
  return buildSessionView(p.db, actor.userId, orgId, csrfToken);
}

/** Changing the password ends every other session of the user. */
export async function changePassword(
  p: Platform,
  actor: Actor,
  sessionHash: string,
  input: { currentPassword: string; newPassword: string },
) {
  if (!actor.userId) throw new AppError("UNAUTHENTICATED");
  const r = await p.db.query<{ password_hash: string }>("SELECT password_hash FROM users WHERE id = $1", [
    actor.userId,
  ]);
  if (!r.rows[0] || !(await verifyPassword(r.rows[0].password_hash, input.currentPassword))) {
    throw AppError.validation([
      { path: "currentPassword", messageZh: "当前密码不正确", messageEn: "The current password is wrong" },
    ]);
  }
  assertStrongPassword(input.newPassword, "newPassword");
  const hash = await hashPassword(input.newPassword);
  const now = p.clock.now();
  await p.db.transaction(async (tx) => {
    await tx.query("UPDATE users SET password_hash = $2 WHERE id = $1", [actor.userId, hash]);
    await tx.query("DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2", [actor.userId, sessionHash]);
    await appendAudit(tx, actor, now, {
      action: "user.password",
      entityType: "user",
      entityId: actor.userId,
      orgId: actor.orgId,
    });
  });
}

export async function setLocale(p: Platform, actor: Actor, locale: "zh-CN" | "en") {
  if (!actor.userId) throw new AppError("UNAUTHENTICATED");
  await p.db.query("UPDATE users SET locale = $2 WHERE id = $1", [actor.userId, locale]);
}
