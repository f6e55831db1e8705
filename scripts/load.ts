/**
 * `npm run load`: a fresh PostgreSQL database, LOAD_PROCESSES server processes on it (default 2; the first seeds the
 * demo district), every kind of organisation signed in through the API, LOAD_SECONDS (default 30) of mixed load with
 * autocannon on loopback (dashboards, home pages, rating pages, marketplace and pledge reads, disclosure saves,
 * marketplace claims; LOAD_SCALE multiplies the connections, LOAD_CLAIM_RATE caps the claims a second), then a check
 * in the database that no acknowledged write was lost. Writes docs/load/latest.{json,md}; exits 1 when a request
 * failed or a write was lost, 2 when the run could not be made (LOAD_PORT_BASE: first port, default 19200).
 * The processes and the database are removed at the end, on failure and on ctrl-C too.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "@greenfin/db";
import {
  createLoadDatabase,
  databaseUrl,
  dropLoadDatabase,
  openLoadDatabase,
  pendingJobs,
  serverVersion,
  waitQuiet,
} from "./load/database";
import { prepareFixtures } from "./load/fixtures";
import { loginAll } from "./load/logins";
import {
  assertPortFree,
  type ServerProcess,
  serverProblems,
  startServer,
  stopServers,
  waitHealthy,
} from "./load/processes";
import { buildReport, writeReport } from "./load/report";
import { baseline, verify } from "./load/verify";
import { runWorkload } from "./load/workload";

const env = (name: string, fallback: number) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number`);
  return v;
};
const PROCESSES = env("LOAD_PROCESSES", 2);
const SECONDS = env("LOAD_SECONDS", 30);
const PORT_BASE = env("LOAD_PORT_BASE", 19200);
const CLAIM_RATE = env("LOAD_CLAIM_RATE", 8);
const JOBS_TIMEOUT_S = env("LOAD_JOBS_TIMEOUT", 240);
const SCALE = Math.round(env("LOAD_SCALE", 1)); // connections per kind and process, times this

const log = (msg: string) => process.stderr.write(`[load ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const work = mkdtempSync(join(tmpdir(), "greenfin-load-"));
const servers: ServerProcess[] = [];
let dbName: string | undefined;
let db: Database | undefined;
let keepLogs = false;

let tornDown: Promise<void> | undefined;
const teardown = () => {
  tornDown ??= (async () => {
    await stopServers(servers);
    await db?.close().catch(() => undefined);
    if (dbName) await dropLoadDatabase(dbName).catch((e) => log(`could not drop ${dbName}: ${e}`));
    if (keepLogs) log(`server logs kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  })();
  return tornDown;
};
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.once(signal, () => {
    log(`${signal}: stopping the servers and dropping the database`);
    void teardown().finally(() => process.exit(130));
  });

async function waitForJobs(database: Database): Promise<{ seconds: number; left: Record<string, number> }> {
  const started = Date.now();
  for (;;) {
    const left = await pendingJobs(database);
    const waited = (Date.now() - started) / 1000;
    if (Object.keys(left).length === 0 || waited > JOBS_TIMEOUT_S) return { seconds: waited, left };
    await sleep(2000);
  }
}

async function main(): Promise<number> {
  const loadAverageAtStart = loadavg();
  const ports = Array.from({ length: PROCESSES }, (_, i) => PORT_BASE + i);
  for (const port of ports) await assertPortFree(port);
  dbName = await createLoadDatabase();
  log(`database ${dbName} on ${new URL(databaseUrl()).host}`);
  const serverEnv = {
    databaseUrl: databaseUrl(dbName),
    sessionSecret: randomBytes(32).toString("base64url"),
    dataDir: work,
  };
  servers.push(startServer(0, ports[0]!, { ...serverEnv, seed: true }));
  const seedSeconds = await waitHealthy(servers[0]!, 300_000);
  log(`process 0 seeded the demo district and answers (${seedSeconds.toFixed(0)} s)`);
  for (let i = 1; i < PROCESSES; i++) servers.push(startServer(i, ports[i]!, { ...serverEnv, seed: false }));
  await Promise.all(servers.slice(1).map((s) => waitHealthy(s, 120_000)));
  db = await openLoadDatabase(dbName);
  const jobs = await waitForJobs(db);
  log(
    `background jobs done (${jobs.seconds.toFixed(0)} s more)${Object.keys(jobs.left).length ? `; left: ${JSON.stringify(jobs.left)}` : ""}`,
  );
  const urls = servers.map((s) => s.url);
  const loginStart = Date.now();
  const sessions = await loginAll(db, urls);
  const loginSeconds = (Date.now() - loginStart) / 1000;
  log(`${sessions.length} users signed in (${loginSeconds.toFixed(0)} s)`);
  // Enough fresh needs that the claims (about 3.3 planned per need) last the run at CLAIM_RATE a second.
  const needCount = Math.ceil((CLAIM_RATE * SECONDS * 1.3) / 3.3) + 4;
  const fixtures = await prepareFixtures(urls[0]!, db, sessions, needCount);
  log(
    `fixtures: ${fixtures.saves.length} drafts, ${fixtures.needIds.length} needs, ${fixtures.claims.length} planned claims`,
  );
  const before = await baseline(db, fixtures);
  log(`running ${SECONDS} s against ${urls.join(", ")}`);
  const workload = await runWorkload(urls, fixtures, SECONDS, CLAIM_RATE, SCALE);
  await waitQuiet(db, dbName);
  const verification = await verify(db, fixtures, workload, before);
  const exited = servers.filter((s) => s.exited).map((s) => `process ${s.index} exited: ${JSON.stringify(s.exited)}`);
  const report = buildReport(workload, verification, {
    processes: PROCESSES,
    secondsAsked: SECONDS,
    claimRate: CLAIM_RATE,
    postgres: await serverVersion(db),
    setup: { seedSeconds, jobsSeconds: jobs.seconds, jobsLeft: jobs.left, loginSeconds },
    sessions: Object.fromEntries(
      [...new Set(sessions.map((s) => s.orgKind))].map((k) => [k, sessions.filter((s) => s.orgKind === k).length]),
    ),
    fixtures: {
      readPages: Object.fromEntries(Object.entries(fixtures.reads).map(([k, v]) => [k, v.length])),
      notOpenToKind: fixtures.skipped,
      drafts: fixtures.saves.length,
      needs: fixtures.needIds.length,
      plannedClaims: fixtures.claims.length,
    },
    serverProblems: [...exited, ...servers.flatMap((s) => serverProblems(s))],
    loadAverageAtStart,
  });
  process.stdout.write(`${writeReport(report)}\n`);
  keepLogs = !report.passed;
  return report.passed ? 0 : 1;
}

let code = 2;
const started = Date.now();
try {
  code = await main();
} catch (e) {
  keepLogs = true;
  log(`the run could not be made: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
} finally {
  await teardown();
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s, exit ${code}`);
}
process.exit(code);
