/**
 * Interest subsidies over HTTP. The district creates a programme (every problem of a bad one named, 400; a bank may
 * not, 403), opens it, and institutions see it; the demo bank applies for the enterprise's wind-power loan and gets
 * the subsidy with its trace (1 pp on 10,000,000 for Q1 2026 = 24,657.53), is refused a loan outside the categories
 * (400 on greenFinancingId), the same period twice (409) and another bank's loan (404); the enterprise reads the
 * application, another bank does not (404); the district approves within the budget, is refused beyond it (409 with
 * the remaining budget), rejects with a note, records the payment, and reads the usage by category and institution;
 * the bank may not decide (403) nor read the usage (403); closing stops applications. Every refusal has the one error
 * body { code, message, details? }.
 */
import { type Actor, recordGreenFinancing } from "@greenfin/app";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, orgByKey } from "../../../tests/support/demo-lookup";
import { signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { expectErrorBody, problemPaths } from "../../../tests/support/http-replies";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let district: TestClient;
let bank: TestClient;
let otherBank: TestClient;
let enterprise: TestClient;
let bankActor: Actor;
let otherBankActor: Actor;
let enterpriseId = "";

const programme = (over: Record<string, unknown> = {}) => ({
  nameZh: "2026 年清洁能源贷款贴息",
  nameEn: "Clean-energy loan interest subsidy 2026",
  kind: "rate_points",
  rate: "1.00",
  categoryPrefixes: ["4.2"],
  periodStart: "2026-01-01",
  periodEnd: "2026-12-31",
  perLoanCap: "30000",
  budget: "50000",
  ...over,
});

let seq = 0;
async function loan(lender: Actor, over: Record<string, unknown> = {}): Promise<string> {
  seq += 1;
  return (
    await recordGreenFinancing(p, lender, {
      instrument: "loan",
      reference: `HTTP-SUB-${seq}`,
      borrowerOrgId: enterpriseId,
      amount: "10000000",
      startDate: "2025-06-01",
      maturityDate: "2028-06-01",
      categoryCode: "4.2.1",
      useOfProceeds: "海上风电项目建设",
      ...over,
    } as Parameters<typeof recordGreenFinancing>[2])
  ).id;
}

const application = (programmeId: string, greenFinancingId: string, over: Record<string, unknown> = {}) => ({
  programmeId,
  greenFinancingId,
  periodStart: "2026-01-01",
  periodEnd: "2026-03-31",
  principal: "10000000",
  interestPaid: "85000",
  ...over,
});

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  district = await signedIn(app, "admin@district.demo");
  bank = await signedIn(app, "admin@bank.demo");
  enterprise = await signedIn(app, "admin@enterprise.demo");
  const other = await p.db.query<{ demo_key: string }>(
    "SELECT demo_key FROM organisations WHERE kind = 'bank' AND demo_key <> 'bank-qinwan' ORDER BY demo_key LIMIT 1",
  );
  otherBank = await signedIn(app, `admin@${other.rows[0]!.demo_key}.demo`);
  bankActor = await actorFor(p, "bank-qinwan", "admin");
  otherBankActor = await actorFor(p, other.rows[0]!.demo_key, "admin");
  const ent = await p.db.query<{ org_id: string }>(
    "SELECT m.org_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'admin@enterprise.demo'",
  );
  enterpriseId = ent.rows[0]!.org_id;
  expect((await orgByKey(p, "bank-qinwan")).id).toBe(bankActor.orgId);
});
afterAll(async () => {
  await app?.close();
  await p?.close();
});

