/**
 * The carbon pledge registry on a real database (both engines): 20 simultaneous pledges of one holding from five
 * institutions, each through a tenant session as a request would run, yield exactly the quantity held; a release
 * frees the quantity again; a secured amount above the maximum loan is refused with the figures; no consent, no
 * pledge; row-level security and the reservation trigger hold when the application is bypassed; every change is
 * audited; a price drop puts a pledge into margin call with the top-up that restores the cap.
 */
import {
  type Actor,
  type AppError,
  checkMarginCalls,
  createGrant,
  isAppError,
  listCarbonHoldings,
  listPledges,
  type PledgeInput,
  recordCarbonHolding,
  registerPledge,
  releasePledge,
  runAsTenant,
  tenantAware,
} from "@greenfin/app";
import { loadMarketPricing, type MarketPricingSet } from "@greenfin/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { failure, tenantRequests } from "../../../tests/support/tenant-requests";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let ent: Actor; // the pledgor, an analyst (write)
let entAdmin: Actor; // grants consent
let district: Actor;
let banks: Actor[]; // five institutions holding the enterprise's `financing` grant
let stranger: Actor; // an institution without a grant
let otherEnt: Actor;

const EXPIRES = "2027-12-31T00:00:00.000Z";
const PRODUCT = "carbon-quota-pledge-retrofit";

/** What a use-case sees inside a signed-in request: the tenant session's transaction, row-level security on. */
const { asRequest, sql } = tenantRequests(() => p);

const paths = (e: AppError) => ((e.details?.problems ?? []) as { path: string }[]).map((x) => x.path);

const holding = (quantity = "10000") =>
  recordCarbonHolding(p, ent, {
    kind: "cea_allowance",
    quantity,
    complianceYear: 2025,
    registryRef: "CEA-REG-370200-0001",
    source: "registry_statement",
  });

const pledge = (holdingId: string, over: Partial<PledgeInput> = {}): PledgeInput => ({
  holdingId,
  quantity: "1000",
  productKey: PRODUCT,
  loanReference: `L-${Math.random().toString(36).slice(2, 10)}`,
  securedAmount: "30000",
  termStart: "2026-03-02",
  termEnd: "2027-03-01",
  ...over,
});

beforeAll(async () => {
  p = await openTestPlatform();
  ent = await actorFor(p, "ent-0001", "analyst");
  entAdmin = await actorFor(p, "ent-0001", "admin");
  district = await actorFor(p, "district-qinwan", "admin");
  otherEnt = await actorFor(p, "ent-0002", "admin");
  const keys = (
    await p.db.query<{ demo_key: string }>(
      `SELECT demo_key FROM organisations WHERE kind IN ('bank','insurer','fund_manager') AND demo_key IS NOT NULL
        ORDER BY demo_key LIMIT 6`,
    )
  ).rows.map((r) => r.demo_key);
  const all = await Promise.all(keys.map((k) => actorFor(p, k, "admin")));
  banks = all.slice(0, 5);
  stranger = all[5]!;
  for (const bank of banks)
    await createGrant(p, entAdmin, {
      granteeOrgId: bank.orgId,
      scope: "financing",
      purpose: "pledge",
      expiresAt: EXPIRES,
    });
});
afterAll(() => p?.close());

