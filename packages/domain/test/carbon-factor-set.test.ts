import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import {
  type CarbonFactorSetRaw,
  loadCarbonFactorSet,
  parseCarbonFactorSet,
  recomputedFuelFactor,
} from "@greenfin/reference";
import { describe, expect, it } from "vitest";
import { type CarbonFactorSetData, lookupGridFactor, resolveProvince } from "../src/index";

const DIR = new URL("../../reference/data/carbon/factors-2026.1/", import.meta.url);
const set = loadCarbonFactorSet("2026.1");
const data: CarbonFactorSetData = set; // the reference's shape is the domain's: checked by the compiler here

const RAW_FILES = {
  meta: "meta.json",
  electricity: "electricity.json",
  fuels: "fuels.json",
  process: "process.json",
  heat: "heat.json",
  densities: "densities.json",
  spend: "spend.json",
  items: "items.json",
  carbonEfficiency: "carbon-efficiency.json",
  ets: "ets.json",
} as const;
const raw = () =>
  Object.fromEntries(
    Object.entries(RAW_FILES).map(([k, f]) => [k, JSON.parse(readFileSync(new URL(f, DIR), "utf8"))]),
  ) as unknown as RawSet;
interface RawSet {
  fuels: { factors: { id: string; value: string }[] };
  heat: { factors: Record<string, unknown>[] };
  items: { items: { factorId: string | null }[] };
}
const parse = (r: RawSet) => parseCarbonFactorSet(r as unknown as CarbonFactorSetRaw);

describe("carbon factor set 2026.1", () => {
  it("is pinned by SHA256SUMS: a released file cannot change unnoticed", () => {
    const sums = readFileSync(new URL("SHA256SUMS", DIR), "utf8").trim().split("\n");
    const listed = sums.map((l) => l.split(/\s+/)[1]).sort();
    expect(listed).toEqual(
      readdirSync(DIR)
        .filter((f) => f.endsWith(".json"))
        .sort(),
    );
    for (const line of sums) {
      const [hash, name] = line.split(/\s+/) as [string, string];
      expect(
        createHash("sha256")
          .update(readFileSync(new URL(name, DIR)))
          .digest("hex"),
        name,
      ).toBe(hash);
    }
  });

  it("holds the announced factors with their sources and flags", () => {
    const elec = (id: string) => data.electricity.factors.find((f) => f.id === id);
    expect(elec("elec.avg.province.shandong.2022")?.value).toBe("0.641");
    expect(elec("elec.avg.province.shandong.2023")?.value).toBe("0.6191");
    expect(elec("elec.reporting.national.2022")).toMatchObject({ value: "0.5703", kind: "enterprise_reporting" });
    expect(elec("elec.residual.national.2022")?.value).toBe("0.5856");
    expect(elec("elec.residual.national.2023")?.value).toBe("0.6096");
    expect(elec("elec.avg.national.2021")?.value).toBe("0.5568");
    expect(elec("elec.avg.province.shandong.2021")?.status).toBe("UNVERIFIED");
    expect(set.heat[0]).toMatchObject({ id: "heat.purchased", value: "0.11", unit: "tCO2/GJ" });
    expect(set.process.map((p) => [p.id, p.value])).toEqual(
      expect.arrayContaining([
        ["process.clinker", "0.52"],
        ["process.bof", "1.46"],
        ["process.eaf", "0.08"],
        ["process.aluminium_prebake", "1.6"],
      ]),
    );
    expect(set.process.find((p) => p.id === "process.bof")?.status).toBe("derived-secondary");
    for (const f of set.fuels) expect(f.status).toBe(f.block === "A" ? "verified-secondary" : "UNVERIFIED");
    for (const f of [...set.densities, ...set.spend]) expect(f.status).toBe("UNVERIFIED");
    for (const i of set.items.filter((m) => m.use === "scope1_combustion"))
      expect(i.factorId).toMatch(/^fuel\.[a-z_]+\.a$/);
  });

  it("Block A factors recompute from NCV × CC × OF × 44/12 (raw coal 1.9003, diesel 3.0959, gas 21.622 per 10⁴ m³)", () => {
    expect(recomputedFuelFactor("20.908", "26.37", "0.94", "1.9003")).toBe("1.9003");
    const byId = new Map(set.fuels.map((f) => [f.id, f.value]));
    expect([byId.get("fuel.raw_coal.a"), byId.get("fuel.diesel.a"), byId.get("fuel.natural_gas.a")]).toEqual([
      "1.9003",
      "3.0959",
      "21.622",
    ]);
  });

  it("refuses a mistyped factor, a dangling reference or a duplicate id", () => {
    const typo = raw();
    typo.fuels.factors.find((f) => f.id === "fuel.raw_coal.a")!.value = "1.9030";
    expect(() => parse(typo)).toThrow(/fuel.raw_coal.a: NCV × CC × OF/);
    const dangling = raw();
    dangling.items.items[1]!.factorId = "heat.nowhere";
    expect(() => parse(dangling)).toThrow(/unknown factor heat.nowhere/);
    const dup = raw();
    dup.heat.factors.push({ ...dup.heat.factors[0]! });
    expect(() => parse(dup)).toThrow(/listed twice/);
  });

  it("resolves provinces by name, alias or code, and traces the fallback order", () => {
    expect(resolveProvince(data, "山东省")?.key).toBe("shandong");
    expect(resolveProvince(data, "shandong")?.code).toBe("370000");
    const tibet = resolveProvince(data, "西藏")!;
    const choice = lookupGridFactor(data, { year: 2023, province: tibet, basis: "location", allowUnverified: false });
    // no provincial factor for Tibet: the Southwest grid's 2023 factor 0.2472
    expect(choice.use).toMatchObject({ id: "elec.avg.grid.southwest.2023", value: "0.2472", level: "regional_grid" });
    expect(choice.trace).toEqual([
      "facility-specific: none supplied",
      "provincial (Tibet): no location_average factor for 2023 or earlier",
      "regional grid (southwest): elec.avg.grid.southwest.2023 = 0.2472 tCO2/MWh [verified-secondary] chosen",
    ]);
  });
});
