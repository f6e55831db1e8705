/**
 * A need's life in the marketplace, on a real database (both engines): it is broadcast only to the institutions with
 * an eligible product (the others neither see nor claim it, also with the application bypassed); the matching quotes
 * each eligible product's linked price and a decision keeps it as the offer's price basis; the enterprise chooses an
 * offer and opens its carbon holdings to that bank; the bank registers a pledge and records the drawn loan (funded);
 * three refusals decline a need; the enterprise withdraws one; the service-level sweep writes reminders and overdue
 * flags once, stops judging claimants when an offer is chosen, and expires needs nobody served; the overview adds it up.
 */
import {
  type Actor,
  assessLinkedLoan,
  chooseOffer,
  claimNeed,
  fundClaim,
  getNeed,
  listNeeds,
  listReminders,
  marketOverview,
  matchNeed,
  type NeedInput,
  type ProductInput,
  postNeed,
  publishProduct,
  recordCarbonHolding,
  recordClaimStep,
  registerPledge,
  releasePledge,
  serviceLevelCompliance,
  sweepServiceLevels,
  withdrawNeed,
} from "@greenfin/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { failure, tenantRequests } from "../../../tests/support/tenant-requests";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let ent: Actor; // admin: posts, chooses, grants
let district: Actor;
let pledgeBank: Actor; // a carbon-quota pledge product with a pricing table
let plainBank: Actor; // a plain retrofit loan, no table
let thirdBank: Actor; // a broad loan
let outsider: Actor; // only a product the needs never fit

const { asRequest, sql } = tenantRequests(() => p);

const need = (over: Partial<NeedInput> = {}): NeedInput => ({
  amount: "5000000",
  tenorMonths: 24,
  purpose: "technical-retrofit",
  description: "余热回收改造",
  collateral: ["cea-allowance"],
  consents: { esg: true, carbon: true },
  ...over,
});

const product = (over: Partial<ProductInput>): ProductInput => ({
  productKey: "x",
  family: "green_credit",
  nameZh: "贷款",
  nameEn: "Loan",
  description: "",
  eligibility: { amount: { min: 1_000_000, max: 20_000_000 } },
  rate: { min: "2.8", max: "4.2" },
  ...over,
});

const at = (iso: string) => new Date(iso);
const audits = async (action: string, entityId: string) =>
  (await p.db.query("SELECT 1 FROM audit_log WHERE action = $1 AND entity_id = $2", [action, entityId])).rows.length;

let pledgeProductId: string;

beforeAll(async () => {
  p = await openTestPlatform();
  p.clock.set(at("2026-04-01T02:00:00.000Z")); // Wednesday 10:00 in Shanghai
  ent = await actorFor(p, "ent-0001", "admin");
  district = await actorFor(p, "district-qinwan", "admin");
  const keys = (
    await p.db.query<{ demo_key: string }>(
      "SELECT demo_key FROM organisations WHERE kind = 'bank' AND demo_key IS NOT NULL ORDER BY demo_key LIMIT 4",
    )
  ).rows.map((r) => r.demo_key);
  [pledgeBank, plainBank, thirdBank, outsider] = (await Promise.all(keys.map((k) => actorFor(p, k, "admin")))) as [
    Actor,
    Actor,
    Actor,
    Actor,
  ];
  pledgeProductId = (
    await publishProduct(
      p,
      pledgeBank!,
      product({
        productKey: "cea-pledge-retrofit",
        subType: "carbon_quota_pledge",
        nameZh: "碳配额质押+技改贷款",
        nameEn: "CEA pledge + retrofit loan",
        eligibility: { amount: { min: 1_000_000, max: 20_000_000 }, collateral: ["cea-allowance"] },
        pricingTemplate: "carbon-quota-pledge-retrofit",
      }),
    )
  ).id;
  await publishProduct(p, plainBank!, product({ productKey: "retrofit", subType: "transition" }));
  await publishProduct(p, thirdBank!, product({ productKey: "broad", subType: "carbon_neutral" }));
  await publishProduct(
    p,
    outsider!,
    product({ productKey: "tiny", subType: "blue", eligibility: { amount: { max: 100_000 } } }),
  );
});
afterAll(() => p?.close());

