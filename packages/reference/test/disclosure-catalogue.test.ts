import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { UNITS } from "../../domain/src/units/units";
import {
  type DisclosureCatalogueRaw,
  loadDisclosureCatalogue,
  parseDisclosureCatalogue,
  ReferenceDataError,
  requiredIndicators,
} from "../src/index";

const DIR = new URL("../data/disclosure/catalogue-2026.1/", import.meta.url);
// The source table as shared with the project, kept beside the catalogue it was built into.
const SHARED_CSV = new URL("../data/disclosure/catalogue-2026.1/sources/indicators.csv", import.meta.url);

type Row = Record<string, unknown>;
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, DIR), "utf8"));
const rawCatalogue = () =>
  ({
    meta: readJson("meta.json"),
    indicators: readJson("indicators.json"),
    requirements: readJson("framework-requirements.json"),
    frameworks: readJson("frameworks.json"),
    units: readJson("units.json"),
    dimensions: (readJson("dimensions.json") as { dimensions: Row[] }).dimensions,
    rules: readJson("validation-rules.json"),
  }) as DisclosureCatalogueRaw & { meta: Row; indicators: Row[]; requirements: Row[]; frameworks: Row[]; units: Row[] };

/** Minimal RFC 4180 reader (quoted fields with commas and doubled quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else field += ch;
  }
  if (field || row.length) endRow();
  return rows.filter((r) => r.some((f) => f !== ""));
}

describe("disclosure catalogue 2026.1", () => {
  const catalogue = loadDisclosureCatalogue();

  it("has 200 indicators, the requirement table and the frameworks, with provenance", () => {
    expect(catalogue.version).toBe("2026.1");
    expect(catalogue.status).toBe("released");
    expect(catalogue.indicators).toHaveLength(200);
    expect(catalogue.requirements).toHaveLength(698);
    expect(catalogue.frameworks).toHaveLength(21);
    expect(catalogue.sources).toContain("shared/reference/indicators.csv");
    expect(catalogue.levelDerivation.length).toBeGreaterThan(0);
    for (const i of catalogue.indicators) {
      expect(i.source).toBe("shared/reference/indicators.csv");
      expect(["draft", "UNVERIFIED"]).toContain(i.verification);
    }
    const levels = Object.fromEntries(
      ["mandatory", "comply_or_explain", "conditional", "voluntary"].map((l) => [
        l,
        catalogue.requirements.filter((r) => r.level === l).length,
      ]),
    );
    expect(levels).toEqual({ mandatory: 77, comply_or_explain: 167, conditional: 167, voluntary: 287 });
  });

  it("is cached and deep-frozen", () => {
    expect(loadDisclosureCatalogue("2026.1")).toBe(catalogue);
    expect(Object.isFrozen(catalogue.indicators[0]?.appliesTo)).toBe(true);
    expect(() => (catalogue.indicators as unknown[]).push({})).toThrow(TypeError);
  });

  it("contains every row of shared/reference/indicators.csv", () => {
    const [header, ...rows] = parseCsv(readFileSync(SHARED_CSV, "utf8").replace(/^\uFEFF/, ""));
    expect(header?.slice(0, 3)).toEqual(["id", "pillar", "topic_zh"]);
    expect(rows).toHaveLength(200);
    const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
    for (const [id, pillar, topicZh, topicEn, nameZh, nameEn, type, unit, appliesTo, standards] of rows) {
      const ind = byId.get(id as string);
      expect(ind, id).toBeDefined();
      expect(ind).toMatchObject({
        pillar,
        topic: { zh: topicZh, en: topicEn },
        name: { zh: nameZh, en: nameEn },
        type,
      });
      expect(ind?.appliesTo).toEqual(appliesTo?.split(";"));
      expect(ind?.standardsTags).toEqual(standards?.split(";"));
      if (type === "enum") expect(ind?.enumOptions).toEqual(unit?.split("|"));
      else expect(ind?.unitLabel).toBe(unit === "" ? null : unit);
    }
  });

  it("maps units to the domain's units table, every catalogue unit with the same dimension there", () => {
    // The released catalogue is never edited; the domain's table may grow later (10⁴ m³ came with carbon accounts).
    const domain = new Map(UNITS.map((u) => [u.id, u.dimension]));
    expect(catalogue.units.map((u) => [u.id, domain.get(u.id)])).toEqual(
      catalogue.units.map((u) => [u.id, u.dimension]),
    );
    const unit = (id: string) => catalogue.indicators.find((i) => i.id === id)?.unit;
    expect(unit("E-ENE-001")).toBe("tce");
    expect(unit("E-WAT-001")).toBe("m3");
    expect(unit("X-CTX-004")).toBe("wan_yuan");
    expect(unit("F-FIN-007")).toBe("yi_yuan");
    expect(unit("S-OHS-004")).toBe("per_1m_hours");
    expect(unit("E-ENE-005")).toBeNull(); // t|m3|L by fuel
  });

  it("rejects a doctored catalogue and says what is wrong", () => {
    const raw = rawCatalogue();
    (raw.requirements[0] as Row).indicatorId = "E-GHG-999";
    (raw.requirements[1] as Row).framework = "NOPE";
    (raw.indicators[1] as Row).id = (raw.indicators[0] as Row).id;
    const enumIndicator = raw.indicators.find((i) => i.type === "enum") as Row;
    enumIndicator.enumOptions = null;
    (raw.indicators.find((i) => i.unit === "tce") as Row).unit = "barrels";
    const attempt = () => parseDisclosureCatalogue(raw, "doctored catalogue");
    expect(attempt).toThrow(ReferenceDataError);
    expect(attempt).toThrow(/requirement names unknown indicator E-GHG-999/);
    expect(attempt).toThrow(/names unknown framework NOPE/);
    expect(attempt).toThrow(/indicator X-CTX-001 is listed twice/);
    expect(attempt).toThrow(new RegExp(`${enumIndicator.id} is an enum indicator without options`));
    expect(attempt).toThrow(/names unit "barrels", which is not in the units table/);
  });

  it("rejects rules and breakdowns that name what the catalogue does not have", () => {
    const raw = rawCatalogue() as ReturnType<typeof rawCatalogue> & { dimensions: Row[]; rules: { rules: Row[] } };
    raw.rules.rules[0]!.total = "E-XXX-001";
    (raw.indicators.find((i) => i.id === "S-EMP-002") as Row).breakdowns = ["gender", "shoe_size"];
    const attempt = () => parseDisclosureCatalogue(raw, "doctored catalogue");
    expect(attempt).toThrow(/rule R-GHG-012-TOTAL names unknown indicator E-XXX-001/);
    expect(attempt).toThrow(/S-EMP-002 is broken down by unknown dimension shoe_size/);
  });

  it("gives every breakdown dimension its members and every rule known indicators", () => {
    const gender = catalogue.dimensions.find((d) => d.id === "gender");
    expect(gender?.members.map((m) => m.key)).toEqual(["female", "male"]);
    expect(catalogue.dimensions.find((d) => d.id === "scope3_category")?.members).toHaveLength(15);
    expect(catalogue.dimensions.find((d) => d.id === "region")?.open).toBe(true);
    const kinds = new Set(catalogue.rules.rules.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(["breakdown_sum", "not_greater", "range", "ratio", "required_if", "sum"]);
  });

  it("rejects a level that is not one of the four", () => {
    const raw = rawCatalogue();
    (raw.requirements[0] as Row).level = "shall";
    expect(() => parseDisclosureCatalogue(raw)).toThrow(/requirements\[0\]\.level|requirements\.0\.level/);
  });
});

describe("requiredIndicators", () => {
  const catalogue = loadDisclosureCatalogue();
  const on = "2026-06-30";
  const find = (list: ReturnType<typeof requiredIndicators>, id: string) => list.find((r) => r.indicator.id === id);

  it("an enterprise under SSE2024", () => {
    const list = requiredIndicators(catalogue, { entityKind: "enterprise", frameworks: ["SSE2024"], on });
    expect(list).toHaveLength(93);
    expect(find(list, "E-GHG-001")).toMatchObject({ level: "mandatory", frameworks: ["SSE2024"] });
    expect(find(list, "E-GHG-001")?.requirements.map((r) => r.clause)).toEqual(["SSE No.14 (Art 20–28, approx.)"]);
    expect(find(list, "E-GHG-005")?.level).toBe("voluntary"); // Scope 3: 有条件的可以
    expect(find(list, "E-CLI-006")?.level).toBe("voluntary"); // scenario analysis encouraged
    expect(find(list, "S-SME-002")).toMatchObject({ level: "conditional" });
    expect(find(list, "S-SME-002")?.requirements[0]?.condition).toMatch(/CNY 30bn or 50% of total assets/);
    expect(find(list, "E-ENE-001")?.level).toBe("conditional"); // on materiality
    expect(find(list, "E-GHG-006")).toBeUndefined(); // Scope 3 by category: not tagged SSE2024
    expect(find(list, "E-CLI-017")).toBeUndefined(); // ISSB ¶29(b) only
    expect(find(list, "E-GHG-018")).toBeUndefined(); // financed emissions: not an enterprise indicator
  });

  it("an enterprise under SSE2024 + ISSB-S2 takes the strongest level and lists both frameworks", () => {
    const list = requiredIndicators(catalogue, { entityKind: "enterprise", frameworks: ["SSE2024", "ISSB-S2"], on });
    expect(list).toHaveLength(106);
    const scope3 = find(list, "E-GHG-005");
    expect(scope3?.level).toBe("mandatory");
    expect(scope3?.frameworks).toEqual(["SSE2024", "ISSB-S2"]);
    expect(scope3?.requirements.map((r) => [r.framework, r.clause, r.level])).toEqual([
      ["SSE2024", "SSE No.14 (Art 20–28, approx.)", "voluntary"],
      ["ISSB-S2", "IFRS S2 ¶29a", "mandatory"],
    ]);
    expect(find(list, "E-GHG-006")).toMatchObject({ level: "mandatory", frameworks: ["ISSB-S2"] });
    expect(find(list, "E-CLI-017")?.requirements.map((r) => r.clause)).toEqual(["IFRS S2 ¶29b"]);
    expect(find(list, "E-CLI-006")?.level).toBe("mandatory"); // ¶22 resilience
    expect(find(list, "S-SME-002")?.level).toBe("conditional"); // ISSB adds nothing
  });

  it("a fund manager under EDCI", () => {
    const list = requiredIndicators(catalogue, { entityKind: "fund_manager", frameworks: ["EDCI"], on });
    expect(list).toHaveLength(22);
    expect(find(list, "E-GHG-001")).toMatchObject({ level: "mandatory", frameworks: ["EDCI"] });
    expect(find(list, "E-GHG-001")?.requirements[0]?.clause).toBe("EDCI core metric");
    expect(find(list, "G-GOV-013")?.level).toBe("mandatory"); // % women on board
    expect(find(list, "E-GHG-005")?.level).toBe("voluntary"); // Scope 3 optional
    expect(find(list, "M-FND-012")?.level).toBe("voluntary");
    expect(find(list, "S-EMP-006")).toBeUndefined(); // net new hires: portfolio companies and enterprises only
  });

  it("respects effective and superseded dates", () => {
    const before = requiredIndicators(catalogue, {
      entityKind: "enterprise",
      frameworks: ["SSE2024"],
      on: "2024-04-30",
    });
    expect(before).toEqual([]);
    const gri = (day: string) =>
      find(requiredIndicators(catalogue, { entityKind: "enterprise", frameworks: ["GRI"], on: day }), "E-GHG-001");
    expect(gri("2026-12-31")?.requirements.map((r) => r.clause)).toEqual(["GRI 305-1"]);
    expect(gri("2027-01-01")).toBeUndefined(); // GRI 305 replaced by GRI 102 from 2027
  });

  it("refuses unknown frameworks and malformed dates", () => {
    expect(() => requiredIndicators(catalogue, { entityKind: "enterprise", frameworks: ["XYZ"], on })).toThrow(
      /Unknown framework code\(s\): XYZ/,
    );
    expect(() =>
      requiredIndicators(catalogue, { entityKind: "enterprise", frameworks: ["GRI"], on: "30/06/2026" }),
    ).toThrow(/not an ISO date/);
  });
});

describe("released catalogue versions", () => {
  it("are never edited: every file of catalogue 2026.1 still has the hash recorded at release", () => {
    const dir = new URL("../data/disclosure/catalogue-2026.1/", import.meta.url);
    const sums = readFileSync(new URL("SHA256SUMS", dir), "utf8").trim().split("\n");
    expect(sums.length).toBe(7);
    for (const line of sums) {
      const [hash, file] = line.split(/\s+/) as [string, string];
      const actual = createHash("sha256")
        .update(readFileSync(new URL(file, dir)))
        .digest("hex");
      expect(actual, `${file} changed after release: put changes in a new version (catalogue-2026.2) beside it`).toBe(
        hash,
      );
    }
  });
});
