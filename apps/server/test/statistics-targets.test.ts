/**
 * District targets, the dashboard's module panels and the briefing over HTTP: the district creates a target (audit
 * entry), enters an observation (progress worked by hand: 10 in 2022 → 15 in 2027, entered 12 in 2025 = (12 − 10) ÷ 5
 * = 40 %), a bank reads it but cannot write it (403, nothing saved); bad input is 400 with every field's problem in
 * Chinese and English and nothing saved; deletion is audited and a second one is 404; the module panels and the
 * briefing PDF are the district's (a bank gets 403).
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { expectErrorBody, problemPaths } from "../../../tests/support/http-replies";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let bank: TestClient;
let district: TestClient;

const TARGET = {
  nameZh: "绿色产业增加值占比达到15%",
  nameEn: "Green industry 15 % of value added",
  metric: "green_industry_share",
  unit: "percent",
  baselineYear: 2022,
  baselineValue: "10",
  targetYear: 2027,
  targetValue: "15",
  direction: "increase",
  source: "test plan",
};
const put = (c: TestClient, key: string, payload: unknown) =>
  c.request({ method: "PUT", url: `/api/statistics/targets/${key}`, payload: payload as object });
const count = async (sql: string) => (await p.db.query<{ n: number }>(sql)).rows[0]!.n;

beforeAll(async () => {
  p = await openTestPlatform();
  p.clock.set(new Date("2026-04-10T02:00:00.000Z"));
  app = await testServer(p);
  bank = await signedIn(app, "admin@bank.demo");
  district = await signedIn(app, "admin@district.demo");
});
afterAll(async () => {
  await app?.close();
  await p?.close();
});

describe("targets over HTTP", () => {
  it("lets the district create a target and enter an observation, both audited", async () => {
    const created = await put(district, "green-industry", TARGET);
    expect(created.statusCode).toBe(200);
    expect(created.json().key).toBe("green-industry");
    const obs = await district.post("/api/statistics/targets/green-industry/observations", {
      year: 2025,
      value: "12",
      source: "statistics bureau (test)",
    });
    expect(obs.statusCode).toBe(200);
    expect(obs.json().progressPercent).toBe("40.00");
    expect(obs.json().dataSource).toBe("entered");
    const audit = await p.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE entity_type = 'district_target' AND entity_id = 'green-industry' ORDER BY seq",
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      "statistics.target.create",
      "statistics.target.observation.enter",
    ]);
  });

  it("lets a bank read the targets with progress but not write them", async () => {
    const list = await bank.get("/api/statistics/targets");
    expect(list.statusCode).toBe(200);
    const t = list.json().targets.find((x: { key: string }) => x.key === "green-industry");
    expect(t.progressPercent).toBe("40.00");
    expect(list.json().methodZh).toContain("最小二乘");

    const before = await count("SELECT count(*)::int AS n FROM district_targets");
    const refused = await put(bank, "bank-target", TARGET);
    expect(refused.statusCode).toBe(403);
    expectErrorBody(refused.json(), "FORBIDDEN");
    const obs = await bank.post("/api/statistics/targets/green-industry/observations", {
      year: 2024,
      value: "11",
      source: "x",
    });
    expect(obs.statusCode).toBe(403);
    expect((await bank.delete("/api/statistics/targets/green-industry")).statusCode).toBe(403);
    expect(await count("SELECT count(*)::int AS n FROM district_targets")).toBe(before);
  });

  it("answers bad input with every field's problem in Chinese and English, saving nothing", async () => {
    const before = await count("SELECT count(*)::int AS n FROM district_targets");
    const audits = await count("SELECT count(*)::int AS n FROM audit_log");
    const res = await put(district, "bad", {
      ...TARGET,
      nameEn: "",
      baselineValue: "ten",
      targetYear: 2020,
      direction: "sideways",
    });
    expect(res.statusCode).toBe(400);
    expectErrorBody(res.json(), "VALIDATION_FAILED");
    expect(problemPaths(res.json())).toEqual(["baselineValue", "direction", "nameEn", "targetYear"]);
    for (const x of res.json().details.problems) {
      expect(x.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(x.messageEn).toMatch(/^[a-zA-Z]+: [a-z]/);
    }
    const badKey = await put(district, "BAD KEY", TARGET);
    expect(badKey.statusCode).toBe(400);
    expect(problemPaths(badKey.json())).toEqual(["key"]);
    const badObs = await district.post("/api/statistics/targets/green-industry/observations", { year: 1990 });
    expect(badObs.statusCode).toBe(400);
    expect(problemPaths(badObs.json())).toEqual(["source", "value", "year"]);
    expect(await count("SELECT count(*)::int AS n FROM district_targets")).toBe(before);
    expect(await count("SELECT count(*)::int AS n FROM audit_log")).toBe(audits);
  });

  it("removes an entered observation, audited; a second removal is 404", async () => {
    const res = await district.delete("/api/statistics/targets/green-industry/observations/2025");
    expect(res.statusCode).toBe(200);
    expect(res.json().observations).toEqual([]);
    expect(res.json().dataSource).toBe("none");
    expect(
      await count("SELECT count(*)::int AS n FROM audit_log WHERE action = 'statistics.target.observation.delete'"),
    ).toBe(1);
    expect((await district.delete("/api/statistics/targets/green-industry/observations/2025")).statusCode).toBe(404);
    await district.post("/api/statistics/targets/green-industry/observations", {
      year: 2024,
      value: "11",
      source: "x",
    });
  });

  it("deletes a target with its observations, audited; a second delete is 404", async () => {
    const gone = await district.delete("/api/statistics/targets/green-industry");
    expect(gone.statusCode).toBe(200);
    expect(await count("SELECT count(*)::int AS n FROM district_target_observations")).toBe(0);
    expect(await count("SELECT count(*)::int AS n FROM audit_log WHERE action = 'statistics.target.delete'")).toBe(1);
    expect((await district.delete("/api/statistics/targets/green-industry")).statusCode).toBe(404);
  });
});

describe("module panels and the briefing", () => {
  it("gives the district the other modules' panels, with the CEA series and its sources", async () => {
    const res = await district.get("/api/statistics/dashboard/modules");
    expect(res.statusCode).toBe(200);
    const m = res.json();
    expect(m.carbonMarket.series.length).toBeGreaterThan(0);
    for (const s of m.carbonMarket.series) expect(s.source).not.toBe("");
    expect(m.market.needsPosted).toBeGreaterThanOrEqual(0);
    expect(Array.isArray(m.projects.byStatus)).toBe(true);
    expect((await bank.get("/api/statistics/dashboard/modules")).statusCode).toBe(403);
  });

  it("sends the briefing PDF to the district only, and checks the month", async () => {
    const res = await district.get("/api/statistics/briefing.pdf?period=2026-03");
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect((await bank.get("/api/statistics/briefing.pdf?period=2026-03")).statusCode).toBe(403);
    expect((await district.get("/api/statistics/briefing.pdf?period=2026-3")).statusCode).toBe(400);
  });
});
