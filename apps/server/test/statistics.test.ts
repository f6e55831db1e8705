/**
 * District statistics over HTTP: the templates; a bank's pre-fill (the district is refused); a draft saved with its
 * problems (a figure that is not a number is 400; a viewer 403); submission refused with every problem's path, then a
 * clean quarter submitted; the district's decision (a return without a note is 400, acceptance is 200); the lists for
 * the bank and the district (a bad filter is 400) and one report (another bank gets 404). One error body throughout.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn, TestClient, testServer } from "../../../tests/support/http-client";
import { expectErrorBody, problemPaths } from "../../../tests/support/http-replies";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

const TPL = "five-articles-quarterly@2026.1";

let p: TestPlatform;
let app: FastifyInstance;
let bank: TestClient;
let viewer: TestClient;
let otherBank: TestClient;
let district: TestClient;

/** A bank's complete quarter with no green loans. */
const CLEAN: Record<string, string> = {
  green_loan_balance: "0",
  green_loan_balance_by_industry: "0",
  green_loan_new: "0",
  green_loan_new_by_industry: "0",
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
const body = (values: Record<string, string>, period = "2026-Q1") => ({
  templateRef: TPL,
  period,
  values: Object.entries(values).map(([metric, value]) => ({ metric, value })),
});

beforeAll(async () => {
  p = await openTestPlatform();
  p.clock.set(new Date("2026-04-10T02:00:00.000Z"));
  app = await testServer(p);
  bank = await signedIn(app, "admin@bank.demo");
  viewer = await signedIn(app, "viewer@bank.demo");
  otherBank = await signedIn(app, "admin@bank-changhe-qd.demo");
  district = await signedIn(app, "admin@district.demo");
});
afterAll(async () => {
  await app?.close();
  await p?.close();
});

describe("statistics API", () => {
  let reportId = "";

  it("lists the templates; signed out is 401", async () => {
    const res = await bank.get("/api/statistics/templates");
    expect(res.statusCode).toBe(200);
    expect(res.json().map((t: { ref: string }) => t.ref)).toEqual(["five-articles-monthly@2026.1", TPL]);
    const anonymous = await new TestClient(app).get("/api/statistics/templates");
    expect(anonymous.statusCode).toBe(401);
    expectErrorBody(anonymous.json(), "UNAUTHENTICATED");
  });

  it("pre-fills a bank's figures with their source; the district is refused", async () => {
    const res = await bank.get(`/api/statistics/reports/prefill?templateRef=${TPL}&period=2026-Q1`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ from: "2026-01-01", to: "2026-03-31" });
    expect(res.json().values).toContainEqual({
      metric: "green_loan_marketplace_new",
      item: null,
      value: "0",
      source: "marketplace",
    });
    const refused = await district.get(`/api/statistics/reports/prefill?templateRef=${TPL}&period=2026-Q1`);
    expect(refused.statusCode).toBe(403);
    expectErrorBody(refused.json(), "FORBIDDEN");
  });

  it("saves a draft with its problems; a figure that is not a number is 400, a viewer 403", async () => {
    const { ecny_scenarios: _, ...missing } = CLEAN;
    const res = await bank.request({ method: "PUT", url: "/api/statistics/reports", payload: body(missing) });
    expect(res.statusCode).toBe(200);
    const draft = res.json();
    reportId = draft.id;
    expect(draft).toMatchObject({ status: "draft", revision: 1, templateRef: TPL, period: "2026-Q1" });
    expect(draft.problems).toContainEqual(
      expect.objectContaining({ path: "values.ecny_scenarios", code: "required_missing", severity: "error" }),
    );
    const bad = await bank.request({
      method: "PUT",
      url: "/api/statistics/reports",
      payload: body({ ...CLEAN, agri_loan_balance: "3千万" }),
    });
    expect(bad.statusCode).toBe(400);
    expectErrorBody(bad.json(), "VALIDATION_FAILED");
    expect(problemPaths(bad.json())).toEqual(["values.agri_loan_balance"]);
    const byViewer = await viewer.request({ method: "PUT", url: "/api/statistics/reports", payload: body(CLEAN) });
    expect(byViewer.statusCode).toBe(403);
  });

  it("refuses to submit with every problem's path, then submits the clean quarter", async () => {
    const refused = await bank.post(`/api/statistics/reports/${reportId}/submit`);
    expect(refused.statusCode).toBe(400);
    expectErrorBody(refused.json(), "VALIDATION_FAILED");
    expect(problemPaths(refused.json())).toContain("values.ecny_scenarios");
    const saved = await bank.request({ method: "PUT", url: "/api/statistics/reports", payload: body(CLEAN) });
    expect(saved.json()).toMatchObject({ id: reportId, revision: 1 });
    const sent = await bank.post(`/api/statistics/reports/${reportId}/submit`);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: "submitted", revisions: [expect.objectContaining({ revision: 1 })] });
  });

  it("lets the district decide: a return without a note is 400; acceptance is 200", async () => {
    const noNote = await district.post(`/api/statistics/reports/${reportId}/decision`, { outcome: "return" });
    expect(noNote.statusCode).toBe(400);
    expect(problemPaths(noNote.json())).toEqual(["note"]);
    const accepted = await district.post(`/api/statistics/reports/${reportId}/decision`, { outcome: "accept" });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "accepted", acceptedRevision: 1 });
  });

  it("lists the reports (own for the bank, all for the district) and reads one; another bank gets 404", async () => {
    const own = await bank.get(`/api/statistics/reports?templateRef=${TPL}&period=2026-Q1`);
    expect(own.statusCode).toBe(200);
    expect(own.json().map((r: { id: string }) => r.id)).toEqual([reportId]);
    const all = await district.get("/api/statistics/reports?status=accepted");
    expect(all.json().map((r: { id: string }) => r.id)).toContain(reportId);
    expect((await otherBank.get("/api/statistics/reports")).json()).toEqual([]);
    const badFilter = await bank.get("/api/statistics/reports?status=done");
    expect(badFilter.statusCode).toBe(400);
    const one = await district.get(`/api/statistics/reports/${reportId}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().values).toContainEqual({ metric: "ecny_scenarios", item: null, value: "35", source: "reported" });
    const foreign = await otherBank.get(`/api/statistics/reports/${reportId}`);
    expect(foreign.statusCode).toBe(404);
    expectErrorBody(foreign.json(), "NOT_FOUND");
  });
});
