import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_GREEN_TAXONOMY,
  GREEN_TAXONOMY_REFS,
  greenTaxonomyChildren,
  greenTaxonomyNode,
  greenTaxonomyPath,
  loadBlueFinanceCategories,
  loadGreenCrosswalks,
  loadGreenTaxonomy,
  loadGreenVocabulary,
  loadTransitionFinanceReferences,
  parseBlueFinanceCategories,
  parseGreenCrosswalks,
  parseGreenTaxonomy,
  parseGreenVocabulary,
  parseTransitionFinanceReferences,
  ReferenceDataError,
} from "../src/index";

const ROOT = new URL("../data/green-taxonomy/", import.meta.url);
type Json = Record<string, unknown> & { nodes?: Json[] };
const read = (path: string): Json => JSON.parse(readFileSync(new URL(path, ROOT), "utf8"));
const copy = <T>(value: T): T => structuredClone(value);
const rawTaxonomy = (ref: string) => ({ meta: read(`${ref}/meta.json`), tree: read(`${ref}/tree.json`) });
const nodesOf = (tree: Json) => tree.nodes as Json[];

const DATASET_DIRS = [
  "cn-green-2025@2026.1/",
  "cn-green-bond-2021@2026.1/",
  "cn-green-industry-2024@2026.1/",
  "blue-finance@2026.1/",
  "transition-finance@2026.1/",
  "crosswalks@2026.1/",
  "eval/green-id-eval@2026.1/",
];

describe("green-taxonomy data files", () => {
  it("are pinned by SHA256SUMS, one directory per dataset version", () => {
    const top = readdirSync(ROOT).filter((d) => d !== "README.md" && d !== "eval" && d !== "build");
    expect([...top, ...readdirSync(new URL("eval/", ROOT)).map((d) => `eval/${d}`)].map((d) => `${d}/`).sort()).toEqual(
      [...DATASET_DIRS].sort(),
    );
    for (const dir of DATASET_DIRS) {
      const sums = readFileSync(new URL(`${dir}SHA256SUMS`, ROOT), "utf8")
        .trim()
        .split("\n");
      const listed = sums.map((l) => l.split(/\s+/)[1]).sort();
      expect(listed, dir).toEqual(
        readdirSync(new URL(dir, ROOT))
          .filter((f) => f !== "SHA256SUMS")
          .sort(),
      );
      for (const line of sums) {
        const [hash, name] = line.split(/\s+/) as [string, string];
        const actual = createHash("sha256")
          .update(readFileSync(new URL(`${dir}${name}`, ROOT)))
          .digest("hex");
        expect(actual, `${dir}${name}`).toBe(hash);
      }
    }
  });
});

