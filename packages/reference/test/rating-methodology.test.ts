import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  compareDecimal,
  listRatingMethodologies,
  loadDisclosureCatalogue,
  loadRatingMethodology,
  parseRatingMethodology,
  RATING_METHODOLOGY_REFS,
  type RatingMethodology,
  type RatingMethodologyRaw,
  sumDecimal,
} from "../src/index";

const RATING_DIR = new URL("../data/rating/", import.meta.url);
const FILES = ["meta", "tree", "materiality", "scale", "controversies", "overrides"] as const;
const catalogue = loadDisclosureCatalogue("2026.1");
const enterprise = loadRatingMethodology("enterprise-esg@2026.1");
const fundManager = loadRatingMethodology("fund-manager-esg@2026.1");

const keyIssuesOf = (m: RatingMethodology) =>
  m.pillars.flatMap((p) => p.themes.flatMap((t) => t.keyIssues.map((k) => ({ ...k, pillar: p.id }))));
const indicatorsOf = (m: RatingMethodology) => keyIssuesOf(m).flatMap((k) => k.indicators);

function rawCopy(dir: string): RatingMethodologyRaw {
  const read = (file: string) => JSON.parse(readFileSync(new URL(`${dir}/${file}.json`, RATING_DIR), "utf8"));
  return Object.fromEntries(FILES.map((f) => [f, read(f)])) as unknown as RatingMethodologyRaw;
}

describe("rating methodologies", () => {
  it("lists the shipped versions", () => {
    expect(listRatingMethodologies().map((m) => [m.ref, m.status, m.entityKind])).toEqual([
      ["enterprise-esg@2026.1", "released", "enterprise"],
      ["fund-manager-esg@2026.1", "released", "fund_manager"],
    ]);
    expect(loadRatingMethodology()).toBe(enterprise);
  });

  it("enterprise-esg 2026.1: pillars → themes → 17 key issues → 59 indicators, 15 industry groups, nine grades", () => {
    expect(enterprise.pillars.map((p) => p.id)).toEqual(["E", "S", "G"]);
    expect(keyIssuesOf(enterprise)).toHaveLength(17);
    expect(indicatorsOf(enterprise)).toHaveLength(59);
    expect(enterprise.materiality.groups).toHaveLength(15);
    expect(enterprise.scale.grades.map((g) => `${g.grade}≥${g.lowerBound}`)).toEqual([
      "AAA≥90",
      "AA≥80",
      "A≥70",
      "BBB≥60",
      "BB≥50",
      "B≥40",
      "CCC≥30",
      "CC≥20",
      "C≥0",
    ]);
    expect(enterprise.overrides.maxNotches).toBe(2);
    expect(enterprise.controversies.halfLifeDays).toBe(365);
  });

  it("fund-manager-esg 2026.1: governance, integration (screening, due diligence, monitoring), portfolio, disclosure", () => {
    expect(keyIssuesOf(fundManager).map((k) => k.id)).toEqual([
      "pf_climate",
      "pf_social_governance",
      "fm_governance_policy",
      "fm_screening",
      "fm_due_diligence",
      "fm_monitoring",
      "fm_disclosure",
    ]);
    const ids = indicatorsOf(fundManager).map((i) => i.id);
    for (const id of ["M-FND-001", "M-FND-002", "M-FND-003", "M-FND-004", "M-FND-005", "M-FND-009", "PF-GHG-FOOTPRINT"])
      expect(ids).toContain(id);
    expect(ids).toContain("M-FND-015/PF-COMPANIES");
    expect(fundManager.about.notes.some((n) => n.startsWith("Exit stage"))).toBe(true);
    expect(fundManager.materiality.groups.map((g) => g.id)).toEqual(["default"]);
  });

  it("reads only catalogue indicators asked of the entity kind, or derived inputs it defines", () => {
    for (const m of [enterprise, fundManager]) {
      for (const input of m.inputs) {
        if (input.origin === "derived") {
          expect(input.definition, input.id).toBeTruthy();
          expect(catalogue.indicators.some((i) => i.id === input.id)).toBe(false);
        } else {
          const found = catalogue.indicators.find((i) => i.id === input.id);
          expect(found?.appliesTo, `${m.ref} ${input.id}`).toContain(m.entityKind);
          expect(input.unit).toBe(found?.unit);
        }
      }
    }
    expect(fundManager.inputs.find((i) => i.id === "PF-GHG-FOOTPRINT")).toMatchObject({
      origin: "derived",
      unit: "tCO2e_per_m_yuan",
    });
  });

  it("weights sum to exactly 100 in every industry group and in every key issue (decimal arithmetic)", () => {
    for (const m of [enterprise, fundManager]) {
      for (const g of m.materiality.groups)
        expect(sumDecimal(Object.values(g.weights)), `${m.ref} ${g.id}`).toBe("100");
      for (const k of keyIssuesOf(m)) expect(sumDecimal(k.indicators.map((i) => i.weight)), k.id).toBe("100");
    }
    expect(sumDecimal(["0.1", "0.2", "99.7"])).toBe("100"); // where binary floats give 99.99999999999999
  });

  it("weights climate more in the seven high-emission industries, and governance in every industry", () => {
    const climate = (g: { weights: Readonly<Record<string, string>> }) =>
      sumDecimal([g.weights.climate_emissions ?? "0", g.weights.climate_strategy ?? "0"]);
    const groups = enterprise.materiality.groups;
    const general = climate(groups.find((g) => g.id === "default") as (typeof groups)[number]);
    const high = groups.filter((g) => g.highEmission);
    expect(high.flatMap((g) => g.industries).sort()).toEqual(["C22", "C26", "C3011", "C31", "C3216", "D44", "G56"]);
    for (const g of high) expect(compareDecimal(climate(g), general), g.id).toBe(1);
    for (const g of groups)
      for (const k of keyIssuesOf(enterprise).filter((k) => k.pillar === "G"))
        expect(compareDecimal(g.weights[k.id] ?? "0", "0"), `${g.id} ${k.id}`).toBe(1);
  });

  it("says why the weights are what they are, that it is GreenFin's draft, and keeps sources and verification", () => {
    for (const m of [enterprise, fundManager]) {
      expect(m.about.weightsRationale.length).toBeGreaterThan(2);
      expect(m.about.standing).toMatch(/draft, not an official standard/);
      for (const part of [m.scale, m.materiality, m.controversies]) {
        expect(part.source.length).toBeGreaterThan(10);
        expect(part.verification.length).toBeGreaterThan(5);
      }
    }
    expect(enterprise.scale.verification).toMatch(/verified-secondary/);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(enterprise.materiality.groups[0]?.weights)).toBe(true);
  });

  it("refuses unknown references", () => {
    expect(() => loadRatingMethodology("enterprise-esg")).toThrow(/not a methodology reference/);
    expect(() => loadRatingMethodology("enterprise-esg@2025.1")).toThrow(/available: enterprise-esg@2026.1/);
  });
});

