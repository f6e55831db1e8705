/**
 * District statistics reports through the use-cases, on both engines, each call inside a tenant transaction as a
 * request runs it: the pre-filled green-loan figures from loans recorded here (worked by hand below); a draft with
 * problems (saved, listed) and figures that cannot be stored (400); submission refused with every problem's path; a
 * clean quarter submitted (its warning kept) and accepted; a return that needs a note and reopens the report as a new
 * revision; a correction after acceptance that leaves the accepted revision in force until it is itself accepted; and
 * another institution that can neither read nor write the report, also with raw SQL in a tenant session.
 */
import {
  type Actor,
  decideStatReport,
  getStatReport,
  listStatReports,
  listStatTemplates,
  prefillStatReport,
  recordGreenFinancing,
  type StatReportView,
  saveStatReport,
  submitStatReport,
} from "@greenfin/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { failure, sortedProblemPaths, tenantRequests } from "../../../tests/support/tenant-requests";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

const TPL = "five-articles-quarterly@2026.1";

let p: TestPlatform;
let bank: Actor; // bank-qinwan, analyst: reports
let bankViewer: Actor;
let other: Actor; // another bank
let district: Actor; // admin: reviews
const { asRequest, sql } = tenantRequests(() => p);

/** Figures as "metric" or "metric/item" → decimal text. */
type Figures = Record<string, string>;
const entries = (f: Figures) =>
  Object.entries(f).map(([k, value]) => {
    const [metric, item] = k.split("/") as [string, string | undefined];
    return { metric, item: item ?? null, value };
  });

/** A bank's complete and consistent 2026-Q1 (the catalogue split corrected by hand: the unlabelled loan is use 1). */
const CLEAN_Q1: Figures = {
  green_loan_balance: "7500000.5",
  "green_loan_balance/1": "3500000.5",
  "green_loan_balance/4": "4000000",
  green_loan_balance_by_industry: "7500000.5",
  "green_loan_balance_by_industry/C": "3500000.5",
  "green_loan_balance_by_industry/D": "4000000",
  green_loan_new: "3500000.5",
  "green_loan_new/1": "3500000.5",
  green_loan_new_by_industry: "3500000.5",
  "green_loan_new_by_industry/C": "3500000.5",
  green_loan_marketplace_new: "0",
  green_bond_underwritten: "20000000",
  green_bond_held: "15000000",
  inclusive_loan_balance: "80000000",
  inclusive_loan_borrowers: "420",
  inclusive_loan_new: "12000000",
  inclusive_loan_rate: "4.35",
  agri_loan_balance: "30000000",
  tech_sme_loan_balance: "25000000",
  tech_sme_borrowers: "60",
  personal_pension_accounts: "15000",
  annuity_assets_custody: "100000000",
  pension_industry_loan_balance: "5000000",
  digital_transactions: "900000",
  online_transaction_share: "92.5",
  ecny_scenarios: "35",
};

const save = (actor: Actor, period: string, f: Figures) =>
  asRequest(actor, (tp) => saveStatReport(tp, actor, { templateRef: TPL, period, values: entries(f) }));
const submit = (actor: Actor, id: string) => asRequest(actor, (tp) => submitStatReport(tp, actor, id));
const decide = (id: string, outcome: "accept" | "return", note?: string) =>
  asRequest(district, (tp) => decideStatReport(tp, district, id, { outcome, ...(note ? { note } : {}) }));
const read = (actor: Actor, id: string) => asRequest(actor, (tp) => getStatReport(tp, actor, id));
const figureOf = (r: Pick<StatReportView, "values">, metric: string, item: string | null = null) =>
  r.values.find((v) => v.metric === metric && v.item === item);
const audits = async (action: string, id: string) =>
  (await p.db.query("SELECT 1 FROM audit_log WHERE action = $1 AND entity_id = $2", [action, id])).rows.length;

