/**
 * Golden cases for the district statistics aggregates, worked by hand in the comments on a small hand-built data set.
 *
 * Four banks report monthly 2025-01 … 2026-06 (m = the month number):
 *
 *                         bank-a              bank-b             bank-c             bank-d (joins 2025-07)
 * green_loan_balance      2025: 1000 + 10m    2025: 500 + 5m     2025: 200          2025: 100 + 10(m − 6)
 *   (stock)               2026: 1120 + 20m    2026: 560 + 5m     2026: 250          2026: 160 + 10m
 * green_loan_new (flow)   2025: 10, 2026: 20  5                  2025: 2, 2026: 4   10
 *   by catalogue use      "1" 4 / 8           2025 "1" 5         "3" 2 / 4          "1" 10
 *                         "3" 6 / 12          2026 "1" 3, "3" 2
 * inclusive_loan_new      2025: 50, 2026: 60  2025: 30, 2026: 40 20                 30
 * inclusive_loan_rate     2025: 4.5           2025: 5.0          6.0                3.0
 *   (ratio, weighted by   2026-01: 3.9,       2026: 4.8
 *   inclusive_loan_new)   later 4.2
 *
 * bank-c revises 2026-03: revision 2 has green_loan_balance 260 (was 250) and leaves out green_loan_new (was 4, "3" 4),
 * so from then on bank-c has no green_loan_new for 2026-03.
 */
import { describe, expect, it } from "vitest";
import {
  annualStatValues,
  buildStatBook,
  institutionTrends,
  latestRevisions,
  peerComparison,
  rankInstitutions,
  type StatMetric,
  type StatTarget,
  type StatValue,
  sameStatPeriodLastYear,
  shiftStatPeriod,
  statBreakdown,
  statFigure,
  statGrowth,
  statPeriodRange,
  statQuartiles,
  statTrend,
  supersededReports,
  targetProgress,
  yearToDatePeriods,
} from "../src/index";

const metric = (key: string, kind: StatMetric["kind"], extra: Partial<StatMetric> = {}): StatMetric => ({
  key,
  article: key.startsWith("green") ? "green" : "inclusive",
  nameZh: key,
  nameEn: key,
  unit: kind === "ratio" ? "percent" : "yuan",
  kind,
  requiredFor: ["bank"],
  definitionZh: key,
  definitionEn: key,
  source: "test",
  ...extra,
});

const METRICS: StatMetric[] = [
  metric("green_loan_balance", "stock"),
  metric("green_loan_new", "flow", { breakdown: "catalogue-use" }),
  metric("inclusive_loan_new", "flow"),
  metric("inclusive_loan_rate", "ratio", { weightMetric: "inclusive_loan_new" }),
];

const KINDS = { "bank-a": "bank", "bank-b": "bank", "bank-c": "bank", "bank-d": "bank" };

type Row = [metric: string, item: string | null, value: string];

/** Every month of an institution, from `from` to 2026-06, with the rows `rows(year, month)` gives. */
function monthly(orgId: string, from: string, rows: (year: number, m: number) => Row[]): StatValue[] {
  return statPeriodRange(from, "2026-06").flatMap((period) => {
    const [year, m] = period.split("-").map(Number) as [number, number];
    return rows(year, m).map(([metric, item, value]) => ({ orgId, period, metric, item, value, revision: 1 }));
  });
}

