/**
 * The marketplace over HTTP. A bank publishes a product; the demo enterprise posts a need and sees the product match
 * with its reasons; three institutions claim it and a fourth is refused (409, naming the limit); the first claimant
 * responds, visits and approves, another tries a step out of order (409) or a decision without its figures (400 with
 * the fields); the timers and the district's compliance view; the enterprise chooses the approved offer (an offer not
 * approved, or a second choice, is 409). The carbon registry: the enterprise records an allowance holding, the bank
 * cannot pledge it before the enterprise grants it `financing` consent (404), then registers a pledge (the holding's
 * free quantity drops), is refused more than is free (409) and a loan above the maximum (400 on securedAmount), checks
 * margin calls and releases it (again: 409); the enterprise may not release (403), another bank does not see it (404).
 * Every refusal has the one error body { code, message, details? }.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgByKey } from "../../../tests/support/demo-lookup";
import { signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { expectErrorBody, problemPaths } from "../../../tests/support/http-replies";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let enterprise: TestClient;
let district: TestClient;
let rating: TestClient;
/** Four institutions: the demo bank, insurer, wealth manager, and another bank. */
let institutions: TestClient[];
let bank: TestClient;
let otherBank: TestClient;
let bankId = "";
let otherBankId = "";
let enterpriseId = "";

const product = (over: Record<string, unknown> = {}) => ({
  productKey: "retrofit-loan",
  family: "green_credit",
  subType: "carbon_neutral",
  nameZh: "碳中和技改贷",
  nameEn: "Carbon-neutral retrofit loan",
  description: "技改项目贷款",
  eligibility: {
    amount: { min: 1_000_000, max: 20_000_000 },
    tenorMonths: { max: 60 },
    purposes: ["technical-retrofit"],
  },
  rate: { min: "3.1", max: "3.85" },
  ...over,
});

const need = (over: Record<string, unknown> = {}) => ({
  amount: "5000000",
  tenorMonths: 36,
  purpose: "technical-retrofit",
  description: "余热回收改造",
  collateral: ["equipment", "cea-allowance"],
  consents: { esg: false, carbon: false },
  ...over,
});

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  enterprise = await signedIn(app, "admin@enterprise.demo");
  district = await signedIn(app, "admin@district.demo");
  rating = await signedIn(app, "admin@rating.demo");
  const other = await p.db.query<{ demo_key: string }>(
    "SELECT demo_key FROM organisations WHERE kind = 'bank' AND demo_key <> 'bank-qinwan' ORDER BY demo_key LIMIT 1",
  );
  bank = await signedIn(app, "admin@bank.demo");
  otherBank = await signedIn(app, `admin@${other.rows[0]!.demo_key}.demo`);
  institutions = [bank, await signedIn(app, "admin@insurer.demo"), await signedIn(app, "admin@wealth.demo"), otherBank];
  bankId = (await orgByKey(p, "bank-qinwan")).id;
  otherBankId = (await orgByKey(p, other.rows[0]!.demo_key)).id;
  const ent = await p.db.query<{ org_id: string }>(
    "SELECT m.org_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'admin@enterprise.demo'",
  );
  enterpriseId = ent.rows[0]!.org_id;
  // A need goes only to institutions with an eligible product: the other three offer one that fits too.
  for (const other of institutions.slice(1)) {
    const res = await other.post("/api/market/products", product({ productKey: "broad-retrofit-loan" }));
    expect(res.statusCode, res.body).toBe(201);
  }
});
afterAll(async () => {
  await app?.close();
  await p?.close();
});