beforeAll(async () => {
  p = await openTestPlatform();
  p.clock.set(new Date("2026-04-10T02:00:00.000Z"));
  bank = await actorFor(p, "bank-qinwan", "analyst");
  bankViewer = await actorFor(p, "bank-qinwan", "viewer");
  other = await actorFor(p, "bank-changhe-qd", "admin");
  district = await actorFor(p, "district-qinwan", "admin");
  const loan = (reference: string, over: Record<string, unknown>) =>
    recordGreenFinancing(p, bank, {
      instrument: "loan",
      reference,
      borrowerName: "青岛某企业",
      amount: "1000000",
      startDate: "2025-06-01",
      useOfProceeds: "绿色项目",
      ...over,
    } as Parameters<typeof recordGreenFinancing>[2]);
  // Quarter 2026-Q1 = 2026-01-01 … 2026-03-31.
  await loan("SQ-1", {
    categoryCode: "4.2.2",
    industryCode: "D4415",
    amount: "5000000",
    outstanding: "4000000",
    startDate: "2025-11-15",
  }); // in balance (4, D), not new
  await loan("SQ-2", { categoryCode: "1.1.1", industryCode: "C3411", amount: "3000000.50", startDate: "2026-02-10" }); // balance and new (1, C)
  await loan("SQ-3", {
    categoryCode: "3.2.1",
    industryCode: "D4415",
    startDate: "2025-03-01",
    maturityDate: "2026-03-15",
  }); // matured before 03-31: out
  await loan("SQ-4", { categoryCode: "4.2.2", industryCode: "D4415", amount: "2000000", startDate: "2026-04-02" }); // after the quarter: out
  await loan("SQ-5", { industryCode: "C3411", amount: "500000", startDate: "2026-03-31" }); // unlabelled: totals and section C only
  await recordGreenFinancing(p, bank, {
    instrument: "bond",
    reference: "SQ-B1",
    borrowerName: "青岛某企业",
    amount: "9000000",
    startDate: "2026-01-05",
    categoryCode: "4.2.2",
    useOfProceeds: "绿色债券",
  }); // a bond: never in the loan figures
});
afterAll(() => p?.close());

describe("templates and pre-filled figures", () => {
  it("lists both templates with their metrics and prefill sources", () => {
    const t = listStatTemplates();
    expect(t.map((x) => [x.ref, x.frequency, x.isDefault])).toEqual([
      ["five-articles-monthly@2026.1", "monthly", true],
      [TPL, "quarterly", true],
    ]);
    const q = t[1]!.metrics.find((m) => m.key === "green_loan_balance");
    expect(q).toMatchObject({ unit: "yuan", kind: "stock", breakdown: "catalogue-use", prefill: "green-financings" });
  });

  it("pre-fills the green-loan figures from the bank's own loans, exactly, with the source", async () => {
    // Balance at 2026-03-31: SQ-1 4000000 (4, D) + SQ-2 3000000.50 (1, C) + SQ-5 500000 (unlabelled, C) = 7500000.5.
    // New in Q1: SQ-2 3000000.50 + SQ-5 500000 = 3500000.5. SQ-3 matured 03-15, SQ-4 starts 04-02, SQ-B1 is a bond.
    const f = await asRequest(bank, (tp) => prefillStatReport(tp, bank, { templateRef: TPL, period: "2026-Q1" }));
    expect(f).toMatchObject({ from: "2026-01-01", to: "2026-03-31" });
    const got = Object.fromEntries(f.values.map((v) => [`${v.metric}${v.item ? `/${v.item}` : ""}`, v.value]));
    expect(got).toEqual({
      green_loan_balance: "7500000.5",
      "green_loan_balance/1": "3000000.5",
      "green_loan_balance/4": "4000000",
      green_loan_balance_by_industry: "7500000.5",
      "green_loan_balance_by_industry/C": "3500000.5",
      "green_loan_balance_by_industry/D": "4000000",
      green_loan_new: "3500000.5",
      "green_loan_new/1": "3000000.5",
      green_loan_new_by_industry: "3500000.5",
      "green_loan_new_by_industry/C": "3500000.5",
      green_loan_marketplace_new: "0",
    });
    expect(new Set(f.values.map((v) => v.source))).toEqual(new Set(["green-financings", "marketplace"]));
    // Another bank's pre-fill sees none of these loans; a district is not a reporter; a monthly period is a problem.
    const o = await asRequest(other, (tp) => prefillStatReport(tp, other, { templateRef: TPL, period: "2026-Q1" }));
    expect(o.values.find((v) => v.metric === "green_loan_balance")?.value).toBe("0");
    expect((await failure(prefillStatReport(p, district, { templateRef: TPL, period: "2026-Q1" }))).code).toBe(
      "FORBIDDEN",
    );
    const bad = await failure(prefillStatReport(p, bank, { templateRef: TPL, period: "2026-03" }));
    expect(sortedProblemPaths(bad)).toEqual(["period"]);
  });
});

