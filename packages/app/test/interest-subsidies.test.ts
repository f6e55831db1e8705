/**
 * Interest subsidies (贴息) on a real database (both engines): golden computations worked by hand for both kinds of
 * rule (percentage points on the principal, a share of the interest paid), with the eligible days, the interest-paid
 * ceiling, rounding to the fen and the per-loan cap; the district's programme lifecycle; an institution's application
 * for its own loan, refused with the field for every eligibility problem; 20 simultaneous approvals, each through a
 * tenant session as a request would run, against a budget that fits 7 give exactly 7 approvals and 13 CONFLICTs naming
 * the remaining budget — and 20 raw approvals with the application bypassed do the same; payment, usage by category
 * and institution; row-level security; every change audited.
 */
import {
  type Actor,
  type AppError,
  applyForSubsidy,
  closeProgramme,
  computeSubsidy,
  createProgramme,
  decideApplication,
  getApplication,
  isAppError,
  listApplications,
  listProgrammes,
  markPaid,
  openProgramme,
  type ProgrammeInput,
  programmeUsage,
  recordGreenFinancing,
  type SubsidyClaim,
  type SubsidyRule,
} from "@greenfin/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { failure, sortedProblemPaths, tenantRequests } from "../../../tests/support/tenant-requests";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let district: Actor; // admin: write and review
let districtViewer: Actor;
let bank: Actor; // the lender, an admin
let otherBank: Actor;
let ent: Actor; // the borrower
let otherEnt: Actor;

const { asRequest, sql } = tenantRequests(() => p);

const paths = sortedProblemPaths;

const audits = async (action: string, entityId: string) =>
  (await p.db.query("SELECT 1 FROM audit_log WHERE action = $1 AND entity_id = $2", [action, entityId])).rows.length;

const programme = (over: Partial<ProgrammeInput> = {}): ProgrammeInput => ({
  nameZh: "2026 年清洁能源贷款贴息",
  nameEn: "Clean-energy loan interest subsidy 2026",
  kind: "rate_points",
  rate: "1.00",
  categoryPrefixes: ["4.2"],
  periodStart: "2026-01-01",
  periodEnd: "2026-12-31",
  perLoanCap: "500000",
  budget: "10000000",
  open: true,
  ...over,
});

let seq = 0;
/** A green loan of `lender` to the demo enterprise, labelled 4.2.1 (wind power) unless told otherwise. */
async function loan(over: Record<string, unknown> = {}, lender: Actor = bank): Promise<string> {
  seq += 1;
  const row = await recordGreenFinancing(p, lender, {
    instrument: "loan",
    reference: `SUB-GL-${String(seq).padStart(4, "0")}`,
    borrowerOrgId: ent.orgId,
    amount: "10000000",
    startDate: "2025-06-01",
    maturityDate: "2028-06-01",
    categoryCode: "4.2.1",
    useOfProceeds: "海上风电项目建设",
    ...over,
  } as Parameters<typeof recordGreenFinancing>[2]);
  return row.id;
}

beforeAll(async () => {
  p = await openTestPlatform();
  district = await actorFor(p, "district-qinwan", "admin");
  districtViewer = { ...district, role: "viewer" };
  bank = await actorFor(p, "bank-qinwan", "admin");
  const other = await p.db.query<{ demo_key: string }>(
    "SELECT demo_key FROM organisations WHERE kind = 'bank' AND demo_key <> 'bank-qinwan' ORDER BY demo_key LIMIT 1",
  );
  otherBank = await actorFor(p, other.rows[0]!.demo_key, "admin");
  ent = await actorFor(p, "ent-0001", "admin");
  otherEnt = await actorFor(p, "ent-0002", "admin");
});
afterAll(() => p?.close());

