/**
 * Signs in every demo user through the HTTP API (all four roles at the demo organisation of each of the eight kinds,
 * and the administrator of every other institution), a few at a time on each process in turn, and keeps each
 * session's cookie and CSRF token for the workload.
 */
import { DEMO_PASSWORD } from "@greenfin/app";
import { CSRF_HEADER, SESSION_COOKIE } from "@greenfin/contracts";
import type { Database } from "@greenfin/db";

export interface Session {
  email: string;
  orgId: string;
  orgKind: string;
  role: string;
  cookie: string;
  csrf: string;
  /** The process that signed it in (the workload uses it on every process). */
  loggedInOn: number;
}

export const writeHeaders = (s: Session): Record<string, string> => ({
  cookie: s.cookie,
  [CSRF_HEADER]: s.csrf,
  "content-type": "application/json",
});

export async function login(baseUrl: string, email: string, processIndex: number): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const body = (await res.json()) as {
    csrfToken: string;
    role: string;
    activeOrg: { id: string; kind: string };
  };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (res.status !== 200 || !cookie) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(body)}`);
  return {
    email,
    orgId: body.activeOrg.id,
    orgKind: body.activeOrg.kind,
    role: body.role,
    cookie,
    csrf: body.csrfToken,
    loggedInOn: processIndex,
  };
}

/** Every demo login in the database (the seed's users), read directly so the list follows the seed. */
async function demoEmails(db: Database): Promise<string[]> {
  const r = await db.query<{ email: string }>("SELECT email FROM users WHERE email LIKE '%.demo' ORDER BY email");
  return r.rows.map((x) => x.email);
}

export async function loginAll(db: Database, baseUrls: readonly string[], perProcess = 2): Promise<Session[]> {
  const queue = await demoEmails(db);
  const sessions: Session[] = [];
  const lanes = baseUrls.flatMap((url, index) => Array.from({ length: perProcess }, () => ({ url, index })));
  await Promise.all(
    lanes.map(async ({ url, index }) => {
      for (let email = queue.shift(); email; email = queue.shift()) sessions.push(await login(url, email, index));
    }),
  );
  return sessions.sort((a, b) => a.email.localeCompare(b.email));
}

/** Who may write: administrators and analysts. */
export const canWrite = (s: Session) => s.role === "admin" || s.role === "analyst";

export function byOrg(sessions: readonly Session[]): Map<string, Session[]> {
  const m = new Map<string, Session[]>();
  for (const s of sessions) m.set(s.orgId, [...(m.get(s.orgId) ?? []), s]);
  return m;
}
