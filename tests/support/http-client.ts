import type { Platform } from "@greenfin/app";
import { CSRF_HEADER, SESSION_COOKIE } from "@greenfin/contracts";
import { buildServer } from "@greenfin/server";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";

export const TEST_SECRET = "test-session-secret-that-is-long-enough-000";

export async function testServer(p: Platform): Promise<FastifyInstance> {
  const app = await buildServer({
    platform: p,
    sessionSecret: TEST_SECRET,
    logLevel: process.env.GF_TEST_LOG ?? "silent",
    webDist: null,
  });
  await app.ready();
  return app;
}

/** A signed-in browser, in miniature: keeps the session cookie and sends the CSRF header on writes. */
export class TestClient {
  cookie: string | null = null;
  csrf: string | null = null;
  bearer: string | null = null;

  constructor(readonly app: FastifyInstance) {}

  async login(email: string, password: string, ip = "10.0.0.1"): Promise<LightMyRequestResponse> {
    const res = await this.request({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password },
      remoteAddress: ip,
    });
    if (res.statusCode === 200) this.csrf = res.json().csrfToken;
    return res;
  }

  async request(opts: InjectOptions & { remoteAddress?: string }): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(opts.headers as Record<string, string>) };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && opts.method && opts.method !== "GET") headers[CSRF_HEADER] ??= this.csrf;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    const res = await this.app.inject({ ...opts, headers });
    const set = res.cookies.find((c) => c.name === SESSION_COOKIE);
    if (set) this.cookie = set.value ? `${SESSION_COOKIE}=${set.value}` : null;
    return res;
  }

  get(url: string) {
    return this.request({ method: "GET", url });
  }

  post(url: string, payload?: unknown) {
    return this.request({ method: "POST", url, ...(payload === undefined ? {} : { payload: payload as object }) });
  }

  patch(url: string, payload: unknown) {
    return this.request({ method: "PATCH", url, payload: payload as object });
  }

  delete(url: string) {
    return this.request({ method: "DELETE", url });
  }
}

export const DEMO_PASSWORD = "GreenFin-2026!";

export async function signedIn(app: FastifyInstance, email: string): Promise<TestClient> {
  const c = new TestClient(app);
  const res = await c.login(email, DEMO_PASSWORD);
  if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.body}`);
  return c;
}