describe("carbon holdings", () => {
  it("records a holding with its audit entry and lists it with what is free", async () => {
    const h = await holding("2500.5");
    expect(h).toMatchObject({ kind: "cea_allowance", quantity: "2500.500", unit: "tCO2e", pledged: "0.000" });
    expect(h.free).toBe("2500.500");
    const audit = await p.db.query(
      "SELECT 1 FROM audit_log WHERE action = 'market.holding.record' AND entity_id = $1",
      [h.id],
    );
    expect(audit.rows).toHaveLength(1);
    expect((await listCarbonHoldings(p, ent)).map((x) => x.id)).toContain(h.id);
    expect((await listCarbonHoldings(p, otherEnt)).map((x) => x.id)).not.toContain(h.id);
    expect((await listCarbonHoldings(p, banks[0]!)).map((x) => x.id)).toContain(h.id); // under its grant
    expect((await listCarbonHoldings(p, stranger)).map((x) => x.id)).not.toContain(h.id);
  });

  it("lists every problem of a bad holding with its field", async () => {
    const e = await failure(
      recordCarbonHolding(p, ent, {
        kind: "emission_right",
        quantity: "1.2345",
        unit: "tCO2e",
        registryRef: "",
        source: "x",
      }),
    );
    expect(e.code).toBe("VALIDATION_FAILED");
    expect(paths(e).sort()).toEqual(["pollutant", "quantity", "registryRef", "unit"]);
  });

  it("lets the district record for an enterprise, and no enterprise for another", async () => {
    const h = await recordCarbonHolding(p, district, {
      orgId: otherEnt.orgId,
      kind: "emission_right",
      quantity: "12",
      pollutant: "SO2",
      registryRef: "ER-QD-2026-0042",
      source: "allocation_notice",
    });
    expect(h).toMatchObject({ orgId: otherEnt.orgId, unit: "t", recordedByOrgId: district.orgId });
    const e = await failure(
      recordCarbonHolding(p, ent, {
        orgId: otherEnt.orgId,
        kind: "ccer_issued",
        quantity: "1",
        registryRef: "x",
        source: "x",
      }),
    );
    expect(e.code).toBe("NOT_FOUND");
  });
});

