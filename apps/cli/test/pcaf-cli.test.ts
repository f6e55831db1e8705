import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, runCli } from "./run-cli";

/**
 * `greenfin pcaf` run as a user runs it, on the golden book of packages/domain/test/pcaf-golden.test.ts
 * (fixtures/pcaf-book-*.csv hold the same rows), whose figures are computed by hand there.
 */
const FIXTURES = join(REPO, "apps/cli/test/fixtures");
const TIMEOUT = 60_000;
const POSITIONS = join(FIXTURES, "pcaf-book-positions.csv");
const COUNTERPARTIES = join(FIXTURES, "pcaf-book-counterparties.csv");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gf-pcaf-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const cli = runCli;

describe("greenfin pcaf", () => {
  it(
    "prints the summary of the golden book",
    async () => {
      const r = await cli("pcaf", POSITIONS, "--counterparties", COUNTERPARTIES, "--year", "2024");
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("pcaf@2022.2, reporting year 2024");
      expect(r.stdout).toContain("positions 9, outstanding 916440000 CNY, coverage 1.0000");
      expect(r.stdout).toContain("Scope 1+2 124504.774432 tCO2e; Scope 3 25000 tCO2e");
      expect(r.stdout).toContain("weighted data quality 1.51; WACI 472.2222");
      expect(r.stdout).toContain("carbon footprint 135.8570");
    },
    TIMEOUT,
  );

  it(
    "writes every position's result to JSON and CSV, byte-identical on a second run",
    async () => {
      const json = join(dir, "results.json");
      const csv = join(dir, "results.csv");
      expect(
        (await cli("pcaf", POSITIONS, "--counterparties", COUNTERPARTIES, "--year", "2024", "--out", json)).code,
      ).toBe(0);
      expect(
        (await cli("pcaf", POSITIONS, "--counterparties", COUNTERPARTIES, "--year", "2024", "--out", csv)).code,
      ).toBe(0);
      const out = JSON.parse(readFileSync(json, "utf8"));
      expect(out.positions).toHaveLength(9);
      expect(out.positions.find((p: { positionId: string }) => p.positionId === "GOV-1").financedScope12Tco2e).toBe(
        "52432.234432",
      );
      expect(out.summary.total.financedScope12Tco2e).toBe("124504.774432");
      expect(out.jrt0227.title.zh).toBe("投融资活动的环境影响");
      const lines = readFileSync(csv, "utf8").trim().split("\n");
      expect(lines).toHaveLength(10);
      expect(lines[1]).toMatch(
        /^LE-1,listed_equity,91370200MA3C000011,C30,50000000,0.025000000000,15000.000000,25000.000000,1,/,
      );
      const first = readFileSync(json);
      await cli("pcaf", POSITIONS, "--counterparties", COUNTERPARTIES, "--year", "2024", "--out", json);
      expect(readFileSync(json).equals(first)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    "lists every bad row, exits 2 and writes nothing",
    async () => {
      const out = join(dir, "bad.json");
      const r = await cli(
        "pcaf",
        join(FIXTURES, "pcaf-bad-positions.csv"),
        "--counterparties",
        COUNTERPARTIES,
        "--year",
        "2024",
        "--out",
        out,
      );
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("BAD_INPUT");
      for (const where of [
        "row 2 outstanding",
        "row 3 position_id",
        "row 3 property_value",
        "row 4 currency",
        "row 4 counterparty",
      ])
        expect(r.stderr).toContain(where);
      expect(r.stderr).toContain("不是非负十进制数");
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.partial`)).toBe(false);
    },
    TIMEOUT,
  );

  it(
    "refuses a wrong --out extension",
    async () => {
      const r = await cli("pcaf", POSITIONS, "--counterparties", COUNTERPARTIES, "--out", join(dir, "x.txt"));
      expect(r.code).toBe(2);
    },
    TIMEOUT,
  );
});
