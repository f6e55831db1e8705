import { readdirSync, readFileSync } from "node:fs";
import { loadIndustryClassification, resolveIndustryCode } from "@greenfin/reference";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classifyEnterpriseSize,
  DEMO_KIND_SHORT,
  DEMO_LOGIN_ORGS,
  type DemoDistrict,
  formatFenAsYuan,
  generateDemoDistrict,
  QINGDAO_AREAS,
} from "../src/demo/index";
import { INDUSTRY_PROFILES } from "../src/demo/industry-profiles";
import { INSTITUTIONS } from "../src/demo/institution-roster";
import { RESERVED_TRADE_NAMES } from "../src/demo/name-vocabulary";
import { isValidUscc } from "../src/identity/uscc";
import { FINANCIAL_INSTITUTION_KINDS, ORG_KINDS, ROLES } from "../src/index";

const industries = loadIndustryClassification();
const district = generateDemoDistrict({ seed: 42, industries });
const enterprises = district.organisations.filter((o) => o.kind === "enterprise");
const institutions = district.organisations.filter((o) => o.kind !== "enterprise");

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function expectUnique(values: readonly unknown[]) {
  expect(new Set(values).size).toBe(values.length);
}

describe("generateDemoDistrict determinism", () => {
  it("gives a deep-equal district for the same seed", () => {
    expect(generateDemoDistrict({ seed: 42, industries })).toEqual(district);
    expect(district.seed).toBe(42);
  });

  it("has a stable fingerprint for seed 42", () => {
    expect(countBy(district.organisations, (o) => o.kind)).toEqual({
      district: 1,
      bank: 11,
      insurer: 6,
      wealth_manager: 1,
      fund_manager: 8,
      rating_agency: 1,
      verifier: 2,
      enterprise: 2000,
    });
    // Changes only when the generator changes on purpose; then update these numbers.
    expect(countBy(enterprises, (o) => o.size as string)).toEqual({ large: 49, medium: 180, small: 666, micro: 1105 });
    expect(enterprises[0]).toMatchObject({ key: "ent-0001", industryCode: "C2641", size: "medium" });
  });

  it("gives different enterprises for different seeds, and the same institutions and users", () => {
    const other = generateDemoDistrict({ seed: 43, industries, enterpriseCount: 50 });
    const same = generateDemoDistrict({ seed: 42, industries, enterpriseCount: 50 });
    const ent = (d: DemoDistrict) => d.organisations.filter((o) => o.kind === "enterprise");
    expect(ent(other)).not.toEqual(ent(same));
    expect(ent(other).map((o) => o.nameZh)).not.toEqual(ent(same).map((o) => o.nameZh));
    expect(other.organisations.filter((o) => o.kind !== "enterprise")).toEqual(institutions);
    const logins = (d: DemoDistrict) => d.users.map(({ email, orgKey, role }) => ({ email, orgKey, role }));
    expect(logins(other)).toEqual(logins(district));
  });

  it("is a prefix-stable function of enterpriseCount for the first enterprises", () => {
    expect(generateDemoDistrict({ seed: 42, industries, enterpriseCount: 50 }).organisations).toEqual(
      district.organisations.slice(0, institutions.length + 50),
    );
  });

  it("rejects a bad seed, count or reference", () => {
    expect(() => generateDemoDistrict({ seed: 1.5, industries })).toThrow(RangeError);
    expect(() => generateDemoDistrict({ seed: 2 ** 40, industries })).toThrow(/32-bit/);
    expect(() => generateDemoDistrict({ seed: 1, industries, enterpriseCount: -1 })).toThrow(/enterpriseCount/);
    const noPower = { ...industries, divisions: industries.divisions.filter((d) => d.code !== "44") };
    expect(() => generateDemoDistrict({ seed: 1, industries: noPower })).toThrow(/no division 44/);
  });
});