describe("pledge registry", () => {
  it("gives 20 simultaneous pledges of 1,000 t on 10,000 t exactly 10 successes and 10 conflicts naming the figures", async () => {
    const h = await holding("10000");
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => {
        const bank = banks[i % banks.length]!;
        return asRequest(bank, (tp) => registerPledge(tp, bank, pledge(h.id, { loanReference: `L-RACE-${i}` })));
      }),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(ok).toHaveLength(10);
    expect(refused).toHaveLength(10);
    for (const e of refused) {
      expect(isAppError(e)).toBe(true);
      const err = e as AppError;
      expect(err.code).toBe("CONFLICT");
      expect(err.details).toMatchObject({ field: "quantity", requested: "1000.000", held: "10000.000" });
      expect(err.details?.free).toMatch(/^\d+\.000$/);
      expect(err.messageEn).toMatch(/held 10000\.000, already pledged [\d.]+, free [\d.]+/);
      expect(err.messageZh).toMatch(/持有 10000\.000 tCO2e，已质押/);
    }
    const [after] = (await listCarbonHoldings(p, ent)).filter((x) => x.id === h.id);
    expect(after).toMatchObject({ pledged: "10000.000", free: "0.000" });
    const sum = await p.db.query<{ n: string; q: string }>(
      "SELECT count(*)::text AS n, sum(quantity)::text AS q FROM carbon_pledges WHERE holding_id = $1 AND status = 'active'",
      [h.id],
    );
    expect(sum.rows[0]).toMatchObject({ n: "10" });
    expect(Number(sum.rows[0]!.q)).toBe(10000);
    const audits = await p.db.query(
      "SELECT 1 FROM audit_log WHERE action = 'market.pledge.register' AND details->>'holdingId' = $1",
      [h.id],
    );
    expect(audits.rows).toHaveLength(10); // refused attempts leave no entry

    // A release (by the pledgee, on repayment) frees the quantity: a new pledge then fits, and only one.
    const mine = (await listPledges(p, banks[0]!, { holdingId: h.id, status: "active" }))[0]!;
    expect(mine.pledgeeOrgId).toBe(banks[0]!.orgId);
    expect((await failure(releasePledge(p, ent, mine.id))).code).toBe("FORBIDDEN"); // the pledgor cannot
    expect((await failure(releasePledge(p, stranger, mine.id))).code).toBe("NOT_FOUND");
    const released = await asRequest(banks[0]!, (tp) =>
      releasePledge(tp, banks[0]!, mine.id, { note: "repaid in full" }),
    );
    expect(released).toMatchObject({ status: "released", releaseNote: "repaid in full" });
    expect((await failure(releasePledge(p, banks[0]!, mine.id))).code).toBe("CONFLICT");
    expect((await listCarbonHoldings(p, ent)).find((x) => x.id === h.id)).toMatchObject({ free: "1000.000" });
    const again = await Promise.allSettled(
      [banks[1]!, banks[2]!].map((b, i) => registerPledge(p, b, pledge(h.id, { loanReference: `L-AGAIN-${i}` }))),
    );
    expect(again.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const releases = await p.db.query(
      "SELECT 1 FROM audit_log WHERE action = 'market.pledge.release' AND entity_id = $1",
      [mine.id],
    );
    expect(releases.rows).toHaveLength(1);
  });

  it("refuses a secured amount above the maximum loan, with the figures", async () => {
    const h = await holding("5000");
    // 1,000 t × 62.36 (CEA 2025 annual average) × (1 − 10 %) = 56,124.00; × 70 % = 39,286.80.
    const e = await failure(registerPledge(p, banks[0]!, pledge(h.id, { securedAmount: "39286.81" })));
    expect(e.code).toBe("VALIDATION_FAILED");
    expect(e.details).toMatchObject({
      maxLoan: "39286.80",
      collateralValue: "56124.00",
      marketValue: "62360.00",
      price: "62.36",
      ltvCapPercent: "70",
    });
    expect(paths(e)).toEqual(["securedAmount"]);
    expect(e.messageEn).toContain("39286.80");
    const ok = await registerPledge(p, banks[0]!, pledge(h.id, { securedAmount: "39286.80" }));
    expect(ok.valuation).toMatchObject({
      maxLoan: "39286.80",
      collateralValue: "56124.00",
      pricingRef: expect.any(String),
    });
    expect((ok.valuation as { trace: unknown[] }).trace.length).toBeGreaterThan(3);
  });

  it("needs the enterprise's consent and an institution with write", async () => {
    const h = await holding("3000");
    expect((await failure(registerPledge(p, stranger, pledge(h.id)))).code).toBe("NOT_FOUND");
    expect((await failure(registerPledge(p, ent, pledge(h.id)))).code).toBe("FORBIDDEN");
    const viewer = { ...banks[0]!, role: "viewer" as const };
    expect((await failure(registerPledge(p, viewer, pledge(h.id)))).code).toBe("FORBIDDEN");
    expect(
      (await failure(registerPledge(p, banks[0]!, pledge(h.id, { productKey: "emission-right-pledge" })))).code,
    ).toBe("VALIDATION_FAILED");
    const bad = await failure(registerPledge(p, banks[0]!, pledge(h.id, { quantity: "0", termEnd: "2025-01-01" })));
    expect(paths(bad).sort()).toEqual(["quantity", "termEnd"]);
    expect(paths(await failure(registerPledge(p, banks[0]!, pledge(h.id, { termStart: "2026-02-30" }))))).toEqual([
      "termStart",
    ]);
    // The grant read is logged in the enterprise's access log.
    await registerPledge(p, banks[1]!, pledge(h.id));
    const log = await p.db.query("SELECT 1 FROM grant_access_log WHERE resource = $1 AND reader_org_id = $2", [
      `carbon_holding:${h.id}`,
      banks[1]!.orgId,
    ]);
    expect(log.rows.length).toBeGreaterThan(0);
  });

  it("shows each party its part of the registry", async () => {
    const h = await holding("2000");
    const made = await registerPledge(p, banks[3]!, pledge(h.id));
    expect((await listPledges(p, ent)).map((x) => x.id)).toContain(made.id);
    expect((await listPledges(p, banks[3]!)).map((x) => x.id)).toContain(made.id);
    expect((await listPledges(p, banks[4]!)).map((x) => x.id)).not.toContain(made.id);
    expect((await listPledges(p, district)).map((x) => x.id)).toContain(made.id);
    expect((await listPledges(p, otherEnt)).map((x) => x.id)).not.toContain(made.id);
  });
});

