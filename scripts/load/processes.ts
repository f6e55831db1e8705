/**
 * Server processes for the load test: `greenfin serve` on loopback, each with its own port and log file, all on one
 * PostgreSQL database and one session secret (a session opened on one process is valid on every other).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface ServerProcess {
  index: number;
  url: string;
  logFile: string;
  child: ChildProcess;
  /** Set when the process ended before it was told to. */
  exited: { code: number | null; signal: string | null } | null;
}

export interface ServerEnv {
  databaseUrl: string;
  sessionSecret: string;
  dataDir: string;
  seed: boolean;
}

export function startServer(index: number, port: number, env: ServerEnv): ServerProcess {
  const logFile = join(env.dataDir, `server-${index}.log`);
  const log = createWriteStream(logFile);
  // --trace-deprecation: a warning in the log comes with the stack that says where.
  const args = ["--trace-deprecation", "--import", "tsx", "apps/cli/src/main.ts", "serve"];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      DATABASE_URL: env.databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      SESSION_SECRET: env.sessionSecret,
      LOG_LEVEL: "warn",
      DATA_DIR: join(env.dataDir, `data-${index}`),
      SEED_DEMO: env.seed ? "auto" : "never",
    },
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const server: ServerProcess = { index, url: `http://127.0.0.1:${port}`, logFile, child, exited: null };
  child.on("exit", (code, signal) => {
    server.exited = { code, signal };
  });
  return server;
}

/** Refuses a port something already listens on: the health check would otherwise talk to a stranger. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      reject(new Error(`port ${port} is in use (LOAD_PORT_BASE picks another range)`));
    });
    socket.once("error", () => resolve());
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls /api/health until it answers 200; fails early when the process dies, or after `timeoutMs`. */
export async function waitHealthy(server: ServerProcess, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (server.exited)
      throw new Error(`server ${server.index} exited (${JSON.stringify(server.exited)}); see ${server.logFile}`);
    const ok = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return (Date.now() - started) / 1000;
    await sleep(500);
  }
  throw new Error(`server ${server.index} not healthy after ${timeoutMs / 1000} s; see ${server.logFile}`);
}

/** SIGTERM (the server closes in order), then SIGKILL for a process that has not ended within five seconds. */
export async function stopServers(servers: readonly ServerProcess[]): Promise<void> {
  await Promise.all(
    servers.map(async (s) => {
      if (s.exited || s.child.exitCode !== null) return;
      const ended = new Promise((r) => s.child.once("exit", r));
      s.child.kill("SIGTERM");
      const killed = setTimeout(() => s.child.kill("SIGKILL"), 5000);
      await ended;
      clearTimeout(killed);
    }),
  );
}

/** Server log lines at warn level and above (pino JSON) and Node's warnings, for the report. */
export function serverProblems(server: ServerProcess, max = 20): string[] {
  const lines = readFileSync(server.logFile, "utf8").split("\n");
  const found: string[] = [];
  lines.forEach((l, i) => {
    if (!/"level":(40|50|60)/.test(l) && !/Error|Warning/.test(l)) return;
    // The first frames of the stack that follows, skipping Node's own and the database driver's.
    const frames = lines
      .slice(i + 1, i + 40)
      .filter((f) => /^\s+at /.test(f) && !/node:internal|node_modules/.test(f))
      .slice(0, 4)
      .map((f) => f.trim());
    found.push(`process ${server.index}: ${[l, ...frames].join(" ← ")}`);
  });
  return found.slice(0, max);
}
