/**
 * `greenfin serve` as an operator runs it: it starts on the embedded database, serves, shuts down
 * cleanly on SIGTERM (exit 0), and a restart on the same data directory finds what it left.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = join(REPO, "apps/cli/bin/greenfin.mjs");
let dataDir: string;

interface Server {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: Promise<number | null>;
}

function start(): Promise<Server> {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: "info", HOST: "127.0.0.1" };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [BIN, "--data-dir", dataDir, "serve", "--port", "0"], {
    cwd: REPO,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString("utf8");
      const m = /running at (http:\/\/localhost:\d+)/.exec(out);
      if (m) resolve({ child, url: m[1]!, output: () => out, exited });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    exited.then((code) => reject(new Error(`serve exited ${code} before it was ready:\n${out}`)));
  });
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), "gf-serve-"));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

// A first start seeds the whole demo district (disclosures, ratings, carbon data) into an on-disk database: on a
// loaded two-core machine that approaches a minute and a half, so the first test allows twice that.
describe("greenfin serve", () => {
  it("seeds on first start, serves, and exits 0 on SIGTERM after closing in order", { timeout: 180_000 }, async () => {
    const s = await start();
    expect(s.output()).toContain("The demo district was seeded just now.");
    const health = await fetch(`${s.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: { engine: "pglite" } });
    const login = await fetch(`${s.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@district.demo", password: "GreenFin-2026!" }),
    });
    expect(login.status).toBe(200);
    s.child.kill("SIGTERM");
    expect(await s.exited).toBe(0);
    expect(s.output()).toContain('"msg":"shutting down"');
  });

  it("restarts on the same data directory without seeding again and keeps what was written", {
    timeout: 180_000,
  }, async () => {
    const s = await start();
    expect(s.output()).not.toContain("seeded just now");
    const res = await fetch(`${s.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "admin@district.demo", password: "GreenFin-2026!" }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie")!.split(";")[0]!;
    const audit = await fetch(`${s.url}/api/audit?action=auth.login`, { headers: { cookie } });
    expect(((await audit.json()) as { total: number }).total).toBe(2); // the login before the restart and this one
    s.child.kill("SIGTERM");
    expect(await s.exited).toBe(0);
  });
});