type Mutation = (raw: {
  meta: { id: string };
  tree: { pillars: { themes: { keyIssues: { id: string; indicators: Record<string, unknown>[] }[] }[] }[] };
  materiality: { groups: { id: string; industries: string[]; weights: Record<string, string> }[] };
  scale: { grades: { lowerBound: string }[] };
  controversies: { categories: { keyIssue: string }[] };
  overrides: { maxNotches: number };
}) => void;

describe("a malformed methodology copy is refused with the problem named", () => {
  const issue = (raw: Parameters<Mutation>[0], id: string) =>
    raw.tree.pillars.flatMap((p) => p.themes.flatMap((t) => t.keyIssues)).find((k) => k.id === id) as {
      indicators: Record<string, unknown>[];
    };
  const cases: [string, Mutation, RegExp][] = [
    [
      "weights of a group not summing to 100",
      (r) => {
        (r.materiality.groups[0] as { weights: Record<string, string> }).weights.board = "10";
      },
      /default: key-issue weights sum to 101, not 100/,
    ],
    [
      "indicator weights of a key issue not summing to 100",
      (r) => {
        (issue(r, "board").indicators[0] as { weight: string }).weight = "39.5";
      },
      /key issue board: indicator weights sum to 99.5/,
    ],
    [
      "an indicator not in the catalogue",
      (r) => {
        (issue(r, "board").indicators[2] as { id: string }).id = "G-GOV-099";
      },
      /G-GOV-099 is not in the disclosure catalogue/,
    ],
    [
      "a presence rule on a number",
      (r) => {
        (issue(r, "board").indicators[2] as { id: string }).id = "G-GOV-013";
      },
      /presence needs a boolean indicator/,
    ],
    [
      "thresholds that are not monotone",
      (r) => {
        (issue(r, "board").indicators[0] as { rule: { points: { score: string }[] } }).rule.points[2]!.score = "50";
      },
      /scores must rise with the value/,
    ],
    [
      "threshold values that do not increase",
      (r) => {
        (issue(r, "board").indicators[0] as { rule: { points: { value: string }[] } }).rule.points[1]!.value = "60";
      },
      /threshold values must strictly increase/,
    ],
    [
      "a key issue without indicators",
      (r) => {
        issue(r, "board").indicators = [];
      },
      /key issue board has no indicators/,
    ],
    [
      "a key issue whose indicators may all be excluded",
      (r) => {
        for (const i of issue(r, "board").indicators) i.missing = { policy: "exclude_reweight" };
      },
      /every indicator may be excluded/,
    ],
    [
      "scale bounds that do not decrease",
      (r) => {
        r.scale.grades[2]!.lowerBound = "85";
      },
      /lower bounds must strictly decrease/,
    ],
    [
      "a scale that does not reach 0",
      (r) => {
        r.scale.grades[8]!.lowerBound = "5";
      },
      /must start at 0/,
    ],
    [
      "governance that does not weigh in some industry",
      (r) => {
        const g = r.materiality.groups[0] as { weights: Record<string, string> };
        g.weights.board = "0";
        g.weights.human_capital = "18";
      },
      /governance key issue board must weigh in every industry/,
    ],
    [
      "a controversy on a key issue not material somewhere",
      (r) => {
        r.controversies.categories[0]!.keyIssue = "pollution";
      },
      /not material in group information_technology/,
    ],
    [
      "an industry code GB/T 4754 does not have",
      (r) => {
        r.materiality.groups[1]!.industries.push("C3119");
      },
      /C3119 is not a GB\/T 4754-2017 code/,
    ],
    [
      "more override notches than grades",
      (r) => {
        r.overrides.maxNotches = 9;
      },
      /9 notches is more than the scale has/,
    ],
    [
      "a misspelt key",
      (r) => {
        (issue(r, "board").indicators[0] as Record<string, unknown>).weigth = "40";
      },
      /weigth/,
    ],
  ];
  for (const [what, mutate, message] of cases)
    it(what, () => {
      const raw = rawCopy("enterprise-esg-2026.1");
      mutate(raw as unknown as Parameters<Mutation>[0]);
      expect(() => parseRatingMethodology(raw, catalogue)).toThrow(message);
    });

  it("but accepts the unmodified copy", () => {
    expect(parseRatingMethodology(rawCopy("enterprise-esg-2026.1"), catalogue).ref).toBe("enterprise-esg@2026.1");
  });
});

describe("released methodology versions", () => {
  it("are all registered", () => {
    const dirs = readdirSync(RATING_DIR, { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(dirs.map((d) => d.name.replace(/-(\d{4}\.\d+)$/, "@$1")).sort()).toEqual(
      [...RATING_METHODOLOGY_REFS].sort(),
    );
  });

  for (const ref of RATING_METHODOLOGY_REFS) {
    const dir = ref.replace("@", "-");
    it(`are never edited: every file of ${dir} still has the hash recorded at release`, () => {
      const base = new URL(`${dir}/`, RATING_DIR);
      const sums = readFileSync(new URL("SHA256SUMS", base), "utf8").trim().split("\n");
      const listed = sums.map((line) => line.split(/\s+/)[1]);
      expect(listed.sort()).toEqual(
        readdirSync(base)
          .filter((f) => f !== "SHA256SUMS")
          .sort(),
      );
      for (const line of sums) {
        const [hash, file] = line.split(/\s+/) as [string, string];
        const actual = createHash("sha256")
          .update(readFileSync(new URL(file, base)))
          .digest("hex");
        expect(actual, `${file} changed after release: put changes in a new version beside it`).toBe(hash);
      }
    });
  }
});