describe("row-level security and the reservation, with the application bypassed", () => {
  it("shows holdings and pledges only to their parties", async () => {
    const h = await holding("4000");
    const made = await registerPledge(p, banks[2]!, pledge(h.id));
    const holdingIds = async (a: Actor) =>
      (await sql<{ id: string }>(a, "SELECT id FROM carbon_holdings")).map((x) => x.id);
    const pledgeIds = async (a: Actor) =>
      (await sql<{ id: string }>(a, "SELECT id FROM carbon_pledges")).map((x) => x.id);
    expect(await holdingIds(ent)).toContain(h.id);
    expect(await holdingIds(district)).toContain(h.id);
    expect(await holdingIds(otherEnt)).not.toContain(h.id);
    expect(await holdingIds(stranger)).not.toContain(h.id);
    expect(await pledgeIds(ent)).toContain(made.id);
    expect(await pledgeIds(banks[2]!)).toContain(made.id);
    expect(await pledgeIds(banks[3]!)).not.toContain(made.id);
    expect(await pledgeIds(stranger)).toEqual([]);
    expect(await pledgeIds(otherEnt)).toEqual([]);
    // A pledgee cannot edit the holding's figures, nor release another institution's pledge.
    expect(
      await sql(banks[2]!, "UPDATE carbon_holdings SET pledged_quantity = 0 WHERE id = $1 RETURNING id", [h.id]),
    ).toEqual([]);
    expect(
      await sql(
        banks[3]!,
        "UPDATE carbon_pledges SET status = 'released', released_at = now() WHERE id = $1 RETURNING id",
        [made.id],
      ),
    ).toEqual([]);
  });

  it("refuses a raw pledge without consent, and one beyond the free quantity even with it", async () => {
    const h = await holding("1000");
    const insert = `INSERT INTO carbon_pledges (ref_no, holding_id, org_id, pledgee_org_id, quantity, unit, product_key,
                      pricing_ref, loan_reference, secured_amount, term_start, term_end, call_price, status, valuation,
                      registered_at)
                    VALUES ($1, $2, $3, $4, $5, 'tCO2e', 'carbon-quota-pledge-retrofit', 'x', $1, 1, '2026-03-02',
                            '2026-12-31', 1, 'active', '{}', now()) RETURNING id`;
    await expect(sql(stranger, insert, ["RAW-1", h.id, ent.orgId, stranger.orgId, "10"])).rejects.toThrow(
      /row-level security|violates/,
    );
    expect(await sql(banks[0]!, insert, ["RAW-2", h.id, ent.orgId, banks[0]!.orgId, "600"])).toHaveLength(1);
    await expect(sql(banks[1]!, insert, ["RAW-3", h.id, ent.orgId, banks[1]!.orgId, "600"])).rejects.toThrow(
      /free quantity/,
    );
    // The refusal carries what the use-case needs to answer with the figures, on both engines.
    const raw = await p.db.query(insert, ["RAW-5", h.id, ent.orgId, banks[1]!.orgId, "500"]).catch((e: unknown) => e);
    expect(raw).toMatchObject({ code: "23514", constraint: "carbon_pledges_within_holding" });
    expect(JSON.parse((raw as { detail: string }).detail)).toEqual({ held: "1000", pledged: "600", requested: "500" });
    // Not even the platform itself (no tenant session) can over-pledge or lower the holding under its pledges.
    await expect(p.db.query(insert, ["RAW-4", h.id, ent.orgId, banks[1]!.orgId, "400.001"])).rejects.toThrow(
      /free quantity/,
    );
    await expect(p.db.query("UPDATE carbon_holdings SET quantity = 500 WHERE id = $1", [h.id])).rejects.toThrow(
      /check constraint/,
    );
    const [row] = (
      await p.db.query<{ q: string }>("SELECT pledged_quantity::text AS q FROM carbon_holdings WHERE id = $1", [h.id])
    ).rows;
    expect(Number(row!.q)).toBe(600);
  });
});

