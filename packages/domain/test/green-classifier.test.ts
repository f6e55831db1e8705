import {
  AhoCorasick,
  buildGreenClassifier,
  type GreenClassification,
  greenTextFingerprint,
  normaliseText,
} from "@greenfin/domain";
import { describe, expect, it } from "vitest";
import { shippedClassifier, shippedGreenData } from "./green-classifier-fixture";

/**
 * Golden cases, checked by hand against the 2025 catalogue and its vocabulary: what each must decide and the
 * evidence it must show (terms with their places, industry match, exclusions, negation, blue and transition flags).
 */
const classifier = shippedClassifier();
const termsOf = (r: GreenClassification, code: string) =>
  r.candidates
    .find((c) => c.code === code)
    ?.evidence.terms.filter((t) => t.weight > 0)
    .map((t) => t.text) ?? [];

describe("the keyword automaton and the text normalisation", () => {
  it("finds every occurrence of every pattern, overlaps included, with its place", () => {
    const ac = new AhoCorasick(["海上风电", "风电", "风电场", "he", "she", "hers"]);
    const found: string[] = [];
    ac.search("海上风电场 ushers", (p, s, e) => found.push(`${ac.patterns[p]}@${s}-${e}`));
    expect(found).toEqual(["海上风电@0-4", "风电@2-4", "风电场@2-5", "she@7-10", "he@8-10", "hers@8-12"]);
  });

  it("folds full-width forms, case, Traditional characters and whitespace without losing positions", () => {
    const n = normaliseText("ＣＣＵＳ  海上風電 Offshore\u3000Wind");
    expect(n.folded).toBe("ccus 海上风电 offshore wind");
    expect(n.cased).toBe("CCUS 海上风电 Offshore Wind");
    // "风" sits at index 7 of the folded text and at index 8 of the original (two spaces collapsed).
    expect(n.origin[n.folded.indexOf("风")]).toBe(8);
  });

  it("matches a Traditional-script, full-width description like its Simplified form", () => {
    const r = classifier.classifyProject({ description: "海上風電場建設，裝機容量５００ＭＷ" });
    expect(r.top?.code).toBe("4.2.1");
    const t = r.top!.evidence.terms.find((x) => x.weight > 0)!;
    expect(t).toMatchObject({ term: "海上风电", text: "海上風電", field: "description", start: 0, end: 4 });
  });
});