let q1 = "";

describe("a quarter's report from draft to acceptance", () => {
  it("saves a draft with problems, keeping the pre-fill's source where the figure is the platform's", async () => {
    const prefill = await asRequest(bank, (tp) => prefillStatReport(tp, bank, { templateRef: TPL, period: "2026-Q1" }));
    const draft = await asRequest(bank, (tp) =>
      saveStatReport(tp, bank, {
        templateRef: TPL,
        period: "2026-Q1",
        values: [...prefill.values, { metric: "inclusive_loan_rate", value: "40" }],
      }),
    );
    q1 = draft.id;
    expect(draft).toMatchObject({ status: "draft", revision: 1, acceptedRevision: null });
    expect(figureOf(draft, "green_loan_balance")?.source).toBe("green-financings");
    expect(figureOf(draft, "inclusive_loan_rate")?.source).toBe("reported");
    const errors = draft.problems.filter((x) => x.severity === "error").map((x) => `${x.path}:${x.code}`);
    // The unlabelled 500000 is missing from the catalogue split: 3000000.5 + 4000000 ≠ 7500000.5.
    expect(errors).toContain("values.green_loan_balance:breakdown_sum");
    expect(errors).toContain("values.green_bond_underwritten:required_missing");
    expect(errors).toContain("values.inclusive_loan_rate:weight_missing");
    expect(draft.problems.find((x) => x.check === "inclusive_loan_rate_ceiling")?.severity).toBe("warning");
    expect(await audits("statistics.report.save", q1)).toBe(1);
  });

  it("refuses figures that cannot be stored, and a viewer", async () => {
    const e = await failure(
      save(bank, "2026-Q1", { green_loan_balance: "1,000", nonsense: "1", "green_loan_balance/Z": "1" }),
    );
    expect(e.code).toBe("VALIDATION_FAILED");
    expect(sortedProblemPaths(e)).toEqual([
      "values.green_loan_balance",
      "values.green_loan_balance.Z",
      "values.nonsense",
    ]);
    expect((await failure(save(bankViewer, "2026-Q1", CLEAN_Q1))).code).toBe("FORBIDDEN");
    expect((await read(bank, q1)).values.length).toBe(12); // the draft is as it was
  });

  it("refuses to submit while an error remains, with every problem's path; nothing changes", async () => {
    const e = await failure(submit(bank, q1));
    expect(e.code).toBe("VALIDATION_FAILED");
    const paths = sortedProblemPaths(e);
    expect(paths).toContain("values.green_loan_balance");
    expect(paths).toContain("values.green_bond_underwritten");
    expect(paths).toContain("values.ecny_scenarios");
    expect((await read(bank, q1)).status).toBe("draft");
    expect(await p.db.query("SELECT 1 FROM stat_report_revisions WHERE report_id = $1", [q1])).toMatchObject({
      rows: [],
    });
  });

  it("submits a clean quarter (its warning kept with the revision) and the district accepts it", async () => {
    const saved = await save(bank, "2026-Q1", { ...CLEAN_Q1, inclusive_loan_rate: "38" });
    expect(saved).toMatchObject({ id: q1, status: "draft", revision: 1 });
    expect(figureOf(saved, "green_loan_balance")?.source).toBe("green-financings"); // equals the pre-fill
    expect(figureOf(saved, "green_loan_balance", "1")?.source).toBe("reported"); // corrected by hand
    const sent = await submit(bank, q1);
    expect(sent.status).toBe("submitted");
    expect(sent.revisions).toEqual([
      expect.objectContaining({
        revision: 1,
        outcome: null,
        warnings: [
          expect.objectContaining({ check: "inclusive_loan_rate_ceiling", path: "values.inclusive_loan_rate" }),
        ],
      }),
    ]);
    // Frozen: another save waits for the decision; the database refuses a change to the figures too.
    expect((await failure(save(bank, "2026-Q1", CLEAN_Q1))).code).toBe("CONFLICT");
    await expect(
      sql(bank, "UPDATE stat_report_values SET value = 1 WHERE report_id = $1 AND revision = 1", [q1]),
    ).rejects.toThrow(/frozen/);
    // Only the district decides.
    expect((await failure(asRequest(bank, (tp) => decideStatReport(tp, bank, q1, { outcome: "accept" })))).code).toBe(
      "FORBIDDEN",
    );
    const accepted = await decide(q1, "accept");
    expect(accepted).toMatchObject({ status: "accepted", revision: 1, acceptedRevision: 1, acceptedValues: null });
    expect(accepted.revisions[0]).toMatchObject({ outcome: "accepted", decisionNote: null });
    expect((await failure(decide(q1, "accept"))).code).toBe("CONFLICT");
    expect(await audits("statistics.report.submit", q1)).toBe(1);
    expect(await audits("statistics.report.accept", q1)).toBe(1);
  });

  it("returns a report only with a note; the next save opens a new revision", async () => {
    // Q2 is checked against Q1's accepted figures: pension accounts fell 15000 → 14000 (a warning, not an error).
    const q2 = await save(bank, "2026-Q2", { ...CLEAN_Q1, personal_pension_accounts: "14000" });
    expect(q2.crossChecks.find((c) => c.key === "green_loan_balance_continuity")).toMatchObject({
      status: "passed",
      lhs: "0",
      rhs: "3500000.5",
    });
    expect(q2.problems.find((x) => x.check === "personal_pension_accounts_continuity")?.severity).toBe("warning");
    await submit(bank, q2.id);
    const noNote = await failure(decide(q2.id, "return"));
    expect(sortedProblemPaths(noNote)).toEqual(["note"]);
    const returned = await decide(q2.id, "return", "个人养老金账户数下降，请说明原因");
    expect(returned).toMatchObject({ status: "returned", revision: 1 });
    expect(returned.revisions[0]).toMatchObject({
      outcome: "returned",
      decisionNote: "个人养老金账户数下降，请说明原因",
    });
    const again = await save(bank, "2026-Q2", CLEAN_Q1);
    expect(again).toMatchObject({ status: "draft", revision: 2, acceptedRevision: null });
    expect(figureOf(again, "personal_pension_accounts")?.value).toBe("15000");
    const r1 = await p.db.query<{ value: string }>(
      "SELECT value::text FROM stat_report_values WHERE report_id = $1 AND revision = 1 AND metric = 'personal_pension_accounts'",
      [q2.id],
    );
    expect(r1.rows[0]?.value).toBe("14000");
    expect(await audits("statistics.report.return", q2.id)).toBe(1);
  });

  it("keeps the accepted revision in force while a correction waits, and supersedes it on acceptance", async () => {
    const corrected = await save(bank, "2026-Q1", { ...CLEAN_Q1, green_bond_held: "16000000" });
    expect(corrected).toMatchObject({ status: "draft", revision: 2, acceptedRevision: 1 });
    expect(figureOf(corrected, "green_bond_held")?.value).toBe("16000000");
    expect(corrected.acceptedValues?.find((v) => v.metric === "green_bond_held")?.value).toBe("15000000");
    const inForce = async () =>
      (
        await sql<{ value: string }>(
          bank,
          "SELECT value::text FROM stat_accepted_figures($1, '2026-Q1', '2026-Q1') WHERE is_me AND metric = 'green_bond_held'",
          [TPL],
        )
      )[0]?.value;
    expect(await inForce()).toBe("15000000");
    await submit(bank, q1);
    expect(await inForce()).toBe("15000000");
    const accepted = await decide(q1, "accept");
    expect(accepted).toMatchObject({ status: "accepted", revision: 2, acceptedRevision: 2, acceptedValues: null });
    expect(accepted.revisions.map((r) => [r.revision, r.outcome])).toEqual([
      [1, "accepted"],
      [2, "accepted"],
    ]);
    expect(await inForce()).toBe("16000000");
  });

  it("lists (own for the institution, all for the district, filtered)", async () => {
    const own = await asRequest(bank, (tp) => listStatReports(tp, bank));
    expect(own.map((r) => [r.period, r.status])).toEqual([
      ["2026-Q2", "draft"],
      ["2026-Q1", "accepted"],
    ]);
    const byDistrict = await asRequest(district, (tp) => listStatReports(tp, district, { status: "accepted" }));
    expect(byDistrict.map((r) => r.id)).toEqual([own[1]!.id]);
    expect(await asRequest(other, (tp) => listStatReports(tp, other))).toEqual([]);
  });
});

