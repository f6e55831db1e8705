/**
 * A signed-in user of a real server over HTTP (fetch): keeps the session cookie and sends the CSRF header on writes.
 * The session lives in the database, so the same session may be pointed at another process (`on`).
 */
import { CSRF_HEADER, SESSION_COOKIE } from "@greenfin/contracts";

export const DEMO_PASSWORD = "GreenFin-2026!";

export interface Reply<T = unknown> {
  status: number;
  body: T;
}

export class HttpSession {
  private constructor(
    readonly baseUrl: string,
    readonly email: string,
    private readonly cookie: string,
    private readonly csrf: string,
  ) {}

  static async login(baseUrl: string, email: string): Promise<HttpSession> {
    const res = await fetch(`${baseUrl}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    const body = (await res.json()) as { csrfToken?: string };
    const set = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (res.status !== 200 || !set || !body.csrfToken)
      throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(body)}`);
    return new HttpSession(baseUrl, email, set.split(";")[0]!, body.csrfToken);
  }

  /** The same session (cookie and CSRF token) against another server process. */
  on(baseUrl: string): HttpSession {
    return new HttpSession(baseUrl, this.email, this.cookie, this.csrf);
  }

  /** Headers of a write, for callers that send the body themselves (a streamed upload). */
  writeHeaders(): Record<string, string> {
    return { cookie: this.cookie, [CSRF_HEADER]: this.csrf };
  }

  async get<T = unknown>(path: string): Promise<Reply<T>> {
    const res = await fetch(`${this.baseUrl}${path}`, { headers: { cookie: this.cookie } });
    return { status: res.status, body: (await parse(res)) as T };
  }

  async post<T = unknown>(path: string, json?: unknown): Promise<Reply<T>> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method: "POST",
      headers: {
        ...this.writeHeaders(),
        ...(json === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(json === undefined ? {} : { body: JSON.stringify(json) }),
    });
    return { status: res.status, body: (await parse(res)) as T };
  }
}

async function parse(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A successful reply's body, or an error naming what came back. */
export function ok<T>(reply: Reply<T>, expected = [200, 201]): T {
  if (!expected.includes(reply.status)) throw new Error(`HTTP ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body;
}
