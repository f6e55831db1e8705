/**
 * The registry as each reader sees it: an enterprise the pledges on its holdings; an institution the pledges it holds;
 * the district every pledge. Filters: status, holding, pledgor (district and institutions).
 */
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { requireRegistryReader } from "./pledge-access";
import { PLEDGE_SELECT, type PledgeRow, type PledgeView, toPledgeView, UUID } from "./pledge-rows";

export interface PledgeQuery {
  status?: "active" | "released";
  holdingId?: string;
  orgId?: string;
}

export async function listPledges(p: Platform, actor: Actor, query: PledgeQuery = {}): Promise<PledgeView[]> {
  requireRegistryReader(actor);
  const params: unknown[] = [];
  const where: string[] = [];
  if (actor.orgKind === "enterprise") {
    params.push(actor.orgId);
    where.push(`c.org_id = $${params.length}`);
  } else if (actor.orgKind !== "district") {
    params.push(actor.orgId);
    where.push(`c.pledgee_org_id = $${params.length}`);
  }
  if (query.status) {
    params.push(query.status);
    where.push(`c.status = $${params.length}`);
  }
  for (const [key, column] of [
    ["holdingId", "c.holding_id"],
    ["orgId", "c.org_id"],
  ] as const) {
    const value = query[key];
    if (value === undefined) continue;
    if (!UUID.test(value)) return [];
    params.push(value);
    where.push(`${column} = $${params.length}`);
  }
  const r = await p.db.query<PledgeRow>(
    `${PLEDGE_SELECT} WHERE ${where.length ? where.join(" AND ") : "TRUE"} ORDER BY c.registered_at DESC, c.ref_no DESC`,
    params,
  );
  return r.rows.map(toPledgeView);
}
