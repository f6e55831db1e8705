/** A signed-in call to one process, for the load test's setup (the workload itself goes through autocannon). */
import type { Session } from "./logins";
import { writeHeaders } from "./logins";

export interface Reply<T = unknown> {
  status: number;
  body: T;
}

export async function call<T = unknown>(
  baseUrl: string,
  s: Session,
  method: "GET" | "POST",
  path: string,
  body?: unknown,
): Promise<Reply<T>> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: method === "GET" ? { cookie: s.cookie } : writeHeaders(s),
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

export async function must<T>(reply: Promise<Reply<T>>, what: string): Promise<T> {
  const r = await reply;
  if (r.status < 200 || r.status >= 300)
    throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
  return r.body;
}
