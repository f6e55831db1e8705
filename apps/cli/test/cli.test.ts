import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { DEMO_PASSWORD } from "@greenfin/app";
import { openPgliteDatabase } from "@greenfin/db";
import { generateDemoDistrict } from "@greenfin/domain";
import { loadIndustryClassification } from "@greenfin/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The real `greenfin` command, run as a user runs it, against one embedded data directory that the
 * tests below share in order (seed, verify, add a user, tamper, verify again).
 */
const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = join(REPO, "apps/cli/bin/greenfin.mjs");
const CLI_TIMEOUT = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let dataDir: string;

function cli(...args: string[]): Promise<Run> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "--data-dir", dataDir, ...args], {
      cwd: REPO,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), "gf-cli-"));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the greenfin CLI", () => {
  it("prints its help and exits 0", { timeout: CLI_TIMEOUT }, async () => {
    const r = await cli("--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: greenfin [options] [command]");
    for (const command of ["serve", "db", "demo", "audit", "users"])
      expect(r.stdout).toMatch(new RegExp(`\\n  ${command} `));
  });

  it("exits 2 on an unknown command, naming it", { timeout: CLI_TIMEOUT }, async () => {
    const r = await cli("frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });

  it("seeds the demo district and prints the counts", { timeout: CLI_TIMEOUT }, async () => {
    const expected = generateDemoDistrict({ seed: 7, industries: loadIndustryClassification(), enterpriseCount: 5 });
    const r = await cli("demo", "seed", "--enterprises", "5", "--seed", "7");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      `Seeded ${expected.organisations.length} organisations and ${expected.users.length} users (seed 7).\n`,
    );
    expect(r.stdout).toContain(`Demo password: ${DEMO_PASSWORD}\n`);
    expect(r.stdout).toMatch(/^ {2}admin@district\.demo +admin +\S/m);
    expect(r.stdout).toMatch(/^Seeded \d+ ESG disclosures \(\d+ submitted revisions, \d+ review comments\)\.$/m);
    // Every enterprise gets 24 months of revenue, value added and electricity at least, and its accounts now.
    const rows = Number(/^Imported (\d+) monthly activity rows of 5 enterprises;/m.exec(r.stdout)?.[1]);
    expect(rows).toBeGreaterThanOrEqual(5 * 24 * 3);
    expect(r.stdout).toMatch(/carbon accounts computed\.$/m);
    expect(r.stdout).toMatch(
      /^Uploaded \d+ financed-emissions books of \d+ positions; \d+ carbon consent grants; runs computed\.$/m,
    );
  });

  it("seeds nothing a second time", { timeout: CLI_TIMEOUT }, async () => {
    const r = await cli("demo", "seed", "--enterprises", "5", "--seed", "7");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("The database already holds organisations; nothing was seeded.\n");
  });

  it("exits 2 on a non-numeric option, naming it", { timeout: CLI_TIMEOUT }, async () => {
    const r = await cli("demo", "seed", "--enterprises", "many");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("VALIDATION_FAILED");
    expect(r.stderr).toContain("enterprises must be an integer");
  });

  it("lists the foundation migration as applied and none pending", { timeout: CLI_TIMEOUT }, async () => {
    const r = await cli("db", "status");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toContain("applied  0001_foundation");
    expect(r.stdout).not.toContain("pending");
  });

  it("refuses a weak password with exit 2 and names the field", { timeout: CLI_TIMEOUT }, async () => {
    const r = await cli(
      "users",
      "create",
      "--email",
      "weak@example.cn",
      "--name",
      "弱",
      "--org",
      "bank-qinwan",
      "--password",
      "short",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("VALIDATION_FAILED");
    expect(r.stderr).toContain("  - password: ");
    expect(r.stdout).toBe("");
  });

  it("creates a user with a strong password", { timeout: CLI_TIMEOUT }, async () => {
    const r = await cli(
      "users",
      "create",
      "--email",
      "ops@example.cn",
      "--name",
      "运维",
      "--org",
      "bank-qinwan",
      "--role",
      "reviewer",
      "--password",
      "Strong-Passw0rd!",
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Created user ops@example\.cn \([0-9a-f-]{36}\) as reviewer\.\n$/);
  });

  it("verifies an intact audit chain with exit 0", { timeout: CLI_TIMEOUT }, async () => {
    const r = await cli("audit", "verify");
    expect(r.code).toBe(0);
    // demo.seed, the demo rating runs' entries, and user.create (the demo carbon feed is written by the seed itself,
    // and its 5 enterprises include no ETS sector, so no allocations are recorded); and 102 for the 34 demo PCAF
    // books: each upload, its run's start and completion
    expect(r.stdout).toBe("Audit chain intact: 114 entries verified.\n");
  });

  it("exits 3 and names the entry whose content was edited", { timeout: CLI_TIMEOUT }, async () => {
    const db = await openPgliteDatabase({ dataDir: join(dataDir, "pglite") });
    try {
      await db.exec("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update");
      const r = await db.query(`UPDATE audit_log SET details = '{"role":"admin"}'::jsonb WHERE seq = 2`);
      expect(r.rowCount).toBe(1);
    } finally {
      await db.close();
    }
    const r = await cli("audit", "verify");
    expect(r.code).toBe(3);
    expect(r.stdout).toBe(
      "BROKEN at entry seq=2: content was edited (hash mismatch)\nAudit chain BROKEN: 1 problem(s) in 114 entries.\n",
    );
  });
});

describe("greenfin disclosure (offline)", () => {
  const scope = ["--kind", "enterprise", "--frameworks", "SSE2024,ISSB-S2", "--year", "2025"];

  it("writes the Excel template and checks it as a submission: blank mandatory items fail with exit 3", {
    timeout: CLI_TIMEOUT,
  }, async () => {
    const out = join(dataDir, "template.xlsx");
    const written = await cli("disclosure", "template", ...scope, "--out", out);
    expect(written.code, written.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    const r = await cli("disclosure", "check", out, ...scope, "--lang", "en");
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('ERROR field E-GHG-001: E-GHG-001 "Scope 1 GHG emissions": mandatory under SSE2024');
    expect(r.stdout).toMatch(/0 value\(s\) read; \d+ error\(s\)/);
  });

  it("names the CSV line of a bad value, in Chinese by default", { timeout: CLI_TIMEOUT }, async () => {
    const csv = join(dataDir, "values.csv");
    writeFileSync(csv, "indicator,dimension,value,unit\nE-GHG-001,,1200,\nE-GHG-002,,约800,\n");
    const r = await cli("disclosure", "check", csv, ...scope);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(
      "ERROR CSV 第 3 行「value」列: E-GHG-002「范围2温室气体排放量（基于位置）」：应填数字，实际为「约800」",
    );
  });

  it("exits 2 on an unknown entity kind", { timeout: CLI_TIMEOUT }, async () => {
    const r = await cli(
      "disclosure",
      "template",
      "--kind",
      "bakery",
      "--frameworks",
      "SSE2024",
      "--year",
      "2025",
      "--out",
      "x.xlsx",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--kind");
  });
});