describe("broadcast", () => {
  it("sends a need only to institutions with an eligible product, and no other sees or claims it", async () => {
    const n = await postNeed(p, ent, need());
    expect(n.broadcastCount).toBe(3);
    const sent = await p.db.query<{ org_id: string; product_ids: string[] }>(
      "SELECT org_id, product_ids FROM need_broadcasts WHERE need_id = $1",
      [n.id],
    );
    expect(sent.rows.map((r) => r.org_id).sort()).toEqual([pledgeBank.orgId, plainBank.orgId, thirdBank.orgId].sort());
    expect(sent.rows.find((r) => r.org_id === pledgeBank.orgId)?.product_ids).toEqual([pledgeProductId]);
    // The institution reads which of its products matched; the outsider does not see the need at all.
    const inbox = await asRequest(pledgeBank, (tp) => listNeeds(tp, pledgeBank));
    expect(inbox.find((x) => x.id === n.id)?.broadcastProductIds).toEqual([pledgeProductId]);
    expect((await listNeeds(p, outsider)).map((x) => x.id)).not.toContain(n.id);
    expect((await failure(getNeed(p, outsider, n.id))).code).toBe("NOT_FOUND");
    expect((await failure(claimNeed(p, outsider, { needId: n.id }))).code).toBe("NOT_FOUND");
    // Row-level security and the claims guard hold the same line with the application bypassed.
    expect(await sql(outsider, "SELECT id FROM financing_needs WHERE id = $1", [n.id])).toEqual([]);
    await expect(
      sql(
        outsider,
        "INSERT INTO need_claims (need_id, org_id, enterprise_org_id, claimed_at) VALUES ($1,$2,$3,now())",
        [n.id, outsider.orgId, ent.orgId],
      ),
    ).rejects.toThrow(/not broadcast/);
    expect(await sql(plainBank, "SELECT id FROM financing_needs WHERE id = $1", [n.id])).toHaveLength(1);
  });

  it("posts a need no product fits with a broadcast count of 0, counted as unmatched", async () => {
    const n = await postNeed(p, ent, need({ amount: "90000000" }));
    expect(n.broadcastCount).toBe(0);
    const o = await marketOverview(p, district);
    expect(o.needs.unmatched).toBeGreaterThanOrEqual(1);
  });
});

describe("a need from posting to a funded loan with a pledge", () => {
  it("quotes the linked price, keeps it on the offer, funds the loan against a registered pledge and releases it", async () => {
    const n = await postNeed(p, ent, need());
    const matching = await matchNeed(p, ent, n.id);
    const pledgeMatch = matching.matches.find((m) => m.productId === pledgeProductId)!;
    expect(pledgeMatch.status).toBe("eligible");
    const price = pledgeMatch.price!;
    expect(price.pricingRef).toBe("market-pricing@2026.1#carbon-quota-pledge-retrofit");
    // base = the 1-year LPR in force + 30 bp; every adjustment names its row; the final rate is base + bounded sum.
    expect(price.baseHow).toMatch(/LPR/);
    const sum = price.adjustments.reduce((a, x) => a + x.bp, 0);
    expect(price.adjustmentBeforeBoundsBp).toBe(sum);
    expect(Number(price.finalRatePercent)).toBeCloseTo(Number(price.baseRatePercent) + price.adjustmentBp / 100, 6);
    expect(matching.matches.find((m) => m.product.orgId === plainBank.orgId)?.price).toBeNull();

    const claim = await claimNeed(p, pledgeBank, { needId: n.id, productId: pledgeProductId });
    p.clock.set(at("2026-04-01T06:00:00.000Z"));
    await recordClaimStep(p, pledgeBank, claim.id, { step: "respond" });
    await recordClaimStep(p, pledgeBank, claim.id, { step: "visit" });
    // No rate given: the product's table sets it, and the basis is kept with the decision.
    const decided = await recordClaimStep(p, pledgeBank, claim.id, {
      step: "decide",
      decision: "approved",
      amount: "4000000",
    });
    expect(decided.rate).toBe(decided.priceBasis?.finalRatePercent.replace(/\.?0+$/, ""));
    expect(decided.priceBasis?.pricingRef).toBe(price.pricingRef);

    // The enterprise chooses it and opens its carbon holdings to the bank.
    const chosen = await chooseOffer(p, ent, claim.id, { grantFinancing: true });
    expect(chosen.offerChosen).toBe(true);
    const grant = await p.db.query(
      "SELECT 1 FROM consent_grants WHERE grantor_org_id = $1 AND grantee_org_id = $2 AND scope = 'financing'",
      [ent.orgId, pledgeBank.orgId],
    );
    expect(grant.rows).toHaveLength(1);
    expect((await getNeed(p, ent, n.id)).status).toBe("offer_chosen");

    const holding = await recordCarbonHolding(p, ent, {
      kind: "cea_allowance",
      quantity: "200000",
      complianceYear: 2025,
      registryRef: "CEA-REG-LIFECYCLE-1",
      source: "registry_statement",
    });
    const pledge = await asRequest(pledgeBank, (tp) =>
      registerPledge(tp, pledgeBank, {
        holdingId: holding.id,
        quantity: "100000",
        productKey: "carbon-quota-pledge-retrofit",
        loanReference: "QD-GL-2026-0401",
        securedAmount: "3000000",
        termStart: "2026-04-01",
        termEnd: "2028-03-31",
      }),
    );
    // More than approved is refused; the drawn loan names the pledge; the need is funded.
    const over = await failure(fundClaim(p, pledgeBank, claim.id, { amount: "4000000.01", loanReference: "L" }));
    expect(over.code).toBe("VALIDATION_FAILED");
    const funded = await fundClaim(p, pledgeBank, claim.id, {
      amount: "4000000",
      loanReference: "QD-GL-2026-0401",
      pledgeId: pledge.id,
    });
    expect(funded).toMatchObject({ fundedAmount: "4000000", loanReference: "QD-GL-2026-0401", pledgeId: pledge.id });
    const closed = await getNeed(p, ent, n.id);
    expect(closed.status).toBe("funded");
    expect(closed.closedAt).not.toBeNull();
    expect(await audits("market.claim.fund", claim.id)).toBe(1);
    expect((await failure(fundClaim(p, pledgeBank, claim.id, { amount: "1", loanReference: "L2" }))).code).toBe(
      "CONFLICT",
    );
    // Repaid: the pledge is released and the allowances are free again.
    const released = await releasePledge(p, pledgeBank, pledge.id, { note: "repaid in full" });
    expect(released.status).toBe("released");
    // The enterprise cannot fake a funding on its own claim, even bypassing the application.
    await expect(sql(ent, "UPDATE need_claims SET loan_reference = 'FAKE' WHERE id = $1", [claim.id])).rejects.toThrow(
      /cannot change|only the institution/,
    );
  });
});

