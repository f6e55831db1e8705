import { CSRF_HEADER, SESSION_COOKIE } from "@greenfin/contracts";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, signedIn, TestClient, testServer } from "../../../tests/support/http-client";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
});
afterAll(async () => {
  await app.close();
  await p.close();
});

describe("sessions", () => {
  it("sets an HttpOnly, SameSite=Strict, signed cookie and never stores the session id itself", async () => {
    const c = new TestClient(app);
    const res = await c.login("analyst@bank.demo", DEMO_PASSWORD);
    const cookie = res.cookies.find((x) => x.name === SESSION_COOKIE)!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Strict");
    const raw = decodeURIComponent(cookie.value).split(".")[0]!;
    const stored = await p.db.query("SELECT 1 FROM sessions WHERE id_hash = $1", [raw]);
    expect(stored.rows).toHaveLength(0);
    expect(res.json().role).toBe("analyst");
  });

  it("refuses a write without the CSRF token, and with a wrong one", async () => {
    const c = await signedIn(app, "admin@enterprise.demo");
    const body = { name: "erp", scopes: ["read"], expiresAt: "2026-06-01T00:00:00.000Z" };
    const none = await c.request({ method: "POST", url: "/api/tokens", payload: body, headers: { [CSRF_HEADER]: "" } });
    expect(none.statusCode).toBe(403);
    expect(none.json().code).toBe("CSRF_FAILED");
    const wrong = await c.request({
      method: "POST",
      url: "/api/tokens",
      payload: body,
      headers: { [CSRF_HEADER]: "x".repeat(32) },
    });
    expect(wrong.json().code).toBe("CSRF_FAILED");
    expect((await c.post("/api/tokens", body)).statusCode).toBe(200);
  });

  it("issues a fresh session at login, so a planted session id is worthless (fixation)", async () => {
    const victim = await signedIn(app, "viewer@bank.demo");
    const planted = victim.cookie;
    await victim.login("viewer@bank.demo", DEMO_PASSWORD);
    expect(victim.cookie).not.toBe(planted);
    const attacker = new TestClient(app);
    attacker.cookie = planted;
    expect((await attacker.get("/api/auth/me")).statusCode).toBe(401);
  });

  it("ends the session at logout", async () => {
    const c = await signedIn(app, "reviewer@bank.demo");
    const cookie = c.cookie;
    expect((await c.post("/api/auth/logout")).statusCode).toBe(200);
    const replay = new TestClient(app);
    replay.cookie = cookie;
    expect((await replay.get("/api/auth/me")).statusCode).toBe(401);
  });

  it("rejects a cookie whose signature was forged", async () => {
    const c = await signedIn(app, "reviewer@insurer.demo");
    c.cookie = `${c.cookie!.slice(0, -3)}abc`;
    expect((await c.get("/api/auth/me")).statusCode).toBe(401);
  });

  it("marks the cookie Secure behind a trusted TLS proxy, and believes X-Forwarded-Proto from no one else", async () => {
    const login = (remoteAddress: string) =>
      app.inject({
        method: "POST",
        url: "/api/auth/login",
        payload: { email: "viewer@wealth.demo", password: DEMO_PASSWORD },
        headers: { "x-forwarded-proto": "https" },
        remoteAddress,
      });
    const cookieOf = (res: Awaited<ReturnType<typeof login>>) => res.cookies.find((x) => x.name === SESSION_COOKIE)!;
    expect(cookieOf(await login("127.0.0.1")).secure).toBe(true);
    expect(cookieOf(await login("10.0.0.7")).secure).toBeFalsy();
  });

  it("throttles repeated failures with 429 and Retry-After", async () => {
    const c = new TestClient(app);
    for (let i = 0; i < 5; i++)
      expect((await c.login("viewer@fund.demo", "wrong-password", "10.9.9.9")).statusCode).toBe(401);
    const locked = await c.login("viewer@fund.demo", DEMO_PASSWORD, "10.9.9.9");
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe("TOO_MANY_ATTEMPTS");
    expect(Number(locked.headers["retry-after"])).toBe(900);
  });
});

describe("API tokens", () => {
  it("authenticate machine clients; read-only ones cannot write; revoked ones stop at once", async () => {
    const admin = await signedIn(app, "admin@enterprise.demo");
    const expiresAt = "2026-09-01T00:00:00.000Z";
    const created = (await admin.post("/api/tokens", { name: "ERP read", scopes: ["read"], expiresAt })).json();
    expect(created.secret).toMatch(/^gft_/);
    const stored = await p.db.query<{ token_hash: string }>("SELECT token_hash FROM api_tokens WHERE id = $1", [
      created.token.id,
    ]);
    expect(stored.rows[0]!.token_hash).not.toContain(created.secret);

    const machine = new TestClient(app);
    machine.bearer = created.secret;
    const me = await machine.get(`/api/orgs/${(await admin.get("/api/auth/me")).json().activeOrg.id}`);
    expect(me.statusCode).toBe(200);
    const write = await machine.post("/api/grants", {
      granteeOrgId: me.json().id,
      scope: "profile",
      purpose: "x",
      expiresAt,
    });
    expect(write.statusCode).toBe(403);

    expect((await admin.post(`/api/tokens/${created.token.id}/revoke`)).json().revokedAt).not.toBeNull();
    const after = await machine.get("/api/orgs");
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe("UNAUTHENTICATED");
  });

  it("cannot be created by an API token, and an expired token is refused", async () => {
    const admin = await signedIn(app, "admin@bank.demo");
    const created = (
      await admin.post("/api/tokens", {
        name: "short",
        scopes: ["read", "write"],
        expiresAt: "2026-03-03T00:00:00.000Z",
      })
    ).json();
    const machine = new TestClient(app);
    machine.bearer = created.secret;
    const spawn = await machine.post("/api/tokens", {
      name: "child",
      scopes: ["read"],
      expiresAt: "2026-03-03T00:00:00.000Z",
    });
    expect(spawn.statusCode).toBe(403);
    p.clock.advance(2 * 86_400_000);
    expect((await machine.get("/api/orgs")).statusCode).toBe(401);
    p.clock.advance(-2 * 86_400_000);
  });
});
