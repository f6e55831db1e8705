#!/usr/bin/env node
// `npm test`: the whole suite. Unit and PGlite integration tests always; PostgreSQL integration tests and the
// multi-process crash and race tests when TEST_DATABASE_URL is set; browser tests in headless Chromium when it is installed (required
// when REQUIRE_BROWSER=1, as in CI).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const projects = ["unit", "pglite"];

if (process.env.TEST_DATABASE_URL) projects.push("postgres", "processes");
else
  console.log(
    "TEST_DATABASE_URL is not set: the PostgreSQL integration suite and the multi-process crash and race tests do not run (PGlite does).",
  );

function newest(dir) {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  return r.status ?? 1;
}

if (existsSync(CHROMIUM)) {
  projects.push("browser");
  const built = "apps/web/dist/index.html";
  const stale =
    !existsSync(built) ||
    newest("apps/web/src") > statSync(built).mtimeMs ||
    newest("packages/contracts/src") > statSync(built).mtimeMs;
  if (stale && run("npm", ["run", "build"]) !== 0) process.exit(1);
} else {
  const banner = "!".repeat(78);
  console.error(
    `\n${banner}\n!! Chromium was not found at ${CHROMIUM}: the BROWSER TESTS DO NOT RUN.\n!! Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.\n${banner}\n`,
  );
  if (process.env.REQUIRE_BROWSER === "1") process.exit(1);
}

const args = ["vitest", "run", ...projects.flatMap((p) => ["--project", p]), ...process.argv.slice(2)];
process.exit(run("npx", args));