describe("marketplace API: products, needs, claims", () => {
  let productId = "";
  let needId = "";
  const claimIds: string[] = [];

  it("lets an institution publish a product, lists it, and refuses bad input and the wrong kind", async () => {
    const res = await bank.post("/api/market/products", product());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      orgId: bankId,
      productKey: "retrofit-loan",
      version: 1,
      status: "published",
      rateMin: "3.1",
      rateMax: "3.85",
    });
    productId = res.json().id;
    const listed = await enterprise.get("/api/market/products?family=green_credit");
    expect(listed.statusCode).toBe(200);
    expect(listed.json().map((x: { id: string }) => x.id)).toContain(productId);

    const bad = await bank.post("/api/market/products", product({ family: "loan", nameZh: "", rate: { min: "x" } }));
    expect(bad.statusCode).toBe(400);
    expectErrorBody(bad.json(), "VALIDATION_FAILED");
    expect(problemPaths(bad.json())).toEqual(expect.arrayContaining(["family", "nameZh"]));
    const mismatch = await bank.post("/api/market/products", product({ family: "insurance", subType: "blue" }));
    expect(problemPaths(mismatch.json())).toEqual(["subType"]);

    const byEnterprise = await enterprise.post("/api/market/products", product());
    expect(byEnterprise.statusCode).toBe(403);
    expectErrorBody(byEnterprise.json(), "FORBIDDEN");
  });

  it("lets the enterprise post a need, every problem named, and no institution post one", async () => {
    const res = await enterprise.post("/api/market/needs", need());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      orgId: enterpriseId,
      amount: "5000000",
      tenorMonths: 36,
      purpose: "technical-retrofit",
      status: "open",
      claimCount: 0,
    });
    needId = res.json().id;

    const bad = await enterprise.post("/api/market/needs", { amount: 5.5, tenorMonths: 0, purpose: "holiday" });
    expect(bad.statusCode).toBe(400);
    expectErrorBody(bad.json(), "VALIDATION_FAILED");
    expect(problemPaths(bad.json())).toEqual(["amount", "purpose", "tenorMonths"]);
    const byBank = await bank.post("/api/market/needs", need());
    expect(byBank.statusCode).toBe(403);
    expectErrorBody(byBank.json(), "FORBIDDEN");
  });

  it("matches the need with the product and its reasons", async () => {
    const res = await enterprise.get(`/api/market/needs/${needId}/matches`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.inputs).toMatchObject({ esgGradeBasis: "not-consented", carbonGradeBasis: "not-consented" });
    const mine = body.matches.find((m: { productId: string }) => m.productId === productId);
    expect(mine).toMatchObject({ status: "eligible", product: { id: productId } });
    expect(mine.reasons.map((r: { rule: string; outcome: string }) => [r.rule, r.outcome])).toEqual(
      expect.arrayContaining([
        ["amount", "met"],
        ["tenor", "met"],
        ["purpose", "met"],
      ]),
    );
  });

  it("admits three claimants and refuses the fourth with 409", async () => {
    for (const [i, c] of institutions.slice(0, 3).entries()) {
      const res = await c.post(`/api/market/needs/${needId}/claims`, i === 0 ? { productId } : {});
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ needId, enterpriseOrgId: enterpriseId, respondedAt: null });
      claimIds.push(res.json().id);
    }
    const fourth = await otherBank.post(`/api/market/needs/${needId}/claims`);
    expect(fourth.statusCode).toBe(409);
    expectErrorBody(fourth.json(), "CONFLICT");
    expect(fourth.json().details).toMatchObject({ field: "needId", claimCount: 3, maxClaimants: 3 });
    const twice = await bank.post(`/api/market/needs/${needId}/claims`, {});
    expect(twice.statusCode).toBe(409);

    const byEnterprise = await enterprise.post(`/api/market/needs/${needId}/claims`, {});
    expect(byEnterprise.statusCode).toBe(403);
    const missing = await bank.post("/api/market/needs/00000000-0000-4000-8000-000000000000/claims", {});
    expect(missing.statusCode).toBe(404);
    expectErrorBody(missing.json(), "NOT_FOUND");
    const malformed = await bank.post("/api/market/needs/not-an-id/claims", {});
    expect(malformed.statusCode).toBe(400);
    expect(problemPaths(malformed.json())).toEqual(["params.needId"]);

    const seenByEnterprise = (await enterprise.get(`/api/market/needs/${needId}`)).json();
    expect(seenByEnterprise).toMatchObject({ claimCount: 3, status: "claimed" });
    expect(seenByEnterprise.claims).toHaveLength(3);
    const seenByBank = (await bank.get(`/api/market/needs/${needId}`)).json();
    expect(seenByBank.claims.map((c: { orgId: string }) => c.orgId)).toEqual([bankId]);
  });

  it("records a claim's steps in order, and refuses a step out of order or without its figures", async () => {
    const [first, second] = claimIds as [string, string];
    for (const step of ["respond", "visit"]) {
      const res = await bank.post(`/api/market/claims/${first}/steps`, { step, note: "已联系企业财务负责人" });
      expect(res.statusCode, res.body).toBe(200);
    }
    const outOfOrder = await institutions[1]!.post(`/api/market/claims/${second}/steps`, { step: "visit" });
    expect(outOfOrder.statusCode).toBe(409);
    expect(outOfOrder.json().details).toMatchObject({ field: "step", missing: "respond" });
    const noFigures = await bank.post(`/api/market/claims/${first}/steps`, { step: "decide", decision: "approved" });
    expect(noFigures.statusCode).toBe(400);
    expect(problemPaths(noFigures.json())).toEqual(["amount", "rate"]);
    const badStep = await bank.post(`/api/market/claims/${first}/steps`, { step: "celebrate" });
    expect(problemPaths(badStep.json())).toEqual(["body.step"]);
    const notMine = await otherBank.post(`/api/market/claims/${first}/steps`, { step: "respond" });
    expect(notMine.statusCode).toBe(404);

    const decided = await bank.post(`/api/market/claims/${first}/steps`, {
      step: "decide",
      decision: "approved",
      amount: "4800000.00",
      rate: "3.45",
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ decision: "approved", approvedAmount: "4800000", rate: "3.45" });
    expect(decided.json().respondedAt).not.toBeNull();
    expect(decided.json().visitedAt).not.toBeNull();
  });

  it("shows the timers to each party and the compliance view to the district only", async () => {
    const mine = await bank.get("/api/market/claims/timers");
    expect(mine.statusCode, mine.body).toBe(200);
    const claim = mine.json().claims.find((c: { claimId: string }) => c.claimId === claimIds[0]);
    expect(claim.timers.stages.map((s: { stage: string; status: string }) => [s.stage, s.status])).toEqual([
      ["respond", "done-on-time"],
      ["visit", "done-on-time"],
      ["decide", "done-on-time"],
    ]);
    expect(mine.json().claims.every((c: { institutionId: string }) => c.institutionId === bankId)).toBe(true);
    const ents = await enterprise.get("/api/market/claims/timers");
    expect(ents.json().claims.filter((c: { needId: string }) => c.needId === needId)).toHaveLength(3);
    // Five working days on, the claims nobody answered are overdue.
    const later = await enterprise.get("/api/market/claims/timers?asOf=2026-03-09T02:00:00.000Z");
    expect(later.statusCode, later.body).toBe(200);
    expect(later.json().overdueCount).toBe(2);

    const compliance = await district.get("/api/market/compliance");
    expect(compliance.statusCode, compliance.body).toBe(200);
    expect(compliance.json().institutions.map((i: { institutionId: string }) => i.institutionId)).toContain(bankId);
    const byBank = await bank.get("/api/market/compliance");
    expect(byBank.statusCode).toBe(403);
    expectErrorBody(byBank.json(), "FORBIDDEN");
    const badAsOf = await district.get("/api/market/compliance?asOf=yesterday");
    expect(badAsOf.statusCode).toBe(400);
  });

  it("lets the enterprise choose the approved offer once", async () => {
    const notApproved = await enterprise.post(`/api/market/claims/${claimIds[1]}/choose`);
    expect(notApproved.statusCode).toBe(409);
    expectErrorBody(notApproved.json(), "CONFLICT");
    const byBank = await bank.post(`/api/market/claims/${claimIds[0]}/choose`);
    expect(byBank.statusCode).toBe(403);
    const chosen = await enterprise.post(`/api/market/claims/${claimIds[0]}/choose`);
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json()).toMatchObject({ id: claimIds[0], offerChosen: true });
    expect((await enterprise.get(`/api/market/needs/${needId}`)).json().status).toBe("offer_chosen");
    const again = await enterprise.post(`/api/market/claims/${claimIds[0]}/choose`);
    expect(again.statusCode).toBe(409);
    // Closed to the broadcast: an institution that did not claim it no longer sees it.
    expect((await otherBank.get(`/api/market/needs/${needId}`)).statusCode).toBe(404);
    const list = await otherBank.get("/api/market/needs");
    expect(list.json().map((n: { id: string }) => n.id)).not.toContain(needId);
  });
});

