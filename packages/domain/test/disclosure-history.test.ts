import { loadDisclosureCatalogue, loadIndustryClassification, requiredIndicators } from "@greenfin/reference";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { isoAt, weekdayOf } from "../src/demo/demo-time";
import { askedItems } from "../src/demo/disclosure-asked-items";
import intensities from "../src/demo/disclosure-intensities.json" with { type: "json" };
import {
  DEMO_DISCLOSURE_YEARS,
  type DemoDisclosure,
  disclosureAsOf,
  generateDemoDistrict,
  generateDisclosureHistory,
} from "../src/demo/index";
import { INDUSTRY_PROFILES } from "../src/demo/industry-profiles";
import {
  canonicalNumber,
  type NormalisedValue,
  type RawEntry,
  type ValidateDisclosureResult,
  validateDisclosure,
  valueKey,
} from "../src/disclosure/index";

const catalogue = loadDisclosureCatalogue("2026.1");
const industries = loadIndustryClassification();
const district = generateDemoDistrict({ seed: 20_260_101, industries });
const input = { seed: 20_260_101, organisations: district.organisations, catalogue, years: DEMO_DISCLOSURE_YEARS };
const history = generateDisclosureHistory(input);
const orgs = new Map(district.organisations.map((o) => [o.key, o]));
const enterprises = district.organisations.filter((o) => o.kind === "enterprise");
const DAY = 86_400_000;

/** The platform's validator over one set of entries, with the template the reference builds for the disclosure. */
function validate(d: DemoDisclosure, entries: readonly RawEntry[], stage: "save" | "submit"): ValidateDisclosureResult {
  const required = requiredIndicators(catalogue, {
    entityKind: d.entityKind,
    frameworks: d.frameworks,
    on: `${d.year}-12-31`,
  });
  return validateDisclosure({
    indicators: required.map((r) => r.indicator),
    dimensions: catalogue.dimensions,
    rules: catalogue.rules,
    entries,
    existing: [],
    required: required.map((r) => ({ indicatorId: r.indicator.id, level: r.level, frameworks: r.frameworks })),
    previousYear: new Map(),
    stage,
  });
}

/** Every submitted revision and every unfinished draft, validated once. */
const checked = history.disclosures.flatMap((d) => [
  ...d.revisions.map((r) => ({ d, entries: r.entries, result: validate(d, r.entries, "submit") })),
  ...(d.scenario === "draft" ? [{ d, entries: d.draft, result: validate(d, d.draft, "save") }] : []),
]);

const num = (values: Map<string, NormalisedValue>, id: string, dimension = "") => {
  const n = canonicalNumber(values.get(valueKey(id, dimension)));
  return n === null ? null : new Decimal(n);
};

function count<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of items) out[key(i)] = (out[key(i)] ?? 0) + 1;
  return out;
}

describe("generateDisclosureHistory determinism", () => {
  it("gives a deep-equal history for the same input, and another for another seed", () => {
    const small = { ...input, organisations: district.organisations.slice(0, 80) };
    expect(generateDisclosureHistory(small)).toEqual(generateDisclosureHistory(small));
    expect(generateDisclosureHistory(small).disclosures).toEqual(
      history.disclosures.filter((d) => small.organisations.some((o) => o.key === d.orgKey)),
    );
    expect(generateDisclosureHistory({ ...small, seed: 7 })).not.toEqual(generateDisclosureHistory(small));
    expect(() => generateDisclosureHistory({ ...small, seed: 1.5 })).toThrow(RangeError);
  });
});

