/**
 * The one disclosure validator, against catalogue 2026.1: each cross-field rule with a passing and a failing case
 * worked out by hand, type and unit checks, requirements at submission, and year-on-year warnings.
 */
import { type RawEntry, type RawValue, type RequiredItem, validateDisclosure } from "@greenfin/domain";
import { buildDisclosureTemplate, loadDisclosureCatalogue } from "@greenfin/reference";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const catalogue = loadDisclosureCatalogue("2026.1");

type Cell = RawValue | { value: RawValue; unit?: string | null; reason?: string };

function entries(cells: Record<string, Cell>): RawEntry[] {
  return Object.entries(cells).map(([key, cell]) => {
    const [indicatorId, dimension = ""] = key.split("#") as [string, string?];
    const c = cell !== null && typeof cell === "object" ? cell : { value: cell };
    return {
      indicatorId,
      dimension,
      value: c.value,
      unit: c.unit ?? null,
      notDisclosedReason: c.reason ?? null,
      location: { source: "form", field: key },
    };
  });
}

function run(
  cells: Record<string, Cell>,
  opts: { stage?: "save" | "submit"; required?: RequiredItem[]; previous?: Record<string, string> } = {},
) {
  return validateDisclosure({
    indicators: catalogue.indicators,
    dimensions: catalogue.dimensions,
    rules: catalogue.rules,
    entries: entries(cells),
    existing: [],
    required: opts.required ?? [],
    previousYear: new Map(Object.entries(opts.previous ?? {})),
    stage: opts.stage ?? "save",
  });
}

const errors = (r: ReturnType<typeof run>) => r.problems.filter((p) => p.severity === "error").map((p) => p.code);
const warnings = (r: ReturnType<typeof run>) => r.problems.filter((p) => p.severity === "warning").map((p) => p.code);
const canonical = (r: ReturnType<typeof run>, id: string, dim = "") => {
  const p = r.values.find((v) => v.indicatorId === id && v.dimension === dim)?.payload;
  return p && (p.kind === "number" || p.kind === "percent") ? p.number : undefined;
};