describe("golden subsidy computations (worked by hand)", () => {
  const rule = (over: Partial<SubsidyRule> = {}): SubsidyRule => ({
    kind: "rate_points",
    rate: "1.00",
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    perLoanCap: "500000",
    ...over,
  });
  const claim = (over: Partial<SubsidyClaim> = {}): SubsidyClaim => ({
    periodStart: "2026-01-01",
    periodEnd: "2026-03-31",
    principal: "10000000",
    interestPaid: "85000",
    loanStart: "2025-06-01",
    loanEnd: "2028-06-01",
    alreadyClaimed: "0",
    ...over,
  });

  it("rate points: 10,000,000 × 1.00 % × 90 / 365 = 24,657.534246… → 24,657.53", () => {
    // Q1 2026: 31 + 28 + 31 = 90 days, all inside the programme (2026) and the loan (2025-06-01 … 2028-06-01).
    // 10,000,000 × 0.01 = 100,000 a year; × 90 / 365 = 24,657.534246…; below the 85,000 paid; half up to the fen.
    const out = computeSubsidy(rule(), claim());
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.computation).toMatchObject({
      periodDays: 90,
      eligibleStart: "2026-01-01",
      eligibleEnd: "2026-03-31",
      eligibleDays: 90,
      uncapped: "24657.53",
      capRemaining: "500000.00",
      amount: "24657.53",
    });
    expect(out.computation.trace.map((s) => s.step)).toEqual([
      "period",
      "eligibleDays",
      "eligibleInterest",
      "byRate",
      "notAboveInterest",
      "round",
      "perLoanCap",
    ]);
    expect(out.computation.trace.find((s) => s.step === "byRate")!.value).toMatch(/^24657\.5342465753/);
  });

  it("rate points never exceed the interest paid: 3 pp gives 73,972.60… but only 60,000 was paid", () => {
    // 10,000,000 × 0.03 × 90 / 365 = 73,972.602739…; interest paid for the 90 days is 60,000 → 60,000.00.
    const out = computeSubsidy(rule({ rate: "3" }), claim({ interestPaid: "60000" }));
    expect(out.ok && out.computation.amount).toBe("60000.00");
  });

  it("interest share: half of the interest paid for the days inside the programme, capped at 20,000", () => {
    // Programme from 1 February: of the 90-day quarter, 1 Feb – 31 Mar = 28 + 31 = 59 days are eligible.
    // 90,000 × 59 / 90 = 59,000 paid for those days; × 50 % = 29,500.00; the per-loan cap of 20,000 leaves 20,000.00.
    const out = computeSubsidy(
      rule({ kind: "interest_share", rate: "50", periodStart: "2026-02-01", perLoanCap: "20000" }),
      claim({ principal: null, interestPaid: "90000" }),
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.computation).toMatchObject({
      eligibleStart: "2026-02-01",
      eligibleDays: 59,
      uncapped: "29500.00",
      capRemaining: "20000.00",
      amount: "20000.00",
    });
    expect(out.computation.trace.find((s) => s.step === "eligibleInterest")!.value).toBe("59000");
  });

  it("a loan that ends mid-period, a half fen rounded up, and what is left of the cap", () => {
    // Loan matures 2026-01-10: eligible 1–10 January = 10 days. 1,234,567 × 1.5 % × 10 / 365 = 507.356301…
    // → 507.36. Paid 2,000 for the 31 days: 2,000 × 10 / 31 = 645.16… (not binding). Cap 600 − 100 claimed = 500.
    const out = computeSubsidy(
      rule({ rate: "1.5", perLoanCap: "600" }),
      claim({
        periodEnd: "2026-01-31",
        principal: "1234567",
        interestPaid: "2000",
        loanEnd: "2026-01-10",
        alreadyClaimed: "100",
      }),
    );
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.computation).toMatchObject({ periodDays: 31, eligibleDays: 10, uncapped: "507.36", amount: "500.00" });
    // Half a fen goes up: 1 pp on 0.50 yuan for the whole year is 0.005, which rounds to 0.01.
    const half = computeSubsidy(
      rule({ perLoanCap: null }),
      claim({ periodStart: "2026-01-01", periodEnd: "2026-12-31", principal: "0.5", interestPaid: "1" }),
    );
    expect(half.ok && half.computation.amount).toBe("0.01"); // 0.5 × 1 % × 365 / 365 = 0.005 → 0.01
  });

  it("refuses a period outside the programme and the loan, and a rate-points claim without principal", () => {
    const outside = computeSubsidy(rule(), claim({ periodStart: "2025-01-01", periodEnd: "2025-03-31" }));
    expect(!outside.ok && outside.problems.map((x) => x.path)).toEqual(["periodStart"]);
    const noPrincipal = computeSubsidy(rule(), claim({ principal: null }));
    expect(!noPrincipal.ok && noPrincipal.problems.map((x) => x.path)).toEqual(["principal"]);
    const capUsed = computeSubsidy(rule({ perLoanCap: "100" }), claim({ alreadyClaimed: "100" }));
    expect(!capUsed.ok && capUsed.problems.map((x) => x.path)).toEqual(["greenFinancingId"]);
  });
});

