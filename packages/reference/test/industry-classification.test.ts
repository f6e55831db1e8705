import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CANONICAL_INDUSTRY_CODE,
  industryName,
  loadIndustryClassification,
  parseIndustryClassification,
  ReferenceDataError,
  resolveIndustryCode,
  sectionOf,
} from "../src/index";

const rawFile = () =>
  JSON.parse(readFileSync(new URL("../data/industry/gbt4754-2017.json", import.meta.url), "utf8")) as {
    _meta: Record<string, unknown>;
    sections: Record<string, unknown>[];
    divisions: Record<string, unknown>[];
  };

describe("GB/T 4754-2017 classification", () => {
  const gbt = loadIndustryClassification();

  it("has the standard's 20 sections and 97 divisions, with provenance", () => {
    expect(gbt.version).toBe("GB/T 4754-2017");
    expect(gbt.sections).toHaveLength(20);
    expect(gbt.divisions).toHaveLength(97);
    expect(gbt.sections.map((s) => s.code).join("")).toBe("ABCDEFGHIJKLMNOPQRST");
    expect(gbt.source).toContain("zmshe/capital");
    expect(gbt.verification).toMatch(/^verified-secondary/);
  });

  it("places every division in a known section and every class in a known division", () => {
    const sections = new Set(gbt.sections.map((s) => s.code));
    const divisions = new Map(gbt.divisions.map((d) => [d.code, d]));
    for (const d of gbt.divisions) expect(sections.has(d.section), d.code).toBe(true);
    for (const c of gbt.classes) {
      expect(c.code).toMatch(/^\d{4}$/);
      expect(divisions.get(c.division)?.section, c.code).toBe(c.section);
      expect(c.code.startsWith(c.division)).toBe(true);
    }
    expect(gbt.classes).toHaveLength(185);
    for (const h of gbt.highEmissionDivisions) expect(divisions.has(h), h).toBe(true);
    expect(gbt.highEmissionDivisions).toEqual(expect.arrayContaining(["22", "25", "26", "30", "31", "32", "44"]));
  });

  it("trims stray spaces in the source's names", () => {
    expect(gbt.divisions.find((d) => d.code === "38")?.nameZh).toBe("电气机械和器材制造业");
  });

  it("is cached and frozen", () => {
    expect(loadIndustryClassification()).toBe(gbt);
    expect(Object.isFrozen(gbt)).toBe(true);
    expect(Object.isFrozen(gbt.divisions[0])).toBe(true);
    expect(() => (gbt.sections as unknown as unknown[]).push({ code: "Z" })).toThrow(TypeError);
  });
});

describe("industry codes", () => {
  it("resolves every accepted spelling to the canonical code", () => {
    expect(resolveIndustryCode("C3110")?.code).toBe("C3110");
    expect(resolveIndustryCode("3110")?.code).toBe("C3110");
    expect(resolveIndustryCode(" c31 ")?.code).toBe("C31");
    expect(resolveIndustryCode("65")?.code).toBe("I65");
    expect(resolveIndustryCode("D")).toMatchObject({ code: "D", level: "section", division: null, class: null });
    expect(resolveIndustryCode("D4411")).toMatchObject({ level: "class", class: { nameZh: "火力发电" } });
    for (const code of ["C", "C38", "I65", "C3110", "D4411", "G5532"]) expect(code).toMatch(CANONICAL_INDUSTRY_CODE);
  });

  it("finds the section of real codes", () => {
    expect(sectionOf("C")?.nameZh).toBe("制造业");
    expect(sectionOf("C31")?.code).toBe("C");
    expect(sectionOf("3110")?.code).toBe("C");
    expect(sectionOf("4412")?.code).toBe("D");
    expect(sectionOf("I65")?.nameEn).toMatch(/software/i);
    expect(sectionOf("A04")?.code).toBe("A");
  });

  it("names real codes at the most specific level known", () => {
    expect(industryName("C3011")).toBe("水泥制造");
    expect(industryName("4412")).toBe("热电联产");
    expect(industryName("I65")).toBe("软件和信息技术服务业");
    expect(industryName("C38")).toBe("电气机械和器材制造业");
    expect(industryName("C3811")).toBe("电气机械和器材制造业"); // class list of C38 is not in the data set
    expect(industryName("F")).toBe("批发和零售业");
  });

  it("rejects unknown, malformed and contradictory codes", () => {
    for (const code of ["", "Z", "C99", "A3110", "I38", "3111", "C3111", "C311", "C31101", "3.1", "CC31"]) {
      expect(resolveIndustryCode(code), code).toBeUndefined();
      expect(industryName(code), code).toBeUndefined();
    }
  });
});

describe("a malformed data file", () => {
  it("is rejected with the path and the reason", () => {
    const raw = rawFile();
    raw.divisions[3] = { ...raw.divisions[3], code: "4" };
    expect(() => parseIndustryClassification(raw, "broken.json")).toThrow(ReferenceDataError);
    expect(() => parseIndustryClassification(raw, "broken.json")).toThrow(
      /broken\.json is not valid:[\s\S]*a division code has two digits[\s\S]*divisions\[3\]\.code/,
    );
  });

  it("is rejected when a division points at a missing section", () => {
    const raw = rawFile();
    raw.divisions[0] = { ...raw.divisions[0], section: "T" };
    raw.sections = raw.sections.filter((s) => s.code !== "T");
    raw._meta.counts_in_source = { sections: 19, divisions: 97 };
    expect(() => parseIndustryClassification(raw)).toThrow(/division 01 names unknown section T/);
  });

  it("is rejected when the counts do not match its own metadata", () => {
    const raw = rawFile();
    raw.divisions.pop();
    expect(() => parseIndustryClassification(raw)).toThrow(/expected 97 divisions \(as _meta says\), found 96/);
  });

  it("is rejected when the provenance is missing", () => {
    const raw = rawFile();
    delete raw._meta.verification;
    expect(() => parseIndustryClassification(raw)).toThrow(/_meta\.verification/);
  });
});