describe("cross-field rules of catalogue 2026.1 (hand-computed)", () => {
  const cases: [rule: string, pass: Record<string, Cell>, fail: Record<string, Cell>, code: string][] = [
    // 1200 + 800 = 2000 (location-based); market-based 650 gives 1850 — either may be the total.
    [
      "R-GHG-012-TOTAL",
      { "E-GHG-001": 1200, "E-GHG-002": 800, "E-GHG-003": 650, "E-GHG-004": 1850 },
      { "E-GHG-001": 1200, "E-GHG-002": 800, "E-GHG-003": 650, "E-GHG-004": 2100 },
      "SUM_MISMATCH",
    ],
    // direct 300 + indirect 1474.8 = 1774.8 tce
    [
      "R-ENE-TOTAL",
      { "E-ENE-001": "1774.8", "E-ENE-002": 300, "E-ENE-003": "1474.8" },
      { "E-ENE-001": 1500, "E-ENE-002": 300, "E-ENE-003": "1474.8" },
      "SUM_MISMATCH",
    ],
    [
      "R-GHG-S3-CATEGORIES",
      { "E-GHG-005": 900, "E-GHG-006#scope3_category=1": 600, "E-GHG-006#scope3_category=6": 300 },
      { "E-GHG-005": 900, "E-GHG-006#scope3_category=1": 600, "E-GHG-006#scope3_category=6": 200 },
      "BREAKDOWN_MISMATCH",
    ],
    [
      "R-EMP-GENDER",
      { "S-EMP-001": 240, "S-EMP-002#gender=female": 100, "S-EMP-002#gender=male": 140 },
      { "S-EMP-001": 240, "S-EMP-002#gender=female": 100, "S-EMP-002#gender=male": 139 },
      "BREAKDOWN_MISMATCH",
    ],
    [
      "R-ENE-RENEWABLE-LE-TOTAL",
      { "E-ENE-001": 1000, "E-ENE-006": 1000 },
      { "E-ENE-001": 1000, "E-ENE-006": "1000.5" },
      "PART_EXCEEDS_WHOLE",
    ],
    [
      "R-WAT-CONSUMPTION-LE-WITHDRAWAL",
      { "E-WAT-001": 5000, "E-WAT-002": 1200 },
      { "E-WAT-001": 5000, "E-WAT-002": 5200 },
      "PART_EXCEEDS_WHOLE",
    ],
    // 30 + 50 = 80 ≥ 75, but 81 > 80
    [
      "R-WST-DISPOSAL-LE-GENERATED",
      { "E-WST-001": 30, "E-WST-002": 50, "E-WST-006": 75 },
      { "E-WST-001": 30, "E-WST-002": 50, "E-WST-006": 81 },
      "PART_EXCEEDS_WHOLE",
    ],
    [
      "R-SME-OVERDUE-LE-TOTAL",
      { "S-SME-001": 20, "S-SME-002": 35 },
      { "S-SME-001": 40, "S-SME-002": 35 },
      "PART_EXCEEDS_WHOLE",
    ],
    [
      "R-INN-HEADCOUNT-LE-EMPLOYEES",
      { "S-INN-003": 30, "S-EMP-001": 240 },
      { "S-INN-003": 300, "S-EMP-001": 240 },
      "PART_EXCEEDS_WHOLE",
    ],
    // 250 / 1000 × 100 = 25 %
    [
      "R-ENE-RENEWABLE-SHARE",
      { "E-ENE-001": 1000, "E-ENE-006": 250, "E-ENE-007": 25 },
      { "E-ENE-001": 1000, "E-ENE-006": 250, "E-ENE-007": 30 },
      "RATIO_MISMATCH",
    ],
    // 1 234 / 38 000 × 100 = 3.247… ≈ 3.25 %
    [
      "R-INN-RD-SHARE",
      { "S-INN-001": 1234, "X-CTX-004": 38000, "S-INN-002": "3.25" },
      { "S-INN-001": 1234, "X-CTX-004": 38000, "S-INN-002": "3.5" },
      "RATIO_MISMATCH",
    ],
    // 100 / 240 × 100 = 41.67 %
    [
      "R-EMP-FEMALE-SHARE",
      { "S-EMP-001": 240, "S-EMP-002#gender=female": 100, "S-EMP-003": "41.67" },
      { "S-EMP-001": 240, "S-EMP-002#gender=female": 100, "S-EMP-003": 50 },
      "RATIO_MISMATCH",
    ],
    // 1850 tCO2e / 38 000 万元 = 0.048684… tCO2e per 万元
    [
      "R-GHG-INTENSITY",
      { "E-GHG-004": 1850, "X-CTX-004": 38000, "E-GHG-007": "0.0487" },
      { "E-GHG-004": 1850, "X-CTX-004": 38000, "E-GHG-007": "0.487" },
      "RATIO_MISMATCH",
    ],
    // 1774.8 tce / 38 000 万元 = 0.046705… tce per 万元
    [
      "R-ENE-INTENSITY",
      { "E-ENE-001": "1774.8", "X-CTX-004": 38000, "E-ENE-008": "0.0467" },
      { "E-ENE-001": "1774.8", "X-CTX-004": 38000, "E-ENE-008": "0.06" },
      "RATIO_MISMATCH",
    ],
    [
      "R-WAT-INTENSITY",
      { "E-WAT-001": 5000, "X-CTX-004": 38000, "E-WAT-003": "0.13" },
      { "E-WAT-001": 5000, "X-CTX-004": 38000, "E-WAT-003": "0.2" },
      "RATIO_MISMATCH",
    ],
    // 1850 / 240 = 7.708…
    [
      "R-GHG-PER-EMPLOYEE",
      { "E-GHG-004": 1850, "S-EMP-001": 240, "E-GHG-022": "7.71" },
      { "E-GHG-004": 1850, "S-EMP-001": 240, "E-GHG-022": "8.5" },
      "RATIO_MISMATCH",
    ],
    ["R-ASSURANCE-LEVEL", { "G-GOV-010": "是", "G-GOV-011": "limited" }, { "G-GOV-010": "是" }, "REQUIRED_BY_ANSWER"],
    [
      "R-SCENARIOS",
      { "E-CLI-006": true, "E-CLI-007": "IEA NZE 2050 与 STEPS 两种情景" },
      { "E-CLI-006": true },
      "REQUIRED_BY_ANSWER",
    ],
    ["R-PEAK-YEAR", { "E-CLI-010": 2028 }, { "E-CLI-010": "2028.5" }, "OUT_OF_RANGE"],
    ["R-NETZERO-YEAR", { "E-CLI-011": 2055 }, { "E-CLI-011": 2160 }, "OUT_OF_RANGE"],
  ];

  it("has a case for every rule in the catalogue", () => {
    expect(cases.map((c) => c[0]).sort()).toEqual(catalogue.rules.rules.map((r) => r.id).sort());
  });

  for (const [rule, pass, fail, code] of cases) {
    it(`${rule}: holds, and is broken with ${code}`, () => {
      expect(errors(run(pass))).toEqual([]);
      const broken = run(fail);
      expect(errors(broken)).toEqual([code]);
      expect(broken.ok).toBe(false);
      expect(broken.problems[0]?.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(broken.problems[0]?.messageEn).toMatch(/[a-z]/);
    });
  }

  it("judges a rule only when all its figures are there", () => {
    expect(run({ "E-GHG-004": 2100, "E-GHG-001": 1200 }).ok).toBe(true);
  });

  it("lets a closed breakdown be partly given, but never above the total", () => {
    expect(run({ "S-EMP-001": 240, "S-EMP-002#gender=female": 100 }).ok).toBe(true);
    expect(errors(run({ "S-EMP-001": 240, "S-EMP-002#gender=female": 260 }))).toEqual(["BREAKDOWN_MISMATCH"]);
  });

  it("allows half a unit in the last place a ratio was given to (0.05 stands for 0.0467 rounded to two places)", () => {
    expect(run({ "E-ENE-001": "1774.8", "X-CTX-004": 38000, "E-ENE-008": "0.05" }).ok).toBe(true);
  });
});

describe("values, types and units", () => {
  it("keeps the entered unit and converts to the indicator's canonical unit (12 000 MWh → 1 474.8 tce)", () => {
    const r = run({ "E-ENE-003": { value: "12,000", unit: "MWh" }, "X-CTX-004": { value: "3.8", unit: "yi_yuan" } });
    expect(r.ok).toBe(true);
    expect(canonical(r, "E-ENE-003")).toMatchObject({
      entered: "12000",
      enteredUnit: "MWh",
      canonical: "1474.8",
      canonicalUnit: "tce",
    });
    expect(canonical(r, "E-ENE-003")?.trace.join(" ")).toContain("GB/T 2589-2020");
    // 3.8 亿元 = 38 000 万元
    expect(canonical(r, "X-CTX-004")).toMatchObject({ canonical: "38000", canonicalUnit: "wan_yuan" });
  });

  it("converts an injury rate per 200 000 hours to per 1 000 000 hours (× 5)", () => {
    const r = run({ "S-OHS-004": { value: "0.42", unit: "per_200k_hours" } });
    expect(canonical(r, "S-OHS-004")).toMatchObject({ canonical: "2.1", canonicalUnit: "per_1m_hours" });
  });

  it("reads full-width digits, percent signs, 是/否, slashed dates and options", () => {
    const r = run({
      "S-EMP-001": "２４０",
      "G-GOV-013": "33.3%",
      "G-GOV-002": "否",
      "G-GOV-011": "Limited",
      "E-GHG-008": "GHG_Protocol",
    });
    expect(r.ok).toBe(true);
    expect(canonical(r, "S-EMP-001")?.canonical).toBe("240");
    expect(canonical(r, "G-GOV-013")?.canonical).toBe("33.3");
    expect(r.values.find((v) => v.indicatorId === "G-GOV-002")?.payload).toEqual({ kind: "boolean", boolean: false });
    expect(r.values.find((v) => v.indicatorId === "G-GOV-011")?.payload).toEqual({
      kind: "enum",
      options: ["limited"],
    });
  });

  it.each([
    ["E-GHG-001", "约1000", null, "NOT_A_NUMBER"],
    ["E-GHG-001", "100", "MWh", "WRONG_UNIT"],
    ["E-GHG-001", "100", "barrels", "UNKNOWN_UNIT"],
    ["E-GHG-001", "-5", null, "NEGATIVE"],
    ["G-GOV-013", "120", null, "PERCENT_RANGE"],
    ["S-EMP-001", "240.5", null, "NOT_WHOLE"],
    ["G-GOV-002", "maybe", null, "NOT_A_BOOLEAN"],
    ["G-GOV-011", "moderate", null, "NOT_AN_OPTION"],
    ["E-XYZ-999", "1", null, "UNKNOWN_INDICATOR"],
  ])("%s = %s (%s) is refused with %s", (id, value, unit, code) => {
    const r = run({ [id]: { value, unit } });
    expect(errors(r)).toEqual([code]);
  });

  it("refuses an unknown breakdown and a member of a closed dimension it does not have", () => {
    expect(errors(run({ "S-EMP-002#shoe=42": 1 }))).toEqual(["BAD_DIMENSION"]);
    expect(errors(run({ "S-EMP-002#gender=unknown": 1 }))).toEqual(["BAD_DIMENSION"]);
    expect(errors(run({ "E-GHG-011#region=山东省青岛市": 10 }))).toEqual([]);
  });

  it("lets net new hires be negative", () => {
    expect(run({ "S-EMP-006": -12 }).ok).toBe(true);
  });

  it("reports a breakdown given twice at the second place", () => {
    const r = validateDisclosure({
      indicators: catalogue.indicators,
      dimensions: catalogue.dimensions,
      rules: catalogue.rules,
      entries: [
        ...entries({ "E-GHG-001": 1 }),
        { ...entries({ "E-GHG-001": 2 })[0]!, location: { source: "csv", line: 9, column: "value" } },
      ],
      existing: [],
      required: [],
      previousYear: new Map(),
      stage: "save",
    });
    expect(r.problems).toMatchObject([{ code: "DUPLICATE", location: { line: 9 } }]);
  });
});

describe("requirements at submission and year-on-year warnings", () => {
  const template = buildDisclosureTemplate(catalogue, {
    entityKind: "enterprise",
    frameworks: ["SSE2024"],
    on: "2025-12-31",
  });
  const required = template.topics
    .flatMap((t) => t.items)
    .map((i) => ({ indicatorId: i.indicator.id, level: i.level, frameworks: i.frameworks }));

  it("asks for SSE 2024's mandatory Scope 1 at submission, accepts an explanation as a warning, and not when saving", () => {
    expect(required.find((r) => r.indicatorId === "E-GHG-001")?.level).toBe("mandatory");
    expect(errors(run({}, { stage: "save", required }))).toEqual([]);
    const submitted = run({}, { stage: "submit", required });
    expect(submitted.problems.filter((p) => p.indicatorId === "E-GHG-001").map((p) => p.code)).toEqual([
      "MANDATORY_MISSING",
    ]);
    const explained = run(
      { "E-GHG-001": { value: null, reason: "本年度无自有燃烧设施" } },
      { stage: "submit", required },
    );
    expect(explained.problems.filter((p) => p.indicatorId === "E-GHG-001").map((p) => [p.code, p.severity])).toEqual([
      ["MANDATORY_EXPLAINED", "warning"],
    ]);
  });

  it("warns, without blocking, when a figure moved by more than half since last year", () => {
    const r = run({ "E-GHG-001": 3000, "E-GHG-002": 820 }, { previous: { "E-GHG-001#": "1200", "E-GHG-002#": "800" } });
    expect(r.ok).toBe(true);
    expect(warnings(r)).toEqual(["YOY_JUMP"]);
    expect(r.problems[0]?.messageEn).toContain("150");
  });
});

describe("invariants (property tests)", () => {
  it("a total equal to its breakdown passes, and any other whole number fails", () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.nat(100_000), fc.integer({ min: 1, max: 1000 }), (female, male, off) => {
        const cells = { "S-EMP-002#gender=female": female, "S-EMP-002#gender=male": male };
        expect(run({ ...cells, "S-EMP-001": female + male }).ok).toBe(true);
        expect(errors(run({ ...cells, "S-EMP-001": female + male + off }))).toEqual(["BREAKDOWN_MISMATCH"]);
      }),
      { numRuns: 200 },
    );
  });

  it("any decimal in any energy unit converts exactly and keeps what was entered", () => {
    const unit = fc.constantFrom("tce", "kgce", "MWh", "kWh", "GJ", "TJ");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 3 }), unit, (units, places, u) => {
        const entered = (units / 10 ** places).toFixed(places);
        const r = run({ "E-ENE-001": { value: entered, unit: u } });
        expect(r.ok).toBe(true);
        expect(canonical(r, "E-ENE-001")).toMatchObject({ entered, enteredUnit: u, canonicalUnit: "tce" });
      }),
      { numRuns: 200 },
    );
  });

  it("ok is true exactly when no problem is an error, whatever the input", () => {
    const ids = fc.constantFrom(
      "E-GHG-001",
      "E-GHG-002",
      "E-GHG-004",
      "G-GOV-013",
      "G-GOV-002",
      "S-EMP-001",
      "X-NOPE-001",
    );
    const value = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.integer({ min: -50, max: 5000 }),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.dictionary(ids, value, { maxKeys: 7 }), (cells) => {
        const r = run(cells as Record<string, RawValue>);
        expect(r.ok).toBe(!r.problems.some((p) => p.severity === "error"));
        expect(r.values.length).toBeLessThanOrEqual(Object.keys(cells).length);
      }),
      { numRuns: 300 },
    );
  });
});

describe("requirement messages", () => {
  it("name only the frameworks that make an item mandatory", () => {
    const required = [
      {
        indicatorId: "G-GOV-008",
        level: "mandatory" as const,
        frameworks: ["SSE2024", "MOF-BASIC"],
        levels: { SSE2024: "mandatory" as const, "MOF-BASIC": "voluntary" as const },
      },
    ];
    const r = run({}, { stage: "submit", required });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.messageEn).toContain("mandatory under SSE2024;");
    expect(r.problems[0]?.messageEn).not.toContain("MOF-BASIC");
  });
});

describe("rules and the template", () => {
  it("does not require an answer-dependent item the template does not ask for", () => {
    const withoutAssuranceLevel = catalogue.indicators.filter((i) => i.id !== "G-GOV-011");
    const r = validateDisclosure({
      indicators: withoutAssuranceLevel,
      dimensions: catalogue.dimensions,
      rules: catalogue.rules,
      entries: entries({ "G-GOV-010": "是" }),
      existing: [],
      required: [],
      previousYear: new Map(),
      stage: "submit",
    });
    expect(r.ok).toBe(true);
  });
});