describe("programmes", () => {
  it("lets the district create, open and close a programme, audited; institutions see it once opened", async () => {
    const draft = await createProgramme(p, district, programme({ open: false, nameEn: "Draft programme" }));
    expect(draft).toMatchObject({
      status: "draft",
      kind: "rate_points",
      rate: "1",
      budget: "10000000.00",
      committed: "0.00",
      remaining: "10000000.00",
      perLoanCap: "500000.00",
      categoryPrefixes: ["4.2"],
    });
    expect(await audits("market.subsidy.programme.create", draft.id)).toBe(1);
    expect((await listProgrammes(p, bank)).map((x) => x.id)).not.toContain(draft.id);
    expect((await failure(applyForSubsidy(p, bank, apply(draft.id, await loan())))).code).toBe("NOT_FOUND");
    const opened = await openProgramme(p, district, draft.id);
    expect(opened.status).toBe("open");
    expect(await audits("market.subsidy.programme.open", draft.id)).toBe(1);
    expect((await listProgrammes(p, bank, { status: "open" })).map((x) => x.id)).toContain(draft.id);
    expect((await listProgrammes(p, ent)).map((x) => x.id)).toContain(draft.id);
    expect((await failure(openProgramme(p, district, draft.id))).code).toBe("CONFLICT");
    expect((await failure(openProgramme(p, bank, draft.id))).code).toBe("FORBIDDEN");
    const closed = await closeProgramme(p, district, draft.id);
    expect(closed.status).toBe("closed");
    expect(await audits("market.subsidy.programme.close", draft.id)).toBe(1);
    const e = await failure(applyForSubsidy(p, bank, apply(draft.id, await loan())));
    expect(paths(e)).toEqual(["programmeId"]);
  });

  it("lists every problem of a bad programme with its field, and lets only the district write", async () => {
    const bad = await failure(
      createProgramme(
        p,
        district,
        programme({
          rate: "25",
          categoryPrefixes: ["4.2", "99.1"],
          periodStart: "2026-12-31",
          periodEnd: "2026-01-01",
          perLoanCap: "20000000",
        }),
      ),
    );
    expect(bad.code).toBe("VALIDATION_FAILED");
    expect(paths(bad)).toEqual(["categoryPrefixes.1", "perLoanCap", "periodEnd", "rate"]);
    const shape = await failure(createProgramme(p, district, { ...programme(), kind: "grant", budget: 5 } as never));
    expect(paths(shape)).toEqual(["budget", "kind"]);
    expect((await failure(createProgramme(p, bank, programme()))).code).toBe("FORBIDDEN");
    expect((await failure(createProgramme(p, districtViewer, programme()))).code).toBe("FORBIDDEN");
  });
});

const apply = (programmeId: string, greenFinancingId: string, over: Record<string, unknown> = {}) => ({
  programmeId,
  greenFinancingId,
  periodStart: "2026-01-01",
  periodEnd: "2026-03-31",
  principal: "10000000",
  interestPaid: "85000",
  ...over,
});

