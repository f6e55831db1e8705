/**
 * Carbon-asset holdings with what is pledged and free: an enterprise its own; the district every enterprise's (or one
 * enterprise's); an institution those of enterprises that opened their `financing` data to it (each read logged in
 * the grantor's access log) and those its pledges sit on.
 */
import { grantorsFor, logGrantedReads } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { requireRegistryReader } from "./pledge-access";
import { type CarbonHoldingView, HOLDING_SELECT, type HoldingRow, toHoldingView, UUID } from "./pledge-rows";

export interface HoldingQuery {
  orgId?: string;
}

export async function listCarbonHoldings(
  p: Platform,
  actor: Actor,
  query: HoldingQuery = {},
): Promise<CarbonHoldingView[]> {
  requireRegistryReader(actor);
  if (query.orgId !== undefined && !UUID.test(query.orgId)) return [];
  const params: unknown[] = [];
  let where: string;
  let granted: string[] = [];
  if (actor.orgKind === "enterprise") {
    params.push(actor.orgId);
    where = "h.org_id = $1";
  } else if (actor.orgKind === "district") {
    where = "TRUE";
  } else {
    granted = await grantorsFor(p, actor, "financing");
    params.push(granted, actor.orgId);
    where = `(h.org_id = ANY($1::uuid[])
              OR EXISTS (SELECT 1 FROM carbon_pledges c WHERE c.holding_id = h.id AND c.pledgee_org_id = $2))`;
  }
  if (query.orgId !== undefined) {
    params.push(query.orgId);
    where += ` AND h.org_id = $${params.length}`;
  }
  const rows = (
    await p.db.query<HoldingRow>(`${HOLDING_SELECT} WHERE ${where} ORDER BY o.name_zh, h.recorded_at`, params)
  ).rows;
  if (granted.length) {
    const read = [...new Set(rows.map((r) => r.org_id).filter((id) => granted.includes(id)))];
    await logGrantedReads(p, actor, "financing", read, "carbon_holdings:");
  }
  return rows.map(toHoldingView);
}