const VALUES: StatValue[] = [
  ...monthly("bank-a", "2025-01", (y, m) => [
    ["green_loan_balance", null, String(y === 2025 ? 1000 + 10 * m : 1120 + 20 * m)],
    ["green_loan_new", null, y === 2025 ? "10" : "20"],
    ["green_loan_new", "1", y === 2025 ? "4" : "8"],
    ["green_loan_new", "3", y === 2025 ? "6" : "12"],
    ["inclusive_loan_new", null, y === 2025 ? "50" : "60"],
    ["inclusive_loan_rate", null, y === 2025 ? "4.5" : m === 1 ? "3.9" : "4.2"],
  ]),
  ...monthly("bank-b", "2025-01", (y, m) => [
    ["green_loan_balance", null, String(y === 2025 ? 500 + 5 * m : 560 + 5 * m)],
    ["green_loan_new", null, "5"],
    ...(y === 2025
      ? ([["green_loan_new", "1", "5"]] as Row[])
      : ([
          ["green_loan_new", "1", "3"],
          ["green_loan_new", "3", "2"],
        ] as Row[])),
    ["inclusive_loan_new", null, y === 2025 ? "30" : "40"],
    ["inclusive_loan_rate", null, y === 2025 ? "5.0" : "4.8"],
  ]),
  ...monthly("bank-c", "2025-01", (y) => [
    ["green_loan_balance", null, y === 2025 ? "200" : "250"],
    ["green_loan_new", null, y === 2025 ? "2" : "4"],
    ["green_loan_new", "3", y === 2025 ? "2" : "4"],
    ["inclusive_loan_new", null, "20"],
    ["inclusive_loan_rate", null, "6.0"],
  ]),
  // Revision 2 of bank-c's 2026-03 report: the balance corrected, green_loan_new left out.
  ...(
    [
      ["green_loan_balance", null, "260"],
      ["inclusive_loan_new", null, "20"],
      ["inclusive_loan_rate", null, "6.0"],
    ] as Row[]
  ).map(([metric, item, value]) => ({ orgId: "bank-c", period: "2026-03", metric, item, value, revision: 2 })),
  ...monthly("bank-d", "2025-07", (y, m) => [
    ["green_loan_balance", null, String(y === 2025 ? 100 + 10 * (m - 6) : 160 + 10 * m)],
    ["green_loan_new", null, "10"],
    ["green_loan_new", "1", "10"],
    ["inclusive_loan_new", null, "30"],
    ["inclusive_loan_rate", null, "3.0"],
  ]),
];

// The input order must not matter: reverse it.
const book = buildStatBook(METRICS, [...VALUES].reverse());
const orgValues = (f: { institutions: readonly { orgId: string; value: string | null }[] }) =>
  Object.fromEntries(f.institutions.map((o) => [o.orgId, o.value]));

