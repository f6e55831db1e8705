/**
 * The marketplace overview: needs by state (and those no product fits), the claims funnel from claim to funded loan
 * with the amount-weighted funded rate, published products by family, carbon pledges, per institution, and by month
 * (China time). The district sees the zone; an institution the same figures over its own products, the needs
 * broadcast to it and its own claims and pledges. Amounts are exact decimal text from SQL numerics.
 */
import type { Queryable } from "@greenfin/db";
import { isFinancialInstitution } from "@greenfin/domain";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requireMarketReader } from "./need-access";
import { dec, type NeedStatus, type ProductFamily } from "./need-rows";

const money = (text: string | null) => dec(text ?? "0") as string;

/** `$1` is the institution (or NULL for the zone) in every query below. */
const NEED_SCOPE = `($1::uuid IS NULL OR EXISTS (SELECT 1 FROM need_broadcasts b WHERE b.need_id = n.id AND b.org_id = $1)
   OR EXISTS (SELECT 1 FROM need_claims c WHERE c.need_id = n.id AND c.org_id = $1))`;

async function needFigures(db: Queryable, org: string | null) {
  const rows = (
    await db.query<{ status: NeedStatus; count: number; amount: string; unmatched: number }>(
      `SELECT n.status, count(*)::int AS count, sum(n.amount)::text AS amount,
              count(*) FILTER (WHERE n.broadcast_count = 0)::int AS unmatched
         FROM financing_needs n WHERE ${NEED_SCOPE} GROUP BY n.status ORDER BY n.status`,
      [org],
    )
  ).rows;
  const total = (
    await db.query<{ amount: string | null }>(
      `SELECT sum(n.amount)::text AS amount FROM financing_needs n WHERE ${NEED_SCOPE}`,
      [org],
    )
  ).rows[0]?.amount;
  return {
    byStatus: rows.map((r) => ({ status: r.status, count: r.count, amount: money(r.amount) })),
    posted: rows.reduce((a, r) => a + r.count, 0),
    postedAmount: money(total ?? null),
    unmatched: rows.reduce((a, r) => a + r.unmatched, 0),
  };
}

async function funnel(db: Queryable, org: string | null) {
  const r = (
    await db.query<{
      claims: number;
      responded: number;
      visited: number;
      approved: number;
      declined: number;
      chosen: number;
      funded: number;
      funded_amount: string | null;
      mean_rate: string | null;
    }>(
      `SELECT count(*)::int AS claims, count(responded_at)::int AS responded, count(visited_at)::int AS visited,
              count(*) FILTER (WHERE decision = 'approved')::int AS approved,
              count(*) FILTER (WHERE decision = 'declined')::int AS declined,
              count(*) FILTER (WHERE offer_chosen)::int AS chosen, count(funded_at)::int AS funded,
              sum(funded_amount)::text AS funded_amount,
              round(sum(funded_amount * rate) / nullif(sum(funded_amount), 0), 2)::text AS mean_rate
         FROM need_claims WHERE $1::uuid IS NULL OR org_id = $1`,
      [org],
    )
  ).rows[0]!;
  return {
    claims: r.claims,
    responded: r.responded,
    visited: r.visited,
    approved: r.approved,
    declined: r.declined,
    chosen: r.chosen,
    funded: r.funded,
    fundedAmount: money(r.funded_amount),
    meanFundedRate: dec(r.mean_rate),
  };
}

async function products(db: Queryable, org: string | null) {
  return (
    await db.query<{ family: ProductFamily; sub_type: string | null; count: number }>(
      `SELECT family, sub_type, count(*)::int AS count FROM market_products
        WHERE status = 'published' AND ($1::uuid IS NULL OR org_id = $1)
        GROUP BY family, sub_type ORDER BY family, sub_type NULLS FIRST`,
      [org],
    )
  ).rows.map((r) => ({ family: r.family, subType: r.sub_type, count: r.count }));
}