describe("demo organisations", () => {
  it("all have valid, unique, Qingdao-region USCCs", () => {
    const codes = district.organisations.map((o) => o.uscc);
    for (const code of codes) {
      expect(code !== null && isValidUscc(code), String(code)).toBe(true);
      expect(code).toMatch(/^(11|91)3702\d{2}/);
    }
    expectUnique(codes);
    expect(institutions.find((o) => o.kind === "district")?.uscc).toMatch(/^11/);
  });

  it("have unique keys and names, in both languages", () => {
    expectUnique(district.organisations.map((o) => o.key));
    expectUnique(district.organisations.map((o) => o.nameZh));
    expectUnique(district.organisations.map((o) => o.nameEn));
    for (const o of enterprises) {
      expect(o.nameZh).toMatch(/^青岛.+(有限公司|股份有限公司|集团有限公司)$/);
      expect(o.nameEn).toMatch(/^Qingdao [A-Z][a-z']+ .+ (Group )?Co\., Ltd\.$/);
    }
  });

  it("never name an enterprise after a real brand or an institution", () => {
    const reserved = new Set([...RESERVED_TRADE_NAMES, ...INSTITUTIONS.map((i) => i.brand)]);
    for (const o of enterprises) expect(reserved.has(o.nameZh.slice(2, 4)), o.nameZh).toBe(false);
  });

  it("use real GB/T 4754-2017 codes in canonical form, classes wherever the reference lists them", () => {
    const divisionsWithClasses = new Set(industries.classes.map((c) => c.division));
    for (const o of district.organisations) {
      const resolved = resolveIndustryCode(o.industryCode ?? "", industries);
      expect(resolved?.code, `${o.key} ${o.industryCode}`).toBe(o.industryCode);
      if (o.kind === "enterprise" && resolved?.division && divisionsWithClasses.has(resolved.division.code))
        expect(resolved.class, o.industryCode ?? "").not.toBeNull();
    }
    const sections = countBy(enterprises, (o) => (o.industryCode as string).charAt(0));
    expect(sections.C).toBeGreaterThan(enterprises.length * 0.35); // manufacturing heavy
    for (const s of ["A", "D", "E", "F", "G", "I"]) expect(sections[s], s).toBeGreaterThan(0);
    const highEmission = enterprises.filter((o) => /^(C2[56]|C3[0-2]|D44)/.test(o.industryCode as string));
    expect(highEmission.length).toBeGreaterThan(20);
    expect(enterprises.some((o) => o.industryCode === "D4411")).toBe(true);
  });

  it("only prefer classes the reference really lists", () => {
    const classes = new Set(industries.classes.map((c) => c.code));
    for (const line of INDUSTRY_PROFILES.flatMap((p) => p.lines))
      if (line.class) expect(classes.has(line.class), line.class).toBe(true);
  });

  it("give revenue as exact two-decimal yuan text, consistent with size and industry", () => {
    for (const o of enterprises) {
      expect(o.revenueCny).toMatch(/^\d+\.\d{2}$/);
      expect(classifyEnterpriseSize(o.industryCode as string, o.employees as number, o.revenueCny as string)).toBe(
        o.size,
      );
    }
    // The NBS rule for industry, restated: large needs ≥1000 staff and ≥4亿 revenue; micro is under 20 or 300万.
    for (const o of enterprises.filter((e) => e.industryCode?.startsWith("C"))) {
      const [staff, revenue] = [o.employees as number, Number(o.revenueCny)];
      if (o.size === "large") expect(staff >= 1000 && revenue >= 4e8, o.key).toBe(true);
      if (o.size === "micro") expect(staff < 20 || revenue < 3e6, o.key).toBe(true);
      if (o.size === "small") expect(staff >= 20 && revenue >= 3e6 && (staff < 300 || revenue < 2e7), o.key).toBe(true);
    }
    const sizes = countBy(enterprises, (o) => o.size as string);
    expect((sizes.micro ?? 0) + (sizes.small ?? 0)).toBeGreaterThan(enterprises.length * 0.75);
  });

  it("sit in Qingdao's districts, most of all 崂山区 among offices, with founded years in the past", () => {
    const areas = new Set<string>(QINGDAO_AREAS.map((a) => a.nameZh));
    for (const o of district.organisations) {
      expect(areas.has(o.area as string), String(o.area)).toBe(true);
      expect(o.address?.startsWith(`青岛市${o.area}`)).toBe(true);
      expect(o.foundedYear).toBeGreaterThanOrEqual(1950);
      expect(o.foundedYear).toBeLessThanOrEqual(2024);
    }
    const byArea = countBy(enterprises, (o) => o.area as string);
    expect(Object.keys(byArea)).toHaveLength(10);
    expect(byArea.崂山区).toBeGreaterThan(byArea.市南区 ?? 0);
    const offices = enterprises.filter((o) => /^(I|F51|L|M)/.test(o.industryCode as string));
    const officeAreas = Object.entries(countBy(offices, (o) => o.area as string)).sort((a, b) => b[1] - a[1]);
    expect(officeAreas[0]?.[0]).toBe("崂山区");
  });
});

describe("demo institutions", () => {
  it("are about thirty, with exactly one district", () => {
    expect(institutions).toHaveLength(30);
    expect(institutions.filter((o) => o.kind === "district")).toHaveLength(1);
    const financial = institutions.filter((o) => FINANCIAL_INSTITUTION_KINDS.includes(o.kind));
    expect(financial.length).toBeGreaterThanOrEqual(25);
    for (const o of institutions) {
      expect(o.institutionType, o.key).toMatch(/^[a-z_]+$/);
      expect([o.size, o.revenueCny]).toEqual([null, null]);
    }
    const types = countBy(institutions, (o) => o.institutionType as string);
    expect(types).toMatchObject({ city_commercial_bank: 1, rural_commercial_bank: 1, policy_bank_branch: 1 });
    expect((types.national_bank_branch ?? 0) + (types.joint_stock_bank_branch ?? 0)).toBe(8);
  });

  it("link the wealth manager to the city commercial bank", () => {
    const keys = new Map(district.organisations.map((o) => [o.key, o]));
    const wm = institutions.find((o) => o.kind === "wealth_manager");
    expect(keys.get(wm?.parentKey ?? "")?.institutionType).toBe("city_commercial_bank");
    for (const o of district.organisations) if (o.parentKey) expect(keys.has(o.parentKey), o.key).toBe(true);
  });
});

describe("demo users", () => {
  const orgs = new Map(district.organisations.map((o) => [o.key, o]));

  it("cover every role at the demo organisation of every kind, as <role>@<kind-short>.demo", () => {
    for (const kind of ORG_KINDS) {
      for (const role of ROLES) {
        const user = district.users.find((u) => u.email === `${role}@${DEMO_KIND_SHORT[kind]}.demo`);
        expect(user, `${role} ${kind}`).toMatchObject({ role, orgKey: DEMO_LOGIN_ORGS[kind] });
        expect(orgs.get(user?.orgKey ?? "")?.kind).toBe(kind);
      }
    }
    expect(district.users.find((u) => u.email === "reviewer@enterprise.demo")?.orgKey).toBe("ent-0001");
  });

  it("give every other institution an admin, and no other enterprise any user", () => {
    const demoOrgs = new Set(Object.values(DEMO_LOGIN_ORGS));
    for (const o of institutions.filter((i) => !demoOrgs.has(i.key)))
      expect(district.users.filter((u) => u.orgKey === o.key)).toEqual([
        expect.objectContaining({ email: `admin@${o.key}.demo`, role: "admin" }),
      ]);
    expect(
      new Set(district.users.filter((u) => orgs.get(u.orgKey)?.kind === "enterprise").map((u) => u.orgKey)),
    ).toEqual(new Set(["ent-0001"]));
    expectUnique(district.users.map((u) => u.email));
    expect(district.users.length).toBe(8 * 4 + (institutions.length - 7));
  });
});

describe("demo generator properties", () => {
  it("any seed yields valid unique USCCs, keys and names", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 40 }), (seed, n) => {
        const d = generateDemoDistrict({ seed, industries, enterpriseCount: n });
        expect(d.organisations).toHaveLength(30 + n);
        expect(d.organisations.every((o) => o.uscc !== null && isValidUscc(o.uscc))).toBe(true);
        for (const field of ["uscc", "key", "nameZh", "nameEn"] as const)
          expectUnique(d.organisations.map((o) => o[field]));
      }),
      { numRuns: 60 },
    );
  });

  it("formats money from integer fen without floating point", () => {
    expect(formatFenAsYuan(0n)).toBe("0.00");
    expect(formatFenAsYuan(105n)).toBe("1.05");
    expect(formatFenAsYuan(10n ** 23n)).toBe("1000000000000000000000.00");
    expect(() => formatFenAsYuan(-1n)).toThrow(RangeError);
  });

  it("classifies sizes on the NBS thresholds", () => {
    expect(classifyEnterpriseSize("C38", 1000, "400000000.00")).toBe("large");
    expect(classifyEnterpriseSize("C38", 999, "400000000.00")).toBe("medium");
    expect(classifyEnterpriseSize("C3811", 5000, "2999999.99")).toBe("micro");
    expect(classifyEnterpriseSize("F51", 5, "10000000.00")).toBe("small");
    expect(classifyEnterpriseSize("I65", 150, "9000000")).toBe("small");
    expect(classifyEnterpriseSize("A04", 3, "200000000.00")).toBe("large"); // agriculture: revenue only
  });
});

describe("the demo generator stays pure", () => {
  it("uses no I/O, clock, environment or randomness, and no other workspace package", () => {
    const dir = new URL("../src/demo/", import.meta.url);
    // Every file of the folder and its subfolders (the marketplace's generator has its own).
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    for (const entry of files) {
      const file = `${entry.parentPath}/${entry.name}`;
      const text = readFileSync(file, "utf8");
      expect(text, file).not.toMatch(
        /from "(node:|fs|path|@greenfin\/)|process\.env|Date\.now\(|new Date\(|Math\.random\(/,
      );
    }
  });
});
