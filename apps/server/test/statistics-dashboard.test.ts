/**
 * The statistics dashboard over HTTP on the demo district, with accepted reports for 2031 added here (later than any
 * demo figure, so they are the latest): the district reads the dashboard, a drill-down, the rankings and one bank's
 * figures; a bank is refused the dashboard, the drill-down and another institution's view, reads its own figures
 * against the district and never sees another institution's id or name; the public page answers without a cookie
 * and carries no organisation's id, and a released rating methodology's page is readable without login. Bad input is a 400 with the one error body.
 *
 * 2031-06 green_loan_balance: qinwan 1200, changhe 450, chengchuan 300 → 1950; 2030-06: qinwan 1000, changhe 500.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgByKey } from "../../../tests/support/demo-lookup";
import { signedIn, TestClient, testServer } from "../../../tests/support/http-client";
import { expectErrorBody } from "../../../tests/support/http-replies";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

const MONTHLY = "five-articles-monthly@2026.1";

let p: TestPlatform;
let app: FastifyInstance;
let bank: TestClient;
let district: TestClient;
const ids: Record<string, string> = {};
const names: string[] = [];

async function accepted(orgId: string, period: string, figures: Record<string, string>) {
  const at = "2031-07-05T02:00:00.000Z";
  const r = await p.db.query<{ id: string }>(
    `INSERT INTO stat_reports (org_id, template_ref, period, status, revision, accepted_revision, created_at, updated_at)
     VALUES ($1, $2, $3, 'accepted', 1, 1, $4, $4) RETURNING id`,
    [orgId, MONTHLY, period, at],
  );
  const id = r.rows[0]!.id;
  for (const [metric, value] of Object.entries(figures)) {
    await p.db.query("INSERT INTO stat_report_values (report_id, revision, metric, value) VALUES ($1, 1, $2, $3)", [
      id,
      metric,
      value,
    ]);
  }
  await p.db.query(
    `INSERT INTO stat_report_revisions (report_id, revision, submitted_at, outcome, decided_at)
     VALUES ($1, 1, $2, 'accepted', $2)`,
    [id, at],
  );
}

beforeAll(async () => {
  p = await openTestPlatform();
  p.clock.set(new Date("2031-07-10T02:00:00.000Z"));
  app = await testServer(p);
  bank = await signedIn(app, "admin@bank.demo");
  district = await signedIn(app, "admin@district.demo");
  for (const key of ["bank-qinwan", "bank-changhe-qd", "bank-chengchuan-qd"]) {
    const o = await orgByKey(p, key);
    ids[key] = o.id;
    names.push(o.nameZh);
  }
  await accepted(ids["bank-qinwan"]!, "2030-06", { green_loan_balance: "1000" });
  await accepted(ids["bank-changhe-qd"]!, "2030-06", { green_loan_balance: "500" });
  await accepted(ids["bank-qinwan"]!, "2031-06", { green_loan_balance: "1200" });
  await accepted(ids["bank-changhe-qd"]!, "2031-06", { green_loan_balance: "450" });
  await accepted(ids["bank-chengchuan-qd"]!, "2031-06", { green_loan_balance: "300" });
});
afterAll(async () => {
  await app?.close();
  await p?.close();
});

describe("statistics dashboard API", () => {
  it("gives the district its dashboard for the latest month", async () => {
    const res = await district.get("/api/statistics/dashboard");
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d.period).toBe("2031-06");
    const h = d.headline.find((x: { metric: string }) => x.metric === "green_loan_balance");
    expect(h).toMatchObject({ value: "1950", institutions: 3 });
    expect(h.yoyReported.growthPercent).toBe("30.00");
    expect(h.yoyLikeForLike.growthPercent).toBe("10.00");
    expect(d.trends.find((x: { metric: string }) => x.metric === "green_loan_balance").points).toHaveLength(36);
  });

  it("drills down by institution, ranks, and opens one institution's figures for the district", async () => {
    const drill = await district.get(
      "/api/statistics/dashboard/drill?metric=green_loan_balance&period=2031-06&by=institution",
    );
    expect(drill.statusCode).toBe(200);
    expect(drill.json().rows.map((r: { key: string; sharePercent: string }) => [r.key, r.sharePercent])).toEqual([
      [ids["bank-qinwan"], "61.54"],
      [ids["bank-changhe-qd"], "23.08"],
      [ids["bank-chengchuan-qd"], "15.38"],
    ]);
    const ranks = await district.get("/api/statistics/dashboard/rankings?metric=green_loan_balance&period=2031-06");
    expect(ranks.statusCode).toBe(200);
    expect(ranks.json().rows[0]).toMatchObject({ rank: 1, orgId: ids["bank-qinwan"], value: "1200" });
    const one = await district.get(`/api/statistics/dashboard/institutions/${ids["bank-changhe-qd"]}?period=2031-06`);
    expect(one.statusCode).toBe(200);
    const f = one.json().figures.find((x: { metric: string }) => x.metric === "green_loan_balance");
    expect(f).toMatchObject({ value: "450", sharePercent: "23.08" });
    expect(f.yoy.growthPercent).toBe("-10.00");
  });

  it("refuses a bank the district's dashboard, drill-down and institution view", async () => {
    for (const url of [
      "/api/statistics/dashboard",
      "/api/statistics/dashboard/drill?metric=green_loan_balance&period=2031-06",
      "/api/statistics/dashboard/rankings?metric=green_loan_balance&period=2031-06",
      `/api/statistics/dashboard/institutions/${ids["bank-changhe-qd"]}`,
    ]) {
      const res = await bank.get(url);
      expect(res.statusCode, url).toBe(403);
      expectErrorBody(res.json(), "FORBIDDEN");
    }
  });

  it("answers bad input with a 400 and unknown organisations with a 404", async () => {
    const badMetric = await district.get("/api/statistics/dashboard/drill?metric=no_such_metric&period=2031-06");
    expect(badMetric.statusCode).toBe(400);
    expectErrorBody(badMetric.json(), "VALIDATION_FAILED");
    const badPeriod = await district.get("/api/statistics/dashboard?period=2031-13");
    expect(badPeriod.statusCode).toBe(400);
    const unknown = await district.get("/api/statistics/dashboard/institutions/00000000-0000-4000-8000-000000000000");
    expect(unknown.statusCode).toBe(404);
    expectErrorBody(unknown.json(), "NOT_FOUND");
  });

  it("shows a bank its own figures against the district, naming no other institution", async () => {
    const res = await bank.get("/api/statistics/mine");
    expect(res.statusCode).toBe(200);
    const mine = res.json();
    expect(mine.org.id).toBe(ids["bank-qinwan"]);
    const f = mine.figures.find((x: { metric: string }) => x.metric === "green_loan_balance");
    expect(f).toMatchObject({ own: "1200", district: "1950", sharePercent: "61.54", peers: null });
    expect(f.peersReason).toMatch(/fewer than 4/);
    const text = res.body;
    expect(text).not.toContain(ids["bank-changhe-qd"]);
    expect(text).not.toContain(ids["bank-chengchuan-qd"]);
    expect(text).not.toContain(names[1]);
    expect(text).not.toContain(names[2]);
    const refused = await district.get("/api/statistics/mine");
    expect(refused.statusCode).toBe(403);
  });

  it("serves the public page without a cookie, with no organisation's id", async () => {
    const res = await new TestClient(app).get("/api/public/zone");
    expect(res.statusCode).toBe(200);
    const z = res.json();
    expect(z.period).toBe("2031-06");
    expect(z.headline.find((h: { metric: string }) => h.metric === "green_loan_balance")).toMatchObject({
      value: "1950",
      yoyPercent: "30.00",
      institutions: 3,
    });
    expect(z.methodologies.length).toBeGreaterThan(0);
    const method = z.methodologies[0];
    expect(method.webPath).toBe(`/rating/methodologies/${method.ref}`);
    const page = await new TestClient(app).get(method.apiPath);
    expect(page.statusCode).toBe(200);
    expect(page.json().markdown.length).toBeGreaterThan(100);
    const all = await p.db.query<{ id: string }>("SELECT id::text AS id FROM organisations");
    for (const o of all.rows) expect(res.body).not.toContain(o.id);
    for (const n of names) expect(res.body).not.toContain(n);
  });
});
