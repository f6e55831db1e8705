/**
 * The demo marketplace's first rows (seed-demo-market.ts): the institutions' products, the enterprises' carbon
 * holdings and the financing needs with their broadcasts, inserted in bulk; each returns the ids later rows refer to.
 */
import { randomUUID } from "node:crypto";
import type { Queryable } from "@greenfin/db";
import type { DemoMarket } from "@greenfin/domain";
import { pricingRefFor } from "../market/needs/product-pricing";
import { insertJson, insertUnnest } from "./bulk-insert";

/** The demo organisations' ids by demo key, and the user who acts for each. */
export interface DemoIds {
  org: (key: string) => string;
  user: (key: string) => string | null;
}

export async function insertDemoProducts(tx: Queryable, id: DemoIds, products: DemoMarket["products"]) {
  const productIds = new Map(products.map((x) => [x.id, randomUUID()]));
  const productRef = new Map(products.map((x) => [x.id, x.pricingTemplate ? pricingRefFor(x.pricingTemplate) : null]));
  await insertJson(
    tx,
    "market_products",
    [
      { name: "id", type: "uuid", value: (x: (typeof products)[number]) => productIds.get(x.id) },
      { name: "org_id", type: "uuid", value: (x) => id.org(x.institutionKey) },
      { name: "product_key", type: "text", value: (x) => x.productKey },
      { name: "version", type: "integer", value: (x) => x.version },
      { name: "family", type: "text", value: (x) => x.family },
      { name: "sub_type", type: "text", value: (x) => x.subType },
      { name: "name_zh", type: "text", value: (x) => x.nameZh },
      { name: "name_en", type: "text", value: (x) => x.nameEn },
      { name: "description", type: "text", value: (x) => x.description },
      { name: "eligibility", type: "jsonb", value: (x) => JSON.stringify(x.eligibility) },
      { name: "rate_min", type: "numeric", value: (x) => x.rateMin },
      { name: "rate_max", type: "numeric", value: (x) => x.rateMax },
      { name: "pricing_ref", type: "text", value: (x) => productRef.get(x.id) },
      { name: "status", type: "text", value: (x) => x.status },
      { name: "created_by", type: "uuid", value: (x) => id.user(x.institutionKey) },
      { name: "created_at", type: "timestamptz", value: (x) => x.createdAt },
      { name: "published_at", type: "timestamptz", value: (x) => x.publishedAt },
      { name: "retired_at", type: "timestamptz", value: (x) => x.retiredAt },
    ],
    products,
    500,
  );

  return { productIds, productRef };
}

/** Holdings, recorded by the district. */
export async function insertDemoHoldings(
  tx: Queryable,
  id: DemoIds,
  holdings: DemoMarket["holdings"],
  districtKey: string,
): Promise<Map<string, string>> {
  const holdingIds = new Map(holdings.map((h) => [h.key, randomUUID()]));
  await insertUnnest(
    tx,
    "carbon_holdings",
    [
      { name: "id", type: "uuid", value: (h: (typeof holdings)[number]) => holdingIds.get(h.key) },
      { name: "org_id", type: "uuid", value: (h) => id.org(h.ownerKey) },
      { name: "kind", type: "text", value: (h) => h.kind },
      { name: "compliance_year", type: "integer", value: (h) => h.complianceYear },
      { name: "vintage", type: "integer", value: (h) => h.vintage },
      { name: "pollutant", type: "text", value: (h) => h.pollutant },
      { name: "quantity", type: "numeric", value: (h) => h.quantity },
      { name: "unit", type: "text", value: (h) => h.unit },
      { name: "registry_ref", type: "text", value: (h) => h.registryRef },
      { name: "source", type: "text", value: (h) => h.source },
      { name: "note", type: "text", value: (h) => h.note },
      { name: "recorded_by", type: "uuid", value: () => id.user(districtKey) },
      { name: "recorded_by_org", type: "uuid", value: () => id.org(districtKey) },
      { name: "recorded_at", type: "timestamptz", value: (h) => h.recordedAt },
    ],
    holdings,
    1000,
  );

  return holdingIds;
}

/** Needs, posted open (the broadcast count is known from the matching), and their broadcasts. */
export async function insertDemoNeeds(
  tx: Queryable,
  id: DemoIds,
  needs: DemoMarket["needs"],
  productIds: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const needIds = new Map(needs.map((n) => [n.key, randomUUID()]));
  await insertJson(
    tx,
    "financing_needs",
    [
      { name: "id", type: "uuid", value: (n: (typeof needs)[number]) => needIds.get(n.key) },
      { name: "org_id", type: "uuid", value: (n) => id.org(n.ownerKey) },
      { name: "amount", type: "numeric", value: (n) => n.amount },
      { name: "tenor_months", type: "integer", value: (n) => n.tenorMonths },
      { name: "purpose", type: "text", value: (n) => n.purpose },
      { name: "description", type: "text", value: (n) => n.description },
      { name: "project_id", type: "uuid", value: (n) => n.projectRef },
      { name: "collateral", type: "jsonb", value: (n) => JSON.stringify(n.collateral) },
      { name: "consent_esg", type: "boolean", value: (n) => n.consentEsg },
      { name: "consent_carbon", type: "boolean", value: (n) => n.consentCarbon },
      { name: "status", type: "text", value: () => "open" },
      { name: "posted_by", type: "uuid", value: (n) => id.user(n.ownerKey) },
      { name: "posted_at", type: "timestamptz", value: (n) => n.postedAt },
      { name: "updated_at", type: "timestamptz", value: (n) => n.postedAt },
      { name: "broadcast_count", type: "integer", value: (n) => n.broadcast.length },
    ],
    needs,
    500,
  );
  const broadcasts = needs.flatMap((n) => n.broadcast.map((b) => ({ n, b })));
  await insertUnnest(
    tx,
    "need_broadcasts",
    [
      { name: "need_id", type: "uuid", value: (x: (typeof broadcasts)[number]) => needIds.get(x.n.key) },
      { name: "org_id", type: "uuid", value: (x) => id.org(x.b.institutionKey) },
      {
        name: "product_ids",
        type: "text",
        value: (x) => x.b.productIds.map((pid) => productIds.get(pid)).join(","),
        select: "string_to_array(u.product_ids, ',')::uuid[]",
      },
      { name: "broadcast_at", type: "timestamptz", value: (x) => x.n.postedAt },
    ],
    broadcasts,
    2000,
  );

  return needIds;
}
