/**
 * The fuzzer's signed-in users, the ids each can see (so fuzzed requests get past lookup into the handlers), and
 * the check every answer must pass: never a 5xx, and every 4xx the one structured error.
 */
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import type { FuzzContext } from "./fuzz-arbitraries";
import type { FuzzRequest, Operation } from "./fuzz-requests";
import { DEMO_PASSWORD, signedIn, type TestClient } from "./http-client";

export interface FuzzUser extends FuzzContext {
  email: string;
  client: TestClient;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g;
/** A few ids from each list: enough to reach every kind of record without a long list of one kind. */
const IDS_PER_LIST = 5;
/** Aggregates and files: costly to compute and they name no record of their own. */
const NOT_LISTS = /\.(pdf|xlsx)$|workbook|dashboard|district|prefill|statistics\/mine|public/;

/** Signs the user in and collects, in the order the list routes show them, the ids the user can see. */
export async function fuzzUser(app: FastifyInstance, email: string, ops: Operation[]): Promise<FuzzUser> {
  const client = await signedIn(app, email);
  const seen = new Set<string>();
  const lists = ops.filter((o) => o.method === "GET" && !o.path.includes("{") && !NOT_LISTS.test(o.path));
  for (const o of [{ path: "/api/auth/me" }, ...lists]) {
    const res = await client.get(o.path);
    if (res.statusCode !== 200) continue;
    const fresh = [...new Set(res.body.match(UUID))].filter((id) => !seen.has(id));
    for (const id of fresh.slice(0, IDS_PER_LIST)) seen.add(id);
  }
  return { email, client, ids: [...seen] };
}

/** Signs the user in again if a fuzzed call ended the session (logout, a password or organisation change). */
export async function keepSignedIn(app: FastifyInstance, u: FuzzUser): Promise<void> {
  const me = await u.client.get("/api/auth/me");
  if (me.statusCode === 200 && me.json().user?.email === u.email) return;
  const fresh = await signedIn(app, u.email);
  u.client.cookie = fresh.cookie;
  u.client.csrf = fresh.csrf;
  if (!u.client.csrf) throw new Error(`${u.email} could not sign in again with ${DEMO_PASSWORD}`);
}

export function send(u: FuzzUser, r: FuzzRequest): Promise<LightMyRequestResponse> {
  return u.client.request({
    method: r.method as "GET",
    url: r.url,
    headers: r.headers,
    ...(r.payload === undefined ? {} : { payload: r.payload }),
  });
}

/** What is wrong with an answer to a malformed request, or null when it is a 2xx/3xx or a structured 4xx. */
export function answerProblem(res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `answered ${res.statusCode}: ${res.body.slice(0, 300)}`;
  if (res.statusCode < 400) return null;
  if (!String(res.headers["content-type"] ?? "").startsWith("application/json"))
    return `a ${res.statusCode} that is not JSON: ${res.headers["content-type"]} ${res.body.slice(0, 200)}`;
  let body: { code?: unknown; message?: unknown; details?: { problems?: unknown } };
  try {
    body = res.json();
  } catch {
    return `a ${res.statusCode} whose body does not parse: ${res.body.slice(0, 200)}`;
  }
  if (typeof body.code !== "string" || typeof body.message !== "string")
    return `a ${res.statusCode} without code and message: ${res.body.slice(0, 200)}`;
  if (body.code === "VALIDATION_FAILED") {
    const problems = body.details?.problems;
    const listed =
      Array.isArray(problems) &&
      problems.length > 0 &&
      problems.every((x: { path?: unknown; messageZh?: unknown; messageEn?: unknown }) =>
        [x.path, x.messageZh, x.messageEn].every((f) => typeof f === "string"),
      );
    if (!listed) return `a validation error without its list of problems: ${res.body.slice(0, 300)}`;
  }
  return null;
}

/** A stable seed per route, so a route keeps its inputs when routes are added or reordered. */
export function seedOf(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h | 0;
}
