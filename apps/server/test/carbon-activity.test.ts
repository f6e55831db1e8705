/** The activity-data API: a CSV as the raw body, rows as JSON, an enterprise's year; tenancy and grants hold. */
import { createGrant } from "@greenfin/app";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let ent: TestClient;
let bank: TestClient;
let entId = "";
let uscc = "";

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  ent = await signedIn(app, "admin@enterprise.demo");
  bank = await signedIn(app, "admin@bank.demo");
  entId = (await ent.get("/api/auth/me")).json().activeOrg.id;
  uscc = (await p.db.query<{ uscc: string }>("SELECT uscc FROM organisations WHERE id = $1", [entId])).rows[0]!.uscc;
});
afterAll(async () => {
  await app.close();
  await p.close();
});

const file = () =>
  [
    "企业,计量点,月份,项目,数量,单位,备注",
    ...Array.from(
      { length: 12 },
      (_, i) => `${uscc},,2025-${String(i + 1).padStart(2, "0")},electricity,${1000 + i},kWh,`,
    ),
  ].join("\r\n");

const upload = (body: string, format = "csv") =>
  ent.request({
    method: "POST",
    url: `/api/carbon/activity/import?format=${format}&fileName=a.csv`,
    headers: { "content-type": "text/csv" },
    payload: body,
  });

describe("carbon activity API", () => {
  it("imports a CSV sent as the body; the same file again changes nothing", async () => {
    const first = await upload(file());
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ channel: "csv", rowCount: 12, inserted: 12, updated: 0, unchanged: 0 });
    const again = await upload(file());
    expect(again.json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 12, repeatOf: first.json().importId });
  });

  it("answers a bad file with 400 and every problem, and saves nothing", async () => {
    const before = (await ent.get(`/api/carbon/activity/${entId}?year=2024`)).json().rows.length;
    const res = await upload(
      `enterprise,month,item,quantity,unit\n${uscc},2024-01,electricity,x,kWh\n${uscc},2024-02,gas,1,m3\n`,
    );
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe("VALIDATION_FAILED");
    expect(body.details.problems.map((x: { row: number; column: string }) => [x.row, x.column])).toEqual([
      [2, "quantity"],
      [3, "item"],
    ]);
    expect((await ent.get(`/api/carbon/activity/${entId}?year=2024`)).json().rows.length).toBe(before);
  });

  it("offers the entry form the catalogue's items and their units, to signed-in users only", async () => {
    const res = await ent.get("/api/carbon/activity-items");
    expect(res.statusCode).toBe(200);
    const electricity = res.json().items.find((i: { code: string }) => i.code === "electricity");
    expect(electricity).toMatchObject({ nameZh: "外购电力", units: ["kWh", "MWh"], use: "scope2_location" });
    expect((await app.inject({ method: "GET", url: "/api/carbon/activity-items" })).statusCode).toBe(401);
  });

  it("takes rows as JSON and lists the enterprise's year", async () => {
    const res = await ent.post("/api/carbon/activity", {
      rows: [{ enterprise: uscc, month: "2025-03", item: "electricity", quantity: 2.5, unit: "MWh", note: "修正" }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ channel: "form", updated: 1 });
    const list = await ent.get(`/api/carbon/activity/${entId}?year=2025`);
    expect(list.statusCode).toBe(200);
    const march = list.json().rows.find((r: { month: string }) => r.month === "2025-03");
    expect(march).toMatchObject({ quantity: "2.5", unit: "MWh", workingUnit: "kWh", note: "修正" });
    expect(Number(march.workingQuantity)).toBe(2500);
  });

  it("shows a bank nothing without a carbon grant, and the year with one", async () => {
    const refused = await bank.get(`/api/carbon/activity/${entId}?year=2025`);
    expect(refused.statusCode).toBe(404);
    expect((await bank.post("/api/carbon/activity", { rows: [] })).statusCode).toBe(400);
    const forbidden = await bank.post("/api/carbon/activity", {
      rows: [{ enterprise: uscc, month: "2025-03", item: "electricity", quantity: "1", unit: "kWh" }],
    });
    expect(forbidden.statusCode).toBe(403);
    const bankOrg = (await bank.get("/api/auth/me")).json().activeOrg.id;
    const admin = await actorFor(p, "ent-0001", "admin");
    expect(admin.orgId).toBe(entId);
    await createGrant(p, admin, {
      granteeOrgId: bankOrg,
      scope: "carbon",
      purpose: "green loan",
      expiresAt: new Date(p.clock.now().getTime() + 30 * 86_400_000).toISOString(),
    });
    const granted = await bank.get(`/api/carbon/activity/${entId}?year=2025`);
    expect(granted.statusCode).toBe(200);
    expect(granted.json().rows).toHaveLength(12);
  });
});