async function pledges(db: Queryable, org: string | null) {
  const scope = "($1::uuid IS NULL OR p.pledgee_org_id = $1)";
  const totals = (
    await db.query<{ active: number; released: number; secured: string | null }>(
      `SELECT count(*) FILTER (WHERE status = 'active')::int AS active,
              count(*) FILTER (WHERE status = 'released')::int AS released,
              sum(secured_amount) FILTER (WHERE status = 'active')::text AS secured
         FROM carbon_pledges p WHERE ${scope}`,
      [org],
    )
  ).rows[0]!;
  const byKind = (
    await db.query<{ kind: string; unit: string; quantity: string; count: number }>(
      `SELECT h.kind, p.unit, sum(p.quantity)::text AS quantity, count(*)::int AS count
         FROM carbon_pledges p JOIN carbon_holdings h ON h.id = p.holding_id
        WHERE p.status = 'active' AND ${scope} GROUP BY h.kind, p.unit ORDER BY h.kind`,
      [org],
    )
  ).rows;
  return {
    active: totals.active,
    released: totals.released,
    securedAmount: money(totals.secured),
    byKind: byKind.map((k) => ({ ...k, quantity: dec(k.quantity) as string })),
  };
}

async function institutions(db: Queryable, org: string | null) {
  return (
    await db.query<{
      id: string;
      name: string;
      name_en: string;
      products: number;
      broadcasts: number;
      claims: number;
      approved: number;
      funded: number;
      funded_amount: string | null;
    }>(
      `SELECT o.id, o.name_zh AS name, o.name_en AS name_en,
              (SELECT count(*) FROM market_products m WHERE m.org_id = o.id AND m.status = 'published')::int AS products,
              (SELECT count(*) FROM need_broadcasts b WHERE b.org_id = o.id)::int AS broadcasts,
              count(c.id)::int AS claims, count(c.id) FILTER (WHERE c.decision = 'approved')::int AS approved,
              count(c.funded_at)::int AS funded, sum(c.funded_amount)::text AS funded_amount
         FROM organisations o LEFT JOIN need_claims c ON c.org_id = o.id
        WHERE o.kind IN ('bank','insurer','wealth_manager','fund_manager') AND ($1::uuid IS NULL OR o.id = $1)
        GROUP BY o.id, o.name_zh, o.name_en
       HAVING count(c.id) > 0 OR EXISTS (SELECT 1 FROM market_products m WHERE m.org_id = o.id)
        ORDER BY sum(c.funded_amount) DESC NULLS LAST, count(c.id) DESC, o.name_zh`,
      [org],
    )
  ).rows.map((r) => ({
    institutionId: r.id,
    institutionName: r.name,
    institutionNameEn: r.name_en,
    products: r.products,
    broadcasts: r.broadcasts,
    claims: r.claims,
    approved: r.approved,
    funded: r.funded,
    fundedAmount: money(r.funded_amount),
  }));
}

async function monthly(db: Queryable, org: string | null) {
  return (
    await db.query<{ month: string; posted: number; funded: number; funded_amount: string | null }>(
      `WITH posted AS (
         SELECT to_char(n.posted_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*)::int AS posted
           FROM financing_needs n WHERE ${NEED_SCOPE} GROUP BY 1),
       funded AS (
         SELECT to_char(funded_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*)::int AS funded,
                sum(funded_amount) AS amount
           FROM need_claims WHERE funded_at IS NOT NULL AND ($1::uuid IS NULL OR org_id = $1) GROUP BY 1)
       SELECT coalesce(p.month, f.month) AS month, coalesce(p.posted, 0) AS posted, coalesce(f.funded, 0) AS funded,
              f.amount::text AS funded_amount
         FROM posted p FULL JOIN funded f ON f.month = p.month ORDER BY 1`,
      [org],
    )
  ).rows.map((r) => ({ month: r.month, posted: r.posted, funded: r.funded, fundedAmount: money(r.funded_amount) }));
}

export async function marketOverview(p: Platform, actor: Actor) {
  requireMarketReader(actor);
  if (actor.orgKind !== "district" && !isFinancialInstitution(actor.orgKind))
    throw AppError.forbidden("市场总览供管委会与金融机构使用", "The overview is for the district and institutions");
  const org = actor.orgKind === "district" ? null : actor.orgId;
  const n = await needFigures(p.db, org);
  return {
    asOf: p.clock.now().toISOString(),
    needs: n,
    funnel: await funnel(p.db, org),
    products: await products(p.db, org),
    pledges: await pledges(p.db, org),
    institutions: await institutions(p.db, org),
    monthly: await monthly(p.db, org),
  };
}
