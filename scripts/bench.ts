/**
 * `npm run bench`: measured figures, written to docs/bench/latest.{json,md}. For now: startup of the
 * platform on the embedded database to a served page (first start with migration and demo seeding,
 * and a restart), and the demo-district seeding on its own. Later modules add their benchmarks here.
 */
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";

interface Result {
  name: string;
  seconds: number;
  note: string;
}

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
async function timeStartup(dataDir: string, port: number): Promise<number> {
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

async function main() {
  const results: Result[] = [];
  const dir = mkdtempSync(join(tmpdir(), "greenfin-bench-"));
  try {
    results.push({
      name: "first start to a served page (embedded DB: create, migrate, seed 2,030 organisations)",
      seconds: await timeStartup(dir, 8311),
      note: "fresh data directory",
    });
    results.push({
      name: "restart to a served page (embedded DB on disk)",
      seconds: await timeStartup(dir, 8312),
      note: "same data directory",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "?",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  const out = join(process.cwd(), "docs", "bench");
  mkdirSync(out, { recursive: true });
  const at = new Date().toISOString();
  writeFileSync(join(out, "latest.json"), `${JSON.stringify({ at, machine, results }, null, 2)}\n`);
  const md = [
    `# Benchmarks (${at.slice(0, 10)})`,
    "",
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}.`,
    "",
    "| benchmark | seconds | note |",
    "|---|---:|---|",
    ...results.map((r) => `| ${r.name} | ${r.seconds.toFixed(2)} | ${r.note} |`),
    "",
  ].join("\n");
  writeFileSync(join(out, "latest.md"), md);
  process.stdout.write(md);
}

await main();
