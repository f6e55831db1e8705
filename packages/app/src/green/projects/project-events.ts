import type { Queryable } from "@greenfin/db";
import type { Actor } from "../../context/actor";

/** One entry of a project's history, written in the transaction that makes the change. */
export async function addProjectEvent(
  tx: Queryable,
  actor: Actor,
  at: Date,
  project: { id: string; org_id: string },
  action: string,
  note: string | null = null,
  details: unknown = null,
): Promise<void> {
  await tx.query(
    `INSERT INTO green_project_events (project_id, org_id, action, at, actor_user, actor_org, note, details)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8::jsonb)`,
    [project.id, project.org_id, action, at, actor.userId, actor.orgId, note, JSON.stringify(details)],
  );
}

/** The calendar year in the zone (Qingdao, UTC+8): what reference numbers and reporting years count in. */
export function zoneYear(at: Date): number {
  return new Date(at.getTime() + 8 * 3_600_000).getUTCFullYear();
}
