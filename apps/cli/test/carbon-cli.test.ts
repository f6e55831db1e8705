import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

/**
 * `greenfin carbon calc` run as a user runs it, on fixtures holding the golden accounts of
 * packages/domain/test/carbon-account-golden.test.ts (a Shandong plant with boilers and a fleet, a cement plant).
 */
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const GOOD = join(FIXTURES, "carbon-activity.csv");
const BAD = join(FIXTURES, "carbon-activity-bad.csv");
const TIMEOUT = 60_000;
const PLANT = "91370100MA3C00001H";
const CEMENT = "91370100MA3C00002L";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gf-carbon-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const cli = runCli;

const path = (name: string) => join(dir, name);
const ARGS = ["--year", "2023", "--province", "山东", "--industry", "C30", "--as-of", "2026-11-27"];

interface RunJson {
  factorSet: string;
  ignoredRows: number;
  accounts: {
    enterpriseId: string;
    totals: Record<string, string | null>;
    intensities: { perValueAdded: { value: string | null } };
    lines: { item: string; factors: { id: string; factorSet: string }[] }[];
  }[];
}

describe("greenfin carbon calc", () => {
  it(
    "prints a summary table of every enterprise's account",
    async () => {
      const r = await cli("carbon", "calc", GOOD, ...ARGS);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      // plant: 1 900.298849 + 108.109440 + 30.959096 + 13.002820 = 2 052.370205; 1 200 MWh × 0.6191 = 742.92
      expect(r.stdout).toMatch(
        new RegExp(`${PLANT}\\s+2023\\s+2052\\.370205\\s+742\\.920000\\s+731\\.520000\\s+2795\\.290205`),
      );
      expect(r.stdout).toMatch(new RegExp(`${CEMENT}\\s+2023\\s+71002\\.988488\\s+4952\\.800000`));
      expect(r.stdout).toContain("cn-carbon-factors@2026.1");
      expect(r.stdout).toContain("1 row(s) of other years ignored");
    },
    TIMEOUT,
  );

  it(
    "writes JSON with every line's factors; the same file and date give byte-identical output",
    async () => {
      const a = await cli("carbon", "calc", GOOD, ...ARGS, "--out", path("a.json"));
      const b = await cli("carbon", "calc", GOOD, ...ARGS, "--out", path("b.json"));
      expect([a.code, b.code]).toEqual([0, 0]);
      expect(readFileSync(path("a.json"), "utf8")).toBe(readFileSync(path("b.json"), "utf8"));
      const run = JSON.parse(readFileSync(path("a.json"), "utf8")) as RunJson;
      expect(run.ignoredRows).toBe(1);
      const cement = run.accounts.find((x) => x.enterpriseId === CEMENT)!;
      expect(cement.totals).toMatchObject({ scope1: "71002.988488", totalLocationBased: "75955.788488" });
      expect(cement.intensities.perValueAdded.value).toBe("3.797789");
      const clinker = cement.lines.find((l) => l.item === "clinker")!;
      expect(clinker.factors[0]).toMatchObject({ id: "process.clinker", factorSet: "cn-carbon-factors@2026.1" });
    },
    TIMEOUT,
  );

  it(
    "writes CSV: a row per line and the totals",
    async () => {
      const r = await cli("carbon", "calc", GOOD, ...ARGS, "--out", path("r.csv"));
      expect(r.code).toBe(0);
      const lines = readFileSync(path("r.csv"), "utf8").trim().split("\n");
      expect(lines[0]).toMatch(
        /^enterprise,year,scope,category,item,period,activity,activity_unit,emissions_tco2,factor_ids/,
      );
      expect(lines).toContainEqual(
        expect.stringContaining(
          `${CEMENT},2023,scope1,process,clinker,2023-12,100000,t,52000.000000,process.clinker,0.52`,
        ),
      );
      expect(lines).toContainEqual(
        `${PLANT},2023,total_location_based,,,2023,,,2795.290205,,,,cn-carbon-factors@2026.1,,`,
      );
    },
    TIMEOUT,
  );

  it(
    "reads the same data from an .xlsx workbook with the Chinese header",
    async () => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet("活动数据");
      sheet.addRow(["企业", "计量点", "月份", "项目", "数量", "单位"]);
      sheet.addRow([PLANT, "", "2023-05", "electricity", 1200000, "kWh"]);
      sheet.addRow([PLANT, "boiler", "2023-01", "raw_coal", "1000", "t"]);
      await book.xlsx.writeFile(path("a.xlsx"));
      const r = await cli(
        "carbon",
        "calc",
        path("a.xlsx"),
        "--province",
        "Shandong",
        "--as-of",
        "2026-11-27",
        "--out",
        path("x.json"),
      );
      expect(r.stderr).toBe("");
      const run = JSON.parse(readFileSync(path("x.json"), "utf8")) as RunJson;
      expect(run.accounts[0]!.totals).toMatchObject({ scope1: "1900.298849", scope2Location: "742.920000" });
    },
    TIMEOUT,
  );

  it(
    "lists every bad row (row, column, reason in Chinese and English), exits 2 and writes nothing",
    async () => {
      const r = await cli("carbon", "calc", BAD, "--out", path("bad.json"));
      expect(r.code).toBe(2);
      expect(existsSync(path("bad.json"))).toBe(false);
      for (const where of [
        "line 2 month",
        "line 2 quantity",
        "line 3 unit",
        "line 4 enterprise",
        "line 5 item",
        "line 5 quantity",
      ])
        expect(r.stderr).toContain(`  - ${where}: `);
      expect(r.stderr).toContain('diesel 的单位应为 t、L，而不是 "kg" / diesel takes t, L, not "kg"');
    },
    TIMEOUT,
  );

  it(
    "refuses an unknown province and a missing column",
    async () => {
      const province = await cli("carbon", "calc", GOOD, "--year", "2023", "--province", "Atlantis");
      expect(province.code).toBe(2);
      expect(province.stderr).toContain('profile province: 未知的省份 "Atlantis"');
      const noUnit = await cli("carbon", "calc", join(FIXTURES, "carbon-activity-no-unit.csv"));
      expect(noUnit.code).toBe(2);
      expect(noUnit.stderr).toContain("missing column unit (单位)");
    },
    TIMEOUT,
  );
});