describe("golden cases", () => {
  it("offshore wind: 4.2.1 on its terms, the D4415 class, marine blue through the IFC crosswalk", () => {
    const r = classifier.classifyProject({
      name: "山东半岛南海上风电项目",
      description: "装机容量500MW，布置62台8MW级风电机组，离岸距离约30公里，项目资本金以蓝色银团贷款方式融资。",
      industryCode: "D4415",
    });
    expect(r.verdict).toBe("green");
    expect(r.top?.code).toBe("4.2.1");
    expect(r.top?.pathZh).toEqual(["能源绿色低碳转型", "清洁能源设施建设和运营", "风力发电设施建设和运营"]);
    const named = r.top!.evidence.terms.find((t) => t.field === "name" && t.weight > 0);
    expect(named).toMatchObject({ text: "海上风电", start: 5, end: 9 });
    expect(named!.weight).toBeGreaterThan(1); // found in the name: × 1.5
    expect(r.top!.evidence.industry).toMatchObject({ code: "D4415", match: "class", classes: [{ code: "4415" }] });
    expect(r.top!.evidence.parametersNote.en).toMatch(/no technical threshold/);
    expect(r.top!.confidence).toBeGreaterThan(0.6);
    expect(r.blue).toMatchObject({ relevant: true, basis: "marine" });
    expect(r.blue.categories).toEqual([expect.objectContaining({ code: "IFC-9", via: "4.2.1", conditionMet: true })]);
    expect(r.transition.relevant).toBe(false);
  });

  it("fishery-PV: 4.2.2 (solar), on pond water, not blue", () => {
    const r = classifier.classifyProject({
      description: "渔光互补光伏电站，利用养殖池塘水面建设100MW光伏阵列，板下继续开展水产养殖。",
      industryCode: "D4416",
    });
    expect(r.top?.code).toBe("4.2.2");
    expect(termsOf(r, "4.2.2")).toEqual(expect.arrayContaining(["渔光互补", "光伏电站"]));
    expect(r.top!.evidence.industry?.match).toBe("class");
    // 4.2.2 → IFC-9 holds only for offshore solar; no marine word here.
    expect(r.blue.relevant).toBe(false);
  });

  it("desalination: 3.2.2 water reuse, blue through IFC-1 and marine for the seawater", () => {
    const r = classifier.classifyProject({
      description: "海水淡化厂二期扩建工程，新增日产淡水10万吨，采用双膜法反渗透工艺，产水并入市政管网。",
      industryCode: "D4630",
    });
    expect(r.top?.code).toBe("3.2.2");
    expect(termsOf(r, "3.2.2")).toContain("海水淡化");
    expect(r.blue).toMatchObject({ relevant: true, basis: "marine" });
    expect(r.blue.categories.map((c) => c.code)).toContain("IFC-1");
  });

  it("coal power without CCUS: excluded catalogue-wide, the denied override named", () => {
    const r = classifier.classifyProject({
      description:
        "Construction of a 1,000 MW coal-fired power plant with ultra-supercritical units, without carbon capture.",
      industryCode: "D4411",
    });
    expect(r.verdict).toBe("none");
    expect(r.top).toBeNull();
    expect(r.globalExclusions).toEqual([expect.objectContaining({ id: "coal-power", applied: true, overrides: [] })]);
    expect(r.negations).toEqual([
      expect.objectContaining({ cue: "without", text: "carbon capture", roles: ["item-term", "override"] }),
    ]);
    expect(r.noneReasons.map((n) => n.code)).toEqual(["global-exclusion", "negated"]);
    // A coal plant is a transition sector, but nothing here cuts its emissions.
    expect(r.transition.relevant).toBe(false);
    expect(r.transition.sectors.map((s) => s.key)).toEqual(["coal_power"]);
  });

  it("coal power with CCUS: the override lifts the exclusion and 1.5.1 leads, transition-relevant", () => {
    const r = classifier.classifyProject({
      description: "燃煤电厂15万吨/年燃烧后二氧化碳捕集及驱油封存示范工程，捕集率不低于90%。",
      industryCode: "D4411",
    });
    expect(r.globalExclusions[0]).toMatchObject({ id: "coal-power", applied: false });
    expect(r.globalExclusions[0]!.overrides.map((t) => t.text)).toContain("二氧化碳捕集");
    expect(r.top?.code).toBe("1.5.1");
    expect(r.transition).toMatchObject({ relevant: true });
  });

  it("an English description: classified from word starts, acronyms case-sensitively", () => {
    const r = classifier.classifyProject({
      description: "Construction of a 60,000 m3/day municipal wastewater treatment plant with sludge drying.",
    });
    expect(r.top?.code).toBe("6.4.7");
    expect(r.top!.evidence.terms.some((t) => t.lang === "en" && t.weight > 0)).toBe(true);
    expect(r.blue).toMatchObject({ relevant: true, basis: "water" });
    // "its" is not the acronym ITS (intelligent transport systems).
    const its = classifier.classifyProject({ description: "The city upgrades its bus depots." });
    expect(its.candidates.map((c) => c.code)).not.toContain("6.2.4");
    expect(classifier.classifyProject({ description: "Urban ITS and signal control upgrade." }).top?.code).toBe(
      "6.2.4",
    );
  });

  it("an industry code alone is not enough: no candidate, the items listing it named in the reason", () => {
    const r = classifier.classifyProject({ description: "新建项目，总投资5亿元。", industryCode: "C3824" });
    expect(r.verdict).toBe("none");
    expect(r.candidates).toEqual([]);
    expect(r.industry).toMatchObject({ code: "C3824", recognised: true });
    expect(r.industry!.itemsListingIt.length).toBeGreaterThan(0);
    expect(r.noneReasons.map((n) => n.code)).toEqual(["no-term", "industry-only"]);
    expect(r.noneReasons[1]!.message.en).toMatch(/must not classify on their own/);
  });

  it("an item's own exclusion vetoes it: a blade factory is not a wind farm", () => {
    const r = classifier.classifyProject({ description: "风电叶片生产基地建设项目，年产叶片800套。" });
    expect(r.excluded).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: "4.2.1", reason: "exclusion-term" })]),
    );
    expect(r.top?.code).not.toBe("4.2.1");
  });

  it("is deterministic: the same input gives the same result, ties broken by catalogue code", () => {
    const input = { description: "集中式光伏电站与风电场打捆送出项目，配套储能。", industryCode: "D4416" };
    const a = JSON.stringify(classifier.classifyProject(input));
    expect(JSON.stringify(shippedClassifier().classifyProject(input))).toBe(a);
    const r = JSON.parse(a) as GreenClassification;
    for (let i = 1; i < r.candidates.length; i++) {
      const [p, q] = [r.candidates[i - 1]!, r.candidates[i]!];
      expect(p.score > q.score || (p.score === q.score && p.code < q.code)).toBe(true);
    }
  });
});

