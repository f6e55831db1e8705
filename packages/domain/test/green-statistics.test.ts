/**
 * Green-loan statistics: a golden book worked by hand, and properties — the by-use and by-industry balances each add
 * up to the total, level 2 adds up to level 1, and no project is credited more CO2 than it expects.
 *
 * The golden book, year 2025 (A and B are institutions; P1 expects 5,000 t on 10,000,000 invested and is certified
 * blue, P2 expects 1,200 t on 4,000,000):
 *   F1 A 4.2.1 D  P1  amount 1,000,000  out   800,000     2024-03-01 → 2030-03-01  in book          CO2 500
 *   F2 B 4.2.2 D  P2  amount 3,000,000  out 3,000,000     2025-06-15 → —           in book, granted CO2 900 → 450
 *   F3 A 6.1.1 E  —   amount 2,000,000  out   500,000     2025-02-01 → 2025-11-30  granted only (matured)
 *   F4 B 6.2.3 N  P2  amount 5,000,000  out 4,500,000     2023-01-10 → 2025-12-31  in book (matures on 31 Dec) CO2 1,500 → 750
 *   F5 A  —    D  —   amount   700,000  out   700,000     2025-09-01               unlabelled
 *   F6 A 4.2.1 D  —   amount   400,000  out   400,000     2026-01-05               after the year: nowhere
 *   F7 B 4.2.1 D  —   amount   600,000  out   250,000.50  2022-05-01 → 2025-12-30  matured before year end: nowhere
 *   F8 A 5.1.16 —  —  amount 1,500,000  out 1,200,000.25  2025-04-01               in book, granted, blue by code
 * P2's attributions 900 + 1,500 = 2,400 exceed its 1,200 t, so each is halved.
 * Total balance 800,000 + 3,000,000 + 4,500,000 + 1,200,000.25 = 9,500,000.25 (4 financings); granted 3,000,000 +
 * 2,000,000 + 1,500,000 = 6,500,000; CO2 500 + 450 + 750 = 1,700.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aggregateGreenStatistics,
  type GreenStatisticsInput,
  type StatisticsCatalogueNode,
  type StatisticsFinancing,
  type StatisticsProject,
} from "../src/green/statistics/index";
import { Dec } from "../src/rating/rating-decimal";

const node = (code: string, nameZh: string): StatisticsCatalogueNode => {
  const parts = code.split(".");
  return {
    code,
    nameZh,
    nameEn: `en ${code}`,
    level: parts.length,
    parent: parts.length === 1 ? null : parts.slice(0, -1).join("."),
  };
};
const CATALOGUE = [
  node("4", "能源绿色低碳转型"),
  node("4.2", "清洁能源设施建设和运营"),
  node("4.2.1", "风力发电设施建设和运营"),
  node("4.2.2", "太阳能利用设施建设和运营"),
  node("5", "生态保护修复和利用"),
  node("5.1", "生态农林牧渔业"),
  node("5.1.16", "海洋牧场建设和运营"),
  node("6", "基础设施绿色升级"),
  node("6.1", "建筑节能与绿色建筑"),
  node("6.1.1", "绿色建筑建设和运营"),
  node("6.2", "绿色交通"),
  node("6.2.3", "充电、换电和加气等设施建设和运营"),
];
const SECTIONS = ["C", "D", "E", "N"].map((code) => ({ code, nameZh: `门类${code}`, nameEn: `Section ${code}` }));
const INSTITUTIONS = new Map([
  ["A", { nameZh: "甲银行", nameEn: "Bank A" }],
  ["B", { nameZh: "乙银行", nameEn: "Bank B" }],
]);

const P1: StatisticsProject = { id: "P1", expectedCo2T: "5000", totalInvestment: "10000000", certifiedBlue: true };
const P2: StatisticsProject = { id: "P2", expectedCo2T: "1200", totalInvestment: "4000000", certifiedBlue: false };

function f(
  id: string,
  institutionId: string,
  categoryCode: string | null,
  section: string | null,
  project: StatisticsProject | null,
  amount: string,
  outstanding: string,
  startDate: string,
  maturityDate: string | null,
): StatisticsFinancing {
  return { id, institutionId, categoryCode, section, project, amount, outstanding, startDate, maturityDate };
}

const BOOK = [
  f("F1", "A", "4.2.1", "D", P1, "1000000", "800000", "2024-03-01", "2030-03-01"),
  f("F2", "B", "4.2.2", "D", P2, "3000000", "3000000", "2025-06-15", null),
  f("F3", "A", "6.1.1", "E", null, "2000000", "500000", "2025-02-01", "2025-11-30"),
  f("F4", "B", "6.2.3", "N", P2, "5000000", "4500000", "2023-01-10", "2025-12-31"),
  f("F5", "A", null, "D", null, "700000", "700000", "2025-09-01", null),
  f("F6", "A", "4.2.1", "D", null, "400000", "400000", "2026-01-05", null),
  f("F7", "B", "4.2.1", "D", null, "600000", "250000.50", "2022-05-01", "2025-12-30"),
  f("F8", "A", "5.1.16", null, null, "1500000", "1200000.25", "2025-04-01", null),
];

const input = (financings: readonly StatisticsFinancing[], year = 2025): GreenStatisticsInput => ({
  year,
  financings,
  catalogue: CATALOGUE,
  sections: SECTIONS,
  blueCodes: new Set(["5.1.16"]),
  institutions: INSTITUTIONS,
});

const figures = (c: {
  key: string;
  count: number;
  balance: string;
  granted: string;
  share: string;
  co2AvoidedT: string;
}) => [c.key, c.count, c.balance, c.granted, c.share, c.co2AvoidedT];

describe("green-loan statistics, worked by hand", () => {
  const s = aggregateGreenStatistics(input(BOOK));

  it("totals the labelled book at year end and what was granted in the year", () => {
    expect(figures(s.total)).toEqual(["total", 4, "9500000.25", "6500000.00", "1.0000", "1700.000000"]);
    expect(s.unlabelled).toEqual({ count: 1, balance: "700000.00" });
  });

  it("splits by use: level 1 with level 2 under it, every catalogue row present", () => {
    expect(s.byUse.map(figures)).toEqual([
      ["4", 2, "3800000.00", "3000000.00", "0.4000", "950.000000"],
      ["5", 1, "1200000.25", "1500000.00", "0.1263", "0.000000"],
      ["6", 1, "4500000.00", "2000000.00", "0.4737", "750.000000"],
    ]);
    expect(s.byUse[2]!.children.map(figures)).toEqual([
      ["6.1", 0, "0.00", "2000000.00", "0.0000", "0.000000"],
      ["6.2", 1, "4500000.00", "0.00", "0.4737", "750.000000"],
    ]);
    expect(s.byUse[0]!.children.map((c) => c.key)).toEqual(["4.2"]);
  });

  it("splits by industry section, with financings of no stated industry apart", () => {
    expect(s.byIndustry.map(figures)).toEqual([
      ["C", 0, "0.00", "0.00", "0.0000", "0.000000"],
      ["D", 2, "3800000.00", "3000000.00", "0.4000", "950.000000"],
      ["E", 0, "0.00", "2000000.00", "0.0000", "0.000000"],
      ["N", 1, "4500000.00", "0.00", "0.4737", "750.000000"],
      ["unplaced", 1, "1200000.25", "1500000.00", "0.1263", "0.000000"],
    ]);
  });

  it("lists institutions by balance and caps a project's CO2 at what it expects", () => {
    expect(s.byInstitution.map(figures)).toEqual([
      ["B", 2, "7500000.00", "3000000.00", "0.7895", "1200.000000"],
      ["A", 2, "2000000.25", "3500000.00", "0.2105", "500.000000"],
    ]);
    expect(s.byInstitution[0]!.nameZh).toBe("乙银行");
  });

  it("counts blue by the certified flag or an unconditionally blue category", () => {
    expect(figures(s.blue)).toEqual(["blue", 2, "2000000.25", "1500000.00", "0.2105", "500.000000"]);
  });

  it("leaves out the per-institution rows in an institution's own scope", () => {
    const own = aggregateGreenStatistics({ ...input(BOOK.filter((x) => x.institutionId === "B")), institutions: null });
    expect(own.byInstitution).toEqual([]);
    // Alone, B's P2 financings still reach the cap: 450 + 750.
    expect(figures(own.total)).toEqual(["total", 2, "7500000.00", "3000000.00", "1.0000", "1200.000000"]);
  });
});

const CODES = ["4.2.1", "4.2.2", "5.1.16", "6.1.1", "6.2.3", "9.9.9", null] as const;
const money = fc.bigInt({ min: 1n, max: 10n ** 11n }).map((n) => `${n / 100n}.${String(n % 100n).padStart(2, "0")}`);
const date = fc
  .record({
    y: fc.integer({ min: 2022, max: 2027 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const projectArb = fc.option(
  fc.record({
    id: fc.constantFrom("P1", "P2", "P3"),
    expectedCo2T: fc.option(fc.integer({ min: 0, max: 100_000 }).map(String), { nil: null }),
    totalInvestment: fc.integer({ min: 0, max: 10 ** 9 }).map(String),
    certifiedBlue: fc.boolean(),
  }),
  { nil: null },
);
const financingArb: fc.Arbitrary<StatisticsFinancing> = fc
  .record({
    institutionId: fc.constantFrom("A", "B"),
    categoryCode: fc.constantFrom(...CODES),
    section: fc.constantFrom("C", "D", "E", "N", "Z", null),
    project: projectArb,
    amount: money,
    outstandingShare: fc.integer({ min: 0, max: 100 }),
    startDate: date,
    maturityDate: fc.option(date, { nil: null }),
  })
  .map(({ outstandingShare, ...x }) => ({
    ...x,
    id: `F${x.amount}`,
    // Outstanding at most the amount; a maturity before the start is moved onto it.
    outstanding: new Dec(x.amount).times(outstandingShare).div(100).toDecimalPlaces(2, Dec.ROUND_DOWN).toFixed(2),
    maturityDate: x.maturityDate !== null && x.maturityDate < x.startDate ? x.startDate : x.maturityDate,
  }));

const sum = (values: readonly string[]) => values.reduce((a, v) => a.plus(v), new Dec(0)).toFixed(2);

describe("green-loan statistics, properties", () => {
  it("adds up: by use, by use level 2, by industry and by institution each give the total", () => {
    fc.assert(
      fc.property(fc.array(financingArb, { maxLength: 40 }), fc.integer({ min: 2022, max: 2027 }), (book, year) => {
        // Projects must agree on their figures across financings: the first occurrence wins.
        const first = new Map<string, StatisticsProject>();
        const consistent = book.map((x) => {
          if (!x.project) return x;
          const p = first.get(x.project.id) ?? x.project;
          first.set(p.id, p);
          return { ...x, project: p };
        });
        const s = aggregateGreenStatistics(input(consistent, year));
        const total = s.total.balance;
        expect(sum(s.byUse.map((c) => c.balance))).toBe(total);
        expect(sum(s.byIndustry.map((c) => c.balance))).toBe(total);
        expect(sum(s.byInstitution.map((c) => c.balance))).toBe(total);
        expect(sum(s.byUse.map((c) => c.granted))).toBe(s.total.granted);
        for (const u of s.byUse) if (u.children.length) expect(sum(u.children.map((c) => c.balance))).toBe(u.balance);
        expect(s.byUse.reduce((n, c) => n + c.count, 0)).toBe(s.total.count);
        expect(new Dec(s.blue.balance).lte(total)).toBe(true);
        // No project is credited more than it expects (within the 6-place rounding of each cell).
        const expected = [...first.values()].reduce(
          (a, p) => (book.some((x) => x.project?.id === p.id) && p.expectedCo2T ? a.plus(p.expectedCo2T) : a),
          new Dec(0),
        );
        expect(new Dec(s.total.co2AvoidedT).lte(expected.plus("0.000001"))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
