/**
 * Property-based fuzzing of every API route: junk path parameters, query strings, bodies and content types, sent by
 * signed-in users the route lets in. The server must never answer 5xx, every 4xx must be the one structured error,
 * a refused call must leave no audit entry, and the audit chain must hold afterwards.
 */
import { verifyStoredAuditChain } from "@greenfin/app";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type FuzzRequest,
  malformedRequest,
  type Operation,
  operationsOf,
  plausibleRequest,
} from "../../../../tests/support/fuzz-requests";
import {
  answerProblem,
  type FuzzUser,
  fuzzUser,
  keepSignedIn,
  seedOf,
  send,
} from "../../../../tests/support/fuzz-session";
import { testServer } from "../../../../tests/support/http-client";
import { openTestPlatform, type TestPlatform } from "../../../../tests/support/test-platform";

/** The users each route is first tried as; the others only when a route refuses all three. */
const FIRST = ["admin@district.demo", "admin@enterprise.demo", "analyst@bank.demo"];
const THEN = ["admin@bank.demo", "analyst@rating.demo", "admin@fund.demo"];
/** Fixed, so the suite is deterministic; FUZZ_RUNS and FUZZ_SEED widen a search by hand. */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 10);
const SEED_SALT = process.env.FUZZ_SEED ?? "";

let p: TestPlatform;
let app: FastifyInstance;
let ops: Operation[];
let users: FuzzUser[];
/** The last audit entry seen, so each fuzzed call costs one look at the log. */
const audit = { head: 0 };

async function auditHead(): Promise<number> {
  const r = await p.db.query<{ seq: string | null }>("SELECT max(seq) AS seq FROM audit_log");
  return Number(r.rows[0]?.seq ?? 0);
}

/** The users a plausible call to the route is not refused for: of the first three, else of the others, else all. */
async function usersLetIn(op: Operation): Promise<FuzzUser[]> {
  for (const tier of [FIRST, THEN]) {
    const admitted: FuzzUser[] = [];
    for (const u of users.filter((x) => tier.includes(x.email))) {
      const [req] = fc.sample(plausibleRequest(op, u), { numRuns: 1, seed: seedOf(op.path) });
      const res = await send(u, req as FuzzRequest);
      if (res.statusCode !== 401 && res.statusCode !== 403) admitted.push(u);
      if (op.path.startsWith("/api/auth/")) await keepSignedIn(app, u);
    }
    if (admitted.length > 0) return admitted;
  }
  return users;
}

async function fuzz(op: Operation): Promise<string | null> {
  const admitted = await usersLetIn(op);
  audit.head = await auditHead();
  const cases = fc
    .constantFrom(...admitted)
    .chain((u) => malformedRequest(op, u).map((req) => ({ user: u.email, req })));
  const details = await fc.check(
    fc.asyncProperty(cases, async ({ user, req }) => {
      const u = admitted.find((x) => x.email === user)!;
      const res = await send(u, req);
      const [before, after] = [audit.head, await auditHead()];
      audit.head = after;
      if (op.path.startsWith("/api/auth/")) {
        await keepSignedIn(app, u);
        audit.head = await auditHead();
      }
      const problem = answerProblem(res);
      if (problem) throw new Error(problem);
      if (res.statusCode >= 400 && after !== before)
        throw new Error(`refused with ${res.statusCode} but wrote to the audit log: ${res.body.slice(0, 200)}`);
    }),
    { numRuns: RUNS_PER_ROUTE, seed: seedOf(`${SEED_SALT}${op.method} ${op.path}`), endOnFailure: false },
  );
  if (!details.failed) return null;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return `${op.method} ${op.path}: ${error}\n${fc.defaultReportMessage(details)}`;
}

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  ops = operationsOf((await app.inject({ method: "GET", url: "/api/openapi.json" })).json());
  users = [];
  for (const email of [...FIRST, ...THEN]) users.push(await fuzzUser(app, email, ops));
});
afterAll(async () => {
  await app.close();
  await p.close();
});

describe("fuzzing every route with malformed input", () => {
  it("never answers 5xx, and answers every 4xx with a structured error", async () => {
    const failures: string[] = [];
    for (const op of ops) {
      const failure = await fuzz(op);
      if (failure) failures.push(failure);
    }
    expect(ops.length).toBeGreaterThan(150);
    expect(failures.join("\n\n")).toBe("");
  }, 600_000);

  it("leaves the audit chain intact", async () => {
    const report = await verifyStoredAuditChain(p.db);
    expect(report.breaks).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.checked).toBeGreaterThan(0);
  });

  it("stored no mangled text: no row holds the U+FFFD an unpaired surrogate would have become", async () => {
    const tables = await p.db.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const mangled: string[] = [];
    for (const { name } of tables.rows) {
      const r = await p.db.query<{ n: string }>(
        `SELECT count(*) AS n FROM "${name}" t WHERE strpos(t::text, chr(65533)) > 0`,
      );
      if (Number(r.rows[0]?.n) > 0) mangled.push(name);
    }
    expect(tables.rows.length).toBeGreaterThan(20);
    expect(mangled).toEqual([]);
  });
});