describe("the reservation under concurrency, without the application's first look", () => {
  it("lets 20 simultaneous raw inserts of 100 t on 1,000 t reserve exactly 1,000 t", async () => {
    const h = await holding("1000");
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => {
        const bank = banks[i % banks.length]!;
        return runAsTenant(p.db, bank, () =>
          tenantAware(p.db).query(
            `INSERT INTO carbon_pledges (ref_no, holding_id, org_id, pledgee_org_id, quantity, unit, product_key,
                                         pricing_ref, loan_reference, secured_amount, term_start, term_end, call_price,
                                         status, valuation, registered_at)
             VALUES ($1, $2, $3, $4, 100, 'tCO2e', 'carbon-quota-pledge-retrofit', 'x', $1, 1, '2026-03-02',
                     '2026-12-31', 1, 'active', '{}', now())`,
            [`RACE-RAW-${i}`, h.id, ent.orgId, bank.orgId],
          ),
        );
      }),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    for (const r of results) if (r.status === "rejected") expect(String(r.reason)).toMatch(/free quantity/);
    const [row] = (
      await p.db.query<{ q: string; s: string }>(
        `SELECT h.pledged_quantity::text AS q, (SELECT sum(quantity) FROM carbon_pledges c
                                                 WHERE c.holding_id = h.id AND c.status = 'active')::text AS s
           FROM carbon_holdings h WHERE h.id = $1`,
        [h.id],
      )
    ).rows;
    expect([Number(row!.q), Number(row!.s)]).toEqual([1000, 1000]);
  });
});

describe("margin calls", () => {
  /** The shipped pricing set with a later CEA point: the price fell to `price` on 2026-03-10. */
  const withCeaPrice = (price: string): MarketPricingSet => {
    const base = loadMarketPricing();
    return {
      ...base,
      series: base.series.map((s) =>
        s.key === "cea"
          ? { ...s, points: [...s.points, { date: "2026-03-10", price, basis: "test", source: "test", note: "" }] }
          : s,
      ),
    };
  };

  it("flags a call with the top-up when the price falls, and liquidation on a deeper fall", async () => {
    const h = await holding("3000");
    const bank = banks[4]!;
    const made = await registerPledge(p, bank, pledge(h.id, { securedAmount: "30000" }));
    const mine = (r: Awaited<ReturnType<typeof checkMarginCalls>>) => r.pledges.find((x) => x.pledgeId === made.id)!;

    const calm = await checkMarginCalls(p, bank, { asOf: "2026-03-15" });
    expect(mine(calm)).toMatchObject({ status: "none", price: "62.36", ltvPercent: "53.45", topUp: null });

    // 1,000 t × 40 × 0.9 = 36,000; LTV 30,000 ÷ 36,000 = 83.33 % > 80 %: a call. Restoring 70 % needs 42,857.14…
    const call = await checkMarginCalls(p, bank, { asOf: "2026-03-15", pricing: withCeaPrice("40") });
    expect(mine(call)).toMatchObject({
      status: "call",
      price: "40",
      priceDate: "2026-03-10",
      ltvPercent: "83.33",
      collateralValue: "36000.00",
      topUp: { quantity: "190.477", cashRepayment: "4800.00", cashDeposit: "6857.15", unit: "tCO2e" },
    });
    expect(call.counts.call).toBeGreaterThanOrEqual(1);

    // 1,000 t × 35 × 0.9 = 31,500; LTV 95.24 % ≥ 90 %: liquidation.
    const deep = await checkMarginCalls(p, bank, { asOf: "2026-03-15", pricing: withCeaPrice("35") });
    expect(mine(deep)).toMatchObject({ status: "liquidate", ltvPercent: "95.24" });

    // Before the new point, the old price still holds.
    expect(mine(await checkMarginCalls(p, bank, { asOf: "2026-03-09", pricing: withCeaPrice("35") })).status).toBe(
      "none",
    );
    // Only the pledgee checks its book; a released pledge leaves it.
    expect((await failure(checkMarginCalls(p, ent))).code).toBe("FORBIDDEN");
    expect(paths(await failure(checkMarginCalls(p, bank, { asOf: "2026-02-30" })))).toEqual(["asOf"]);
    await releasePledge(p, bank, made.id);
    expect((await checkMarginCalls(p, bank)).pledges.some((x) => x.pledgeId === made.id)).toBe(false);
  });
});