describe("a funded loan for a certified project", () => {
  it("enters the bank's labelled green book with the project's category, in the same transaction", async () => {
    const projectId = (
      await p.db.query<{ id: string }>(
        `INSERT INTO green_projects (ref_no, org_id, submitted_by_org_id, name, description, area, industry_code,
                                     total_investment, financing_need, eia_status, classification, classifier_catalogue,
                                     classifier_vocabulary, fingerprint, status, certified_category, certificate_no,
                                     certified_at, submitted_at, updated_at)
         VALUES ('GP-LIFE-1', $1, $1, '余热回收', '余热回收改造项目', '琴湾', 'C2614', 8000000, 5000000, 'approved', '{}',
                 'x', 'x', 'GP-LIFE-1', 'certified', '1.4.1', 'GP-LIFE-1', now(), now(), now()) RETURNING id`,
        [ent.orgId],
      )
    ).rows[0]!.id;
    const n = await postNeed(p, ent, need({ projectId, description: "余热回收改造项目贷款" }));
    const c = await claimNeed(p, plainBank, { needId: n.id });
    await recordClaimStep(p, plainBank, c.id, { step: "respond" });
    await recordClaimStep(p, plainBank, c.id, { step: "visit" });
    await recordClaimStep(p, plainBank, c.id, { step: "decide", decision: "approved", amount: "5000000", rate: "3.3" });
    await chooseOffer(p, ent, c.id);
    await fundClaim(p, plainBank, c.id, { amount: "4500000", loanReference: "GL-LIFE-0001" });
    const booked = await p.db.query<{ project_id: string; category_code: string; amount: string; rate: string }>(
      `SELECT project_id, category_code, amount::text AS amount, rate_percent::text AS rate FROM green_financings
        WHERE org_id = $1 AND reference = 'GL-LIFE-0001'`,
      [plainBank.orgId],
    );
    expect(booked.rows).toEqual([{ project_id: projectId, category_code: "1.4.1", amount: "4500000", rate: "3.3" }]);
    const financed = await p.db.query<{ financing_count: number }>(
      "SELECT financing_count FROM green_projects WHERE id = $1",
      [projectId],
    );
    expect(financed.rows[0]?.financing_count).toBe(1);
  });
});