describe("carbon assets API: holdings, pledges, margin calls", () => {
  let holdingId = "";
  let pledgeId = "";
  const pledge = (over: Record<string, unknown> = {}) => ({
    holdingId,
    quantity: "1000",
    productKey: "carbon-quota-pledge-retrofit",
    loanReference: "CQ-2026-001",
    securedAmount: "30000",
    termStart: "2026-03-02",
    termEnd: "2027-03-01",
    ...over,
  });

  it("lets the enterprise record a holding, every problem named", async () => {
    const res = await enterprise.post("/api/carbon-assets/holdings", {
      kind: "cea_allowance",
      quantity: "10000",
      complianceYear: 2025,
      registryRef: "CEA-REG-370200-0001",
      source: "registry_statement",
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ orgId: enterpriseId, kind: "cea_allowance", unit: "tCO2e", pledged: "0.000" });
    holdingId = res.json().id;
    expect(res.json().free).toBe(res.json().quantity);

    const bad = await enterprise.post("/api/carbon-assets/holdings", {
      kind: "emission_right",
      quantity: "1.2345",
      unit: "tCO2e",
      registryRef: "",
      source: "x",
    });
    expect(bad.statusCode).toBe(400);
    expectErrorBody(bad.json(), "VALIDATION_FAILED");
    expect(problemPaths(bad.json())).toEqual(["pollutant", "quantity", "registryRef", "unit"]);
    const shape = await enterprise.post("/api/carbon-assets/holdings", { kind: "gold", quantity: 5 });
    expect(problemPaths(shape.json())).toEqual(["body.kind", "body.quantity", "body.registryRef", "body.source"]);
    const byRating = await rating.get("/api/carbon-assets/holdings");
    expect(byRating.statusCode).toBe(403);
  });

  it("refuses a pledge without the enterprise's financing consent, as if the holding did not exist", async () => {
    const res = await bank.post("/api/carbon-assets/pledges", pledge());
    expect(res.statusCode).toBe(404);
    expectErrorBody(res.json(), "NOT_FOUND");
    expect((await bank.get("/api/carbon-assets/holdings")).json().map((h: { id: string }) => h.id)).not.toContain(
      holdingId,
    );
  });

  it("lets the bank pledge under the grant, never more than is free nor above the maximum loan", async () => {
    const grant = await enterprise.post("/api/grants", {
      granteeOrgId: bankId,
      scope: "financing",
      purpose: "碳配额质押贷款",
      expiresAt: "2027-12-31T00:00:00.000Z",
    });
    expect(grant.statusCode, grant.body).toBe(200);
    expect((await bank.get("/api/carbon-assets/holdings")).json().map((h: { id: string }) => h.id)).toContain(
      holdingId,
    );

    const res = await bank.post("/api/carbon-assets/pledges", pledge());
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      holdingId,
      orgId: enterpriseId,
      pledgeeOrgId: bankId,
      status: "active",
      securedAmount: "30000",
      loanReference: "CQ-2026-001",
    });
    expect(res.json().refNo).toMatch(/^CP-2026-\d{6}$/);
    pledgeId = res.json().id;
    const holding = (await enterprise.get("/api/carbon-assets/holdings"))
      .json()
      .find((h: { id: string }) => h.id === holdingId);
    expect(holding).toMatchObject({ pledged: "1000.000", free: "9000.000" });

    const tooMuch = await bank.post("/api/carbon-assets/pledges", pledge({ quantity: "9500", loanReference: "CQ-2" }));
    expect(tooMuch.statusCode).toBe(409);
    expectErrorBody(tooMuch.json(), "CONFLICT");
    expect(tooMuch.json().details).toMatchObject({ field: "quantity", free: "9000.000" });
    const aboveMax = await bank.post(
      "/api/carbon-assets/pledges",
      pledge({ quantity: "10", securedAmount: "99000000", loanReference: "CQ-3" }),
    );
    expect(aboveMax.statusCode).toBe(400);
    expect(problemPaths(aboveMax.json())).toEqual(["securedAmount"]);
    const shape = await bank.post("/api/carbon-assets/pledges", pledge({ quantity: 10, termEnd: "2027-02-30" }));
    expect(problemPaths(shape.json())).toEqual(["body.quantity", "body.termEnd"]);
    const byEnterprise = await enterprise.post("/api/carbon-assets/pledges", pledge({ loanReference: "CQ-4" }));
    expect(byEnterprise.statusCode).toBe(403);
  });

  it("shows the registry to the pledgee and the pledgor, not to another bank, and checks margin calls", async () => {
    const ids = async (c: TestClient) =>
      (await c.get("/api/carbon-assets/pledges?status=active")).json().map((x: { id: string }) => x.id);
    expect(await ids(bank)).toContain(pledgeId);
    expect(await ids(enterprise)).toContain(pledgeId);
    expect(await ids(district)).toContain(pledgeId);
    expect(await ids(otherBank)).not.toContain(pledgeId);

    const margin = await bank.get("/api/carbon-assets/margin-calls");
    expect(margin.statusCode, margin.body).toBe(200);
    const mine = margin.json().pledges.find((x: { pledgeId: string }) => x.pledgeId === pledgeId);
    expect(mine).toMatchObject({ status: "none", outstanding: "30000" });
    expect(mine.trace.length).toBeGreaterThan(0);
    expect((await enterprise.get("/api/carbon-assets/margin-calls")).statusCode).toBe(403);
    expect((await bank.get("/api/carbon-assets/margin-calls?asOf=2026-13-01")).statusCode).toBe(400);
  });

  it("lets only the pledgee release, once, and frees the quantity", async () => {
    const byEnterprise = await enterprise.post(`/api/carbon-assets/pledges/${pledgeId}/release`, {});
    expect(byEnterprise.statusCode).toBe(403);
    expectErrorBody(byEnterprise.json(), "FORBIDDEN");
    const byOther = await otherBank.post(`/api/carbon-assets/pledges/${pledgeId}/release`, {});
    expect(byOther.statusCode).toBe(404);
    expect(otherBankId).not.toBe(bankId);

    const released = await bank.post(`/api/carbon-assets/pledges/${pledgeId}/release`, { note: "2026-09-30 全额还款" });
    expect(released.statusCode, released.body).toBe(200);
    expect(released.json()).toMatchObject({ status: "released", releaseNote: "2026-09-30 全额还款" });
    const again = await bank.post(`/api/carbon-assets/pledges/${pledgeId}/release`);
    expect(again.statusCode).toBe(409);
    expectErrorBody(again.json(), "CONFLICT");
    const holding = (await enterprise.get("/api/carbon-assets/holdings"))
      .json()
      .find((h: { id: string }) => h.id === holdingId);
    expect(holding).toMatchObject({ pledged: "0.000", free: "10000.000" });
  });
});