describe("tenant isolation", () => {
  it("another institution can neither read nor write the report, nor can the district write figures", async () => {
    expect((await failure(read(other, q1))).code).toBe("NOT_FOUND");
    expect((await failure(submit(other, q1))).code).toBe("NOT_FOUND");
    expect((await failure(read(other, "not-a-uuid"))).code).toBe("NOT_FOUND");
    // Saving the same template and period makes the other bank its own report, never touches the bank's.
    const own = await save(other, "2026-Q1", { green_bond_held: "1" });
    expect(own.id).not.toBe(q1);
    expect(own.orgId).toBe(other.orgId);
    // Raw SQL in the other bank's tenant session: nothing visible, nothing changed.
    expect(await sql(other, "SELECT id FROM stat_reports WHERE id = $1", [q1])).toEqual([]);
    expect(await sql(other, "SELECT 1 FROM stat_report_values WHERE report_id = $1", [q1])).toEqual([]);
    expect(await sql(other, "SELECT 1 FROM stat_report_revisions WHERE report_id = $1", [q1])).toEqual([]);
    expect(await sql(other, "UPDATE stat_reports SET status = 'returned' WHERE id = $1 RETURNING id", [q1])).toEqual(
      [],
    );
    expect(await sql(other, "DELETE FROM stat_report_values WHERE report_id = $1 RETURNING metric", [q1])).toEqual([]);
    await expect(
      sql(other, "INSERT INTO stat_report_values (report_id, revision, metric, value) VALUES ($1, 3, 'x', 1)", [q1]),
    ).rejects.toThrow(/row-level security/);
    await expect(
      sql(
        other,
        "INSERT INTO stat_reports (org_id, template_ref, period, status, created_at, updated_at) VALUES ($1, $2, '2026-Q3', 'accepted', now(), now())",
        [bank.orgId, TPL],
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      sql(district, "INSERT INTO stat_report_values (report_id, revision, metric, value) VALUES ($1, 3, 'x', 1)", [q1]),
    ).rejects.toThrow(/row-level security/);
    // Nor does the bank accept its own report, by any route the application bypasses.
    await expect(
      sql(bank, "UPDATE stat_reports SET status = 'returned', accepted_revision = NULL WHERE id = $1", [q1]),
    ).rejects.toThrow(/only the district/);
    await expect(
      sql(
        bank,
        `INSERT INTO stat_report_revisions (report_id, revision, submitted_at, outcome, decided_at)
         VALUES ($1, 99, now(), 'accepted', now())`,
        [q1],
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      sql(
        bank,
        "INSERT INTO stat_reports (org_id, template_ref, period, status, accepted_revision, created_at, updated_at) VALUES ($1, $2, '2026-Q4', 'accepted', 1, now(), now())",
        [bank.orgId, TPL],
      ),
    ).rejects.toThrow(/row-level security/);
    // Peer figures come only through the definer function, anonymised.
    const peers = await sql<{ is_me: boolean; peer: string }>(
      other,
      "SELECT DISTINCT is_me, peer FROM stat_accepted_figures($1, '2026-Q1', '2026-Q1')",
      [TPL],
    );
    expect(peers).toHaveLength(1);
    expect(peers[0]!.is_me).toBe(false);
    expect(peers[0]!.peer).not.toContain(bank.orgId);
    const check = await read(bank, q1);
    expect(check).toMatchObject({ status: "accepted", revision: 2 });
  });
});
