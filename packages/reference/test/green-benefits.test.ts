/**
 * The benefit method set as data: it loads with its pinned hash, every factor names a source and a verification
 * flag, a tampered file is refused, and a formula that is not plain arithmetic over declared names is refused.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  BENEFIT_VERIFICATION_STATUSES,
  BenefitFormulaError,
  loadBenefitMethodSet,
  loadGreenTaxonomy,
  parseBenefitFormula,
  parseBenefitMethodSet,
  ReferenceDataError,
} from "../src/index";

const DATA = new URL("../data/green-benefits/", import.meta.url);
const REF = "benefit-methods@2026.1";
const raw = (file: string) => JSON.parse(readFileSync(new URL(`${REF}/${file}`, DATA), "utf8"));

describe("benefit-methods@2026.1", () => {
  const set = loadBenefitMethodSet();

  it("loads, named by the hash of its SHA256SUMS", () => {
    const sums = readFileSync(new URL(`${REF}/SHA256SUMS`, DATA));
    expect(set.ref).toBe(REF);
    expect(set.sha256).toBe(createHash("sha256").update(sums).digest("hex"));
    expect(set.methods.map((m) => m.key)).toEqual([
      "renewable_generation",
      "energy_efficiency",
      "seawater_desalination",
      "water_reuse",
      "wastewater_treatment",
      "green_building",
      "nev_gasoline",
      "nev_diesel",
      "afforestation",
      "blue_carbon",
    ]);
  });

  it("gives every written factor a source and a verification flag, and takes the grid factor from the carbon set", () => {
    for (const m of set.methods)
      for (const f of m.factors) {
        if ("value" in f) {
          expect(f.source.length).toBeGreaterThan(10);
          expect(BENEFIT_VERIFICATION_STATUSES).toContain(f.verification);
          // The grid factor is never a literal: it comes from the carbon factor set for the year.
          expect(f.unit).not.toBe("tCO2/MWh");
        } else expect(["grid", "carbon"]).toContain(f.from);
      }
    const renewable = set.methods.find((m) => m.key === "renewable_generation")!;
    expect(renewable.factors.find((f) => f.key === "grid_ef")).toMatchObject({ from: "grid", unit: "tCO2/MWh" });
  });

  it("keys every CO2 output co2_reduction_t in tCO2, and names only catalogue codes that exist", () => {
    const codes = new Set(loadGreenTaxonomy().nodes.map((n) => n.code));
    for (const m of set.methods) {
      for (const o of m.outputs) if (o.unit === "tCO2") expect(o.key).toBe("co2_reduction_t");
      for (const c of m.categories) expect(codes.has(c)).toBe(true);
    }
    const co2Methods = set.methods.filter((m) => m.outputs.some((o) => o.key === "co2_reduction_t")).map((m) => m.key);
    expect(co2Methods).toEqual([
      "renewable_generation",
      "energy_efficiency",
      "green_building",
      "nev_gasoline",
      "nev_diesel",
      "afforestation",
      "blue_carbon",
    ]);
  });
});

describe("the loader refuses", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const copy = () => {
    const root = mkdtempSync(join(tmpdir(), "greenfin-benefits-"));
    dirs.push(root);
    cpSync(new URL(REF, DATA), join(root, REF), { recursive: true });
    return root;
  };

  it("a data file changed after its hash was pinned", () => {
    const root = copy();
    const file = join(root, REF, "methods.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"value": "0.3007"', '"value": "0.2007"'));
    expect(() => loadBenefitMethodSet(REF, pathToFileURL(`${root}/`))).toThrow(/methods\.json .*SHA256SUMS/);
    // The untouched copy loads: the refusal is the hash, nothing else.
    const clean = copy();
    expect(loadBenefitMethodSet(REF, pathToFileURL(`${clean}/`)).sha256).toBe(loadBenefitMethodSet().sha256);
  });

  it("a file that SHA256SUMS does not list", () => {
    const root = copy();
    writeFileSync(join(root, REF, "extra.json"), "{}");
    expect(() => loadBenefitMethodSet(REF, pathToFileURL(`${root}/`))).toThrow(/extra\.json is not listed/);
  });

  const withFormula = (formula: string) => {
    const methods = raw("methods.json");
    methods.methods[0].outputs[0].formula = formula;
    return () => parseBenefitMethodSet({ meta: raw("meta.json"), methods }, "test");
  };

  it("a formula with an unknown identifier", () => {
    expect(withFormula("generation_mwh * grid_ef * fudge")).toThrow(/unknown identifier fudge/);
    expect(withFormula("generation_mwh * grid_ef * fudge")).toThrow(ReferenceDataError);
  });

  it("a formula that is not plain arithmetic", () => {
    expect(withFormula("generation_mwh ** grid_ef")).toThrow(/is not valid/);
    expect(withFormula("Math.max(generation_mwh, grid_ef)")).toThrow(/is not valid/);
    expect(withFormula("generation_mwh * grid_ef; process.exit()")).toThrow(/is not valid/);
    expect(withFormula("-generation_mwh * grid_ef")).toThrow(/is not valid/);
  });

  it("an output that uses a later output, and an input no formula uses", () => {
    const methods = raw("methods.json");
    const building = methods.methods.find((m: { key: string }) => m.key === "green_building");
    building.outputs.reverse();
    expect(() => parseBenefitMethodSet({ meta: raw("meta.json"), methods }, "test")).toThrow(
      /unknown identifier electricity_saved_mwh/,
    );
    const again = raw("methods.json");
    again.methods[0].inputs.push({ ...again.methods[0].inputs[0], key: "unused_mwh" });
    expect(() => parseBenefitMethodSet({ meta: raw("meta.json"), methods: again }, "test")).toThrow(
      /unused_mwh is declared but no formula uses it/,
    );
  });

  it("a carbon-set reference that does not exist or is in another unit", () => {
    const methods = raw("methods.json");
    const efficiency = methods.methods.find((m: { key: string }) => m.key === "energy_efficiency");
    efficiency.factors.find((f: { key: string }) => f.key === "coal_ef").id = "fuel.unobtainium.a";
    efficiency.factors.find((f: { key: string }) => f.key === "gas_ef").unit = "tCO2/m3";
    const run = () => parseBenefitMethodSet({ meta: raw("meta.json"), methods }, "test");
    expect(run).toThrow(/fuel\.unobtainium\.a, which does not exist/);
    expect(run).toThrow(/gas_ef declares unit tCO2\/m3/);
  });
});

describe("the formula parser", () => {
  it("binds × and ÷ tighter than + and −, left to right, and honours parentheses", () => {
    expect(parseBenefitFormula("a + b * c")).toEqual({
      kind: "binary",
      op: "+",
      left: { kind: "name", name: "a" },
      right: { kind: "binary", op: "*", left: { kind: "name", name: "b" }, right: { kind: "name", name: "c" } },
    });
    expect(parseBenefitFormula("a - b - c")).toMatchObject({ op: "-", left: { op: "-" }, right: { name: "c" } });
    expect(parseBenefitFormula("a * (b - c) / 12.5")).toMatchObject({
      op: "/",
      left: { op: "*", right: { op: "-" } },
      right: { kind: "number", value: "12.5" },
    });
  });

  it("says where a formula goes wrong", () => {
    expect(() => parseBenefitFormula("a * (b - c")).toThrow(BenefitFormulaError);
    expect(() => parseBenefitFormula("a * (b - c")).toThrow(/expected \) at the end/);
    expect(() => parseBenefitFormula("a b")).toThrow(/expected an operator at "b"/);
    expect(() => parseBenefitFormula("a ^ 2")).toThrow(/unexpected character "\^"/);
    expect(() => parseBenefitFormula("")).toThrow(/empty/);
  });
});
