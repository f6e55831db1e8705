/**
 * Attack tests for tenant isolation: a bank's admin tries every API route with the ids of an
 * enterprise's data. Nothing may be read, changed or even confirmed to exist. The same attack from every other kind
 * of organisation is in security/every-kind-attack.test.ts; both share the victim in tests/support/victim-fixture.ts.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient as Client, signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { apiRoutes, attackRoute, PARAMS, PUBLIC_ROUTES, takesForeignId } from "../../../tests/support/route-attack";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";
import { setUpVictim, type Victim, victimSnapshot } from "../../../tests/support/victim-fixture";

let p: TestPlatform;
let app: FastifyInstance;
let attacker: TestClient; // admin of the city commercial bank
let victim: Victim;

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  victim = await setUpVictim(p);
  attacker = await signedIn(app, "admin@bank.demo");
});
afterAll(async () => {
  await app.close();
  await p.close();
});

describe("tenant isolation under attack", () => {
  it("refuses every route that takes an id when given another organisation's id, and changes nothing", async () => {
    const before = await victimSnapshot(p, victim);
    const tried: string[] = [];
    for (const r of await apiRoutes(app)) {
      if (!takesForeignId(r)) continue;
      const res = await attackRoute(attacker, r, victim);
      tried.push(`${r.method} ${r.path} → ${res.statusCode}`);
      expect([403, 404], `${r.method} ${r.path} answered ${res.statusCode}: ${res.body}`).toContain(res.statusCode);
      expect(res.body).not.toContain(victim.nameZh);
      expect(res.json()).toHaveProperty("code");
    }
    expect(tried.length).toBeGreaterThanOrEqual(Object.keys(PARAMS).length);
    expect(await victimSnapshot(p, victim)).toBe(before);
  });

  it("answers a foreign id exactly as it answers an id that does not exist", async () => {
    const foreign = await attacker.get(`/api/orgs/${victim.orgId}`);
    const missing = await attacker.get("/api/orgs/00000000-0000-4000-8000-000000000000");
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
  });

  it("lists nothing of another organisation through any list route", async () => {
    for (const r of await apiRoutes(app)) {
      if (r.method !== "GET" || r.path.includes("{") || r.path === "/api/health") continue;
      const res = await attacker.get(`${r.path}${r.path === "/api/grants" ? "?direction=received" : ""}`);
      expect(res.body, `${r.path} leaked the victim`).not.toContain(victim.orgId);
    }
    const orgs = await attacker.get("/api/orgs?kind=enterprise&pageSize=500");
    expect(orgs.json().total).toBe(0);
  });

  it("does not let a user switch into an organisation they do not belong to", async () => {
    const res = await attacker.post("/api/auth/switch-org", { orgId: victim.orgId });
    expect(res.statusCode).toBe(404);
    expect((await attacker.get("/api/auth/me")).json().activeOrg.kind).toBe("bank");
  });

  it("keeps district-only routes from every other kind of organisation", async () => {
    for (const email of [
      "admin@bank.demo",
      "admin@enterprise.demo",
      "admin@insurer.demo",
      "admin@fund.demo",
      "admin@rating.demo",
      "admin@verifier.demo",
      "admin@wealth.demo",
    ]) {
      const c = await signedIn(app, email);
      expect((await c.get("/api/district/overview")).statusCode, email).toBe(403);
      expect((await c.post("/api/audit/verify")).statusCode, email).toBe(403);
      const created = await c.post("/api/orgs", { kind: "enterprise", nameZh: "冒名企业", nameEn: "Impostor Co" });
      expect(created.statusCode, email).toBe(403);
    }
  });

  it("requires a signed-in caller on every route but the public ones", async () => {
    const anonymous = new Client(app);
    const open = new Set(["/api/health", "/api/auth/login", ...PUBLIC_ROUTES]);
    for (const r of await apiRoutes(app)) {
      if (open.has(r.path)) continue;
      const res = await attackRoute(anonymous, r, victim);
      expect(res.statusCode, `${r.method} ${r.path}`).toBe(401);
      expect(res.json().code).toBe("UNAUTHENTICATED");
    }
  });
});