describe("who discloses what, when", () => {
  it("leaves the demo logins' organisations their latest year to file themselves", () => {
    const years = (key: string) => history.disclosures.filter((d) => d.orgKey === key).map((d) => d.year);
    expect(years("ent-0001")).toEqual([2023, 2024]);
    expect(years("bank-qinwan")).toEqual([2023, 2024]);
    expect(years("fund-laofeng-vc")).toEqual([2023, 2024]);
    const showcase = history.disclosures.find((d) => d.orgKey === "ent-0001" && d.year === 2024);
    expect(showcase).toMatchObject({ scenario: "published" });
    expect(showcase?.revisions.map((r) => r.decision?.outcome)).toEqual(["returned", "accepted"]);
  });

  it("covers 2023 to 2025 only, once per organisation and year, never before an organisation was founded", () => {
    const keys = history.disclosures.map((d) => `${d.orgKey}|${d.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const d of history.disclosures) {
      expect(DEMO_DISCLOSURE_YEARS).toContain(d.year);
      expect(d.year).toBeGreaterThanOrEqual(orgs.get(d.orgKey)?.foundedYear ?? 0);
    }
  });

  it("leaves about 15 % of enterprises without any disclosure", () => {
    const filers = new Set(history.disclosures.map((d) => d.orgKey));
    const none = enterprises.filter((o) => !filers.has(o.key)).length / enterprises.length;
    expect(none).toBeGreaterThan(0.1);
    expect(none).toBeLessThan(0.2);
    expect(
      district.organisations
        .filter((o) => ["district", "rating_agency", "verifier"].includes(o.kind))
        .some((o) => filers.has(o.key)),
    ).toBe(false);
  });

  it("chooses the frameworks each kind of organisation reports under, and only ones in force", () => {
    for (const d of history.disclosures) {
      const org = orgs.get(d.orgKey);
      if (d.entityKind === "financial_institution") expect(d.frameworks).toEqual(["JRT0227", "MOF-BASIC"]);
      else if (d.entityKind === "fund_manager") expect(d.frameworks).toEqual(["AMAC", "EDCI"]);
      else if (d.year === 2023) expect(d.frameworks).toEqual(["GRI"]);
      else {
        expect(d.frameworks[0]).toBe("SSE2024");
        if (d.frameworks.includes("ISSB-S2")) expect(["large", "medium"]).toContain(org?.size);
        if (d.frameworks.includes("HKEX")) expect(org?.size).toBe("large");
      }
    }
    const sets = count(history.disclosures, (d) => d.frameworks.join("+"));
    for (const set of ["SSE2024", "SSE2024+ISSB-S2", "SSE2024+GRI", "GRI"]) expect(sets[set], set).toBeGreaterThan(10);
  });

  it("asks for exactly what the reference package's templates ask for", () => {
    for (const set of new Set(history.disclosures.map((d) => `${d.entityKind}|${d.frameworks.join(",")}|${d.year}`))) {
      const [kind, frameworks, year] = set.split("|") as [DemoDisclosure["entityKind"], string, string];
      const on = `${year}-12-31`;
      const mine = askedItems(catalogue, kind, frameworks.split(","), on).map((i) => [i.indicator.id, i.level]);
      const theirs = requiredIndicators(catalogue, { entityKind: kind, frameworks: frameworks.split(","), on });
      expect(mine, set).toEqual(theirs.map((r) => [r.indicator.id, r.level]));
    }
  });

  it("mixes outcomes: earlier years mostly accepted or published, the latest in every state", () => {
    const earlier = history.disclosures.filter((d) => d.year < 2025);
    const done = earlier.filter((d) => d.scenario === "published" || d.scenario === "accepted").length;
    expect(done / earlier.length).toBeGreaterThan(0.75);
    const latest = count(
      history.disclosures.filter((d) => d.year === 2025),
      (d) => d.scenario,
    );
    for (const s of ["published", "accepted", "in_review", "submitted", "returned", "draft"])
      expect(latest[s], s).toBeGreaterThan(20);
    expect(history.disclosures.some((d) => d.scenario === "published" && d.revisions.length === 2)).toBe(true);
  });
});

describe("every generated disclosure", () => {
  it("passes the platform's validator: revisions as at submission, unfinished drafts as at saving", () => {
    const failures = checked
      .filter((c) => !c.result.ok)
      .map(
        (c) =>
          `${c.d.orgKey} ${c.d.year}: ${c.result.problems.filter((p) => p.severity === "error").map((p) => p.messageEn)}`,
      );
    expect(failures).toEqual([]);
    expect(checked.length).toBeGreaterThan(2000);
  });

  it("keeps totals equal to their parts and ratios recomputed from their operands", () => {
    for (const { d, result } of checked) {
      const v = new Map(result.values.map((x) => [valueKey(x.indicatorId, x.dimension), x]));
      const where = `${d.orgKey} ${d.year}`;
      const [s1, s2, ghg] = [num(v, "E-GHG-001"), num(v, "E-GHG-002"), num(v, "E-GHG-004")];
      if (s1 && s2 && ghg) expect(ghg.equals(s1.plus(s2)), where).toBe(true);
      const [direct, indirect, energy] = [num(v, "E-ENE-002"), num(v, "E-ENE-003"), num(v, "E-ENE-001")];
      if (direct && indirect && energy) expect(energy.equals(direct.plus(indirect)), where).toBe(true);
      const [female, male, staff] = [
        num(v, "S-EMP-002", "gender=female"),
        num(v, "S-EMP-002", "gender=male"),
        num(v, "S-EMP-001"),
      ];
      if (female && male && staff) expect(staff.equals(female.plus(male)), where).toBe(true);
      const share = num(v, "S-EMP-003");
      if (share && female && staff)
        expect(share.equals(female.div(staff).times(100).toDecimalPlaces(2)), where).toBe(true);
      const [intensity, revenue] = [num(v, "E-GHG-007"), num(v, "X-CTX-004")];
      if (intensity && ghg && revenue?.gt(0))
        expect(intensity.div(ghg.div(revenue)).minus(1).abs().lte("0.001"), where).toBe(true);
      const scope3 = num(v, "E-GHG-005");
      const categories = result.values
        .filter((x) => x.indicatorId === "E-GHG-006")
        .map((x) => canonicalNumber(x))
        .filter((n): n is string => n !== null);
      if (scope3 && categories.length)
        expect(categories.reduce((a, b) => a.plus(b), new Decimal(0)).equals(scope3), where).toBe(true);
      for (const x of result.values) {
        const n = canonicalNumber(x);
        if (n === null) continue;
        if (x.payload?.kind === "percent") expect(new Decimal(n).gte(0) && new Decimal(n).lte(100), where).toBe(true);
        if (x.payload?.kind === "number" && x.payload.number.canonicalUnit === "count")
          expect(Number.isInteger(Number(n)), `${where} ${x.indicatorId}`).toBe(true);
      }
    }
  });

  it("gives a Chinese reason for every mandatory or comply-or-explain item it leaves blank, beyond drafts", () => {
    const reasons = checked.flatMap((c) => c.entries.filter((e) => e.value === null));
    expect(reasons.length).toBeGreaterThan(1000);
    for (const e of reasons) expect(e.notDisclosedReason).toMatch(/[\u4e00-\u9fff]/);
    for (const d of history.disclosures.filter((x) => x.scenario === "draft"))
      expect(d.draft.every((e) => e.value !== null)).toBe(true);
  });

  it("types some figures in other units, for the platform to convert", () => {
    const units = new Set(checked.flatMap((c) => c.entries.map((e) => `${e.indicatorId}:${e.unit}`)));
    for (const u of [
      "X-CTX-004:yi_yuan",
      "X-CTX-004:yuan",
      "E-ENE-003:MWh",
      "E-ENE-004:kWh",
      "F-OPS-001:MWh",
      "E-ENE-005:m3",
    ])
      expect(units.has(u), u).toBe(true);
  });
});

describe("figures that fit the organisation", () => {
  const published = history.disclosures.filter((d) => d.scenario === "published" && d.entityKind === "enterprise");
  const valuesOf = (d: DemoDisclosure) => {
    const r = validate(d, d.revisions.at(-1)?.entries ?? [], "submit");
    return new Map(r.values.map((x) => [valueKey(x.indicatorId, x.dimension), x]));
  };

  it("state the organisation's own revenue (in 万元) and head count in the last year", () => {
    for (const d of published.filter((x) => x.year === 2025)) {
      const org = orgs.get(d.orgKey);
      const v = valuesOf(d);
      const revenue = num(v, "X-CTX-004");
      if (revenue)
        expect(
          revenue
            .div(new Decimal(org?.revenueCny ?? "0").div(10_000))
            .minus(1)
            .abs()
            .lte("0.01"),
        ).toBe(true);
      const staff = num(v, "S-EMP-001");
      if (staff) expect(staff.toNumber()).toBe(org?.employees);
    }
  });

  it("emit far more per unit of revenue in energy-intensive industries than in services", () => {
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const intensity = (prefix: RegExp) =>
      median(
        published
          .filter((d) => prefix.test(orgs.get(d.orgKey)?.industryCode ?? ""))
          .map((d) => {
            const v = valuesOf(d);
            const [s1, s2] = [num(v, "E-GHG-001"), num(v, "E-GHG-002")];
            const revenue = new Decimal(orgs.get(d.orgKey)?.revenueCny ?? "1").div(10_000);
            return s1 && s2 ? s1.plus(s2).div(revenue).toNumber() : Number.NaN;
          })
          .filter((x) => !Number.isNaN(x)),
      );
    expect(intensity(/^(C2[56]|C3[0-2]|D44)/)).toBeGreaterThan(20 * intensity(/^(I65|L72)/));
  });

  it("grow a few per cent a year", () => {
    const byOrg = new Map<string, Map<number, Decimal>>();
    for (const d of history.disclosures.filter((x) => x.scenario === "published" && x.revisions.length === 1)) {
      const staff = num(valuesOf(d), "S-EMP-001");
      if (staff) byOrg.set(d.orgKey, (byOrg.get(d.orgKey) ?? new Map()).set(d.year, staff));
    }
    const changes = [...byOrg.values()].flatMap((years) =>
      [...years].filter(([y]) => years.has(y - 1)).map(([y, n]) => n.div(years.get(y - 1) as Decimal).toNumber()),
    );
    expect(changes.length).toBeGreaterThan(50);
    for (const c of changes) expect(c).toBeGreaterThan(0.9);
    for (const c of changes) expect(c).toBeLessThan(1.12);
  });

  it("come from an intensity table that covers every industry of the demo district", () => {
    const sectors = Object.keys(intensities.sectors);
    for (const p of INDUSTRY_PROFILES) expect(sectors, p.division).toContain(p.division);
    expect(intensities.note).toMatch(/not statistics/i);
  });
});

describe("review and its timeline", () => {
  it("returns revisions with one or two Chinese comments on indicators, about a slip visible in their values", () => {
    const returned = history.disclosures.flatMap((d) =>
      d.revisions.filter((r) => r.decision?.outcome === "returned").map((r) => ({ d, r })),
    );
    expect(returned.length).toBeGreaterThan(100);
    for (const { d, r } of returned) {
      const comments = r.decision?.comments ?? [];
      expect(comments.length).toBeGreaterThanOrEqual(1);
      expect(comments.length).toBeLessThanOrEqual(2);
      for (const c of comments) {
        expect(c.comment).toMatch(/[\u4e00-\u9fff]/);
        expect(
          r.entries.some((e) => e.indicatorId === c.indicatorId && e.value !== null),
          c.indicatorId,
        ).toBe(true);
      }
      // When the slip was fixed, the next revision differs exactly where the first comment points.
      const next = d.revisions[d.revisions.indexOf(r) + 1];
      if (next) {
        const first = comments[0]?.indicatorId;
        const before = r.entries.filter((e) => e.indicatorId === first);
        const after = next.entries.filter((e) => e.indicatorId === first);
        expect(after, `${d.orgKey} ${d.year} ${first}`).not.toEqual(before);
      }
    }
    expect(returned.some(({ r }) => r.decision?.comments.some((c) => c.comment.includes("电网排放因子")))).toBe(true);
  });

  it("dates every step plausibly: opened early next year, submitted March to May, decided two to six weeks later", () => {
    for (const d of history.disclosures) {
      const [first, ...rest] = d.revisions;
      expect(d.createdAt.slice(0, 4)).toBe(String(d.year + 1));
      if (!first) continue;
      expect(first.submittedAt > d.createdAt).toBe(true);
      expect(["03", "04", "05"]).toContain(first.submittedAt.slice(5, 7));
      let last = first.submittedAt;
      for (const r of [first, ...rest]) {
        expect(r.submittedAt >= last).toBe(true);
        if (r.reviewStartedAt) expect(r.reviewStartedAt > r.submittedAt).toBe(true);
        if (r.decision) {
          // Calendar days, as people count them: from the day of submission to the day of the decision.
          const days = Math.round(
            (Date.parse(r.decision.decidedAt.slice(0, 10)) - Date.parse(r.submittedAt.slice(0, 10))) / DAY,
          );
          expect(days).toBeGreaterThanOrEqual(14);
          expect(days).toBeLessThanOrEqual(44);
          last = r.decision.decidedAt;
        }
      }
      if (d.publishedAt) expect(d.publishedAt > last).toBe(true);
    }
  });

  it("stays in an earlier state at a moment before its later steps", () => {
    const d = history.disclosures.find((x) => x.scenario === "published" && x.revisions.length === 2) as DemoDisclosure;
    const [r1, r2] = d.revisions as [DemoDisclosure["revisions"][number], DemoDisclosure["revisions"][number]];
    const at = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();
    expect(disclosureAsOf(d, at(d.createdAt, -1))).toBeNull();
    expect(disclosureAsOf(d, d.createdAt)).toMatchObject({ status: "draft", revisions: [], draft: r1.entries });
    expect(disclosureAsOf(d, r1.submittedAt)).toMatchObject({ status: "submitted", firstSubmittedAt: r1.submittedAt });
    const returned = disclosureAsOf(d, r1.decision?.decidedAt as string);
    expect(returned?.status).toBe("returned");
    expect(returned?.draft).toBe(r1.entries);
    const resubmitted = disclosureAsOf(d, r2.submittedAt);
    expect(resubmitted?.revisions.map((r) => r.decision?.outcome ?? "pending")).toEqual(["returned", "pending"]);
    expect(disclosureAsOf(d, "2100-01-01T00:00:00.000Z")).toMatchObject({
      status: "published",
      updatedAt: d.publishedAt,
    });
  });
});

describe("timestamps without the Date constructor", () => {
  it("agree with Date's own ISO text and weekday", () => {
    for (let ms = Date.UTC(2000, 1, 28, 23, 59, 59, 999); ms < Date.UTC(2101, 0, 1); ms += 7 * DAY + 3_723_456) {
      expect(isoAt(ms)).toBe(new Date(ms).toISOString());
      expect(weekdayOf(ms)).toBe(new Date(ms).getUTCDay());
    }
  });
});
