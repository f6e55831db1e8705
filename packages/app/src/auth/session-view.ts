import type { Queryable } from "@greenfin/db";
import type { OrgKind, Role } from "@greenfin/domain";
import { AppError } from "../errors/app-error";

export interface MembershipView {
  orgId: string;
  orgKind: OrgKind;
  orgNameZh: string;
  orgNameEn: string;
  role: Role;
}

export interface SessionView {
  user: { id: string; email: string; displayName: string; locale: "zh-CN" | "en" };
  activeOrg: { id: string; kind: OrgKind; nameZh: string; nameEn: string };
  role: Role;
  memberships: MembershipView[];
  csrfToken: string;
}

export async function membershipsOf(db: Queryable, userId: string): Promise<MembershipView[]> {
  const r = await db.query<{ org_id: string; kind: OrgKind; name_zh: string; name_en: string; role: Role }>(
    `SELECT m.org_id, o.kind, o.name_zh, o.name_en, m.role FROM memberships m
       JOIN organisations o ON o.id = m.org_id WHERE m.user_id = $1 ORDER BY o.kind = 'district' DESC, o.name_zh`,
    [userId],
  );
  return r.rows.map((m) => ({
    orgId: m.org_id,
    orgKind: m.kind,
    orgNameZh: m.name_zh,
    orgNameEn: m.name_en,
    role: m.role,
  }));
}

export async function buildSessionView(
  db: Queryable,
  userId: string,
  orgId: string,
  csrfToken: string,
): Promise<SessionView> {
  const u = await db.query<{ id: string; email: string; display_name: string; locale: "zh-CN" | "en" }>(
    "SELECT id, email, display_name, locale FROM users WHERE id = $1",
    [userId],
  );
  const user = u.rows[0];
  if (!user) throw new AppError("UNAUTHENTICATED");
  const memberships = await membershipsOf(db, userId);
  const active = memberships.find((m) => m.orgId === orgId);
  if (!active) throw new AppError("UNAUTHENTICATED");
  return {
    user: { id: user.id, email: user.email, displayName: user.display_name, locale: user.locale },
    activeOrg: { id: active.orgId, kind: active.orgKind, nameZh: active.orgNameZh, nameEn: active.orgNameEn },
    role: active.role,
    memberships,
    csrfToken,
  };
}