describe("《绿色金融支持项目目录（2025年版）》 cn-green-2025@2026.1", () => {
  const t = loadGreenTaxonomy(DEFAULT_GREEN_TAXONOMY);

  it("reaches the catalogue's stated 9 / 38 / 271 categories", () => {
    expect(t.ref).toBe("cn-green-2025@2026.1");
    expect(t.meta.completeness).toBe("complete");
    expect(t.coverage).toEqual({
      "1": { found: 9, stated: 9 },
      "2": { found: 38, stated: 38 },
      "3": { found: 271, stated: 271 },
    });
    expect(t.leafCodes).toHaveLength(271);
    expect(t.meta.document).toMatchObject({ number: "银发〔2025〕132号", effective: "2025-10-01" });
    expect(t.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("names the nine level-1 categories, including the new green trade and green consumption", () => {
    expect(greenTaxonomyChildren(t, null).map((n) => n.nameZh)).toEqual([
      "节能降碳产业",
      "环境保护产业",
      "资源循环利用产业",
      "能源绿色低碳转型",
      "生态保护修复和利用",
      "基础设施绿色升级",
      "绿色服务",
      "绿色贸易",
      "绿色消费",
    ]);
    expect(greenTaxonomyChildren(t, "9").map((n) => n.code)).toEqual(["9.1"]);
    expect(greenTaxonomyChildren(t, "9.1").map((n) => n.code)).toEqual(["9.1.1", "9.1.2", "9.1.3"]);
  });

  it("keeps every node's source and verification flag", () => {
    const byLevel = (level: number) => t.nodes.filter((n) => n.level === level).map((n) => n.verification);
    for (const n of t.nodes) {
      expect(n.source.length, n.code).toBeGreaterThan(0);
      expect(n.source[0]).toContain("shared/reference/taxonomy_cn_2025.json");
    }
    expect(new Set(byLevel(1))).toEqual(new Set(["verified"]));
    expect(byLevel(3).filter((v) => v === "verified")).toHaveLength(6);
    expect(byLevel(3).filter((v) => v === "verified-secondary")).toHaveLength(265);
    expect(t.nodes.every((n) => n.nameEnStatus === "unofficial translation")).toBe(true);
  });

  it("lists GB/T 4754 classes and GHG tags on every level-3 item", () => {
    const leaves = t.nodes.filter((n) => n.level === 3);
    expect(leaves.every((n) => (n.gbt4754?.length ?? 0) > 0)).toBe(true);
    expect(t.nodes.filter((n) => n.level < 3).every((n) => n.gbt4754 === undefined)).toBe(true);
    const rows = leaves.flatMap((n) => n.gbt4754 ?? []);
    expect(rows).toHaveLength(1029);
    expect(new Set(rows.flatMap((r) => (r.code ? [r.code] : []))).size).toBe(373);
    expect(rows.filter((r) => r.code === null)).toHaveLength(103);
    expect(greenTaxonomyNode(t, "4.2.1")?.gbt4754?.map((r) => [r.code, r.ghgTag])).toEqual([
      ["4415", "√√"],
      ["4874", "√√"],
    ]);
    const flagged = rows.filter((r) => r.probableCode !== undefined);
    expect(flagged).toEqual([
      expect.objectContaining({ code: "3411", nameZh: "泵及真空设备制造", probableCode: "3441" }),
    ]);
  });

  it("finds a node's path from level 1", () => {
    expect(greenTaxonomyPath(t, "5.1.16").map((n) => n.nameZh)).toEqual([
      "生态保护修复和利用",
      "生态农林牧渔业",
      "海洋牧场建设和运营",
    ]);
    expect(greenTaxonomyPath(t, "4.9.9")).toEqual([]);
  });

  it("records the catalogue's facts with their sources, including the removal of coal utilisation", () => {
    const coal = t.meta.facts.find((f) => f.id === "coal-removed");
    expect(coal?.verification).toBe("verified-secondary");
    expect(coal?.source.join(" ")).toContain("eco.gov.cn");
    expect(t.meta.facts.find((f) => f.id === "gbt4754-not-alone")?.text).toMatch(/must not be used alone/);
    expect(t.meta.gaps.join(" ")).toMatch(/official technical criteria/);
  });

  it("is cached and frozen", () => {
    expect(loadGreenTaxonomy()).toBe(t);
    expect(Object.isFrozen(t.nodes[0])).toBe(true);
    expect(() => loadGreenTaxonomy("cn-green-2030@2031.1")).toThrow(RangeError);
  });

  describe("refuses a malformed copy", () => {
    const invalid = (edit: (raw: { meta: Json; tree: Json }) => void, message: RegExp) => {
      const raw = copy(rawTaxonomy("cn-green-2025@2026.1"));
      edit(raw);
      expect(() => parseGreenTaxonomy(raw)).toThrow(ReferenceDataError);
      expect(() => parseGreenTaxonomy(raw)).toThrow(message);
    };
    const node = (raw: { tree: Json }, code: string) => nodesOf(raw.tree).find((n) => n.code === code) as Json;

    it("a level below its stated count (not padded, not trimmed)", () =>
      invalid((raw) => {
        raw.tree.nodes = nodesOf(raw.tree).filter((n) => n.code !== "9.1.3");
      }, /level 3: 270 nodes, the catalogue states 271/));
    it("a duplicated code", () =>
      invalid((raw) => {
        nodesOf(raw.tree).push(copy(node(raw, "4.2.1")));
      }, /code 4\.2\.1 is used twice/));
    it("a parent that contradicts the code", () =>
      invalid((raw) => {
        node(raw, "4.2.1").parent = "4.3";
      }, /4\.2\.1: parent is 4\.3, its code says 4\.2/));
    it("a gap in the numbering", () =>
      invalid((raw) => {
        node(raw, "9.1.3").code = "9.1.4";
      }, /children of 9\.1 are not numbered 1\.\.3/));
    it("a GB/T 4754 class that does not exist", () =>
      invalid((raw) => {
        ((node(raw, "4.2.1").gbt4754 as Json[])[0] as Json).code = "4418";
      }, /class 4418 does not exist/));
    it("a GB/T 4754 class in no division", () =>
      invalid((raw) => {
        ((node(raw, "4.2.1").gbt4754 as Json[])[1] as Json).code = "9998";
      }, /9998 is in no known division/));
    it("a class named differently from the standard", () =>
      invalid((raw) => {
        ((node(raw, "4.2.1").gbt4754 as Json[])[0] as Json).nameZh = "风电";
      }, /class 4415 is named 风电, GB\/T 4754 says 风力发电/));
    it("a level-3 item without classes", () =>
      invalid((raw) => {
        delete node(raw, "4.2.1").gbt4754;
      }, /4\.2\.1: lists no GB\/T 4754 class/));
    it("a node without a source or with an unknown verification flag", () => {
      invalid((raw) => {
        node(raw, "4.2.1").source = [];
      }, /source/);
      invalid((raw) => {
        node(raw, "4.2.1").verification = "probably";
      }, /verification/);
    });
    it("an empty name", () =>
      invalid((raw) => {
        node(raw, "4.2.1").nameZh = " ";
      }, /nameZh/));
  });
});

describe("《绿色债券支持项目目录（2021年版）》 cn-green-bond-2021@2026.1", () => {
  const t = loadGreenTaxonomy("cn-green-bond-2021@2026.1");

  it("holds the four levels as transcribed, with the six stated level-1 categories", () => {
    expect(t.coverage).toEqual({
      "1": { found: 6, stated: 6 },
      "2": { found: 25, stated: null },
      "3": { found: 47, stated: null },
      "4": { found: 203, stated: null },
    });
    expect(t.leafCodes).toHaveLength(203);
  });

  it("flags what the source lacks instead of guessing it", () => {
    const missing = t.nodes.filter((n) => n.verification === "missing");
    expect(missing.map((n) => n.code)).toEqual(["4.2.1.4", "5.4.2", "5.5.2"]);
    expect(missing.every((n) => n.nameZh === null)).toBe(true);
    expect(new Set(t.nodes.filter((n) => n.level === 2).map((n) => n.verification))).toEqual(new Set(["UNVERIFIED"]));
    expect(greenTaxonomyNode(t, "2.4.1")?.verification).toBe("UNVERIFIED");
    const level4 = t.nodes.filter((n) => n.level === 4);
    expect(level4.filter((n) => n.conditionTextZh).length).toBe(202);
    expect(new Set(level4.map((n) => n.verification))).toEqual(new Set(["heuristic", "manually-corrected", "missing"]));
    expect(greenTaxonomyNode(t, "1.1.1.1")?.techStandards).toEqual(["GB 24500", "GB 13271"]);
  });
});

describe("《绿色低碳转型产业指导目录（2024年版）》 cn-green-industry-2024@2026.1", () => {
  const t = loadGreenTaxonomy("cn-green-industry-2024@2026.1");

  it("is partial: what was verified, against the stated 7 / 31 / 246, not padded", () => {
    expect(t.meta.completeness).toBe("partial");
    expect(t.coverage).toEqual({
      "1": { found: 7, stated: 7 },
      "2": { found: 2, stated: 31 },
      "3": { found: 0, stated: 246 },
    });
    expect(t.meta.unplaced?.map((u) => u.nameZh)).toEqual(["温室气体控制"]);
    expect(greenTaxonomyNode(t, "1.2")?.verification).toBe("UNVERIFIED");
  });

  it("refuses a partial tree claimed complete, and one exceeding the stated counts", () => {
    const raw = copy(rawTaxonomy("cn-green-industry-2024@2026.1"));
    raw.meta.completeness = "complete";
    expect(() => parseGreenTaxonomy(raw)).toThrow(/level 2: 2 nodes, the catalogue states 31/);
    const over = copy(rawTaxonomy("cn-green-industry-2024@2026.1"));
    ((over.meta.statedCounts as Json).counts as Json)["2"] = 1;
    expect(() => parseGreenTaxonomy(over)).toThrow(/level 2: 2 nodes, more than the 1 the catalogue states/);
  });
});

describe("the 2025 vocabulary", () => {
  const v = loadGreenVocabulary();
  const t = loadGreenTaxonomy();

  it("gives every level-3 item its name, Chinese and English terms and an activity kind", () => {
    expect(v.catalogue).toBe("cn-green-2025@2026.1");
    expect(v.nodes.map((n) => n.code)).toEqual(t.leafCodes);
    for (const n of v.nodes) {
      expect(n.nameZh).toBe(greenTaxonomyNode(t, n.code)?.nameZh);
      expect(n.termsZh.length, n.code).toBeGreaterThan(0);
      expect(n.termsEn.length, n.code).toBeGreaterThan(0);
      for (const term of [...n.termsZh, ...n.termsEn, ...n.excludeZh, ...n.excludeEn]) expect(term.trim()).toBe(term);
      expect(Object.keys(v.activityKinds)).toContain(n.activityKind);
      expect(n.verification).toBe("analyst");
    }
    expect(v.nodes.find((n) => n.code === "4.2.1")?.termsZh).toContain("海上风电");
    expect(v.nodes.find((n) => n.code === "1.2.2")?.excludeZh).toContain("造船厂建设");
    expect(v.nodes.filter((n) => n.activityKind === "trade").every((n) => n.code.startsWith("8."))).toBe(true);
  });

  it("carries the catalogue-wide exclusions with their reasons and overrides", () => {
    const coal = v.globalExclusions.find((g) => g.id === "coal-power");
    expect(coal?.termsZh).toContain("燃煤电厂");
    expect(coal?.unlessZh).toContain("CCUS");
    expect(coal?.verification).toBe("verified-secondary");
    expect(coal?.termsVerification).toBe("analyst");
    expect(v.globalExclusions.map((g) => g.id)).toEqual(
      expect.arrayContaining(["coal-power", "coal-mining", "coal-chemicals", "clean-coal"]),
    );
  });

  describe("refuses a malformed copy", () => {
    const raw = () => copy(read("cn-green-2025@2026.1/vocabulary.json"));
    const entry = (r: Json, code: string) => nodesOf(r).find((n) => n.code === code) as Json;
    const invalid = (edit: (r: Json) => void, message: RegExp) => {
      const r = raw();
      edit(r);
      expect(() => parseGreenVocabulary(r, t)).toThrow(message);
    };
    it("an empty term", () =>
      invalid((r) => {
        (entry(r, "4.2.1").termsZh as string[]).push("");
      }, /termsZh/));
    it("an item without English terms", () =>
      invalid((r) => {
        entry(r, "4.2.1").termsEn = [];
      }, /4\.2\.1: no English term/));
    it("a missing item", () =>
      invalid((r) => {
        r.nodes = nodesOf(r).filter((n) => n.code !== "9.1.3");
      }, /no vocabulary for 1 item\(s\): 9\.1\.3/));
    it("an item that is not level 3", () =>
      invalid((r) => {
        entry(r, "9.1.3").code = "9.1";
      }, /9\.1 is not a level-3 item/));
    it("a term that is also an exclusion", () =>
      invalid((r) => {
        (entry(r, "4.2.1").excludeZh as string[]).push("海上风电");
      }, /"海上风电" is a term and an exclusion/));
    it("a wrong item name", () =>
      invalid((r) => {
        entry(r, "4.2.1").nameZh = "风电";
      }, /4\.2\.1: named 风电/));
    it("a parameter rule on a code that is not an item, or with a value its operator cannot take", () => {
      const rule = {
        key: "pue",
        unit: null,
        nameZh: "电能利用效率",
        nameEn: "PUE",
        source: ["test"],
        verification: "analyst",
      };
      invalid((r) => {
        r.parameterRules = [{ ...rule, code: "6.6", op: "<=", value: 1.3 }];
      }, /parameter rule pue: 6\.6 is not an item/);
      invalid((r) => {
        r.parameterRules = [{ ...rule, code: "6.6.2", op: "in", value: 1.3 }];
      }, /"in" takes a list of values/);
    });
  });

  it("carries the classifier's signals (negation, blue, transition) and says it has no parameter thresholds", () => {
    expect(v.signals?.negation.zh).toContain("不含");
    expect(v.signals?.negation.en).toContain("without");
    expect(v.signals?.blue.marineZh).toContain("海上");
    expect(v.signals?.transition.otherHeavyIndustry).toEqual(["C22", "C25", "C26", "C32"]);
    expect(v.signals?.verification).toBe("analyst");
    expect(v.parameterRules).toEqual([]);
  });
});

describe("blue finance and transition finance", () => {
  it("keeps the blue frameworks and category lists with their flags", () => {
    const b = loadBlueFinanceCategories();
    expect(b.ref).toBe("blue-finance@2026.1");
    expect(b.nodes).toHaveLength(28);
    const kind = (k: string) => b.nodes.filter((n) => n.kind === k);
    expect(kind("category").map((n) => n.code)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => `IFC-${i}`));
    expect(new Set(kind("category").map((n) => n.verification))).toEqual(new Set(["UNVERIFIED"]));
    expect(new Set(kind("investment-area").map((n) => n.verification))).toEqual(new Set(["verified-secondary"]));
    expect(kind("investment-area")).toHaveLength(6);
    expect(kind("focus-area")).toHaveLength(7);
    expect(kind("framework").map((n) => n.code)).toEqual(
      expect.arrayContaining(["IFC-2022", "IFC-2025-v2", "CN-SSE-2021", "CN-QDB"]),
    );
    const raw = {
      meta: read("blue-finance@2026.1/meta.json"),
      categories: copy(read("blue-finance@2026.1/categories.json")),
    };
    (nodesOf(raw.categories).find((n) => n.code === "IFC-1") as Json).parent = "IFC-9";
    expect(() => parseBlueFinanceCategories(raw)).toThrow(/IFC-1: parent IFC-9 is not a framework/);
  });

  it("keeps the transition-finance sectors with GB/T 4754 codes the classification knows", () => {
    const tf = loadTransitionFinanceReferences();
    expect(tf.sectors.map((s) => s.key)).toEqual(["steel", "coal_power", "building_materials", "agriculture"]);
    expect(tf.sectors.find((s) => s.key === "coal_power")?.gbt4754).toEqual(["D4411", "D4412"]);
    expect(tf.sectors.every((s) => s.gbt4754Verification === "analyst")).toBe(true);
    expect(tf.references.find((r) => r.scope === "local" && r.text.includes("上海"))?.verification).toBe("UNVERIFIED");
    const raw = {
      meta: read("transition-finance@2026.1/meta.json"),
      references: copy(read("transition-finance@2026.1/references.json")),
    };
    ((raw.references.sectors as Json[])[0] as Json).gbt4754 = ["C99"];
    expect(() => parseTransitionFinanceReferences(raw)).toThrow(/sector steel: unknown GB\/T 4754 code C99/);
  });
});

describe("crosswalks@2026.1", () => {
  const x = loadGreenCrosswalks();
  const cn = loadGreenTaxonomy("cn-green-2025@2026.1");

  it("accounts for every 2021 level-4 item once, pointing only at 2025 level-3 items", () => {
    const bond = loadGreenTaxonomy("cn-green-bond-2021@2026.1");
    expect(x.bond2021To2025.links.map((l) => l.from)).toEqual(bond.leafCodes);
    for (const l of x.bond2021To2025.links) for (const to of l.to) expect(greenTaxonomyNode(cn, to)?.level, to).toBe(3);
    const relations = Object.fromEntries(
      ["equivalent", "narrower", "broader", "overlap", "none", "unknown"].map((r) => [
        r,
        x.bond2021To2025.links.filter((l) => l.relation === r).length,
      ]),
    );
    expect(relations).toEqual({ equivalent: 82, narrower: 39, broader: 52, overlap: 25, none: 4, unknown: 1 });
    expect(x.bond2021To2025.links.find((l) => l.from === "3.2.2.1")).toMatchObject({
      to: ["4.2.1"],
      relation: "equivalent",
    });
    expect(x.bond2021To2025.links.find((l) => l.from === "4.2.1.4")).toMatchObject({ to: [], relation: "unknown" });
    expect(new Set(x.bond2021To2025.links.map((l) => l.verification))).toEqual(new Set(["analyst"]));
  });

  it("links the available part of the 2024 catalogue by identical names, and 2025 items to the IFC blue categories", () => {
    expect(x.industry2024To2025.links.map((l) => `${l.from}→${l.to.join()}`)).toEqual([
      "1→1",
      "2→2",
      "3→3",
      "4→4",
      "5→5",
      "6→6",
      "7→7",
      "1.1→1.1",
      "1.2→1.2",
    ]);
    const blue = x.cn2025ToBlue.links;
    expect(blue).toHaveLength(27);
    expect(blue.find((l) => l.from === "4.2.1")).toMatchObject({
      to: ["IFC-9"],
      condition: expect.stringMatching(/offshore/),
    });
    expect(blue.filter((l) => l.source?.[0]?.startsWith("shared/"))).toHaveLength(17);
  });

  describe("refuses a broken link", () => {
    const raw = () => ({
      meta: read("crosswalks@2026.1/meta.json"),
      bond2021To2025: copy(read("crosswalks@2026.1/cn-green-bond-2021--cn-green-2025.json")),
      industry2024To2025: read("crosswalks@2026.1/cn-green-industry-2024--cn-green-2025.json"),
      cn2025ToBlue: copy(read("crosswalks@2026.1/cn-green-2025--blue-finance.json")),
    });
    const datasets = () => ({
      cn2025: cn,
      bond2021: loadGreenTaxonomy("cn-green-bond-2021@2026.1"),
      industry2024: loadGreenTaxonomy("cn-green-industry-2024@2026.1"),
      blue: loadBlueFinanceCategories(),
    });
    const links = (file: Json) => file.links as Json[];

    it("a target that does not exist", () => {
      const r = raw();
      (links(r.bond2021To2025)[0] as Json).to = ["1.1.99"];
      expect(() => parseGreenCrosswalks(r, datasets())).toThrow(/1\.1\.1\.1 → 1\.1\.99, which does not exist/);
    });
    it("a target at the wrong level", () => {
      const r = raw();
      (links(r.bond2021To2025)[0] as Json).to = ["1.1"];
      expect(() => parseGreenCrosswalks(r, datasets())).toThrow(/1\.1\.1\.1 → 1\.1 is level 2, not 3/);
    });
    it("a 2021 item left out", () => {
      const r = raw();
      r.bond2021To2025.links = links(r.bond2021To2025).slice(1);
      expect(() => parseGreenCrosswalks(r, datasets())).toThrow(/no link for 1\.1\.1\.1/);
    });
    it("a blue link to something that is not an IFC category", () => {
      const r = raw();
      (links(r.cn2025ToBlue)[0] as Json).to = ["CN-QDB-1"];
      expect(() => parseGreenCrosswalks(r, datasets())).toThrow(/CN-QDB-1, which does not exist/);
    });
    it("a 'none' link with a target", () => {
      const r = raw();
      (links(r.bond2021To2025)[0] as Json).relation = "none";
      expect(() => parseGreenCrosswalks(r, datasets())).toThrow(/no target exactly when/);
    });
  });
});

describe("every shipped catalogue", () => {
  it("loads", () => {
    for (const ref of GREEN_TAXONOMY_REFS) expect(loadGreenTaxonomy(ref).ref).toBe(ref);
  });
});
