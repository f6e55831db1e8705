import type { Role } from "@greenfin/domain";
import { requireOrgAdmin } from "../access/tenancy";
import { appendAudit } from "../audit/audit-log";
import { assertStrongPassword, hashPassword } from "../auth/passwords";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";

interface MemberRow {
  user_id: string;
  email: string;
  display_name: string;
  role: Role;
  disabled_at: Date | null;
  created_at: Date;
}

const view = (m: MemberRow) => ({
  userId: m.user_id,
  email: m.email,
  displayName: m.display_name,
  role: m.role,
  disabled: m.disabled_at !== null,
  createdAt: m.created_at.toISOString(),
});

const MEMBER_SELECT = `SELECT m.user_id, u.email, u.display_name, m.role, u.disabled_at, m.created_at
  FROM memberships m JOIN users u ON u.id = m.user_id`;

async function assertOrgExists(p: Platform, orgId: string): Promise<void> {
  const r = await p.db.query("SELECT 1 FROM organisations WHERE id = $1", [orgId]);
  if (!r.rows.length) throw AppError.notFound("organisation");
}

/** Every member sees who else belongs to their organisation; the district sees any organisation's. */
export async function listMembers(p: Platform, actor: Actor, orgId: string) {
  if (actor.orgId !== orgId && actor.orgKind !== "district") throw AppError.notFound("organisation");
  await assertOrgExists(p, orgId);
  const r = await p.db.query<MemberRow>(`${MEMBER_SELECT} WHERE m.org_id = $1 ORDER BY m.role, u.email`, [orgId]);
  return r.rows.map(view);
}

/** Adds a person to an organisation, creating their user account when the e-mail is new. */
export async function addMember(
  p: Platform,
  actor: Actor,
  orgId: string,
  input: { email: string; displayName: string; role: Role; password?: string | undefined },
) {
  requireOrgAdmin(actor, orgId);
  await assertOrgExists(p, orgId);
  const existing = await p.db.query<{ id: string }>("SELECT id FROM users WHERE lower(email) = lower($1)", [
    input.email,
  ]);
  let hash: string | null = null;
  if (!existing.rows[0]) {
    if (!input.password) {
      throw AppError.validation([
        { path: "password", messageZh: "新用户需要设置初始密码", messageEn: "A new user needs an initial password" },
      ]);
    }
    assertStrongPassword(input.password);
    hash = await hashPassword(input.password);
  }
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const userId =
      existing.rows[0]?.id ??
      (
        await tx.query<{ id: string }>(
          "INSERT INTO users (email, display_name, password_hash, created_at) VALUES ($1,$2,$3,$4) RETURNING id",
          [input.email.trim(), input.displayName, hash, now],
        )
      ).rows[0]!.id;
    const added = await tx.query(
      "INSERT INTO memberships (user_id, org_id, role, created_at) VALUES ($1,$2,$3,$4) ON CONFLICT DO NOTHING",
      [userId, orgId, input.role, now],
    );
    if (added.rowCount === 0) throw new AppError("CONFLICT", { zh: "该用户已是本机构成员", en: "Already a member" });
    await appendAudit(tx, actor, now, {
      action: "member.add",
      entityType: "user",
      entityId: userId,
      orgId,
      details: { email: input.email, role: input.role, newUser: hash !== null },
    });
    const r = await tx.query<MemberRow>(`${MEMBER_SELECT} WHERE m.org_id = $1 AND m.user_id = $2`, [orgId, userId]);
    return view(r.rows[0]!);
  });
}

/** An organisation never loses its last admin: someone must always be able to manage it. */
async function assertNotLastAdmin(tx: Pick<Platform["db"], "query">, orgId: string, userId: string): Promise<void> {
  const r = await tx.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM memberships WHERE org_id = $1 AND role = 'admin' AND user_id <> $2",
    [orgId, userId],
  );
  if ((r.rows[0]?.n ?? 0) === 0) {
    throw new AppError("CONFLICT", {
      zh: "不能移除机构的最后一位管理员",
      en: "An organisation keeps at least one admin",
    });
  }
}

export async function changeMemberRole(p: Platform, actor: Actor, orgId: string, userId: string, role: Role) {
  requireOrgAdmin(actor, orgId);
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const cur = await tx.query<{ role: Role }>(
      "SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2 FOR UPDATE",
      [orgId, userId],
    );
    const before = cur.rows[0];
    if (!before) throw AppError.notFound("member");
    if (before.role === "admin" && role !== "admin") await assertNotLastAdmin(tx, orgId, userId);
    await tx.query("UPDATE memberships SET role = $3 WHERE org_id = $1 AND user_id = $2", [orgId, userId, role]);
    await appendAudit(tx, actor, now, {
      action: "member.role",
      entityType: "user",
      entityId: userId,
      orgId,
      details: { from: before.role, to: role },
    });
    const r = await tx.query<MemberRow>(`${MEMBER_SELECT} WHERE m.org_id = $1 AND m.user_id = $2`, [orgId, userId]);
    return view(r.rows[0]!);
  });
}

export async function removeMember(p: Platform, actor: Actor, orgId: string, userId: string) {
  requireOrgAdmin(actor, orgId);
  const now = p.clock.now();
  await p.db.transaction(async (tx) => {
    const cur = await tx.query<{ role: Role }>(
      "SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2 FOR UPDATE",
      [orgId, userId],
    );
    if (!cur.rows[0]) throw AppError.notFound("member");
    if (cur.rows[0].role === "admin") await assertNotLastAdmin(tx, orgId, userId);
    await tx.query("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2", [orgId, userId]);
    await tx.query("DELETE FROM sessions WHERE user_id = $1 AND org_id = $2", [userId, orgId]);
    await appendAudit(tx, actor, now, { action: "member.remove", entityType: "user", entityId: userId, orgId });
  });
}
