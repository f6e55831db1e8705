import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  evalFamily,
  greenTaxonomyNode,
  loadGreenEvalSet,
  loadGreenTaxonomy,
  parseGreenEvalSet,
  ReferenceDataError,
  resolveIndustryCode,
} from "../src/index";

const DIR = new URL("../data/green-taxonomy/eval/green-id-eval@2026.1/", import.meta.url);
const rawMeta = () => JSON.parse(readFileSync(new URL("meta.json", DIR), "utf8")) as Record<string, unknown>;
const rawRecords = () => readFileSync(new URL("records.jsonl", DIR), "utf8");

describe("the labelled evaluation set green-id-eval@2026.1", () => {
  const set = loadGreenEvalSet();
  const taxonomy = loadGreenTaxonomy("cn-green-2025@2026.1");
  const { records } = set;
  const positives = records.filter((r) => r.expected !== "none");
  const negatives = records.filter((r) => r.expected === "none");

  it("has at least 220 descriptions, about 30 of them negatives, mostly Chinese with some English", () => {
    expect(set.meta.catalogue).toBe("cn-green-2025@2026.1");
    expect(records.length).toBeGreaterThanOrEqual(220);
    expect(negatives.length).toBeGreaterThanOrEqual(30);
    const en = records.filter((r) => r.language === "en").length;
    expect(en / records.length).toBeGreaterThan(0.1);
    expect(en / records.length).toBeLessThan(0.3);
    expect(set.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("labels only with level-3 items that exist in the 2025 tree", () => {
    for (const r of positives)
      for (const code of r.expected as readonly string[])
        expect(greenTaxonomyNode(taxonomy, code)?.level, `${r.id} ${code}`).toBe(3);
  });

  it("covers every level-1 family, blue and transition projects, and keeps a holdout split", () => {
    const families = new Set(records.map(evalFamily));
    expect([...families].sort()).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "negative"]);
    expect(records.filter((r) => r.blueBasis === "marine").length).toBeGreaterThanOrEqual(30);
    expect(records.filter((r) => r.blueBasis === "water").length).toBeGreaterThan(0);
    expect(records.filter((r) => r.transition).length).toBeGreaterThanOrEqual(10);
    const holdout = records.filter((r) => r.split === "holdout");
    expect(holdout.length).toBeGreaterThanOrEqual(30);
    expect(holdout.some((r) => r.expected === "none")).toBe(true);
  });

  it("keeps a second, independent holdout of at least 150 descriptions spread like a real intake", () => {
    const h2 = records.filter((r) => r.split === "holdout-2");
    expect(h2.length).toBeGreaterThanOrEqual(150);
    const neg = h2.filter((r) => r.expected === "none").length;
    expect(neg / h2.length).toBeGreaterThan(0.1);
    expect(neg / h2.length).toBeLessThan(0.2);
    const en = h2.filter((r) => r.language === "en").length;
    expect(en / h2.length).toBeGreaterThan(0.1);
    expect(en / h2.length).toBeLessThan(0.2);
    expect([...new Set(h2.map(evalFamily))].sort()).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "negative"]);
    expect(h2.filter((r) => r.blueBasis === "marine").length).toBeGreaterThanOrEqual(15);
    expect(h2.filter((r) => r.blueBasis === "water").length).toBeGreaterThanOrEqual(5);
    expect(h2.filter((r) => r.transition).length).toBeGreaterThanOrEqual(5);
    expect(new Set(h2.flatMap((r) => (r.expected === "none" ? [] : r.expected))).size).toBeGreaterThanOrEqual(150);
    // Written after every earlier record: its ids follow theirs.
    const lastEarlier = Math.max(...records.filter((r) => r.split !== "holdout-2").map((r) => Number(r.id.slice(3))));
    for (const r of h2) expect(Number(r.id.slice(3)), r.id).toBeGreaterThan(lastEarlier);
  });

  it("names the kinds of project the catalogue asks about", () => {
    const has = (code: string) => positives.filter((r) => (r.expected as readonly string[]).includes(code)).length;
    expect(has("4.2.1")).toBeGreaterThanOrEqual(5); // offshore and onshore wind
    expect(has("4.2.2")).toBeGreaterThanOrEqual(5); // distributed PV, fishery-PV, agri-PV
    expect(has("3.2.2")).toBeGreaterThanOrEqual(3); // desalination and water reuse
    expect(has("5.1.16")).toBeGreaterThanOrEqual(3); // marine ranching
    expect(has("6.2.12")).toBeGreaterThanOrEqual(2); // port shore power
    expect(has("6.2.3")).toBeGreaterThanOrEqual(3); // EV charging
    expect(has("5.1.9")).toBeGreaterThanOrEqual(2); // carbon-sink forestry
    expect(records.some((r) => r.text.includes("渔光互补"))).toBe(true);
    expect(records.some((r) => r.text.includes("农光互补"))).toBe(true);
  });

  it("keeps coal power and other coal utilisation among the negatives, CCUS among the positives", () => {
    const coalNegatives = negatives.filter((r) => /煤|coal/i.test(r.text));
    expect(coalNegatives.length).toBeGreaterThanOrEqual(8);
    for (const r of negatives) expect(r.labelNote, r.id).not.toBeNull();
    const ccus = positives.filter((r) => (r.expected as readonly string[]).includes("1.5.1"));
    expect(ccus.some((r) => r.text.includes("燃煤电厂"))).toBe(true);
    expect(negatives.filter((r) => r.transition).length).toBeGreaterThanOrEqual(2); // coal-power retrofits
  });

  it("gives industry codes as GB/T 4754 classes, explains judgement labels, and keeps flags consistent", () => {
    for (const r of records) {
      if (r.industryCode !== null) expect(resolveIndustryCode(r.industryCode)?.level, r.id).toBe("class");
      if (r.labelConfidence === "judgement") expect(r.labelNote, r.id).not.toBeNull();
      expect(r.blue, r.id).toBe(r.blueBasis !== null);
      expect(r.inspiredBy.length).toBeGreaterThan(0);
    }
    // The industry code is evidence, not the verdict: a developer (K7010) can still build a green building.
    expect(records.some((r) => r.industryCode === "K7010" && r.expected !== "none")).toBe(true);
  });

  it("states its composition truthfully", () => {
    const c = set.meta.composition;
    expect(c.records).toBe(records.length);
    expect(c.negatives).toBe(negatives.length);
    expect(c.bySplit).toEqual({
      dev: records.filter((r) => r.split === "dev").length,
      holdout: records.filter((r) => r.split === "holdout").length,
      "holdout-2": records.filter((r) => r.split === "holdout-2").length,
    });
    expect(c.byLanguage).toEqual({
      zh: records.filter((r) => r.language === "zh").length,
      en: records.filter((r) => r.language === "en").length,
    });
  });

  describe("refuses a malformed copy", () => {
    const lines = () => rawRecords().trim().split("\n");
    const edit = (i: number, change: (r: Record<string, unknown>) => void) => {
      const all = lines();
      const r = JSON.parse(all[i] as string);
      change(r);
      all[i] = JSON.stringify(r);
      return `${all.join("\n")}\n`;
    };
    const parse = (records: string, meta = rawMeta()) => parseGreenEvalSet({ meta, records }, taxonomy);

    it("an expected code that is not in the 2025 tree", () => {
      expect(() => parse(edit(0, (r) => (r.expected = ["1.1.99"])))).toThrow(
        /GI-0001: expected 1\.1\.99 is not a level-3 item/,
      );
      expect(() => parse(edit(0, (r) => (r.expected = ["1.1"])))).toThrow(/expected 1\.1 is not a level-3 item/);
    });
    it("an unknown industry class", () => {
      expect(() => parse(edit(0, (r) => (r.industryCode = "D4418")))).toThrow(
        /GI-0001: D4418 is not a GB\/T 4754 class/,
      );
    });
    it("a duplicated id", () => {
      expect(() => parse(edit(1, (r) => (r.id = "GI-0001")))).toThrow(/GI-0001 is used twice/);
    });
    it("a blue flag without its basis, and a judgement without a note", () => {
      expect(() => parse(edit(0, (r) => (r.blue = true)))).toThrow(/blueBasis/);
      expect(() => parse(edit(0, (r) => (r.labelConfidence = "judgement")))).toThrow(/labelNote/);
    });
    it("a composition that no longer matches the records", () => {
      const all = lines();
      expect(() => parse(`${all.slice(1).join("\n")}\n`)).toThrow(ReferenceDataError);
      expect(() => parse(`${all.slice(1).join("\n")}\n`)).toThrow(/meta\.json says \d+ records/);
    });
    it("a split the schema does not know", () => {
      expect(() => parse(edit(0, (r) => (r.split = "holdout-3")))).toThrow(/split/);
    });
    it("a line that is not JSON", () => {
      expect(() => parse(`${rawRecords()}{oops\n`)).toThrow(/records\.jsonl line \d+ is not JSON/);
    });
  });
});
