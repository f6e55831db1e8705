import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type EntityRating, type RatedEntityInput, type RatingValue, rateUniverse } from "@greenfin/domain";
import { loadRatingMethodology } from "@greenfin/reference";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GOLDEN_AS_OF, GOLDEN_UNIVERSE } from "../../../packages/domain/test/rating-golden-universe";
import { runCli } from "./run-cli";

/**
 * `greenfin rate` run as a user runs it, on files holding the golden universe of the engine's hand-computed tests
 * (packages/domain/test/rating-engine.test.ts): a chemicals plant, a software firm and a coal-fired power plant with
 * their peers. The files enter some figures in other units, which the validator converts back to the same values.
 */
const TIMEOUT = 60_000;
const METHODOLOGY = "enterprise-esg@2026.1";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gf-rate-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const cli = runCli;

const path = (name: string) => join(dir, name);

/** Figures entered in another unit than the canonical one, and what the validator makes of them. */
const ENTERED: Record<string, Record<string, { value: string; unit: string }>> = {
  "chem-a": { "X-CTX-004": { value: "20", unit: "亿元" } },
  "power-a": { "E-GHG-004": { value: "4000", unit: "ktCO2e" } },
  "soft-a": { "E-ENE-007": { value: "30%", unit: "" } },
};

const cellText = (v: RatingValue) => (Array.isArray(v) ? v.join(";") : String(v));
const csvField = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

function valueRows(universe: readonly RatedEntityInput[]): string[][] {
  return universe.flatMap((e) =>
    [...e.values].map(([id, v]) => {
      const entered = ENTERED[e.id]?.[id];
      return [e.id, e.industryCode, id, entered?.value ?? cellText(v), entered?.unit ?? ""];
    }),
  );
}

const controversyRows = (universe: readonly RatedEntityInput[]) =>
  universe.flatMap((e) =>
    e.controversies.map((c) => [e.id, c.id, c.date, String(c.severity), c.category, c.status, c.source]),
  );

const VALUE_HEADER = ["entity_id", "industry_code", "indicator_id", "value", "unit"];
const CONTROVERSY_HEADER = ["entity_id", "id", "date", "severity", "category", "status", "source"];
const csv = (rows: string[][]) => `${rows.map((r) => r.map(csvField).join(",")).join("\n")}\n`;

