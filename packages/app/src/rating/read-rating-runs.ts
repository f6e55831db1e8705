import type { Actor } from "../context/actor";
import type { Platform } from "../platform";
import { requireRunVisible } from "./rating-access";
import { loadRunRow, type RatingRunRow, RUN_SELECT, toRatingRun } from "./rating-run-row";

/**
 * The runs the actor works with: a rating agency its own, the district every run, anyone else the published ones
 * (a published run's figures name no entity).
 */
export async function listRatingRuns(p: Platform, actor: Actor) {
  const params: unknown[] = [];
  let where = "r.status = 'published'";
  if (actor.orgKind === "district") where = "TRUE";
  else if (actor.orgKind === "rating_agency") {
    params.push(actor.orgId);
    where = "r.org_id = $1";
  }
  const r = await p.db.query<RatingRunRow>(`${RUN_SELECT} WHERE ${where} ORDER BY r.created_at DESC LIMIT 200`, params);
  return r.rows.map(toRatingRun);
}

export async function getRatingRun(p: Platform, actor: Actor, id: string) {
  const row = await loadRunRow(p.db, id);
  requireRunVisible(actor, row);
  return toRatingRun(row);
}
