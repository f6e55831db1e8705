import type { Actor, Platform } from "@greenfin/app";
import type { OrgKind, Role } from "@greenfin/domain";

export interface OrgRef {
  id: string;
  kind: OrgKind;
  nameZh: string;
}

/** Finds seeded organisations by demo key ("bank-qinwan", "ent-0001"). */
export async function orgByKey(p: Platform, key: string): Promise<OrgRef> {
  const r = await p.db.query<{ id: string; kind: OrgKind; name_zh: string }>(
    "SELECT id, kind, name_zh FROM organisations WHERE demo_key = $1",
    [key],
  );
  const o = r.rows[0];
  if (!o) throw new Error(`no demo organisation ${key}`);
  return { id: o.id, kind: o.kind, nameZh: o.name_zh };
}

/** An actor as a signed-in member of the organisation with the given role. */
export async function actorFor(p: Platform, key: string, role: Role = "admin"): Promise<Actor> {
  const org = await orgByKey(p, key);
  const r = await p.db.query<{ user_id: string }>(
    "SELECT user_id FROM memberships WHERE org_id = $1 AND role = $2 LIMIT 1",
    [org.id, role],
  );
  return { userId: r.rows[0]?.user_id ?? null, orgId: org.id, orgKind: org.kind, role, via: "session" };
}
