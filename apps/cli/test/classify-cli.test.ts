import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

/** `greenfin classify` as a user runs it: one description, a batch file, and bad input (exit 2). */
const TIMEOUT = 60_000;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gf-classify-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
const path = (name: string) => join(dir, name);

describe("greenfin classify", () => {
  it(
    "prints the top candidates with confidence and evidence in Chinese with English",
    async () => {
      const r = await runCli("classify", "海上风电项目（渤中海域）300MW，采用导管架基础。", "--industry", "D4415");
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(
        "结论 Verdict: 绿色 green — 4.2.1 风力发电设施建设和运营 / Construction and operation of wind power facilities",
      );
      expect(r.stdout).toMatch(/关键词 Terms: “海上风电” 描述 description \[0,4\)/);
      expect(r.stdout).toContain("行业代码 Industry: D4415 同小类 same class 4415 风力发电");
      expect(r.stdout).toContain("蓝色金融 Blue: 是 yes");
    },
    TIMEOUT,
  );

  it(
    "gives the whole result as JSON, and a reasoned none for coal power without CCUS",
    async () => {
      const r = await runCli("classify", "新建2×660MW超超临界燃煤发电机组，不含碳捕集装置。", "--json");
      expect(r.code).toBe(0);
      const { result } = JSON.parse(r.stdout);
      expect(result.verdict).toBe("none");
      expect(result.globalExclusions[0]).toMatchObject({ id: "coal-power", applied: true });
      expect(result.negations[0]).toMatchObject({ cue: "不含", text: "碳捕集" });
    },
    TIMEOUT,
  );

  it(
    "classifies a CSV file into results.csv and results.json",
    async () => {
      writeFileSync(
        path("projects.csv"),
        [
          "id,name,description,industry_code",
          'P1,海水淡化二期,"反渗透海水淡化厂扩建，新增日产淡水10万吨",D4630',
          'P2,,"Construction of a 60,000 m3/day municipal wastewater treatment plant",',
          "P3,,新建项目，总投资5亿元,C3824",
          "",
        ].join("\n"),
      );
      const csv = await runCli("classify", "--file", path("projects.csv"), "--out", path("results.csv"));
      expect(csv.stderr).toBe("");
      expect(csv.code).toBe(0);
      expect(csv.stdout).toContain("3 project(s): 2 green, 1 none");
      const lines = readFileSync(path("results.csv"), "utf8").trim().split("\n");
      expect(lines[0]).toBe(
        "id,verdict,code,name_zh,name_en,confidence,score,terms,industry_match,candidates,excluded,blue,blue_basis,transition,reasons_zh,reasons_en",
      );
      expect(lines[1]).toMatch(/^P1,green,3\.2\.2,/);
      expect(lines[2]).toMatch(/^P2,green,6\.4\.7,/);
      expect(lines[3]).toMatch(/^P3,none,/);
      expect(lines[3]).toContain("must not classify on their own");
      const json = await runCli("classify", "--file", path("projects.csv"), "--out", path("results.json"));
      expect(json.code).toBe(0);
      const results = JSON.parse(readFileSync(path("results.json"), "utf8"));
      expect(results.map((x: { id: string; result: { verdict: string } }) => [x.id, x.result.verdict])).toEqual([
        ["P1", "green"],
        ["P2", "green"],
        ["P3", "none"],
      ]);
    },
    TIMEOUT,
  );

  it(
    "refuses a bad file with every row's problem and its row number (exit 2), and a bad industry code",
    async () => {
      writeFileSync(
        path("bad.csv"),
        ["id,name,description,industry_code", "A,,海上风电,D4415", "A,,,XYZ", ",,光伏电站,"].join("\n"),
      );
      const r = await runCli("classify", "--file", path("bad.csv"), "--out", path("never.csv"));
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("row 3 id: id A 与第 2 行重复 / id A repeats row 2");
      expect(r.stderr).toContain("row 3 description");
      expect(r.stderr).toContain("row 3 industry_code");
      expect(r.stderr).toContain("row 4 id");
      expect(() => readFileSync(path("never.csv"))).toThrow();
      const code = await runCli("classify", "风电场", "--industry", "wind");
      expect(code.code).toBe(2);
      expect(code.stderr).toContain('"wind" is not a GB/T 4754 code');
      const none = await runCli("classify");
      expect(none.code).toBe(2);
    },
    TIMEOUT,
  );
});
