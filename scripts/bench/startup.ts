/** Startup of the platform as a user starts it: `greenfin serve` on the embedded database, timed to a served page. */
import { spawn } from "node:child_process";

async function waitForPage(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok && (await res.text()).includes('<div id="root">')) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no page at ${url} in time`);
}

/** Starts `greenfin serve` as a user would and times it until the web page is served. */
export async function timeStartup(dataDir: string, port: number): Promise<number> {
  const started = Date.now();
  const child = spawn(
    process.execPath,
    ["apps/cli/bin/greenfin.mjs", "--data-dir", dataDir, "serve", "--port", String(port)],
    {
      env: { ...process.env, LOG_LEVEL: "warn", DATABASE_URL: "" },
      stdio: "ignore",
    },
  );
  try {
    await waitForPage(`http://127.0.0.1:${port}/`, started + 120_000);
    return (Date.now() - started) / 1000;
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}