describe("applications", () => {
  it("computes the subsidy with its trace, shows it to its parties only, and audits it", async () => {
    const g = await createProgramme(p, district, programme());
    const a = await applyForSubsidy(p, bank, apply(g.id, await loan(), { note: "一季度利息" }));
    expect(a).toMatchObject({
      status: "submitted",
      subsidyAmount: "24657.53",
      institutionId: bank.orgId,
      enterpriseOrgId: ent.orgId,
      categoryCode: "4.2.1",
      principal: "10000000.00",
      interestPaid: "85000.00",
      note: "一季度利息",
    });
    expect(a.computation.eligibleDays).toBe(90);
    expect(a.computation.trace.find((s) => s.step === "byRate")!.en).toContain("10000000 × 1 % × 90 ÷ 365");
    expect(await audits("market.subsidy.apply", a.id)).toBe(1);
    expect((await getApplication(p, ent, a.id)).subsidyAmount).toBe("24657.53");
    expect((await listApplications(p, ent)).map((x) => x.id)).toContain(a.id);
    expect((await failure(getApplication(p, otherBank, a.id))).code).toBe("NOT_FOUND");
    expect((await failure(getApplication(p, otherEnt, a.id))).code).toBe("NOT_FOUND");
    expect((await listApplications(p, otherBank)).map((x) => x.id)).not.toContain(a.id);
    // Through the tenant session too (row-level security on): the enterprise reads it, the other bank does not.
    expect((await asRequest(ent, (tp) => getApplication(tp, ent, a.id))).loanReference).toMatch(/^SUB-GL-/);
    expect((await failure(asRequest(otherBank, (tp) => getApplication(tp, otherBank, a.id)))).code).toBe("NOT_FOUND");
  });

  it("refuses every eligibility problem with its field", async () => {
    const g = await createProgramme(p, district, programme());
    // A solar loan (4.2.2) fits "4.2"; a boiler loan (1.1.1) does not; a bond is not a loan; a borrower known only by
    // name cannot receive the subsidy; a loan repaid before 2026 does not overlap the programme.
    const outside = await loan({ categoryCode: "1.1.1" });
    const e1 = await failure(applyForSubsidy(p, bank, apply(g.id, outside)));
    expect(e1.code).toBe("VALIDATION_FAILED");
    expect(paths(e1)).toEqual(["greenFinancingId"]);
    expect((e1.details!.problems as { messageEn: string }[])[0]!.messageEn).toMatch(/"1\.1\.1" is not under .*4\.2/);
    const bond = await loan({ instrument: "bond" });
    expect(paths(await failure(applyForSubsidy(p, bank, apply(g.id, bond))))).toEqual(["greenFinancingId"]);
    const anonymous = await loan({ borrowerOrgId: undefined, borrowerName: "某风电公司" });
    expect(paths(await failure(applyForSubsidy(p, bank, apply(g.id, anonymous))))).toEqual(["greenFinancingId"]);
    const old = await loan({ startDate: "2023-01-01", maturityDate: "2025-06-30" });
    expect(paths(await failure(applyForSubsidy(p, bank, apply(g.id, old))))).toEqual(["greenFinancingId"]);
    const good = await loan({ categoryCode: "4.2.2" });
    const e2 = await failure(
      applyForSubsidy(
        p,
        bank,
        apply(g.id, good, { periodStart: "2026-03-31", periodEnd: "2026-01-01", principal: undefined }),
      ),
    );
    expect(paths(e2)).toEqual(["periodEnd", "principal"]);
    const e3 = await failure(applyForSubsidy(p, bank, apply(g.id, good, { principal: "20000000" })));
    expect(paths(e3)).toEqual(["principal"]);
    const e4 = await failure(
      applyForSubsidy(p, bank, apply(g.id, good, { periodStart: "2027-01-01", periodEnd: "2027-03-31" })),
    );
    expect(paths(e4)).toEqual(["periodStart"]);
    const e5 = await failure(applyForSubsidy(p, bank, { ...apply(g.id, good), interestPaid: "-5" }));
    expect(paths(e5)).toEqual(["interestPaid"]);
    // Another institution's loan does not exist for the applicant; an enterprise or a viewer may not apply.
    const foreign = await loan({}, otherBank);
    expect((await failure(applyForSubsidy(p, bank, apply(g.id, foreign)))).code).toBe("NOT_FOUND");
    expect((await failure(applyForSubsidy(p, ent, apply(g.id, good)))).code).toBe("FORBIDDEN");
    expect((await failure(applyForSubsidy(p, { ...bank, role: "viewer" }, apply(g.id, good)))).code).toBe("FORBIDDEN");
    // One application per loan and period, and no overlapping periods.
    await applyForSubsidy(p, bank, apply(g.id, good));
    expect((await failure(applyForSubsidy(p, bank, apply(g.id, good)))).code).toBe("CONFLICT");
    const overlap = await failure(
      applyForSubsidy(p, bank, apply(g.id, good, { periodStart: "2026-03-01", periodEnd: "2026-05-31" })),
    );
    expect(overlap).toMatchObject({ code: "CONFLICT", details: { field: "periodStart" } });
  });

  it("caps a loan's applications in one programme by the per-loan cap", async () => {
    // Half the interest, cap 20,000: Q1 90,000 paid → 45,000 → 20,000; Q2 then has nothing left of the cap.
    const g = await createProgramme(
      p,
      district,
      programme({ kind: "interest_share", rate: "50", perLoanCap: "20000", budget: "1000000" }),
    );
    const id = await loan();
    const q1 = await applyForSubsidy(p, bank, apply(g.id, id, { principal: undefined, interestPaid: "90000" }));
    expect(q1.subsidyAmount).toBe("20000.00");
    const q2 = await failure(
      applyForSubsidy(
        p,
        bank,
        apply(g.id, id, { principal: undefined, periodStart: "2026-04-01", periodEnd: "2026-06-30" }),
      ),
    );
    expect(paths(q2)).toEqual(["greenFinancingId"]);
    expect(q2.messageEn).toBeDefined();
  });
});