describe("a sustainability-linked loan", () => {
  it("steps the margin at each anniversary from the enterprise's carbon accounts", async () => {
    // Carbon intensity of revenue (location-based tCO2 per 万元): 2025 baseline 1000 / 10000 = 0.1; 2026 900 / 10000 =
    // 0.09 ≤ 0.1 × 0.95 = 0.095, met (−5 bp); 2027 950 / 10000 = 0.095 > 0.1 × 0.95² = 0.09025, missed (+5 bp).
    for (const [year, total] of [
      [2025, "1000"],
      [2026, "900"],
      [2027, "950"],
    ] as const)
      await p.db.query(
        `INSERT INTO carbon_accounts (org_id, year, version, calculated_on, method, factor_set, inputs_hash, scope1,
                                      scope1_combustion, scope1_process, scope2_location, scope2_market,
                                      total_location, total_market, revenue_wan, account, account_hash, created_at)
         VALUES ($1, $2, 1, '2026-01-01', 'test', 'test', 'h', 0, 0, 0, $3, $3, $3, $3, 10000, '{}', 'h', now())`,
        [ent.orgId, year, total],
      );
    const sll = await publishProduct(
      p,
      thirdBank,
      product({
        productKey: "sll-loan",
        subType: "sustainability_linked",
        eligibility: { amount: { min: 1_000_000, max: 20_000_000 } },
        pricingTemplate: "sustainability-linked-loan",
      }),
    );
    p.clock.set(at("2026-06-01T02:00:00.000Z"));
    const n = await postNeed(p, ent, need({ collateral: [] }));
    const c = await claimNeed(p, thirdBank, { needId: n.id, productId: sll.id });
    await recordClaimStep(p, thirdBank, c.id, { step: "respond" });
    await recordClaimStep(p, thirdBank, c.id, { step: "visit" });
    await recordClaimStep(p, thirdBank, c.id, { step: "decide", decision: "approved", amount: "5000000", rate: "4" });
    await chooseOffer(p, ent, c.id);
    expect((await failure(assessLinkedLoan(p, thirdBank, c.id))).code).toBe("CONFLICT"); // not drawn yet
    await fundClaim(p, thirdBank, c.id, { amount: "5000000", loanReference: "SLL-0001" });

    const before = await assessLinkedLoan(p, ent, c.id);
    expect(before.baseline).toEqual({ year: 2025, value: "0.1", source: "carbon account 2025 v1" });
    expect(before.tests).toEqual([]);
    expect(before.ratePercentNow).toBe("4.00");
    const first = await assessLinkedLoan(p, thirdBank, c.id, { asOf: at("2027-06-02T02:00:00.000Z") });
    expect(first.tests).toEqual([{ date: "2027-06-01", year: 2026 }]);
    expect(first.cumulativeStepBp).toBe(-5);
    expect(first.ratePercentNow).toBe("3.95");
    const second = await assessLinkedLoan(p, district, c.id, { asOf: at("2028-06-02T02:00:00.000Z") });
    expect(second.cumulativeStepBp).toBe(0);
    expect(second.ratePercentNow).toBe("4.00");
    expect((await failure(assessLinkedLoan(p, plainBank, c.id))).code).toBe("NOT_FOUND");
  });
});

describe("declined, withdrawn, expired", () => {
  it("declines a need when all three claimants decline", async () => {
    const n = await postNeed(p, ent, need());
    for (const bank of [pledgeBank, plainBank, thirdBank]) {
      const c = await claimNeed(p, bank, { needId: n.id });
      await recordClaimStep(p, bank, c.id, { step: "respond" });
      await recordClaimStep(p, bank, c.id, { step: "visit" });
      await recordClaimStep(p, bank, c.id, { step: "decide", decision: "declined", reasons: "现金流不足" });
    }
    const d = await getNeed(p, ent, n.id);
    expect(d.status).toBe("declined");
    expect(d.closeReason).toBe("every claimant declined");
  });

  it("lets the enterprise withdraw an unfunded need, after which claimants take no more steps", async () => {
    const n = await postNeed(p, ent, need());
    const c = await claimNeed(p, plainBank, { needId: n.id });
    const w = await withdrawNeed(p, ent, n.id, { reason: "已通过自有资金解决" });
    expect(w).toMatchObject({ status: "withdrawn", closeReason: "已通过自有资金解决" });
    expect((await failure(recordClaimStep(p, plainBank, c.id, { step: "respond" }))).code).toBe("CONFLICT");
    expect((await failure(withdrawNeed(p, ent, n.id))).code).toBe("CONFLICT");
    expect((await failure(withdrawNeed(p, district, n.id))).code).toBe("FORBIDDEN");
    expect(await audits("market.need.withdraw", n.id)).toBe(1);
  });
});