describe("interest subsidies API", () => {
  let programmeId = "";
  const applicationIds: string[] = [];

  it("lets the district create and open a programme, names every problem, and refuses a bank", async () => {
    const bad = await district.post(
      "/api/subsidies/programmes",
      programme({ rate: "25", categoryPrefixes: ["99.1"], periodEnd: "2025-01-01" }),
    );
    expect(bad.statusCode).toBe(400);
    expectErrorBody(bad.json(), "VALIDATION_FAILED");
    expect(problemPaths(bad.json())).toEqual(["categoryPrefixes.0", "periodEnd", "rate"]);
    const shape = await district.post("/api/subsidies/programmes", programme({ kind: "grant", budget: 5 }));
    expect(problemPaths(shape.json())).toEqual(["budget", "kind"]);
    const byBank = await bank.post("/api/subsidies/programmes", programme());
    expect(byBank.statusCode).toBe(403);
    expectErrorBody(byBank.json(), "FORBIDDEN");

    const created = await district.post("/api/subsidies/programmes", programme());
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: "draft", budget: "50000.00", remaining: "50000.00" });
    programmeId = created.json().id;
    expect((await bank.get("/api/subsidies/programmes")).json().map((x: { id: string }) => x.id)).not.toContain(
      programmeId,
    );
    const opened = await district.post(`/api/subsidies/programmes/${programmeId}/open`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json().status).toBe("open");
    const again = await district.post(`/api/subsidies/programmes/${programmeId}/open`);
    expect(again.statusCode).toBe(409);
    expect((await bank.post(`/api/subsidies/programmes/${programmeId}/open`)).statusCode).toBe(403);
    const seen = await bank.get("/api/subsidies/programmes?status=open");
    expect(seen.json().map((x: { id: string }) => x.id)).toContain(programmeId);
  });

  it("lets the bank apply for its loan, with the subsidy and its trace, and refuses what is not eligible", async () => {
    const res = await bank.post("/api/subsidies/applications", application(programmeId, await loan(bankActor)));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      status: "submitted",
      subsidyAmount: "24657.53",
      enterpriseOrgId: enterpriseId,
      institutionId: bankActor.orgId,
      computation: { kind: "rate_points", eligibleDays: 90, amount: "24657.53" },
    });
    expect(res.json().computation.trace.length).toBeGreaterThanOrEqual(6);
    applicationIds.push(res.json().id);
    for (let i = 0; i < 2; i++) {
      const more = await bank.post("/api/subsidies/applications", application(programmeId, await loan(bankActor)));
      expect(more.statusCode, more.body).toBe(201);
      applicationIds.push(more.json().id);
    }

    const boiler = await bank.post(
      "/api/subsidies/applications",
      application(programmeId, await loan(bankActor, { categoryCode: "1.1.1" })),
    );
    expect(boiler.statusCode).toBe(400);
    expectErrorBody(boiler.json(), "VALIDATION_FAILED");
    expect(problemPaths(boiler.json())).toEqual(["greenFinancingId"]);
    const shape = await bank.post("/api/subsidies/applications", { programmeId, interestPaid: 5 });
    expect(problemPaths(shape.json())).toEqual(["greenFinancingId", "interestPaid", "periodEnd", "periodStart"]);
    const first = (await bank.get(`/api/subsidies/applications/${applicationIds[0]}`)).json();
    const twice = await bank.post(
      "/api/subsidies/applications",
      application(programmeId, first.greenFinancingId, { periodStart: "2026-02-01", periodEnd: "2026-02-28" }),
    );
    expect(twice.statusCode).toBe(409);
    expectErrorBody(twice.json(), "CONFLICT");
    const foreign = await bank.post(
      "/api/subsidies/applications",
      application(programmeId, await loan(otherBankActor)),
    );
    expect(foreign.statusCode).toBe(404);
    const byEnterprise = await enterprise.post(
      "/api/subsidies/applications",
      application(programmeId, first.greenFinancingId),
    );
    expect(byEnterprise.statusCode).toBe(403);

    const seenByEnterprise = await enterprise.get(`/api/subsidies/applications/${applicationIds[0]}`);
    expect(seenByEnterprise.statusCode).toBe(200);
    expect(seenByEnterprise.json().subsidyAmount).toBe("24657.53");
    const listed = await enterprise.get(`/api/subsidies/applications?programmeId=${programmeId}`);
    expect(
      listed
        .json()
        .map((x: { id: string }) => x.id)
        .sort(),
    ).toEqual([...applicationIds].sort());
    expect((await otherBank.get(`/api/subsidies/applications/${applicationIds[0]}`)).statusCode).toBe(404);
    expect((await otherBank.get("/api/subsidies/applications")).json()).toEqual([]);
  });

  it("lets the district approve within the budget, refuse beyond it, reject with a note and pay", async () => {
    const [a1, a2, a3] = applicationIds as [string, string, string];
    const byBank = await bank.post(`/api/subsidies/applications/${a1}/decision`, { decision: "approve" });
    expect(byBank.statusCode).toBe(403);
    const notSeen = await otherBank.post(`/api/subsidies/applications/${a1}/decision`, { decision: "approve" });
    expect(notSeen.statusCode).toBe(404);

    for (const id of [a1, a2]) {
      const ok = await district.post(`/api/subsidies/applications/${id}/decision`, { decision: "approve" });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().status).toBe("approved");
    }
    const over = await district.post(`/api/subsidies/applications/${a3}/decision`, { decision: "approve" });
    expect(over.statusCode).toBe(409);
    expectErrorBody(over.json(), "CONFLICT");
    expect(over.json().details).toMatchObject({ remaining: "684.94", committed: "49315.06", requested: "24657.53" });
    const noNote = await district.post(`/api/subsidies/applications/${a3}/decision`, { decision: "reject" });
    expect(noNote.statusCode).toBe(400);
    expect(problemPaths(noNote.json())).toEqual(["note"]);
    const rejected = await district.post(`/api/subsidies/applications/${a3}/decision`, {
      decision: "reject",
      note: "预算不足",
    });
    expect(rejected.json()).toMatchObject({ status: "rejected", decisionNote: "预算不足" });
    const badDecision = await district.post(`/api/subsidies/applications/${a3}/decision`, { decision: "maybe" });
    expect(problemPaths(badDecision.json())).toEqual(["body.decision"]);

    const paid = await district.post(`/api/subsidies/applications/${a1}/paid`, { paymentReference: "PV-2026-0001" });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({ status: "paid", paymentReference: "PV-2026-0001" });
    const notApproved = await district.post(`/api/subsidies/applications/${a3}/paid`, { paymentReference: "PV-x" });
    expect(notApproved.statusCode).toBe(409);

    const usage = await district.get(`/api/subsidies/programmes/${programmeId}/usage`);
    expect(usage.statusCode, usage.body).toBe(200);
    expect(usage.json()).toMatchObject({
      budget: "50000.00",
      committed: "49315.06",
      paid: "24657.53",
      remaining: "684.94",
      pending: "0.00",
      byCategory: [{ categoryCode: "4.2.1", committed: "49315.06", approvedCount: 1, paidCount: 1 }],
      byInstitution: [{ institutionId: bankActor.orgId, committed: "49315.06" }],
    });
    expect((await bank.get(`/api/subsidies/programmes/${programmeId}/usage`)).statusCode).toBe(403);
  });

  it("stops applications once the programme is closed", async () => {
    const closed = await district.post(`/api/subsidies/programmes/${programmeId}/close`);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: "closed", committed: "49315.06" });
    const late = await bank.post("/api/subsidies/applications", application(programmeId, await loan(bankActor)));
    expect(late.statusCode).toBe(400);
    expect(problemPaths(late.json())).toEqual(["programmeId"]);
    const missing = await district.post("/api/subsidies/programmes/00000000-0000-4000-8000-000000000000/close");
    expect(missing.statusCode).toBe(404);
    expectErrorBody(missing.json(), "NOT_FOUND");
  });
});