async function goldenWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const values = book.addWorksheet("values");
  values.addRow(VALUE_HEADER);
  for (const [entity, industry, id, text = "", unit] of valueRows(GOLDEN_UNIVERSE)) {
    // Native cell types, as a spreadsheet holds them: numbers and booleans, not text.
    const cell = text === "true" ? true : text === "false" ? false : /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    values.addRow([entity, industry, id, cell, unit || null]);
  }
  const events = book.addWorksheet("controversies");
  events.addRow(CONTROVERSY_HEADER);
  // A date cell, as Excel stores a typed date.
  for (const [entity, id, date, severity, category, status, source] of controversyRows(GOLDEN_UNIVERSE))
    events.addRow([entity, id, new Date(`${date ?? ""}T00:00:00Z`), Number(severity), category, status, source]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The golden universe as the validator hands it to the engine: decimals written canonically ("4.0" → "4"). */
const canonical = (v: RatingValue): RatingValue =>
  typeof v === "string" && v.includes(".") ? v.replace(/\.?0+$/, "") : v;
const normalisedGolden = GOLDEN_UNIVERSE.map((e) => ({
  ...e,
  values: new Map([...e.values].map(([id, v]) => [id, canonical(v)] as const)),
}));
const expected = rateUniverse({
  methodology: loadRatingMethodology(METHODOLOGY),
  entities: normalisedGolden,
  asOf: GOLDEN_AS_OF,
});

const GOLDEN_SCORES = { "chem-a": ["71.67", "A"], "soft-a": ["66.97", "BBB"], "power-a": ["67.12", "BBB"] };
const scoresOf = (ratings: readonly EntityRating[]) =>
  Object.fromEntries(ratings.filter((r) => r.entityId in GOLDEN_SCORES).map((r) => [r.entityId, [r.score, r.grade]]));

describe("greenfin rate", () => {
  beforeAll(async () => {
    writeFileSync(path("values.csv"), csv([VALUE_HEADER, ...valueRows(GOLDEN_UNIVERSE)]));
    writeFileSync(path("controversies.csv"), csv([CONTROVERSY_HEADER, ...controversyRows(GOLDEN_UNIVERSE)]));
    writeFileSync(path("golden.xlsx"), await goldenWorkbook());
  });

  it("rates a CSV as the engine does and gives the golden scores", { timeout: TIMEOUT }, async () => {
    const args = ["--methodology", METHODOLOGY, "--as-of", GOLDEN_AS_OF, "--controversies", path("controversies.csv")];
    const r = await cli("rate", path("values.csv"), ...args, "--out", path("csv-1.json"));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(readFileSync(path("csv-1.json"), "utf8"));
    expect(scoresOf(out.ratings)).toEqual(GOLDEN_SCORES);
    expect(out.ratings).toEqual(expected.ratings);
    expect(out.summary).toEqual(expected.summary);
    expect(r.stdout).toContain(`Result hash   ${expected.summary.resultHash}`);
    // E-BIO-001 is in the catalogue but not read by the methodology.
    expect(r.stdout).toContain("Ignored rows  1");

    const again = await cli("rate", path("values.csv"), ...args, "--out", path("csv-2.json"));
    expect(again.code).toBe(0);
    expect(readFileSync(path("csv-2.json")).equals(readFileSync(path("csv-1.json")))).toBe(true);
  });

  it("rates a workbook with a controversies sheet to the same results", { timeout: TIMEOUT }, async () => {
    const r = await cli("rate", path("golden.xlsx"), "--methodology", METHODOLOGY, "--as-of", GOLDEN_AS_OF);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^entity +industry group +score +grade +E +S +G$/m);
    expect(r.stdout).toMatch(/^chem-a +chemicals +71\.67 +A +61\.65 +83\.42 +82\.51$/m);
    expect(r.stdout).toMatch(/^soft-a +information_technology +66\.97 +BBB /m);
    expect(r.stdout).toMatch(/^power-a +power +67\.12 +BBB /m);
    expect(r.stdout).toContain(`Inputs hash   ${expected.summary.inputsHash}`);
    expect(r.stdout).toContain(`Result hash   ${expected.summary.resultHash}`);
    expect(r.stdout).toContain("Entities      14: AAA 0 · AA 0 · A 1 · BBB 2 ·");
  });

  it("writes a CSV of indicator, key-issue, pillar and total rows", { timeout: TIMEOUT }, async () => {
    const r = await cli(
      "rate",
      path("golden.xlsx"),
      "--methodology",
      METHODOLOGY,
      "--as-of",
      GOLDEN_AS_OF,
      "--out",
      path("out.csv"),
    );
    expect(r.code).toBe(0);
    const lines = readFileSync(path("out.csv"), "utf8")
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(
      "entity_id,industry_code,industry_group,level,id,key_issue,value,unit,score,weight,contribution,deduction,source,flags,grade",
    );
    expect(lines).toContain(
      "chem-a,C2614,chemicals,indicator,E-GHG-007,climate_emissions,1.1,tCO2e_per_wan_yuan,62.50,5.4000,3.3750,,disclosed,,",
    );
    expect(lines).toContain(
      "chem-a,C2614,chemicals,key_issue,environmental_compliance,,,,38.68,6.0000,2.3206,35.5236,,,",
    );
    expect(lines).toContain("chem-a,C2614,chemicals,total,,,,,71.67,100.0000,71.67,,,,A");
    const rows = expected.ratings.reduce(
      (n, x) => n + x.indicators.length + x.keyIssues.length + x.pillars.length + 1,
      0,
    );
    expect(lines).toHaveLength(rows + 1);
  });

  it("defaults the rating date to today and says so", { timeout: TIMEOUT }, async () => {
    const r = await cli("rate", path("golden.xlsx"), "--methodology", METHODOLOGY);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^As of +\d{4}-\d{2}-\d{2} \(today; pass --as-of to fix the date\)$/m);
  });

  it("lists every problem of a bad file with its line and column, exits 2 and writes nothing", {
    timeout: TIMEOUT,
  }, async () => {
    const bad = csv([
      VALUE_HEADER,
      ["chem-a", "C2614", "E-GHG-999", "5", ""],
      ["chem-a", "C2614", "E-GHG-002", "lots", "tCO2e"],
      ["chem-a", "X99", "E-GHG-003", "5", ""],
      ["chem-a", "C2614", "E-GHG-004", "5", "furlong"],
      ["chem-a", "C2614", "E-GHG-010", "5", ""],
    ]);
    writeFileSync(path("bad.csv"), bad);
    const r = await cli(
      "rate",
      path("bad.csv"),
      "--methodology",
      METHODOLOGY,
      "--as-of",
      GOLDEN_AS_OF,
      "--out",
      path("bad.json"),
    );
    expect(r.code).toBe(2);
    expect(existsSync(path("bad.json"))).toBe(false);
    const problems = r.stderr.split("\n").filter((l) => l.startsWith("  - "));
    expect(problems).toHaveLength(5);
    const file = path("bad.csv");
    expect(problems[0]).toContain(`${file}, CSV line 2, column "indicator_id": `);
    expect(problems[0]).toContain("E-GHG-999");
    expect(problems[1]).toContain(`${file}, CSV line 3, column "value": `);
    expect(problems[1]).toContain('expected a number, got "lots"');
    expect(problems[2]).toContain(`${file}, CSV line 4, column "industry_code": `);
    expect(problems[3]).toContain(`${file}, CSV line 5, column "value": `);
    expect(problems[3]).toContain('unknown unit "furlong"');
    expect(problems[4]).toContain(`${file}, CSV line 6, column "value": `);
    expect(problems[4]).toContain("expected yes or no");
  });

  it("names the sheet, row and column of a bad workbook cell", { timeout: TIMEOUT }, async () => {
    const book = new ExcelJS.Workbook();
    const values = book.addWorksheet("values");
    values.addRow(VALUE_HEADER);
    values.addRow(["chem-a", "C2614", "E-GHG-002", { formula: "1+1" }, "tCO2e"]);
    values.addRow(["chem-a", "C2614", "S-TRN-001", 140, null]);
    const events = book.addWorksheet("controversies");
    events.addRow(CONTROVERSY_HEADER);
    events.addRow(["nobody", "x-1", "2026-13-01", 9, "weather", "confirmed", "news"]);
    writeFileSync(path("bad.xlsx"), Buffer.from(await book.xlsx.writeBuffer()));
    const r = await cli("rate", path("bad.xlsx"), "--methodology", METHODOLOGY, "--as-of", GOLDEN_AS_OF);
    expect(r.code).toBe(2);
    const at = (sheet: string, cell: string) => `${path("bad.xlsx")}, sheet "${sheet}", cell ${cell}: `;
    expect(r.stderr).toContain(`${at("values", "D2")}单元格含公式`);
    expect(r.stderr).toContain(`${at("values", "D3")}S-TRN-001`);
    expect(r.stderr).toContain("a percentage must lie between 0 and 100, got 140");
    expect(r.stderr).toContain(`${at("controversies", "A2")}`);
    expect(r.stderr).toContain(`${at("controversies", "C2")}`);
    expect(r.stderr).toContain(`${at("controversies", "D2")}`);
    expect(r.stderr).toContain(`${at("controversies", "E2")}`);
  });

  it("documents the input format in its help", { timeout: TIMEOUT }, async () => {
    const r = await cli("rate", "--help");
    expect(r.code).toBe(0);
    for (const text of ["LONG table", "industry_code", "DQ-COMPLETENESS", "--controversies", "enterprise-esg@2026.1"])
      expect(r.stdout).toContain(text);
  });
});