describe("periods", () => {
  it("shift, same period last year, year to date, ranges, quarters", () => {
    expect(shiftStatPeriod("2026-01", -1)).toBe("2025-12");
    expect(shiftStatPeriod("2026-Q1", -1)).toBe("2025-Q4");
    expect(shiftStatPeriod("2025-11", 3)).toBe("2026-02");
    expect(sameStatPeriodLastYear("2026-Q2")).toBe("2025-Q2");
    expect(yearToDatePeriods("2026-Q3")).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"]);
    expect(yearToDatePeriods("2026-03")).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(statPeriodRange("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(() => statPeriodRange("2025-11", "2026-Q1")).toThrow(/frequency/);
  });
});

describe("revisions", () => {
  it("a revised report supersedes the earlier revision as a whole", () => {
    const c = latestRevisions(VALUES).filter((v) => v.orgId === "bank-c" && v.period === "2026-03");
    // Revision 2 keeps 3 values; green_loan_new and its item "3" (revision 1 only) are gone, not carried over.
    expect(c.map((v) => [v.metric, v.item, v.value, v.revision])).toEqual([
      ["green_loan_balance", null, "260", 2],
      ["inclusive_loan_new", null, "20", 2],
      ["inclusive_loan_rate", null, "6.0", 2],
    ]);
    expect(supersededReports(VALUES)).toEqual([{ orgId: "bank-c", period: "2026-03", kept: 2, superseded: [1] }]);
    // Other reports are untouched: 2026-02 of bank-c still has its 5 values.
    expect(latestRevisions(VALUES).filter((v) => v.orgId === "bank-c" && v.period === "2026-02")).toHaveLength(5);
  });

  it("refuses a cell reported twice in one revision", () => {
    const v: StatValue = { orgId: "x", period: "2026-01", metric: "m", item: null, value: "1", revision: 1 };
    expect(() => latestRevisions([v, { ...v, value: "2" }])).toThrow(/twice/);
  });
});

describe("district totals", () => {
  it("a stock is summed across institutions, with the revised value", () => {
    // 2026-03: a 1120 + 20×3 = 1180, b 560 + 5×3 = 575, c 260 (revision 2, not 250), d 160 + 10×3 = 190
    //          1180 + 575 + 260 + 190 = 2205
    const f = statFigure(book, { metric: "green_loan_balance", period: "2026-03" });
    expect(f.value).toBe("2205");
    expect(orgValues(f)).toEqual({ "bank-a": "1180", "bank-b": "575", "bank-c": "260", "bank-d": "190" });
    expect(f.trace).toContain("bank-c 2026-03: revision 2 in force, supersedes 1");
    expect(f.trace).toContain("total = bank-a 1180 + bank-b 575 + bank-c 260 + bank-d 190 = 2205");
    // 2025-03, before bank-d joined: 1030 + 515 + 200 = 1745
    expect(statFigure(book, { metric: "green_loan_balance", period: "2025-03" }).value).toBe("1745");
    // Year to date a stock is the period's value, not a sum over months.
    expect(statFigure(book, { metric: "green_loan_balance", period: "2026-03", basis: "year-to-date" }).value).toBe(
      "2205",
    );
  });

  it("a flow is summed across institutions, and over the year's periods year to date", () => {
    // 2026-03: a 20 + b 5 + d 10 = 35 (bank-c's revision 2 has no green_loan_new)
    const month = statFigure(book, { metric: "green_loan_new", period: "2026-03" });
    expect(month.value).toBe("35");
    expect(orgValues(month)).toEqual({ "bank-a": "20", "bank-b": "5", "bank-d": "10" });
    // Year to date 2026-01…03: a 20×3 = 60, b 5×3 = 15, c 4 + 4 = 8 (March gone), d 10×3 = 30 → 113
    const ytd = statFigure(book, { metric: "green_loan_new", period: "2026-03", basis: "year-to-date" });
    expect(ytd.value).toBe("113");
    expect(ytd.periods).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(orgValues(ytd)).toEqual({ "bank-a": "60", "bank-b": "15", "bank-c": "8", "bank-d": "30" });
    expect(ytd.trace).toContain("bank-c: 2026-01 4 + 2026-02 4 = 8");
    expect(ytd.trace).toContain("total = bank-a 60 + bank-b 15 + bank-c 8 + bank-d 30 = 113");
    // 2025-01…03: a 30 + b 15 + c 6 = 51
    expect(statFigure(book, { metric: "green_loan_new", period: "2025-03", basis: "year-to-date" }).value).toBe("51");
  });

  it("a ratio is averaged weighted by its weight metric", () => {
    // 2026-03: a 4.2 × 60 = 252, b 4.8 × 40 = 192, c 6.0 × 20 = 120, d 3.0 × 30 = 90
    //          (252 + 192 + 120 + 90) ÷ (60 + 40 + 20 + 30) = 654 ÷ 150 = 4.36
    const f = statFigure(book, { metric: "inclusive_loan_rate", period: "2026-03" });
    expect(f.value).toBe("4.36");
    expect(f.weight).toBe("150");
    expect(f.trace).toContain("weighted average = (252 + 192 + 120 + 90) ÷ (60 + 40 + 20 + 30) = 654 ÷ 150 = 4.36");
    // Year to date 2026-01…03: a (3.9 + 4.2 + 4.2) × 60 = 738 over 180 → 4.1; b 4.8 × 40 × 3 = 576 over 120;
    //   c 6 × 20 × 3 = 360 over 60; d 3 × 30 × 3 = 270 over 90
    //   (738 + 576 + 360 + 270) ÷ (180 + 120 + 60 + 90) = 1944 ÷ 450 = 4.32
    const ytd = statFigure(book, { metric: "inclusive_loan_rate", period: "2026-03", basis: "year-to-date" });
    expect(ytd.value).toBe("4.32");
    expect(orgValues(ytd)).toEqual({ "bank-a": "4.1", "bank-b": "4.8", "bank-c": "6", "bank-d": "3" });
    // 2025-03: (4.5 × 50 + 5.0 × 30 + 6.0 × 20) ÷ (50 + 30 + 20) = 495 ÷ 100 = 4.95
    expect(statFigure(book, { metric: "inclusive_loan_rate", period: "2025-03" }).value).toBe("4.95");
  });

  it("a ratio whose weights sum to 0 has no average; one without a weight is left out", () => {
    const zero = buildStatBook(METRICS, [
      { orgId: "x", period: "2026-01", metric: "inclusive_loan_rate", item: null, value: "5", revision: 1 },
      { orgId: "x", period: "2026-01", metric: "inclusive_loan_new", item: null, value: "0", revision: 1 },
      { orgId: "y", period: "2026-01", metric: "inclusive_loan_rate", item: null, value: "7", revision: 1 },
    ]);
    const f = statFigure(zero, { metric: "inclusive_loan_rate", period: "2026-01" });
    expect(f.value).toBeNull();
    expect(f.reason).toMatch(/sum to 0/);
    expect(f.trace).toContain("y 2026-01: inclusive_loan_rate 7 left out, no inclusive_loan_new to weight it");
  });

  it("by catalogue use", () => {
    // 2026-03: "1" a 8 + b 3 + d 10 = 21; "3" a 12 + b 2 = 14 (c's 4 was revised away); 21 + 14 = 35 = the total
    const month = statBreakdown(book, { metric: "green_loan_new", period: "2026-03" });
    expect(month.items.map((f) => [f.item, f.value])).toEqual([
      ["1", "21"],
      ["3", "14"],
    ]);
    // Year to date: "1" a 24 + b 9 + d 30 = 63; "3" a 36 + b 6 + c 8 = 50; 63 + 50 = 113
    const ytd = statBreakdown(book, { metric: "green_loan_new", period: "2026-03", basis: "year-to-date" });
    expect(ytd.items.map((f) => [f.item, f.value])).toEqual([
      ["1", "63"],
      ["3", "50"],
    ]);
    expect(orgValues(ytd.items[1]!)).toEqual({ "bank-a": "36", "bank-b": "6", "bank-c": "8" });
  });

  it("nobody reported: null with the reason", () => {
    const f = statFigure(book, { metric: "green_loan_balance", period: "2024-12" });
    expect(f.value).toBeNull();
    expect(f.reason).toBe("no institution reported green_loan_balance for 2024-12");
  });
});

describe("growth", () => {
  it("year on year, a stock: the newcomer counts as reported, not like-for-like", () => {
    const g = statGrowth(book, { metric: "green_loan_balance", period: "2026-03", comparison: "year-on-year" });
    expect(g.comparePeriod).toBe("2025-03");
    // reported: (2205 − 1745) ÷ 1745 = 460 ÷ 1745 = 0.26361… → 26.36 %
    expect(g.reported).toMatchObject({ current: "2205", previous: "1745", change: "460", growthPercent: "26.36" });
    expect(g.reported.growth!.startsWith("0.263610315186246418338")).toBe(true);
    // like-for-like, a b c only: 1180 + 575 + 260 = 2015; (2015 − 1745) ÷ 1745 = 270 ÷ 1745 = 0.15472… → 15.47 %
    expect(g.likeForLike).toMatchObject({ current: "2015", previous: "1745", change: "270", growthPercent: "15.47" });
    expect(g.likeForLike.institutions).toEqual(["bank-a", "bank-b", "bank-c"]);
  });

  it("year on year, a flow year to date", () => {
    const g = statGrowth(book, {
      metric: "green_loan_new",
      period: "2026-03",
      basis: "year-to-date",
      comparison: "year-on-year",
    });
    // reported: (113 − 51) ÷ 51 = 62 ÷ 51 = 1.21568… → 121.57 %
    expect(g.reported).toMatchObject({ current: "113", previous: "51", change: "62", growthPercent: "121.57" });
    // like-for-like a b c: 60 + 15 + 8 = 83; (83 − 51) ÷ 51 = 32 ÷ 51 = 0.62745… → 62.75 %
    expect(g.likeForLike).toMatchObject({ current: "83", previous: "51", change: "32", growthPercent: "62.75" });
  });

  it("year on year, a flow in the month: the revised-away figure leaves like-for-like too", () => {
    const g = statGrowth(book, { metric: "green_loan_new", period: "2026-03", comparison: "year-on-year" });
    // reported: 35 against 2025-03's 10 + 5 + 2 = 17 → 18 ÷ 17 = 1.05882… → 105.88 %
    expect(g.reported).toMatchObject({ current: "35", previous: "17", growthPercent: "105.88" });
    // like-for-like: only a and b have both months (c none in 2026-03, d none in 2025-03): 25 vs 15 → 66.67 %
    expect(g.likeForLike).toMatchObject({ current: "25", previous: "15", change: "10", growthPercent: "66.67" });
    expect(g.likeForLike.institutions).toEqual(["bank-a", "bank-b"]);
  });

  it("month on month: with the same institutions, like-for-like equals reported", () => {
    const g = statGrowth(book, { metric: "green_loan_balance", period: "2026-03", comparison: "period-on-period" });
    // 2026-02: 1160 + 570 + 250 + 180 = 2160; (2205 − 2160) ÷ 2160 = 45 ÷ 2160 = 0.0208333… → 2.08 %
    expect(g.comparePeriod).toBe("2026-02");
    expect(g.reported).toMatchObject({ current: "2205", previous: "2160", change: "45", growthPercent: "2.08" });
    expect(g.likeForLike.growth).toBe(g.reported.growth);
  });

  it("a ratio, year on year", () => {
    const g = statGrowth(book, { metric: "inclusive_loan_rate", period: "2026-03", comparison: "year-on-year" });
    // reported: (4.36 − 4.95) ÷ 4.95 = −0.59 ÷ 4.95 = −0.11919… → −11.92 %
    expect(g.reported).toMatchObject({ current: "4.36", previous: "4.95", change: "-0.59", growthPercent: "-11.92" });
    // like-for-like a b c: (252 + 192 + 120) ÷ (60 + 40 + 20) = 564 ÷ 120 = 4.7; (4.7 − 4.95) ÷ 4.95 = −0.0505… → −5.05 %
    expect(g.likeForLike).toMatchObject({ current: "4.7", previous: "4.95", change: "-0.25", growthPercent: "-5.05" });
  });

  it("no figure last year: null with the reason", () => {
    const g = statGrowth(book, { metric: "green_loan_balance", period: "2025-03", comparison: "year-on-year" });
    expect(g.reported.growth).toBeNull();
    expect(g.reported.reason).toMatch(/^no figure for 2024-03/);
    expect(g.likeForLike.institutions).toEqual([]);
  });

  it("a zero base: change but no growth rate", () => {
    const zero = buildStatBook(METRICS, [
      { orgId: "x", period: "2025-01", metric: "green_loan_new", item: null, value: "0", revision: 1 },
      { orgId: "x", period: "2026-01", metric: "green_loan_new", item: null, value: "5", revision: 1 },
    ]);
    const g = statGrowth(zero, { metric: "green_loan_new", period: "2026-01", comparison: "year-on-year" });
    expect(g.reported).toMatchObject({ change: "5", growth: null, reason: "the 2025-01 figure is 0: no growth rate" });
  });
});

describe("trends", () => {
  it("district and per institution, across the month bank-d joins", () => {
    // 2025-05: 1050 + 525 + 200 = 1775; 06: 1060 + 530 + 200 = 1790; 07: 1070 + 535 + 200 + 110 = 1915;
    // 08: 1080 + 540 + 200 + 120 = 1940
    const t = statTrend(book, { metric: "green_loan_balance", from: "2025-05", to: "2025-08" });
    expect(t.points.map((p) => [p.period, p.value])).toEqual([
      ["2025-05", "1775"],
      ["2025-06", "1790"],
      ["2025-07", "1915"],
      ["2025-08", "1940"],
    ]);
    const d = statTrend(book, { metric: "green_loan_balance", from: "2025-05", to: "2025-08", orgId: "bank-d" });
    expect(d.points.map((p) => p.value)).toEqual([null, null, "110", "120"]);
    const all = institutionTrends(book, { metric: "green_loan_new", from: "2026-02", to: "2026-03" });
    expect(all.map((x) => [x.orgId, x.points.map((p) => p.value)])).toEqual([
      ["bank-a", ["20", "20"]],
      ["bank-b", ["5", "5"]],
      ["bank-c", ["4", null]],
      ["bank-d", ["10", "10"]],
    ]);
  });
});

describe("rankings", () => {
  it("by value, largest first and smallest first", () => {
    const r = rankInstitutions(book, { metric: "green_loan_balance", period: "2026-03" });
    expect(r.ranked.map((e) => [e.rank, e.orgId, e.value])).toEqual([
      [1, "bank-a", "1180"],
      [2, "bank-b", "575"],
      [3, "bank-c", "260"],
      [4, "bank-d", "190"],
    ]);
    const asc = rankInstitutions(book, { metric: "green_loan_balance", period: "2026-03", order: "asc" });
    expect(asc.ranked.map((e) => e.orgId)).toEqual(["bank-d", "bank-c", "bank-b", "bank-a"]);
  });

  it("ties broken by org id", () => {
    // inclusive_loan_new 2025-07: a 50, b 30, d 30, c 20 — b and d tie, b first
    const r = rankInstitutions(book, { metric: "inclusive_loan_new", period: "2025-07" });
    expect(r.ranked.map((e) => [e.rank, e.orgId])).toEqual([
      [1, "bank-a"],
      [2, "bank-b"],
      [3, "bank-d"],
      [4, "bank-c"],
    ]);
  });

  it("by growth year on year; the newcomer is not ranked", () => {
    // c (260 − 200) ÷ 200 = 30.00 %; a (1180 − 1030) ÷ 1030 = 150 ÷ 1030 = 14.56 %; b (575 − 515) ÷ 515 = 11.65 %
    const r = rankInstitutions(book, { metric: "green_loan_balance", period: "2026-03", by: "growth" });
    expect(r.ranked.map((e) => [e.rank, e.orgId, e.growthPercent])).toEqual([
      [1, "bank-c", "30.00"],
      [2, "bank-a", "14.56"],
      [3, "bank-b", "11.65"],
    ]);
    expect(r.ranked[0]!.value).toBe("0.3");
    expect(r.unranked).toHaveLength(1);
    expect(r.unranked[0]!.orgId).toBe("bank-d");
    expect(r.unranked[0]!.reason).toMatch(/^no figure for 2025-03/);
  });
});

describe("peer comparison", () => {
  it("share of the district; quartiles suppressed with 3 peers", () => {
    const p = peerComparison(book, { orgId: "bank-a", metric: "green_loan_balance", period: "2026-03", kinds: KINDS });
    // 1180 ÷ 2205 = 0.535147… → 53.51 %
    expect(p).toMatchObject({ own: "1180", district: "2205", districtInstitutions: 4, sharePercent: "53.51" });
    expect(p.peers).toBeNull();
    expect(p.peersReason).toMatch(/^3 peers of kind bank reported it, fewer than 4/);
    expect(p.peersReported).toBe(3);
    // The trace names no other institution and shows no peer's figure.
    expect(p.trace.join("\n")).not.toMatch(/\bbank-[bcd]\b|\b(575|260|190)\b/);
  });

  it("quartiles by linear interpolation among the other institutions of the same kind", () => {
    const v = (orgId: string, value: string): StatValue => ({
      orgId,
      period: "2026-03",
      metric: "green_loan_balance",
      item: null,
      value,
      revision: 1,
    });
    const peers = buildStatBook(METRICS, [
      v("p0", "35"),
      v("p1", "10"),
      v("p2", "20"),
      v("p3", "40"),
      v("p4", "100"),
      v("ins", "500"),
    ]);
    const kinds = { p0: "bank", p1: "bank", p2: "bank", p3: "bank", p4: "bank", ins: "insurer" };
    const p = peerComparison(peers, { orgId: "p0", metric: "green_loan_balance", period: "2026-03", kinds });
    // peers (p0 itself and the insurer left out), sorted: x = 10, 20, 40, 100; n = 4
    // p25: h = 3 × 0.25 = 0.75 → 10 + 0.75 × (20 − 10) = 17.5
    // median: h = 1.5 → 20 + 0.5 × (40 − 20) = 30
    // p75: h = 2.25 → 40 + 0.25 × (100 − 40) = 55
    expect(p.peers).toMatchObject({ count: 4, p25: "17.5", median: "30", p75: "55" });
    expect(p.peersReported).toBe(4);
    expect(p.position).toBe("median-p75");
    // district 35 + 10 + 20 + 40 + 100 + 500 = 705; 35 ÷ 705 = 0.049645… → 4.96 %
    expect(p).toMatchObject({ district: "705", sharePercent: "4.96" });
    expect(p.trace.join("\n")).not.toMatch(/\bp[1-4]\b|\bins\b|\b(10|20|40|100|500)\b/);
  });

  it("a ratio has no share", () => {
    const p = peerComparison(book, { orgId: "bank-a", metric: "inclusive_loan_rate", period: "2026-03", kinds: KINDS });
    expect(p).toMatchObject({ own: "4.2", district: "4.36", share: null });
    expect(p.shareReason).toMatch(/ratio/);
  });

  it("quartiles of 5 values fall on values; of 1 value all equal it", () => {
    // n = 5: h = 1, 2, 3 → x[1], x[2], x[3]
    expect(statQuartiles(["100", "10", "40", "30", "20"])).toMatchObject({ p25: "20", median: "30", p75: "40" });
    expect(statQuartiles(["7"])).toMatchObject({ p25: "7", median: "7", p75: "7" });
  });
});

const target = (t: Partial<StatTarget>): StatTarget => ({
  key: "t",
  nameZh: "t",
  nameEn: "t",
  metric: "m",
  unit: "percent",
  baselineYear: 2020,
  baselineValue: "0",
  targetYear: 2027,
  targetValue: "1",
  direction: "increase",
  source: "test",
  ...t,
});

describe("targets", () => {
  // Carbon intensity −18 % by 2027 from 2020 (the change against 2020 in percent: baseline 0, target −18).
  const carbon = target({
    key: "carbon-intensity-2027",
    metric: "carbon_intensity_change",
    baselineYear: 2020,
    baselineValue: "0",
    targetYear: 2027,
    targetValue: "-18",
    direction: "decrease",
  });
  const carbonObs = [
    { year: 2021, value: "-3" },
    { year: 2022, value: "-5" },
    { year: 2023, value: "-8" },
    { year: 2024, value: "-10" },
    { year: 2025, value: "-12" },
  ];

  it("a decrease target: progress, needed change, projection off track", () => {
    const p = targetProgress(carbon, carbonObs);
    // progress = (−12 − 0) ÷ (−18 − 0) = 0.666… → 66.67 %
    expect(p.progressPercent).toBe("66.67");
    expect(p.progress!.startsWith("0.66666666")).toBe(true);
    expect(p.achieved).toBe(false);
    // needed = (−18 − (−12)) ÷ (2027 − 2025) = −6 ÷ 2 = −3 per year
    expect(p.neededAnnualChange).toBe("-3");
    // x = year − 2021: 0…4; n = 5, Σx = 10, Σy = −38, Σxy = −5 − 16 − 30 − 48 = −99, Σx² = 30
    // b = (5 × −99 − 10 × −38) ÷ (5 × 30 − 10²) = (−495 + 380) ÷ 50 = −115 ÷ 50 = −2.3 per year
    // ŷ(2027), x_T = 6: (−38 + (−2.3) × (5 × 6 − 10)) ÷ 5 = (−38 − 46) ÷ 5 = −16.8 > −18 → off track
    expect(p.projection).toEqual({ points: 5, slope: "-2.3", targetYear: 2027, projected: "-16.8", onTrack: false });
    expect(p.trace).toContain("off track: projected -16.8 > target -18");
  });

  it("an increase target (green industry share 15 %): progress 50 %, off track", () => {
    const share = target({
      key: "green-industry-share-2027",
      metric: "green_industry_share",
      baselineYear: 2022,
      baselineValue: "10",
      targetValue: "15",
    });
    const p = targetProgress(share, [
      { year: 2023, value: "11" },
      { year: 2024, value: "11.6" },
      { year: 2025, value: "12.5" },
    ]);
    // progress = (12.5 − 10) ÷ (15 − 10) = 2.5 ÷ 5 = 0.5 → 50.00 %; needed = (15 − 12.5) ÷ 2 = 1.25 per year
    expect(p).toMatchObject({ progress: "0.5", progressPercent: "50.00", neededAnnualChange: "1.25" });
    // x = 0, 1, 2: Σx = 3, Σy = 35.1, Σxy = 11.6 + 25 = 36.6, Σx² = 5
    // b = (3 × 36.6 − 3 × 35.1) ÷ (3 × 5 − 9) = 4.5 ÷ 6 = 0.75; ŷ(2027), x_T = 4: (35.1 + 0.75 × (12 − 3)) ÷ 3 = 13.95
    expect(p.projection).toEqual({ points: 3, slope: "0.75", targetYear: 2027, projected: "13.95", onTrack: false });
  });

  it("an increase target on track; one point gives no projection; none gives no progress", () => {
    const loans = target({ baselineYear: 2024, baselineValue: "8", targetValue: "12" });
    // b = (2 − 0)... x = 0, 1: b = (2 × 10 − 1 × 18) ÷ (2 × 1 − 1) = 2; ŷ(2027), x_T = 3: (18 + 2 × (6 − 1)) ÷ 2 = 14 ≥ 12
    const on = targetProgress(loans, [
      { year: 2024, value: "8" },
      { year: 2025, value: "10" },
    ]);
    expect(on).toMatchObject({ progressPercent: "50.00", neededAnnualChange: "1" });
    expect(on.projection).toMatchObject({ slope: "2", projected: "14", onTrack: true });
    const one = targetProgress(loans, [{ year: 2025, value: "10" }]);
    expect(one.projection).toBeNull();
    expect(one.projectionReason).toBe("only 1 annual value: a trend needs at least 2");
    expect(one.progressPercent).toBe("50.00");
    const none = targetProgress(loans, []);
    expect(none).toMatchObject({
      progress: null,
      projection: null,
      projectionReason: "no annual value: a trend needs at least 2",
    });
  });

  it("achieved, the target year reached, and an inconsistent target", () => {
    // (−19 − 0) ÷ −18 = 1.0555… → 105.56 %
    const done = targetProgress(carbon, [{ year: 2027, value: "-19" }]);
    expect(done).toMatchObject({ achieved: true, progressPercent: "105.56", neededAnnualChange: null });
    expect(done.neededReason).toMatch(/no years left/);
    expect(() => targetProgress({ ...carbon, targetValue: "5" }, [])).toThrow(/below its baseline/);
  });

  it("annual values from the reports: complete years only", () => {
    // 2025 year to date at 2025-12: a 120 + b 60 + c 24 + d 6 × 10 = 264; 2026 has no December yet
    expect(annualStatValues(book, { metric: "green_loan_new", years: [2025, 2026], frequency: "monthly" })).toEqual([
      { year: 2025, value: "264", source: "district green_loan_new, year to date 2025-12" },
    ]);
    // year-end stock 2025-12: 1120 + 560 + 200 + 160 = 2040
    expect(
      annualStatValues(book, { metric: "green_loan_balance", years: [2025], frequency: "monthly" })[0]!.value,
    ).toBe("2040");
  });
});
