import type { Queryable } from "@greenfin/db";
import type { Actor } from "../context/actor";

/** A demo organisation's member with `role`, as the seeders act through the platform's use-cases. */
export async function demoActor(db: Queryable, orgKey: string, role: "analyst" | "reviewer" | "admin"): Promise<Actor> {
  const r = await db.query<{ user_id: string; org_id: string; kind: Actor["orgKind"] }>(
    `SELECT m.user_id, o.id AS org_id, o.kind FROM organisations o JOIN memberships m ON m.org_id = o.id AND m.role = $2
      WHERE o.demo_key = $1 LIMIT 1`,
    [orgKey, role],
  );
  const row = r.rows[0];
  if (!row) throw new Error(`the demo has no ${role} at ${orgKey}`);
  return { userId: row.user_id, orgId: row.org_id, orgKind: row.kind, role, via: "session" };
}