describe("parameter thresholds", () => {
  it("the shipped data has none, and says so", () => {
    expect(shippedGreenData().vocabulary.parameterRules).toEqual([]);
  });

  it("a rule in the documented format is met or missed, and a missed one vetoes the item", () => {
    const data = shippedGreenData();
    const withRule = buildGreenClassifier({
      ...data,
      vocabulary: {
        ...data.vocabulary,
        parameterRules: [
          { code: "6.6.2", key: "pue", op: "<=", value: 1.3, unit: null, nameZh: "电能利用效率", nameEn: "PUE" },
        ],
      },
    });
    const text = "数据中心新建项目，液冷服务器集群。";
    const met = withRule.classifyProject({ description: text, parameters: [{ key: "PUE", value: 1.2 }] });
    expect(met.top?.code).toBe("6.6.2");
    expect(met.top!.evidence.parameters).toEqual([
      expect.objectContaining({ rule: "pue <= 1.3", outcome: "met", stated: { value: 1.2, unit: null } }),
    ]);
    const missed = withRule.classifyProject({ description: text, parameters: [{ key: "pue", value: 1.65 }] });
    expect(missed.candidates.map((c) => c.code)).not.toContain("6.6.2");
    expect(missed.excluded).toEqual([expect.objectContaining({ code: "6.6.2", reason: "threshold-missed" })]);
    const other = withRule.classifyProject({ description: text, parameters: [{ key: "pue", value: 1.2, unit: "%" }] });
    expect(other.top!.evidence.parameters[0]?.outcome).toBe("not-comparable");
  });
});

describe("reviewers' corrections", () => {
  const text = { description: "绿色冷链物流中心建设，冷库采用CO2复叠制冷和光伏供电，库容10万吨。" };

  it("a term correction changes the ranking", () => {
    const before = classifier.classifyProject(text);
    expect(before.top?.code).toBe("6.3.2");
    const corrected = shippedClassifier({
      corrections: [
        { id: "R-1", match: { term: "光伏供电" }, code: "4.2.2", action: "add", weight: 2, reviewer: "r@bank" },
      ],
    }).classifyProject(text);
    expect(corrected.top?.code).toBe("4.2.2");
    expect(corrected.top!.evidence.corrections).toEqual([
      { id: "R-1", action: "add", by: "term", term: "光伏供电", weight: 2 },
    ]);
  });

  it("a fingerprint correction applies to that text only (width, case and spaces do not change it)", () => {
    const fp = greenTextFingerprint(text);
    expect(greenTextFingerprint({ description: ` ${text.description.replace("CO2", "ＣＯ２")} ` })).toBe(fp);
    const c = shippedClassifier({
      corrections: [{ id: "R-2", match: { fingerprint: fp }, code: "6.3.2", action: "remove" }],
    });
    const r = c.classifyProject(text);
    expect(r.fingerprint).toBe(fp);
    expect(r.excluded).toEqual([expect.objectContaining({ code: "6.3.2", reason: "correction" })]);
    expect(r.top?.code).not.toBe("6.3.2");
    expect(c.classifyProject({ description: "冷库节能改造" }).candidates.map((x) => x.code)).toContain("6.3.2");
  });

  it("refuses a correction to a code that is not an item", () => {
    expect(() =>
      shippedClassifier({ corrections: [{ id: "R-3", match: { term: "x" }, code: "4.2", action: "add" }] }),
    ).toThrow(/4\.2 is not an item/);
  });
});
