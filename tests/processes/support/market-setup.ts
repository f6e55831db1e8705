/** Marketplace data the race and crash tests need, made through the API as users would. */

import { type HttpSession, ok } from "./http-session";
import type { SqlReader } from "./process-database";

const FUTURE = "2027-12-31T00:00:00.000Z";

export async function orgIdByKey(db: SqlReader, demoKey: string): Promise<string> {
  const r = await db.query<{ id: string }>("SELECT id FROM organisations WHERE demo_key = $1", [demoKey]);
  if (!r.rows[0]) throw new Error(`no demo organisation ${demoKey}`);
  return r.rows[0].id;
}

/** The enterprise's CEA allowances, `quantity` tCO2e. */
export async function recordHolding(enterprise: HttpSession, quantity: number, registryRef: string): Promise<string> {
  const holding = ok(
    await enterprise.post<{ id: string }>("/api/carbon-assets/holdings", {
      kind: "cea_allowance",
      quantity: String(quantity),
      complianceYear: 2025,
      registryRef,
      source: "registry_statement",
    }),
  );
  return holding.id;
}

/** The enterprise's consent that the institution may take its holdings as security. */
export async function grantFinancing(enterprise: HttpSession, institutionOrgId: string): Promise<void> {
  ok(
    await enterprise.post("/api/grants", {
      granteeOrgId: institutionOrgId,
      scope: "financing",
      purpose: "carbon pledge",
      expiresAt: FUTURE,
    }),
  );
}

/** A pledge request: `quantity` t at a secured amount well inside the product's loan cap. */
export function pledgeBody(holdingId: string, quantity: number, loanReference: string) {
  return {
    holdingId,
    quantity: String(quantity),
    productKey: "carbon-quota-pledge-retrofit",
    loanReference,
    securedAmount: String(quantity * 5),
    termStart: "2026-03-02",
    termEnd: "2027-03-01",
  };
}

/** A green loan product eligible for needs of 1–20 million yuan, so that such needs are broadcast to the bank. */
export async function publishLoanProduct(bank: HttpSession, productKey: string): Promise<void> {
  ok(
    await bank.post("/api/market/products", {
      productKey,
      family: "green_credit",
      nameZh: "技改贷",
      nameEn: "Retrofit loan",
      eligibility: { amount: { min: 1_000_000, max: 20_000_000 } },
    }),
  );
}

/** Holdings whose pledged quantity is not the sum of their active pledges, or exceeds what is held. */
export async function holdingMismatches(db: SqlReader, holdingIds: readonly string[]) {
  const r = await db.query<{ id: string; quantity: string; pledged: string; active_sum: string }>(
    `SELECT h.id, h.quantity::text, h.pledged_quantity::text AS pledged,
            coalesce(sum(p.quantity) FILTER (WHERE p.status = 'active'), 0)::text AS active_sum
       FROM carbon_holdings h LEFT JOIN carbon_pledges p ON p.holding_id = h.id
      WHERE h.id = ANY($1::uuid[])
      GROUP BY h.id
     HAVING h.pledged_quantity <> coalesce(sum(p.quantity) FILTER (WHERE p.status = 'active'), 0)
         OR h.pledged_quantity > h.quantity`,
    [holdingIds],
  );
  return r.rows;
}

/** Pledges without their audit entry (registration, and release for a released one), and entries without a pledge. */
export async function pledgesWithoutAudit(db: SqlReader): Promise<number> {
  const r = await db.query<{ n: string }>(
    `SELECT (SELECT count(*) FROM carbon_pledges p WHERE NOT EXISTS (
               SELECT 1 FROM audit_log a WHERE a.action = 'market.pledge.register' AND a.entity_id = p.id::text))
          + (SELECT count(*) FROM carbon_pledges p WHERE p.status = 'released' AND NOT EXISTS (
               SELECT 1 FROM audit_log a WHERE a.action = 'market.pledge.release' AND a.entity_id = p.id::text))
          + (SELECT count(*) FROM audit_log a WHERE a.action = 'market.pledge.register' AND NOT EXISTS (
               SELECT 1 FROM carbon_pledges p WHERE p.id::text = a.entity_id)) AS n`,
  );
  return Number(r.rows[0]!.n);
}