describe("the service-level sweep", () => {
  it("writes a reminder and an overdue flag once, stops at a chosen offer, and expires needs nobody served", async () => {
    // Thursday 2 April 2026, 10:00 in Shanghai: the respond deadline is the end of Friday (one working day).
    p.clock.set(at("2026-04-02T02:00:00.000Z"));
    const n = await postNeed(p, ent, need());
    const slow = await claimNeed(p, thirdBank, { needId: n.id });
    const quick = await claimNeed(p, plainBank, { needId: n.id });
    // Friday 13:00, within half a working day of the deadline: both reminders fall due, written once.
    const friday = at("2026-04-03T05:00:00.000Z");
    const first = await sweepServiceLevels(p.db, friday);
    const ours = async (kind: string) =>
      (
        await p.db.query("SELECT 1 FROM market_reminders WHERE claim_id = ANY($1::uuid[]) AND kind = $2", [
          [slow.id, quick.id],
          kind,
        ])
      ).rows.length;
    expect(first.reminders).toBeGreaterThanOrEqual(2);
    expect(await ours("due_soon")).toBe(2);
    const again = await sweepServiceLevels(p.db, friday);
    expect(again.reminders + again.overdueFlags).toBe(0); // once per claim, stage and kind
    p.clock.set(at("2026-04-03T06:00:00.000Z"));
    await recordClaimStep(p, plainBank, quick.id, { step: "respond" });
    // Tuesday 7 April (the Qingming holiday ends on Monday 6th): the slow bank's respond stage is overdue.
    await sweepServiceLevels(p.db, at("2026-04-07T02:00:00.000Z"));
    expect(await ours("overdue")).toBe(1);
    const mine = await listReminders(p, thirdBank);
    expect(mine.filter((r) => r.claimId === slow.id).map((r) => [r.stage, r.kind])).toContainEqual([
      "respond",
      "overdue",
    ]);
    expect((await listReminders(p, plainBank)).every((r) => r.institutionId === plainBank.orgId)).toBe(true);
    expect((await failure(listReminders(p, ent))).code).toBe("FORBIDDEN");

    p.clock.set(at("2026-04-07T03:00:00.000Z"));
    // The quick bank approves, the enterprise chooses it: the slow bank's later stages are not held against it.
    await recordClaimStep(p, plainBank, quick.id, { step: "visit" });
    await recordClaimStep(p, plainBank, quick.id, {
      step: "decide",
      decision: "approved",
      amount: "5000000",
      rate: "3.45",
    });
    await chooseOffer(p, ent, quick.id);
    const later = await serviceLevelCompliance(p, district, { asOf: at("2026-04-30T02:00:00.000Z") });
    const slowRow = later.institutions.find((i) => i.institutionId === thirdBank.orgId)!;
    expect(slowRow.stages.visit.overdue + slowRow.stages.decide.overdue).toBe(0);

    // A need nobody claims expires after 30 days; one claimed but never settled after 90.
    const lonely = await postNeed(p, ent, need({ amount: "80000000" }));
    const swept = await sweepServiceLevels(p.db, at("2026-05-08T02:00:00.000Z"));
    expect(swept.expired).toBeGreaterThanOrEqual(1);
    const gone = await getNeed(p, ent, lonely.id);
    expect(gone.status).toBe("expired");
    expect(gone.closeReason).toMatch(/30 days/);
  });
});

describe("overview", () => {
  it("adds up needs by state, the funnel and pledges for the district, and an institution's own slice", async () => {
    const o = await marketOverview(p, district);
    const by = Object.fromEntries(o.needs.byStatus.map((s) => [s.status, s.count]));
    expect(by.funded).toBeGreaterThanOrEqual(1);
    expect(by.declined).toBeGreaterThanOrEqual(1);
    expect(by.withdrawn).toBeGreaterThanOrEqual(1);
    expect(by.expired).toBeGreaterThanOrEqual(1);
    expect(o.needs.posted).toBe(o.needs.byStatus.reduce((a, s) => a + s.count, 0));
    expect(o.funnel.funded).toBeGreaterThanOrEqual(1);
    expect(Number(o.funnel.fundedAmount)).toBeGreaterThanOrEqual(4_000_000);
    expect(o.funnel.claims).toBeGreaterThanOrEqual(o.funnel.responded);
    expect(o.funnel.responded).toBeGreaterThanOrEqual(o.funnel.visited);
    expect(o.pledges.released).toBeGreaterThanOrEqual(1);
    const mine = await marketOverview(p, plainBank);
    expect(mine.institutions.map((i) => i.institutionId)).toEqual([plainBank.orgId]);
    expect((await failure(marketOverview(p, ent))).code).toBe("FORBIDDEN");
  });
});
