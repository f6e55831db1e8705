/**
 * Real GreenFin server processes for the crash and race tests: `greenfin serve` as a child process on a database of
 * its own, stopped with kill -9 (no shutdown hook runs, as when a machine dies) and started again on the same port.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { waitFor } from "./wait-for";

/** Every process of a run shares one secret, so a session started on one is valid on every other. */
export const PROCESS_SESSION_SECRET = "processes-test-session-secret-0123456789abcdef";

export interface ServerOptions {
  databaseUrl: string;
  /** 19300–19399 is this project's range. */
  port: number;
  /** A job is another process's to take once its worker has been silent this long. */
  leaseSeconds: number;
}

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** The application_name of the process's database sessions, to find them in pg_stat_activity. */
  readonly appName: string;
  /** SIGKILL, and waits until the process is gone. */
  kill9(): Promise<void>;
  readonly exited: boolean;
}

const started = new Set<ChildProcess>();
const running = new Set<ServerProcess>();
let count = 0;

// A test run that stops early must not leave servers behind.
process.once("exit", () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
});

/** Refuses a port something else listens on: its health answer would pass for the new process's. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () => reject(new Error(`port ${port} is in use (a server left from another run?)`)));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve()));
  });
}

export async function startServer(opts: ServerOptions): Promise<ServerProcess> {
  await assertPortFree(opts.port);
  const dataDir = mkdtempSync(join(tmpdir(), "gf-proc-"));
  const appName = `gf-proc-${opts.port}-${++count}`;
  const child = spawn(process.execPath, ["--import", "tsx", "apps/cli/src/main.ts", "serve", "--no-seed"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      PORT: String(opts.port),
      HOST: "127.0.0.1",
      SESSION_SECRET: PROCESS_SESSION_SECRET,
      LOG_LEVEL: "warn",
      JOB_LEASE_SECONDS: String(opts.leaseSeconds),
      DATA_DIR: dataDir,
      PGAPPNAME: appName, // node-postgres names its connections after it
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.add(child);
  let log = "";
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let killing = false;
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  gone.then(() => {
    rmSync(dataDir, { recursive: true, force: true });
    // A process that dies on its own is a finding: its last words go to the test's output.
    if (!killing) process.stderr.write(`server on port ${opts.port} exited unexpectedly:\n${log}\n`);
  });
  const url = `http://127.0.0.1:${opts.port}`;
  const server: ServerProcess = {
    url,
    pid: child.pid ?? -1,
    appName,
    get exited() {
      return child.exitCode !== null || child.signalCode !== null;
    },
    async kill9() {
      killing = true;
      if (!server.exited) child.kill("SIGKILL");
      await gone;
      started.delete(child);
      running.delete(server);
    },
  };
  running.add(server);
  try {
    await waitFor(
      `server on port ${opts.port} healthy`,
      async () => {
        if (server.exited) throw new Error(`server exited early:\n${log}`);
        const res = await fetch(`${url}/api/health`).catch(() => null);
        return res?.status === 200;
      },
      { timeoutMs: 90_000, intervalMs: 200 },
    );
  } catch (e) {
    await server.kill9();
    throw e;
  }
  return server;
}

/** Kills every server this test file started that is still running (for afterAll, whatever the tests did). */
export async function killAllServers(): Promise<void> {
  await Promise.all([...running].map((s) => s.kill9()));
}
