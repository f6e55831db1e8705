/**
 * `npm run security`: runs the security suite (attacks on tenant isolation from every kind of organisation, sessions
 * and CSRF, uploads, the route fuzzer and what it found) on the embedded database, and on PostgreSQL with the crash
 * and cross-process race tests when TEST_DATABASE_URL names a server; writes docs/security/latest.{md,json}.
 * CI runs the same tests inside `npm test`; this command only records their latest outcome.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";

const SECURITY = [
  "apps/server/test/tenant-isolation.test.ts",
  "apps/server/test/sessions-and-tokens.test.ts",
  "apps/server/test/security/",
];
const PROCESSES = ["tests/processes/"];

interface VitestJson {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  testResults: {
    name: string;
    startTime: number;
    endTime: number;
    assertionResults: { fullName: string; status: string; duration?: number; failureMessages?: string[] }[];
  }[];
}

interface Suite {
  project: string;
  files: string[];
}

function run(suite: Suite, dir: string): VitestJson {
  const out = join(dir, `${suite.project}.json`);
  spawnSync(
    "npx",
    [
      "vitest",
      "run",
      "--project",
      suite.project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile=${out}`,
      ...suite.files,
    ],
    { stdio: "inherit", env: process.env },
  );
  try {
    return JSON.parse(readFileSync(out, "utf8")) as VitestJson;
  } catch {
    return { numTotalTests: 0, numPassedTests: 0, numFailedTests: 1, testResults: [] };
  }
}

function section(suite: Suite, r: VitestJson): string[] {
  const lines = [`## ${suite.project}: ${r.numPassedTests} of ${r.numTotalTests} passed`, ""];
  for (const file of r.testResults) {
    const rel = file.name.slice(process.cwd().length + 1);
    lines.push(`### ${rel} (${((file.endTime - file.startTime) / 1000).toFixed(1)} s of tests)`, "");
    for (const t of file.assertionResults)
      lines.push(`- ${t.status === "passed" ? "✓" : `✗ **${t.status}**`} ${t.fullName}`);
    lines.push("");
  }
  return lines;
}

const suites: Suite[] = [{ project: "pglite", files: SECURITY }];
if (process.env.TEST_DATABASE_URL)
  suites.push({ project: "postgres", files: SECURITY }, { project: "processes", files: PROCESSES });
else console.log("TEST_DATABASE_URL is not set: the PostgreSQL and multi-process runs are left out of this report.");

const dir = mkdtempSync(join(tmpdir(), "greenfin-security-"));
const started = Date.now();
const results = suites.map((s) => ({ suite: s, result: run(s, dir) }));
rmSync(dir, { recursive: true, force: true });

const passed = results.every(({ result }) => result.numFailedTests === 0 && result.numTotalTests > 0);
const at = new Date().toISOString();
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "?"}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const out = join(process.cwd(), "docs", "security");
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, "latest.json"),
  `${JSON.stringify(
    {
      at,
      machine,
      passed,
      seconds: Math.round((Date.now() - started) / 1000),
      suites: results.map(({ suite, result }) => ({
        project: suite.project,
        total: result.numTotalTests,
        passed: result.numPassedTests,
        failed: result.numFailedTests,
        tests: result.testResults.flatMap((f) =>
          f.assertionResults.map((t) => ({
            file: f.name.slice(process.cwd().length + 1),
            test: t.fullName,
            status: t.status,
          })),
        ),
      })),
    },
    null,
    2,
  )}\n`,
);
const md = [
  `# Security, crash and race tests (${at.slice(0, 16).replace("T", " ")} UTC): ${passed ? "passed" : "FAILED"}`,
  "",
  `\`npm run security\` on ${machine}, in ${Math.round((Date.now() - started) / 1000)} s. The same tests run in CI`,
  "as part of `npm test`. Each integration test also re-verifies the audit hash chain of its database when it closes it.",
  "",
  ...results.flatMap(({ suite, result }) => section(suite, result)),
].join("\n");
writeFileSync(join(out, "latest.md"), md);
console.log(`\nWrote docs/security/latest.md: ${passed ? "passed" : "FAILED"}`);
process.exit(passed ? 0 : 1);
