/**
 * The broadcast: a need goes to each institution with at least one eligible published product (the real matching,
 * with what the need consents to share), recorded in need_broadcasts with those products. Only these institutions see
 * the need while it is open and may claim it (0012's read policy and claims guard). A need no product fits is still
 * posted, with a broadcast count of 0: the district's overview counts them as gaps in the zone's offer.
 */
import type { Queryable } from "@greenfin/db";
import { matchNeedRow } from "./match-need";
import type { NeedRow } from "./need-rows";

export interface BroadcastTarget {
  institutionId: string;
  productIds: string[];
}

export async function broadcastNeed(tx: Queryable, need: NeedRow, at: Date): Promise<BroadcastTarget[]> {
  const matching = await matchNeedRow(tx, need, at);
  const byInstitution = new Map<string, string[]>();
  for (const m of matching.matches)
    if (m.status === "eligible")
      byInstitution.set(m.institutionId, [...(byInstitution.get(m.institutionId) ?? []), m.productId]);
  const targets = [...byInstitution].map(([institutionId, productIds]) => ({ institutionId, productIds }));
  if (targets.length)
    await tx.query(
      `INSERT INTO need_broadcasts (need_id, org_id, product_ids, broadcast_at)
       SELECT $1, (t->>'institutionId')::uuid, ARRAY(SELECT jsonb_array_elements_text(t->'productIds'))::uuid[], $2
         FROM jsonb_array_elements($3::jsonb) t`,
      [need.id, at, JSON.stringify(targets)],
    );
  await tx.query("UPDATE financing_needs SET broadcast_count = $2 WHERE id = $1", [need.id, targets.length]);
  return targets;
}
