/**
 * A need's later life over HTTP: the pricing templates; a product priced by one; the matching's quote with how it was
 * made; an approval without a rate taking the table's rate; the enterprise choosing with `grantFinancing`; the bank
 * recording the drawn loan (the need is funded; more than approved is 400, twice is 409, by the enterprise 403); a
 * withdrawal (409 once closed); reminders and the overview by who may read them. One error body for every refusal.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { expectErrorBody, problemPaths } from "../../../tests/support/http-replies";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let enterprise: TestClient;
let bank: TestClient;
let district: TestClient;

const need = (over: Record<string, unknown> = {}) => ({
  amount: "6000000",
  tenorMonths: 24,
  purpose: "technical-retrofit",
  collateral: ["cea-allowance"],
  consents: { esg: true, carbon: true },
  ...over,
});

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  enterprise = await signedIn(app, "admin@enterprise.demo");
  bank = await signedIn(app, "admin@bank.demo");
  district = await signedIn(app, "admin@district.demo");
});
afterAll(async () => {
  await app?.close();
  await p?.close();
});

describe("marketplace API: pricing, funding, withdrawal, reminders, overview", () => {
  let productId = "";
  let needId = "";
  let claimId = "";

  it("lists the pricing templates and prices a product by one; an unknown template is a field problem", async () => {
    const templates = await bank.get("/api/market/pricing-templates");
    expect(templates.statusCode).toBe(200);
    const keys = templates.json().map((t: { key: string }) => t.key);
    expect(keys).toContain("carbon-quota-pledge-retrofit");
    const body = {
      productKey: "cea-pledge",
      family: "green_credit",
      subType: "carbon_quota_pledge",
      nameZh: "碳配额质押贷",
      nameEn: "CEA pledge loan",
      eligibility: { amount: { min: 1_000_000, max: 30_000_000 }, collateral: ["cea-allowance"] },
      pricingTemplate: "carbon-quota-pledge-retrofit",
    };
    const bad = await bank.post("/api/market/products", { ...body, pricingTemplate: "no-such-table" });
    expect(bad.statusCode).toBe(400);
    expect(problemPaths(bad.json())).toEqual(["pricingTemplate"]);
    const res = await bank.post("/api/market/products", body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().pricing.ref).toBe("market-pricing@2026.1#carbon-quota-pledge-retrofit");
    expect(res.json().pricing.table.esgGrades.length).toBeGreaterThan(0);
    productId = res.json().id;
  });

  it("quotes the linked price in the matching and sets the approved rate from the table", async () => {
    const posted = await enterprise.post("/api/market/needs", need());
    expect(posted.statusCode, posted.body).toBe(201);
    needId = posted.json().id;
    expect(posted.json().broadcastCount).toBeGreaterThanOrEqual(1);
    const matching = await enterprise.get(`/api/market/needs/${needId}/matches`);
    const m = matching.json().matches.find((x: { productId: string }) => x.productId === productId);
    expect(m.status).toBe("eligible");
    expect(m.price.trace.length).toBeGreaterThan(0);
    expect(m.price.finalRatePercent).toMatch(/^\d+\.\d{2}$/);
    const inbox = await bank.get("/api/market/needs?status=open");
    expect(inbox.json().find((n: { id: string }) => n.id === needId).broadcastProductIds).toContain(productId);

    const claim = await bank.post(`/api/market/needs/${needId}/claims`, { productId });
    expect(claim.statusCode, claim.body).toBe(201);
    claimId = claim.json().id;
    for (const step of ["respond", "visit"])
      expect((await bank.post(`/api/market/claims/${claimId}/steps`, { step })).statusCode).toBe(200);
    const decided = await bank.post(`/api/market/claims/${claimId}/steps`, {
      step: "decide",
      decision: "approved",
      amount: "5000000",
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().priceBasis.pricingRef).toBe("market-pricing@2026.1#carbon-quota-pledge-retrofit");
    expect(Number(decided.json().rate)).toBe(Number(decided.json().priceBasis.finalRatePercent));
  });

  it("records the chosen offer's loan as drawn: the need is funded, once, by the bank only", async () => {
    const early = await bank.post(`/api/market/claims/${claimId}/fund`, { amount: "1", loanReference: "L-1" });
    expect(early.statusCode).toBe(409);
    const chosen = await enterprise.post(`/api/market/claims/${claimId}/choose`, { grantFinancing: true });
    expect(chosen.statusCode, chosen.body).toBe(200);
    const byEnterprise = await enterprise.post(`/api/market/claims/${claimId}/fund`, {
      amount: "1",
      loanReference: "L-1",
    });
    expect(byEnterprise.statusCode).toBe(403);
    const tooMuch = await bank.post(`/api/market/claims/${claimId}/fund`, {
      amount: "5000000.01",
      loanReference: "QD-2026-77",
    });
    expect(tooMuch.statusCode).toBe(400);
    expect(problemPaths(tooMuch.json())).toEqual(["amount"]);
    const funded = await bank.post(`/api/market/claims/${claimId}/fund`, {
      amount: "5000000",
      loanReference: "QD-2026-77",
    });
    expect(funded.statusCode, funded.body).toBe(200);
    expect(funded.json()).toMatchObject({ fundedAmount: "5000000", loanReference: "QD-2026-77" });
    const n = (await enterprise.get(`/api/market/needs/${needId}`)).json();
    expect(n.status).toBe("funded");
    const twice = await bank.post(`/api/market/claims/${claimId}/fund`, { amount: "1", loanReference: "L-2" });
    expect(twice.statusCode).toBe(409);
    expectErrorBody(twice.json(), "CONFLICT");
    const grants = await enterprise.get("/api/grants?direction=given");
    expect(grants.statusCode).toBe(200);
    expect(JSON.stringify(grants.json())).toContain("financing");
  });

  it("lets the enterprise withdraw an open need, once", async () => {
    const posted = await enterprise.post("/api/market/needs", need({ amount: "2000000" }));
    const id = posted.json().id;
    const byBank = await bank.post(`/api/market/needs/${id}/withdraw`, { reason: "x" });
    expect(byBank.statusCode).toBe(403);
    const res = await enterprise.post(`/api/market/needs/${id}/withdraw`, { reason: "项目推迟" });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "withdrawn", closeReason: "项目推迟" });
    const again = await enterprise.post(`/api/market/needs/${id}/withdraw`);
    expect(again.statusCode).toBe(409);
    expect((await enterprise.post(`/api/market/needs/${needId}/withdraw`)).statusCode).toBe(409); // funded
  });

  it("shows reminders to institutions and the district, and the overview to them, never to an enterprise", async () => {
    expect((await bank.get("/api/market/reminders")).statusCode).toBe(200);
    expect((await district.get("/api/market/reminders")).statusCode).toBe(200);
    expect((await enterprise.get("/api/market/reminders")).statusCode).toBe(403);
    const overview = await district.get("/api/market/overview");
    expect(overview.statusCode, overview.body).toBe(200);
    expect(overview.json().funnel.funded).toBeGreaterThanOrEqual(1);
    expect(overview.json().needs.byStatus.find((s: { status: string }) => s.status === "funded").count).toBeGreaterThan(
      0,
    );
    expect((await enterprise.get("/api/market/overview")).statusCode).toBe(403);
  });
});
