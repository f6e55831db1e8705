/**
 * The demo marketplace on the small demo district of the test template, seeded at the end of November 2026 after the
 * green library and a few ETS allocations: products of every family, 300 needs in every state with their broadcasts
 * and claims (the database's triggers kept the counts), no holding pledged beyond what it holds, overdue claims as the
 * real timers judge them at the seeding clock, and the price basis of each decided offer. Seeded once, quickly.
 */
import { claimTimers } from "@greenfin/app";
import { generateDemoDistrict } from "@greenfin/domain";
import { loadIndustryClassification } from "@greenfin/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { TEMPLATE_ENTERPRISES, TEMPLATE_SEED } from "../../../tests/support/templates";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";
import { seedDemoGreenOnce } from "../src/demo/seed-demo-green";
import { type MarketSeedCounts, seedDemoMarketOnce } from "../src/demo/seed-demo-market";

const SEED_NOW = new Date("2026-11-27T02:00:00.000Z");
const district = generateDemoDistrict({
  seed: TEMPLATE_SEED,
  industries: loadIndustryClassification(),
  enterpriseCount: TEMPLATE_ENTERPRISES,
});

let p: TestPlatform;
let counts: MarketSeedCounts | null;
let seedMs = 0;

beforeAll(async () => {
  p = await openTestPlatform({ now: SEED_NOW });
  await seedDemoGreenOnce(p, district);
  // ETS allocations for six enterprises, as the carbon seed records them for covered ones.
  await p.db.query(
    `INSERT INTO carbon_ets_allocations (org_id, year, allocated_t, source, recorded_at)
     SELECT o.id, y.year, 60000 + 15000 * (row_number() OVER (ORDER BY o.demo_key, y.year)), 'test', $1
       FROM (SELECT id, demo_key FROM organisations WHERE kind = 'enterprise' ORDER BY demo_key LIMIT 6) o,
            (VALUES (2024), (2025)) AS y(year)`,
    [SEED_NOW],
  );
  const t0 = performance.now();
  counts = await seedDemoMarketOnce(p, district);
  seedMs = performance.now() - t0;
});
afterAll(() => p?.close());

