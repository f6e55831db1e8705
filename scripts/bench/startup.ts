/**
 * Startup of the platform as a user starts it: `greenfin serve` on the embedded database, timed to a served page (the
 * web app's index when it is built, else GET /api/health), against the same wait for a bare Fastify server started
 * the same way (bare-server.ts).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { peakRssOf } from "./child-process";

const WEB_INDEX = "apps/web/dist/index.html";
const BARE = "scripts/bench/bare-server.ts";

/** What a start waits for: the web page when the app is built (it is not in a fresh clone), else the health check. */
export const startupTarget = () =>
  existsSync(WEB_INDEX)
    ? { path: "/", what: "a served page", test: (body: string) => body.includes('<div id="root">') }
    : {
        path: "/api/health",
        what: "a served GET /api/health (web app not built)",
        test: (b: string) => b.includes('"ok"'),
      };

export async function waitForUrl(url: string, test: (body: string) => boolean, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok && test(await res.text())) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no answer at ${url} in time`);
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

export const greenfinServe = (dataDir: string, port: number) =>
  spawn(process.execPath, ["apps/cli/bin/greenfin.mjs", "--data-dir", dataDir, "serve", "--port", String(port)], {
    env: { ...process.env, LOG_LEVEL: "warn", DATABASE_URL: "" },
    stdio: "ignore",
  });

export const bareServe = (port: number, routesFile: string) =>
  spawn(process.execPath, ["--import", "tsx", BARE, String(port), routesFile], { stdio: "ignore" });

async function timeToServe(child: ChildProcess, port: number): Promise<{ seconds: number; peakRssMiB: number }> {
  const started = Date.now();
  const target = startupTarget();
  try {
    await waitForUrl(`http://127.0.0.1:${port}${target.path}`, target.test, started + 600_000);
    return { seconds: (Date.now() - started) / 1000, peakRssMiB: peakRssOf(child.pid!) };
  } finally {
    await stopChild(child);
  }
}

/** Starts `greenfin serve` as a user would and times it until it serves. */
export const timeStartup = (dataDir: string, port: number) => timeToServe(greenfinServe(dataDir, port), port);

/** The reference: a bare Fastify server answering the same path with the same kind of body, started the same way. */
export function timeBareStartup(dir: string, port: number) {
  const file = join(dir, "bare-startup-routes.json");
  const target = startupTarget();
  const body = target.path === "/" ? '<!doctype html><div id="root"></div>' : '{"status":"ok"}';
  const type = target.path === "/" ? "text/html" : "application/json";
  writeFileSync(file, JSON.stringify({ [target.path]: { type, body } }));
  return timeToServe(bareServe(port, file), port);
}
