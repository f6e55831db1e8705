/**
 * The catalogue: every signed-in organisation of the marketplace sees the published products; an institution also
 * sees its own drafts and retired versions (`mine: true`, or `includeRetired`). Filters: family, institution.
 */
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { requireMarketReader } from "./need-access";
import {
  PRODUCT_SELECT,
  type ProductFamily,
  type ProductRow,
  type ProductView,
  toProductView,
  UUID,
} from "./need-rows";

export interface ProductQuery {
  family?: ProductFamily;
  orgId?: string;
  /** Only the actor's own products, in every status. */
  mine?: boolean;
  /** Retired versions too (the actor's own drafts are listed only with `mine`). */
  includeRetired?: boolean;
}

export async function listProducts(p: Platform, actor: Actor, query: ProductQuery = {}): Promise<ProductView[]> {
  requireMarketReader(actor);
  const params: unknown[] = [];
  const where: string[] = [];
  if (query.mine) {
    params.push(actor.orgId);
    where.push(`m.org_id = $${params.length}`);
  } else where.push(query.includeRetired ? "m.status IN ('published','retired')" : "m.status = 'published'");
  if (query.family) {
    params.push(query.family);
    where.push(`m.family = $${params.length}`);
  }
  if (query.orgId !== undefined) {
    if (!UUID.test(query.orgId)) return [];
    params.push(query.orgId);
    where.push(`m.org_id = $${params.length}`);
  }
  const r = await p.db.query<ProductRow>(
    `${PRODUCT_SELECT} WHERE ${where.join(" AND ")} ORDER BY m.family, o.name_zh, m.product_key, m.version DESC`,
    params,
  );
  return r.rows.map(toProductView);
}
