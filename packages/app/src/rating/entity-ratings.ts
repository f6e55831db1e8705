import { authorizeRead } from "../access/tenancy";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { listControversies } from "./rating-controversies";
import { getRatingResult } from "./rating-results";

/**
 * An organisation's rating page: its latest published rating under each methodology, explained in full, and the
 * controversies recorded about it. The organisation itself, the district and its rating grantees may read it.
 */
export async function entityRatings(p: Platform, actor: Actor, orgId: string) {
  await authorizeRead(p, actor, {
    ownerOrgId: orgId,
    scope: "rating",
    resource: `organisation:${orgId}`,
    submittedToDistrict: true,
  });
  const org = await p.db.query<{ id: string; name_zh: string; name_en: string; industry_code: string | null }>(
    "SELECT id, name_zh, name_en, industry_code FROM organisations WHERE id = $1",
    [orgId],
  );
  const o = org.rows[0];
  if (!o) throw AppError.notFound("organisation");
  const latest = await p.db.query<{ id: string }>(
    `SELECT DISTINCT ON (r.methodology_id) res.id
       FROM rating_results res JOIN rating_runs r ON r.id = res.run_id AND r.status = 'published'
      WHERE res.org_id = $1
      ORDER BY r.methodology_id, r.period_year DESC, r.published_at DESC`,
    [orgId],
  );
  const details = [];
  for (const x of latest.rows) details.push(await getRatingResult(p, actor, x.id));
  const recorder = actor.orgKind === "district" || actor.orgKind === "rating_agency" || actor.orgId === orgId;
  return {
    entity: { id: o.id, nameZh: o.name_zh, nameEn: o.name_en, industryCode: o.industry_code },
    latest: details,
    controversies: recorder ? await listControversies(p, actor, actor.orgId === orgId ? undefined : orgId) : [],
  };
}