describe("applications for one loan at the same moment", () => {
  it("never lets 20 simultaneous applications for one loan exceed its per-loan cap or overlap", async () => {
    // Half the interest, cap 35,000: twelve months of 20,000 interest each ask 10,000.00 (Jan … Dec), plus eight more
    // for January again (overlapping). Whatever the order, the loan's applications never sum above 35,000.
    const g = await createProgramme(
      p,
      district,
      programme({ kind: "interest_share", rate: "50", perLoanCap: "35000", budget: "1000000" }),
    );
    const id = await loan();
    const months = Array.from({ length: 20 }, (_, i) => {
      const m = (i % 12) + 1;
      const end = new Date(Date.UTC(2026, m, 0)).toISOString().slice(0, 10);
      return { periodStart: `2026-${String(m).padStart(2, "0")}-01`, periodEnd: end };
    });
    const results = await Promise.allSettled(
      months.map((period) =>
        asRequest(bank, (tp) =>
          applyForSubsidy(tp, bank, apply(g.id, id, { ...period, principal: undefined, interestPaid: "20000" })),
        ),
      ),
    );
    for (const r of results)
      if (r.status === "rejected") {
        expect(isAppError(r.reason), String(r.reason)).toBe(true);
        expect(["CONFLICT", "VALIDATION_FAILED"]).toContain((r.reason as AppError).code);
      }
    const rows = (
      await p.db.query<{ total: string; n: string; periods: string }>(
        `SELECT coalesce(sum(subsidy_amount), 0)::text AS total, count(*)::text AS n,
                count(DISTINCT period_start)::text AS periods
           FROM subsidy_applications WHERE green_financing_id = $1 AND status <> 'rejected'`,
        [id],
      )
    ).rows[0]!;
    expect(Number(rows.total)).toBeLessThanOrEqual(35000);
    expect(Number(rows.total)).toBeGreaterThan(0);
    expect(rows.n).toBe(rows.periods); // no period twice
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(Number(rows.n));
  });

  it("refuses an overlapping period or an amount above the cap even with the application bypassed", async () => {
    const g = await createProgramme(
      p,
      district,
      programme({ kind: "interest_share", rate: "50", perLoanCap: "15000", budget: "1000000" }),
    );
    const id = await loan();
    const ref = (await p.db.query<{ reference: string }>("SELECT reference FROM green_financings WHERE id = $1", [id]))
      .rows[0]!.reference;
    const insert = (start: string, end: string, amount: string) =>
      sql(
        bank,
        `INSERT INTO subsidy_applications (programme_id, org_id, green_financing_id, loan_reference, enterprise_org_id,
                                           category_code, period_start, period_end, interest_paid, subsidy_amount,
                                           computation, submitted_at)
         VALUES ($1, $2, $3, $4, $5, '4.2.1', $6, $7, 20000, $8, '{}', now())`,
        [g.id, bank.orgId, id, ref, ent.orgId, start, end, amount],
      );
    await insert("2026-01-01", "2026-01-31", "10000");
    await expect(insert("2026-01-15", "2026-02-15", "1000")).rejects.toThrow(/overlapping interest period/);
    await expect(insert("2026-02-01", "2026-02-28", "5000.01")).rejects.toThrow(/per-loan cap/);
    await insert("2026-02-01", "2026-02-28", "5000");
  });
});