describe("the demo marketplace", () => {
  it("seeds products of every family, 300 needs in every state and the subsidy programmes, once and quickly", async () => {
    expect(counts).not.toBeNull();
    expect(counts!.needs).toBe(300);
    for (const n of Object.values(counts!.byStatus)) expect(n).toBeGreaterThan(0);
    // Reported for the record; the budget is 3 s on an idle machine.
    console.info(`demo market seed: ${Math.round(seedMs)} ms`, counts);
    expect(seedMs).toBeLessThan(15_000);
    const families = await p.db.query<{ family: string; sub_type: string; n: number }>(
      `SELECT family, sub_type, count(*)::int AS n FROM market_products WHERE status = 'published' GROUP BY 1, 2`,
    );
    expect(new Set(families.rows.map((x) => x.family))).toEqual(
      new Set(["green_credit", "green_bond", "wealth", "insurance"]),
    );
    expect(families.rows.length).toBeGreaterThanOrEqual(19);
    const priced = await p.db.query<{ pricing_ref: string }>(
      "SELECT DISTINCT pricing_ref FROM market_products WHERE pricing_ref IS NOT NULL",
    );
    expect(priced.rows.map((x) => x.pricing_ref).sort()).toEqual(
      [
        "carbon-disclosure-linked-loan",
        "carbon-quota-pledge-retrofit",
        "carbon-sink-future-income-pledge",
        "ccer-future-income-pledge",
        "emission-right-pledge",
        "sustainability-linked-loan",
      ].map((k) => `market-pricing@2026.1#${k}`),
    );
    const statuses = await p.db.query<{ status: string; n: number }>(
      "SELECT status, count(*)::int AS n FROM financing_needs GROUP BY status",
    );
    expect(Object.fromEntries(statuses.rows.map((x) => [x.status, x.n]))).toEqual(counts!.byStatus);
    const programmes = await p.db.query<{ status: string }>("SELECT status FROM subsidy_programmes ORDER BY status");
    expect(programmes.rows.map((x) => x.status)).toEqual(["closed", "open"]);
    expect(await seedDemoMarketOnce(p, district)).toBeNull();
  });

  it("keeps the claim counts, the broadcasts and the three-claimant limit consistent", async () => {
    const bad = await p.db.query(
      `SELECT n.id FROM financing_needs n
        WHERE n.claim_count <> (SELECT count(*) FROM need_claims c WHERE c.need_id = n.id)
           OR n.broadcast_count <> (SELECT count(*) FROM need_broadcasts b WHERE b.need_id = n.id)
           OR n.claim_count > 3 OR n.posted_at > $1 OR n.updated_at > $1`,
      [SEED_NOW],
    );
    expect(bad.rows).toEqual([]);
    // Every claimant was broadcast to, and claims through one of the products the need matched.
    const outside = await p.db.query(
      `SELECT c.id FROM need_claims c LEFT JOIN need_broadcasts b ON b.need_id = c.need_id AND b.org_id = c.org_id
        WHERE b.need_id IS NULL OR NOT (c.product_id = ANY (b.product_ids))`,
    );
    expect(outside.rows).toEqual([]);
    const three = await p.db.query<{ status: string }>("SELECT status FROM financing_needs WHERE claim_count = 3");
    expect(three.rows.length).toBeGreaterThan(10);
    const declined = await p.db.query<{ claims: number; declined: number; reason: string }>(
      `SELECT n.claim_count AS claims, n.close_reason AS reason,
              (SELECT count(*)::int FROM need_claims c WHERE c.need_id = n.id AND c.decision = 'declined') AS declined
         FROM financing_needs n WHERE n.status = 'declined'`,
    );
    expect(declined.rows.length).toBeGreaterThan(0);
    for (const x of declined.rows) expect(x).toMatchObject({ claims: 3, declined: 3 });
    const open = await p.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM financing_needs WHERE status = 'open' AND claim_count = 0",
    );
    expect(open.rows[0]!.n).toBe(counts!.byStatus.open);
  });

  it("records steps in order, fundings within the offer, one chosen offer per need", async () => {
    const r = await p.db.query<{ status: string; chosen: number; funded: number; bad: number }>(
      `SELECT n.status,
              count(*) FILTER (WHERE c.offer_chosen)::int AS chosen,
              count(*) FILTER (WHERE c.funded_at IS NOT NULL)::int AS funded,
              count(*) FILTER (WHERE c.claimed_at > coalesce(c.responded_at, c.claimed_at)
                                  OR c.responded_at > coalesce(c.visited_at, c.responded_at)
                                  OR c.visited_at > coalesce(c.decided_at, c.visited_at)
                                  OR c.decided_at > coalesce(c.chosen_at, c.decided_at)
                                  OR c.chosen_at > coalesce(c.funded_at, c.chosen_at)
                                  OR c.funded_amount > c.approved_amount
                                  OR greatest(c.claimed_at, c.responded_at, c.visited_at, c.decided_at,
                                              c.chosen_at, c.funded_at) > $1)::int AS bad
         FROM financing_needs n JOIN need_claims c ON c.need_id = n.id GROUP BY n.id, n.status`,
      [SEED_NOW],
    );
    for (const x of r.rows) {
      expect(x.bad).toBe(0);
      expect(x.chosen).toBe(x.status === "offer_chosen" || x.status === "funded" ? 1 : 0);
      expect(x.funded).toBe(x.status === "funded" ? 1 : 0);
    }
    const funded = await p.db.query<{ loan_reference: string; pledge_id: string | null; pledge_loan: string | null }>(
      `SELECT c.loan_reference, c.pledge_id, g.loan_reference AS pledge_loan
         FROM need_claims c LEFT JOIN carbon_pledges g ON g.id = c.pledge_id WHERE c.funded_at IS NOT NULL`,
    );
    expect(funded.rows.length).toBe(counts!.byStatus.funded);
    for (const x of funded.rows) if (x.pledge_id) expect(x.pledge_loan).toBe(x.loan_reference);
    expect(funded.rows.filter((x) => x.pledge_id).length).toBe(counts!.pledges);
    expect(counts!.pledges).toBeGreaterThan(0);
  });

  it("prices each decided offer of a priced product from its table, and offers that rate", async () => {
    const r = await p.db.query<{
      rate: string | null;
      decision: string;
      basis: { finalRatePercent: string; pricingRef: string } | null;
      ref: string;
    }>(
      `SELECT c.rate::text AS rate, c.decision, c.price_basis AS basis, m.pricing_ref AS ref
         FROM need_claims c JOIN market_products m ON m.id = c.product_id
        WHERE c.decided_at IS NOT NULL AND m.pricing_ref IS NOT NULL`,
    );
    expect(r.rows.length).toBeGreaterThan(0);
    const withBasis = r.rows.filter((x) => x.basis);
    expect(withBasis.length).toBeGreaterThan(r.rows.length / 2);
    for (const x of withBasis) {
      expect(x.basis!.pricingRef).toBe(x.ref);
      if (x.decision === "approved") expect(Number(x.rate)).toBe(Number(x.basis!.finalRatePercent));
    }
  });

  it("pledges no holding beyond what it holds; released pledges give their quantity back", async () => {
    const r = await p.db.query<{ kind: string; quantity: string; pledged: string; active: string }>(
      `SELECT h.kind, h.quantity::text, h.pledged_quantity::text AS pledged,
              coalesce((SELECT sum(g.quantity) FROM carbon_pledges g WHERE g.holding_id = h.id AND g.status = 'active'), 0)::text AS active
         FROM carbon_holdings h`,
    );
    expect(r.rows.length).toBe(counts!.holdings);
    for (const x of r.rows) {
      expect(Number(x.pledged)).toBeLessThanOrEqual(Number(x.quantity));
      expect(Number(x.pledged)).toBe(Number(x.active));
    }
    // Allowances are sized from the latest ETS allocation.
    const cea = await p.db.query<{ ok: boolean }>(
      `SELECT h.quantity = a.allocated_t AS ok FROM carbon_holdings h
         JOIN carbon_ets_allocations a ON a.org_id = h.org_id AND a.year = h.compliance_year
        WHERE h.kind = 'cea_allowance' AND a.year = 2025`,
    );
    expect(cea.rows.length).toBe(6);
    expect(cea.rows.every((x) => x.ok)).toBe(true);
  });

  it("leaves claims overdue at the seeding time, as the real timers judge them, all on the calendar", async () => {
    const admin = await actorFor(p, "district-qinwan", "admin");
    const t = await claimTimers(p, admin);
    expect(t.claims.length).toBe(counts!.claims);
    expect(t.claims.filter((c) => c.coverageError)).toEqual([]);
    expect(t.overdueCount).toBe(counts!.overdueClaims);
    expect(t.overdueCount).toBeGreaterThan(10);
    // The sweep at the seeding time flagged them and expired nothing the demo keeps live.
    const flags = await p.db.query<{ n: number }>(
      "SELECT count(DISTINCT claim_id)::int AS n FROM market_reminders WHERE kind = 'overdue'",
    );
    expect(flags.rows[0]!.n).toBe(counts!.overdueClaims);
    const stages = new Set(t.claims.flatMap((c) => c.overdueStages));
    expect(stages).toEqual(new Set(["respond", "visit", "decide"]));
    // Claims still inside their limits are pending (a reminder falls due only from midday before a deadline).
    expect(t.claims.some((c) => c.timers?.stages.some((s) => s.status === "pending"))).toBe(true);
  });
});
