/**
 * One example for each bug the route fuzzer (fuzz-routes.test.ts) found, kept as a focused test (the NUL and the
 * JSON-on-multipart cases once answered 500), and for the limit on nesting that the fix for them brought.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn, type TestClient, testServer } from "../../../../tests/support/http-client";
import { openTestPlatform, type TestPlatform } from "../../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let district: TestClient;
let districtOrgId: string;

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  district = await signedIn(app, "admin@district.demo");
  districtOrgId = (await district.get("/api/auth/me")).json().activeOrg.id;
});
afterAll(async () => {
  await app.close();
  await p.close();
});

function problemPaths(res: { json(): { details?: { problems?: { path: string }[] } } }): string[] {
  return (res.json().details?.problems ?? []).map((x) => x.path);
}

describe("what the route fuzzer found", () => {
  it("refuses a NUL in a query value before it reaches SQL (PostgreSQL cannot hold it: once a 500)", async () => {
    for (const url of [
      "/api/orgs?q=%00",
      "/api/green/financings?industry=%00",
      "/api/green/financings/export.xlsx?industry=a%00b",
    ]) {
      const res = await district.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code).toBe("VALIDATION_FAILED");
      expect(problemPaths(res)[0]).toMatch(/^querystring\.(q|industry)$/);
    }
  });

  it("refuses a NUL or an unpaired surrogate in a JSON body, and saves nothing", async () => {
    const before = (await district.get(`/api/orgs/${districtOrgId}`)).json();
    for (const nameZh of ["示范区\u0000管委会", "示范区\uD800管委会"]) {
      const res = await district.patch(`/api/orgs/${districtOrgId}`, { nameZh });
      expect(res.statusCode).toBe(400);
      expect(problemPaths(res)).toEqual(["body.nameZh"]);
    }
    expect((await district.get(`/api/orgs/${districtOrgId}`)).json()).toEqual(before);
  });

  it("refuses a body nested deeper than any contract with a validation error, without running out of stack", async () => {
    const depth = 100_000;
    const res = await district.request({
      method: "POST",
      url: "/api/orgs",
      headers: { "content-type": "application/json" },
      payload: `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe("VALIDATION_FAILED");
    expect(res.json().details.problems[0].messageEn).toMatch(/nested more than 32 levels/);
  });

  it("refuses a number past PostgreSQL's integer where a year, version or revision is looked up (a target year once a 500)", async () => {
    const huge = "2147483648";
    const enterprise = await signedIn(app, "admin@enterprise.demo");
    const orgId = (await enterprise.get("/api/auth/me")).json().activeOrg.id;
    const calls: [TestClient, string, string, string][] = [
      [district, "DELETE", `/api/statistics/targets/green-share/observations/${huge}`, "params.year"],
      [enterprise, "GET", `/api/carbon/accounts/${orgId}?year=2025&version=${huge}`, "querystring.version"],
      [enterprise, "GET", `/api/disclosures/${orgId}/compare?left=${huge}&right=draft`, "querystring.left"],
      [enterprise, "GET", `/api/disclosures/${orgId}/export?format=json&revision=${huge}`, "querystring.revision"],
    ];
    for (const [client, method, url, path] of calls) {
      const res = await client.request({ method: method as "GET", url });
      expect(res.statusCode, url).toBe(400);
      expect(problemPaths(res), url).toContain(path);
    }
    const holding = await enterprise.post("/api/carbon-assets/holdings", {
      kind: "cea_allowance",
      quantity: "100",
      complianceYear: Number(huge),
      registryRef: "CEA-FUZZ-1",
      source: "registry_statement",
    });
    expect(holding.statusCode).toBe(400);
    expect(problemPaths(holding)).toEqual(["body.complianceYear"]);
  });

  it("refuses a JSON body on the raw activity-file upload instead of reading it as the file (once a 500)", async () => {
    const res = await district.request({
      method: "POST",
      url: "/api/carbon/activity/import?format=csv",
      headers: { "content-type": "application/json" },
      payload: '[""]',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe("BAD_INPUT");
  });

  it("refuses a JSON body on the disclosure's raw file uploads (import, evidence) as no file, whoever's id it names", async () => {
    const enterprise = await signedIn(app, "admin@enterprise.demo");
    const draft = (await enterprise.post("/api/disclosures", { year: 2025, frameworks: ["SSE2024"] })).json();
    for (const url of [
      `/api/disclosures/${draft.id}/imports?format=csv`,
      `/api/disclosures/${draft.id}/evidence?indicatorId=E-GHG-001&fileName=a.pdf`,
    ]) {
      const res = await enterprise.request({
        method: "POST",
        url,
        headers: { "content-type": "application/json" },
        payload: '{"bytes":"x"}',
      });
      expect(res.statusCode, url).toBe(400);
      expect(res.json().code, url).toBe("BAD_INPUT");
    }
    expect((await p.db.query("SELECT 1 FROM evidence_files WHERE disclosure_id = $1", [draft.id])).rows).toEqual([]);
  });

  it("refuses a JSON body on the multipart book upload instead of failing on its missing form (once a 500)", async () => {
    const bank = await signedIn(app, "admin@bank.demo");
    const res = await bank.request({
      method: "POST",
      url: "/api/pcaf/books",
      headers: { "content-type": "application/json; charset=utf-16" },
      payload: '[{"AULV":false}]',
    });
    // multipart-form.ts reads any other body as an empty form: the route lists the missing parts (400).
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe("VALIDATION_FAILED");
  });
});