describe("decisions, payment and usage", () => {
  it("approves within the budget, refuses beyond it with the remaining budget, rejects with a note, pays", async () => {
    // Budget 50,000; per application: 10,000,000 × 1 % × 90 / 365 = 24,657.53. Two fit (49,315.06), a third not.
    const g = await createProgramme(p, district, programme({ budget: "50000", perLoanCap: "30000" }));
    const [a1, a2, a3, a4] = await Promise.all(
      [1, 2, 3, 4].map(async () => applyForSubsidy(p, bank, apply(g.id, await loan()))),
    );
    const ok1 = await decideApplication(p, district, a1!.id, { decision: "approve" });
    expect(ok1).toMatchObject({ status: "approved", decidedAt: expect.any(String) });
    expect(await audits("market.subsidy.approve", a1!.id)).toBe(1);
    await asRequest(district, (tp) => decideApplication(tp, district, a2!.id, { decision: "approve", note: "ok" }));
    const over = await failure(decideApplication(p, district, a3!.id, { decision: "approve" }));
    expect(over.code).toBe("CONFLICT");
    expect(over.details).toMatchObject({
      budget: "50000.00",
      committed: "49315.06",
      remaining: "684.94",
      requested: "24657.53",
    });
    expect(over.messageEn).toMatch(/remaining 684\.94 yuan/);
    expect(over.messageZh).toMatch(/剩余 684\.94 元/);
    expect(await audits("market.subsidy.approve", a3!.id)).toBe(0);
    // A rejection needs its note; a decided application is not decided again; only the district's reviewer decides.
    expect(paths(await failure(decideApplication(p, district, a3!.id, { decision: "reject" })))).toEqual(["note"]);
    const rejected = await decideApplication(p, district, a3!.id, { decision: "reject", note: "预算已用完" });
    expect(rejected).toMatchObject({ status: "rejected", decisionNote: "预算已用完" });
    expect(await audits("market.subsidy.reject", a3!.id)).toBe(1);
    expect((await failure(decideApplication(p, district, a1!.id, { decision: "reject", note: "x" }))).code).toBe(
      "CONFLICT",
    );
    expect((await failure(decideApplication(p, bank, a4!.id, { decision: "approve" }))).code).toBe("FORBIDDEN");
    expect((await failure(decideApplication(p, otherBank, a4!.id, { decision: "approve" }))).code).toBe("NOT_FOUND");
    expect((await failure(decideApplication(p, districtViewer, a4!.id, { decision: "approve" }))).code).toBe(
      "FORBIDDEN",
    );
    // Payment: only approved applications, once.
    expect((await failure(markPaid(p, district, a4!.id, { paymentReference: "PV-1" }))).code).toBe("CONFLICT");
    const paid = await markPaid(p, district, a1!.id, { paymentReference: "PV-2026-0001" });
    expect(paid).toMatchObject({ status: "paid", paymentReference: "PV-2026-0001" });
    expect(await audits("market.subsidy.paid", a1!.id)).toBe(1);
    expect((await failure(markPaid(p, district, a1!.id, { paymentReference: "PV-again" }))).code).toBe("CONFLICT");

    const usage = await programmeUsage(p, district, g.id);
    expect(usage).toMatchObject({
      budget: "50000.00",
      committed: "49315.06",
      paid: "24657.53",
      remaining: "684.94",
      pending: "24657.53",
    });
    expect(usage.byCategory).toEqual([
      {
        categoryCode: "4.2.1",
        nameZh: "风力发电设施建设和运营",
        nameEn: "Construction and operation of wind power facilities",
        committed: "49315.06",
        paid: "24657.53",
        pending: "24657.53",
        approvedCount: 1,
        paidCount: 1,
        pendingCount: 1,
      },
    ]);
    expect(usage.byInstitution).toHaveLength(1);
    expect(usage.byInstitution[0]).toMatchObject({ institutionId: bank.orgId, committed: "49315.06" });
    expect((await failure(programmeUsage(p, bank, g.id))).code).toBe("FORBIDDEN");
    const listed = (await listProgrammes(p, bank)).find((x) => x.id === g.id)!;
    expect(listed).toMatchObject({ committed: "49315.06", paid: "24657.53", remaining: "684.94" });
  });

  it("gives 20 simultaneous approvals against a budget that fits 7 exactly 7 approvals and 13 CONFLICTs", async () => {
    // Half the interest, 20,000 paid for the quarter → 10,000.00 each; budget 75,000 fits 7 (70,000), not 8.
    const g = await createProgramme(
      p,
      district,
      programme({ kind: "interest_share", rate: "50", perLoanCap: undefined, budget: "75000" }),
    );
    const apps = [];
    for (let i = 0; i < 20; i++)
      apps.push(
        await applyForSubsidy(p, bank, apply(g.id, await loan(), { principal: undefined, interestPaid: "20000" })),
      );
    expect(apps.every((a) => a.subsidyAmount === "10000.00")).toBe(true);
    const results = await Promise.allSettled(
      apps.map((a) => asRequest(district, (tp) => decideApplication(tp, district, a.id, { decision: "approve" }))),
    );
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(ok).toHaveLength(7);
    expect(refused).toHaveLength(13);
    for (const e of refused) {
      expect(isAppError(e), String(e)).toBe(true);
      expect(e as AppError).toMatchObject({
        code: "CONFLICT",
        details: { budget: "75000.00", committed: "70000.00", remaining: "5000.00", requested: "10000.00" },
      });
    }
    const [after] = (await listProgrammes(p, district)).filter((x) => x.id === g.id);
    expect(after).toMatchObject({ committed: "70000.00", remaining: "5000.00" });
    const approved = await p.db.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM subsidy_applications WHERE programme_id = $1 AND status = 'approved'",
      [g.id],
    );
    expect(approved.rows[0]!.n).toBe("7");
    const logged = await p.db.query(
      "SELECT 1 FROM audit_log WHERE action = 'market.subsidy.approve' AND details->>'programmeId' = $1",
      [g.id],
    );
    expect(logged.rows).toHaveLength(7); // refused attempts leave no entry
  });

  it("lets 20 simultaneous raw approvals (the application bypassed) commit exactly 7", async () => {
    const g = await createProgramme(
      p,
      district,
      programme({ kind: "interest_share", rate: "50", perLoanCap: undefined, budget: "75000" }),
    );
    const apps = [];
    for (let i = 0; i < 20; i++)
      apps.push(
        await applyForSubsidy(p, bank, apply(g.id, await loan(), { principal: undefined, interestPaid: "20000" })),
      );
    const results = await Promise.allSettled(
      apps.map((a) =>
        sql(
          district,
          "UPDATE subsidy_applications SET status = 'approved', decided_at = now() WHERE id = $1 AND status = 'submitted'",
          [a.id],
        ),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(7);
    for (const r of results) if (r.status === "rejected") expect(String(r.reason)).toMatch(/remaining budget/);
    const row = (
      await p.db.query<{ committed: string; n: string }>(
        `SELECT committed::text AS committed,
                (SELECT count(*) FROM subsidy_applications WHERE programme_id = $1 AND status = 'approved')::text AS n
           FROM subsidy_programmes WHERE id = $1`,
        [g.id],
      )
    ).rows[0]!;
    expect(Number(row.committed)).toBe(70000);
    expect(row.n).toBe("7");
  });
});

describe("row-level security, with the application bypassed", () => {
  it("keeps drafts from institutions, applications to their parties, and the sums to the trigger", async () => {
    const draft = await createProgramme(p, district, programme({ open: false }));
    const g = await createProgramme(p, district, programme());
    const a = await applyForSubsidy(p, bank, apply(g.id, await loan()));
    const ids = async (actor: Actor, table: string) =>
      (await sql<{ id: string }>(actor, `SELECT id FROM ${table}`)).map((x) => x.id);
    expect(await ids(bank, "subsidy_programmes")).not.toContain(draft.id);
    expect(await ids(bank, "subsidy_programmes")).toContain(g.id);
    expect(await ids(district, "subsidy_programmes")).toContain(draft.id);
    expect(await ids(ent, "subsidy_applications")).toContain(a.id);
    expect(await ids(bank, "subsidy_applications")).toContain(a.id);
    expect(await ids(district, "subsidy_applications")).toContain(a.id);
    expect(await ids(otherBank, "subsidy_applications")).not.toContain(a.id);
    expect(await ids(otherEnt, "subsidy_applications")).not.toContain(a.id);
    // The institution cannot approve its own application, nor touch the programme; nobody sets the sums by hand.
    expect(
      await sql(
        bank,
        "UPDATE subsidy_applications SET status = 'approved', decided_at = now() WHERE id = $1 RETURNING id",
        [a.id],
      ),
    ).toEqual([]);
    expect(await sql(bank, "UPDATE subsidy_programmes SET budget = 1 WHERE id = $1 RETURNING id", [g.id])).toEqual([]);
    await expect(sql(district, "UPDATE subsidy_programmes SET committed = 1 WHERE id = $1", [g.id])).rejects.toThrow(
      /kept by the applications trigger/,
    );
    await expect(sql(district, "UPDATE subsidy_programmes SET rate = 5 WHERE id = $1", [g.id])).rejects.toThrow(
      /rule cannot change/,
    );
    await expect(
      sql(district, "UPDATE subsidy_applications SET subsidy_amount = 1 WHERE id = $1", [a.id]),
    ).rejects.toThrow(/cannot change/);
    // An application on another institution's loan, or in a draft, is refused by the database itself.
    const foreign = await loan({}, otherBank);
    await expect(
      sql(
        bank,
        `INSERT INTO subsidy_applications (programme_id, org_id, green_financing_id, loan_reference, enterprise_org_id,
                                           category_code, period_start, period_end, interest_paid, subsidy_amount,
                                           computation, submitted_at)
         VALUES ($1, $2, $3, 'x', $4, '4.2.1', '2026-01-01', '2026-03-31', 1, 1, '{}', now())`,
        [g.id, bank.orgId, foreign, ent.orgId],
      ),
    ).rejects.toThrow(/applicant's own loan|violates/);
    await expect(
      sql(
        ent,
        `INSERT INTO subsidy_programmes (org_id, name_zh, name_en, kind, rate, category_prefixes, period_start,
                                         period_end, budget, created_at)
         VALUES ($1, 'x', 'x', 'interest_share', 50, '{4}', '2026-01-01', '2026-12-31', 1, now())`,
        [ent.orgId],
      ),
    ).rejects.toThrow(/row-level security|violates/);
  });
});
