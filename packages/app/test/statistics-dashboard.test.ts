/**
 * The district statistics dashboard through its use-cases, inside tenant transactions as a request runs them, on a
 * small district built by hand (an empty database, so no demo figure interferes). Every expected figure is worked
 * out below.
 *
 * Monthly template, 2030-01…06 and 2031-01…06 (the dashboard's month is 2031-06, compared with 2030-06):
 *   bank A: green_loan_balance 1000 every month of 2030, 1200 every month of 2031; green_loan_new 10 a month in 2030,
 *           20 a month in 2031. 2030-06 split by catalogue use: 1 → 600, 4 → 400; 2031-06: 1 → 700, 4 → 500.
 *   bank B: balance 500 (2030), 450 (2031); new 5 a month. Its 2031-06 report was accepted as revision 1 (balance
 *           400, new 5, use 4 → 400), then corrected: revision 2 (balance 450, new 8, use 4 → 450) accepted later,
 *           and a revision 3 (balance 9999) is submitted but not accepted — revision 2 is in force.
 *           2030-06: use 4 → 500.
 *   bank C: joins in 2031-04: balance 300, new 30 a month (04, 05, 06); 2031-06: use 2 → 300.
 * Quarterly template, 2031-Q2 only: green_bond_held A 100, B 200, C 300, E 400, F 500 (E, F: banks that report only
 * quarterly); the insurer D reports nothing.
 *
 * green_loan_balance 2031-06 = 1200 + 450 + 300 = 1950; 2030-06 = 1000 + 500 = 1500.
 *   as reported (1950 − 1500) ÷ 1500 = 30.00 %; like-for-like (A, B) (1650 − 1500) ÷ 1500 = 10.00 %.
 *   year to date (a stock: the month's) = 1950.
 * green_loan_new 2031-06 = 20 + 8 + 30 = 58; 2030-06 = 10 + 5 = 15.
 *   as reported 43 ÷ 15 = 286.67 %; like-for-like (28 − 15) ÷ 15 = 86.67 %.
 *   year to date 2031 = A 6 × 20 + B (5 × 5 + 8) + C 3 × 30 = 120 + 33 + 90 = 243; 2030 = 60 + 30 = 90;
 *   as reported 153 ÷ 90 = 170.00 %; like-for-like (153 − 90) ÷ 90 = 70.00 %.
 */
import {
  type Actor,
  computeDistrictDashboard,
  drillStatDashboard,
  getStatDashboard,
  myStatistics,
  publicZone,
  statInstitutionView,
  statRankings,
  warmDistrictDashboard,
} from "@greenfin/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { failure, tenantRequests } from "../../../tests/support/tenant-requests";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

const MONTHLY = "five-articles-monthly@2026.1";
const QUARTERLY = "five-articles-quarterly@2026.1";

let p: TestPlatform;
const org: Record<string, string> = {};
let district: Actor;
let bankA: Actor;
let insurer: Actor;
const { asRequest, sql } = tenantRequests(() => p);

type Figures = Record<string, string>;

/** A report with its revisions' figures; `accepted` revisions were accepted in turn, the rest are pending. */
async function report(orgKey: string, tpl: string, period: string, revisions: Figures[], accepted: number) {
  const at = "2031-07-05T02:00:00.000Z";
  const status = accepted === revisions.length ? "accepted" : "submitted";
  const r = await p.db.query<{ id: string }>(
    `INSERT INTO stat_reports (org_id, template_ref, period, status, revision, accepted_revision, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    [org[orgKey], tpl, period, status, revisions.length, accepted, at],
  );
  const id = r.rows[0]!.id;
  for (const [i, figures] of revisions.entries()) {
    for (const [key, value] of Object.entries(figures)) {
      const [metric, item] = key.split("/") as [string, string | undefined];
      await p.db.query(
        "INSERT INTO stat_report_values (report_id, revision, metric, item, value) VALUES ($1, $2, $3, $4, $5)",
        [id, i + 1, metric, item ?? "", value],
      );
    }
    const decided = i + 1 <= accepted;
    await p.db.query(
      `INSERT INTO stat_report_revisions (report_id, revision, submitted_at, outcome, decided_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [id, i + 1, at, decided ? "accepted" : null, decided ? at : null],
    );
  }
}

const months = (year: number, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, "0")}`);

beforeAll(async () => {
  p = await openTestPlatform({ kind: "empty" });
  const orgs: [string, string][] = [
    ["district", "district"],
    ["A", "bank"],
    ["B", "bank"],
    ["C", "bank"],
    ["D", "insurer"],
    ["E", "bank"],
    ["F", "bank"],
  ];
  for (const [key, kind] of orgs) {
    const r = await p.db.query<{ id: string }>(
      "INSERT INTO organisations (kind, name_zh, name_en) VALUES ($1, $2, $3) RETURNING id",
      [kind, `机构${key}`, `Institution ${key}`],
    );
    org[key] = r.rows[0]!.id;
  }
  const actor = (key: string, orgKind: Actor["orgKind"]): Actor => ({
    userId: null,
    orgId: org[key]!,
    orgKind,
    role: "admin",
    via: "session",
  });
  district = actor("district", "district");
  bankA = actor("A", "bank");
  insurer = actor("D", "insurer");

  for (const m of months(2030, 1, 6)) {
    const last = m === "2030-06";
    await report(
      "A",
      MONTHLY,
      m,
      [
        {
          green_loan_balance: "1000",
          green_loan_new: "10",
          ...(last ? { "green_loan_balance/1": "600", "green_loan_balance/4": "400" } : {}),
        },
      ],
      1,
    );
    await report(
      "B",
      MONTHLY,
      m,
      [{ green_loan_balance: "500", green_loan_new: "5", ...(last ? { "green_loan_balance/4": "500" } : {}) }],
      1,
    );
  }
  for (const m of months(2031, 1, 6)) {
    const last = m === "2031-06";
    await report(
      "A",
      MONTHLY,
      m,
      [
        {
          green_loan_balance: "1200",
          green_loan_new: "20",
          ...(last ? { "green_loan_balance/1": "700", "green_loan_balance/4": "500" } : {}),
        },
      ],
      1,
    );
    if (!last) await report("B", MONTHLY, m, [{ green_loan_balance: "450", green_loan_new: "5" }], 1);
  }
  await report(
    "B",
    MONTHLY,
    "2031-06",
    [
      { green_loan_balance: "400", green_loan_new: "5", "green_loan_balance/4": "400" },
      { green_loan_balance: "450", green_loan_new: "8", "green_loan_balance/4": "450" },
      { green_loan_balance: "9999", green_loan_new: "8" },
    ],
    2,
  );
  for (const m of months(2031, 4, 6)) {
    await report(
      "C",
      MONTHLY,
      m,
      [
        {
          green_loan_balance: "300",
          green_loan_new: "30",
          ...(m === "2031-06" ? { "green_loan_balance/2": "300" } : {}),
        },
      ],
      1,
    );
  }
  for (const [key, value] of [
    ["A", "100"],
    ["B", "200"],
    ["C", "300"],
    ["E", "400"],
    ["F", "500"],
  ] as const) {
    await report(key, QUARTERLY, "2031-Q2", [{ green_bond_held: value }], 1);
  }
});
afterAll(async () => {
  await p?.close();
});

const dashboard = (period?: string) =>
  asRequest(district, (tp) => getStatDashboard(tp, district, period ? { period } : {}));

describe("the district dashboard", () => {
  it("defaults to the latest month with accepted data and the last complete quarter", async () => {
    const d = await dashboard();
    expect(d.period).toBe("2031-06");
    expect(d.quarter).toBe("2031-Q2");
    expect(d.periods.slice(0, 2)).toEqual(["2031-06", "2031-05"]);
    expect(d.periods).toHaveLength(12);
    expect(d.quarters).toEqual(["2031-Q2"]);
    expect(d.institutions).toBe(3);
  });

  it("gives the green-loan balance with growth as reported and like-for-like (a mid-year joiner left out)", async () => {
    const d = await dashboard("2031-06");
    const h = d.headline.find((x) => x.metric === "green_loan_balance")!;
    expect(h).toMatchObject({
      frequency: "monthly",
      period: "2031-06",
      value: "1950",
      ytdValue: "1950",
      institutions: 3,
    });
    expect(h.yoyReported).toMatchObject({
      comparePeriod: "2030-06",
      current: "1950",
      previous: "1500",
      growthPercent: "30.00",
    });
    expect(h.yoyLikeForLike).toMatchObject({
      current: "1650",
      previous: "1500",
      change: "150",
      growthPercent: "10.00",
      institutions: 2,
    });
    // The correction accepted later is in force, the pending one is not.
    expect(h.trace.some((t) => t.includes(`${org.B} 2031-06: accepted revision 2 in force`))).toBe(true);
    expect(h.trace.join("\n")).not.toContain("9999");
  });

  it("sums a flow over the year to date and compares both bases year on year", async () => {
    const h = (await dashboard("2031-06")).headline.find((x) => x.metric === "green_loan_new")!;
    expect(h).toMatchObject({ value: "58", ytdValue: "243", institutions: 3 });
    expect(h.yoyReported.growthPercent).toBe("286.67");
    expect(h.yoyLikeForLike.growthPercent).toBe("86.67");
    expect(h.ytdYoyReported).toMatchObject({ current: "243", previous: "90", growthPercent: "170.00" });
    expect(h.ytdYoyLikeForLike).toMatchObject({ current: "153", previous: "90", growthPercent: "70.00" });
  });

  it("shows the quarterly-only metrics for the quarter, and every monthly metric even when nobody reported it", async () => {
    const d = await dashboard("2031-06");
    const bonds = d.headline.find((x) => x.metric === "green_bond_held")!;
    expect(bonds).toMatchObject({ frequency: "quarterly", period: "2031-Q2", value: "1500", institutions: 5 });
    expect(bonds.yoyReported.reason).toMatch(/no figure for 2030-Q2/);
    const agri = d.headline.find((x) => x.metric === "agri_loan_balance")!;
    expect(agri).toMatchObject({ value: null, institutions: 0 });
    // The monthly template's metrics once each, then the quarterly-only ones.
    expect(d.headline.filter((x) => x.metric === "green_loan_balance")).toHaveLength(1);
    expect(d.headline.slice(0, 7).every((x) => x.frequency === "monthly")).toBe(true);
  });

  it("gives 36 months of district series ending at the month", async () => {
    const d = await dashboard("2031-06");
    const s = d.trends.find((x) => x.metric === "green_loan_balance")!;
    expect(s.points).toHaveLength(36);
    expect(s.points[0]!.period).toBe("2028-07");
    const at = (period: string) => s.points.find((x) => x.period === period)!.value;
    expect([at("2030-05"), at("2030-06"), at("2030-07"), at("2031-03"), at("2031-04"), at("2031-06")]).toEqual([
      "1500",
      "1500",
      null,
      "1650",
      "1950",
      "1950",
    ]);
    const q = d.trends.find((x) => x.metric === "green_bond_held")!;
    expect(q.points).toHaveLength(12);
    expect(q.points[11]).toEqual({ period: "2031-Q2", value: "1500" });
  });

  it("reads every institution's totals through a definer function that answers the district only", async () => {
    const q = `SELECT stat_district_totals('${MONTHLY}', '2031-06', '2031-06') AS t`;
    const [forDistrict] = await sql<{ t: string | null }>(district, q);
    expect(forDistrict!.t!.split("\n").sort()).toEqual(
      [
        `${org.A}\t2031-06\t1\tgreen_loan_balance\t1200`,
        `${org.A}\t2031-06\t1\tgreen_loan_new\t20`,
        `${org.B}\t2031-06\t2\tgreen_loan_balance\t450`,
        `${org.B}\t2031-06\t2\tgreen_loan_new\t8`,
        `${org.C}\t2031-06\t1\tgreen_loan_balance\t300`,
        `${org.C}\t2031-06\t1\tgreen_loan_new\t30`,
      ].sort(),
    );
    const [forBank] = await sql<{ t: string | null }>(bankA, q);
    expect(forBank!.t).toBeNull();
  });

  it("is the district's alone; a malformed month is a bilingual 400", async () => {
    expect((await failure(asRequest(bankA, (tp) => getStatDashboard(tp, bankA, {})))).code).toBe("FORBIDDEN");
    const e = await failure(dashboard("2031-6"));
    expect(e.code).toBe("VALIDATION_FAILED");
    expect(e.details?.problems).toEqual([
      expect.objectContaining({ path: "period", messageZh: expect.stringContaining("月份") }),
    ]);
  });
});

describe("drill-downs and rankings", () => {
  const drill = (q: Parameters<typeof drillStatDashboard>[2]) =>
    asRequest(district, (tp) => drillStatDashboard(tp, district, q));

  it("splits the balance by institution with shares and growth", async () => {
    const d = await drill({ metric: "green_loan_balance", period: "2031-06", by: "institution" });
    expect(d.total).toBe("1950");
    expect(d.rows.map((r) => [r.nameEn, r.value, r.sharePercent, r.yoyPercent])).toEqual([
      ["Institution A", "1200", "61.54", "20.00"],
      ["Institution B", "450", "23.08", "-10.00"],
      ["Institution C", "300", "15.38", null],
    ]);
    expect(d.rows[0]!.key).toBe(org.A);
    expect(d.rows[2]!.yoyReason).toMatch(/no figure for 2030-06/);
  });

  it("splits the balance by catalogue use with the catalogue's names", async () => {
    const d = await drill({ metric: "green_loan_balance", period: "2031-06", by: "catalogue-use" });
    // use 4: 500 + 450 = 950 (48.72 %), against 400 + 500 = 900 → 5.56 %; use 1: 700 (35.90 %) against 600 → 16.67 %;
    // use 2: 300 (15.38 %), not reported a year before.
    expect(d.rows.map((r) => [r.key, r.value, r.sharePercent, r.yoyPercent])).toEqual([
      ["4", "950", "48.72", "5.56"],
      ["1", "700", "35.90", "16.67"],
      ["2", "300", "15.38", null],
    ]);
    expect(d.rows.every((r) => r.nameZh !== r.key && r.nameEn !== r.key)).toBe(true);
  });

  it("sums new lending by institution over the year to date", async () => {
    const d = await drill({ metric: "green_loan_new", period: "2031-06", by: "institution", basis: "year-to-date" });
    // A 120 (49.38 %), B 33 (13.58 %), C 90 (37.04 %) of 243; A against 60 → 100.00 %, B against 30 → 10.00 %.
    expect(d.rows.map((r) => [r.nameEn, r.value, r.sharePercent, r.yoyPercent])).toEqual([
      ["Institution A", "120", "49.38", "100.00"],
      ["Institution C", "90", "37.04", null],
      ["Institution B", "33", "13.58", "10.00"],
    ]);
  });

  it("reads a monthly metric's industry split from the quarterly by-industry metric, and refuses what has none", async () => {
    const d = await drill({ metric: "green_loan_balance", period: "2031-06", by: "industry-section" });
    expect(d).toMatchObject({
      sourceMetric: "green_loan_balance_by_industry",
      sourcePeriod: "2031-Q2",
      total: null,
      rows: [],
    });
    const e = await failure(drill({ metric: "green_bond_held", period: "2031-Q2", by: "catalogue-use" }));
    expect(e.code).toBe("VALIDATION_FAILED");
    const wrong = await failure(drill({ metric: "green_bond_held", period: "2031-06" }));
    expect(wrong.details?.problems).toEqual([expect.objectContaining({ path: "period" })]);
  });

  it("ranks the institutions by value and by growth, a newcomer unranked by growth", async () => {
    const byValue = await asRequest(district, (tp) =>
      statRankings(tp, district, { metric: "green_loan_balance", period: "2031-06" }),
    );
    expect(byValue.rows.map((r) => [r.rank, r.nameEn, r.value, r.sharePercent])).toEqual([
      [1, "Institution A", "1200", "61.54"],
      [2, "Institution B", "450", "23.08"],
      [3, "Institution C", "300", "15.38"],
    ]);
    const byGrowth = await asRequest(district, (tp) =>
      statRankings(tp, district, { metric: "green_loan_balance", period: "2031-06", by: "growth" }),
    );
    expect(byGrowth.rows.map((r) => [r.rank, r.nameEn, r.yoyPercent])).toEqual([
      [1, "Institution A", "20.00"],
      [2, "Institution B", "-10.00"],
    ]);
    expect(byGrowth.unranked).toEqual([
      expect.objectContaining({ orgId: org.C, reason: expect.stringMatching(/no figure for 2030-06/) }),
    ]);
  });
});

describe("one institution, for the district", () => {
  it("gives its figures, shares, catalogue split and green-loan trend", async () => {
    const v = await asRequest(district, (tp) => statInstitutionView(tp, district, org.A!, { period: "2031-06" }));
    expect(v.org).toMatchObject({ id: org.A, nameEn: "Institution A", kind: "bank" });
    const f = (metric: string) => v.figures.find((x) => x.metric === metric)!;
    expect(f("green_loan_balance")).toMatchObject({ value: "1200", ytdValue: "1200", sharePercent: "61.54" });
    expect(f("green_loan_balance").yoy.growthPercent).toBe("20.00");
    // new: 20 of 58 = 34.48 %, year to date 120, against 10 a year before → 100.00 %.
    expect(f("green_loan_new")).toMatchObject({ value: "20", ytdValue: "120", sharePercent: "34.48" });
    expect(f("green_loan_new").yoy.growthPercent).toBe("100.00");
    expect(f("green_bond_held")).toMatchObject({ period: "2031-Q2", value: "100", sharePercent: "6.67" });
    const split = v.breakdowns.find((b) => b.metric === "green_loan_balance")!;
    // 700 ÷ 1200 = 58.33 %, 500 ÷ 1200 = 41.67 %; use 1 against 600 → 16.67 %, use 4 against 400 → 25.00 %.
    expect(split.rows.map((r) => [r.key, r.value, r.sharePercent, r.yoyPercent])).toEqual([
      ["1", "700", "58.33", "16.67"],
      ["4", "500", "41.67", "25.00"],
    ]);
    expect(v.trend.points).toHaveLength(36);
    expect(v.trend.points.filter((x) => x.value !== null).map((x) => x.value)).toEqual([
      ...Array(6).fill("1000"),
      ...Array(6).fill("1200"),
    ]);
  });

  it("is NOT_FOUND for an organisation that does not report and FORBIDDEN for a bank", async () => {
    const e = await failure(asRequest(district, (tp) => statInstitutionView(tp, district, org.district!)));
    expect(e.code).toBe("NOT_FOUND");
    const bank = await failure(asRequest(bankA, (tp) => statInstitutionView(tp, bankA, org.B!)));
    expect(bank.code).toBe("FORBIDDEN");
  });
});

describe("the institution view", () => {
  it("compares a bank with the district and suppresses quartiles of fewer than 4 peers", async () => {
    const mine = await asRequest(bankA, (tp) => myStatistics(tp, bankA, {}));
    expect(mine).toMatchObject({ period: "2031-06", quarter: "2031-Q2", org: { id: org.A } });
    const balance = mine.figures.find((x) => x.metric === "green_loan_balance")!;
    expect(balance).toMatchObject({
      own: "1200",
      ownYoyPercent: "20.00",
      district: "1950",
      districtYoyPercent: "30.00",
      districtInstitutions: 3,
      sharePercent: "61.54",
      peers: null,
      position: null,
    });
    expect(balance.peersReason).toMatch(/2 peers of kind bank reported it, fewer than 4/);
    expect(balance.peersReported).toBe(2);
    // Green bonds held: peers B, C, E, F = 200, 300, 400, 500 → p25 275, median 350, p75 425; A's 100 is below.
    const bonds = mine.figures.find((x) => x.metric === "green_bond_held")!;
    expect(bonds).toMatchObject({
      own: "100",
      district: "1500",
      sharePercent: "6.67",
      peers: { count: 4, p25: "275", median: "350", p75: "425" },
      position: "below-p25",
    });
    const text = JSON.stringify(mine);
    for (const key of ["B", "C", "E", "F", "district"]) expect(text).not.toContain(org[key]!);
    expect(text).not.toMatch(/Institution [BCEF]/);
  });

  it("is empty for an institution without an accepted report; the district is refused", async () => {
    expect(await asRequest(insurer, (tp) => myStatistics(tp, insurer, {}))).toMatchObject({
      period: null,
      figures: [],
    });
    expect((await failure(asRequest(district, (tp) => myStatistics(tp, district, {})))).code).toBe("FORBIDDEN");
  });
});

describe("the public page", () => {
  it("shows district aggregates, withholds figures of fewer than 3 institutions, names no institution", async () => {
    const z = await publicZone(p);
    expect(z).toMatchObject({ period: "2031-06", quarter: "2031-Q2", institutions: 3, targetsProgress: "computed" });
    expect(z.headline.find((h) => h.metric === "green_loan_balance")).toMatchObject({
      value: "1950",
      yoyPercent: "30.00",
      yoyLikeForLikePercent: "10.00",
      institutions: 3,
      suppressedReason: null,
    });
    expect(z.methodologies.map((m) => m.ref).length).toBeGreaterThan(0);
    const text = JSON.stringify(z);
    for (const id of Object.values(org)) expect(text).not.toContain(id);
    expect(text).not.toContain("Institution");
  });

  it("withholds a figure when only 1 or 2 institutions reported it", async () => {
    // Until a report is accepted the computed dashboard is served again as it is; an acceptance replaces it.
    const before = await computeDistrictDashboard(p.db);
    expect(await computeDistrictDashboard(p.db)).toBe(before);
    await report("A", MONTHLY, "2031-07", [{ green_loan_balance: "1300", inclusive_loan_balance: "50" }], 1);
    await report("B", MONTHLY, "2031-07", [{ green_loan_balance: "460" }], 1);
    // Two of the three institutions accepted: 2031-07 is still under review, and the page stays on 2031-06.
    expect((await publicZone(p)).period).toBe("2031-06");
    // C's report is in, without a green-loan balance: the month is complete, the balance has two reporters.
    await report("C", MONTHLY, "2031-07", [{ green_loan_new: "30" }], 1);
    const z = await publicZone(p);
    expect(z.period).toBe("2031-07");
    expect(z.headline.find((h) => h.metric === "green_loan_balance")).toMatchObject({
      value: null,
      yoyPercent: null,
      institutions: 2,
      suppressedReason: expect.stringMatching(/fewer than 3/),
    });
    // Outside a tenant session, the same as the district's computation underneath.
    // Warmed after the acceptances (as the decision route does), the next read is served from the cache.
    const warmed = await warmDistrictDashboard(p);
    const d = await computeDistrictDashboard(p.db);
    expect(d).toBe(warmed);
    expect(d).not.toBe(before);
    expect(d.period).toBe("2031-07");
    expect(d.headline.find((h) => h.metric === "green_loan_balance")!.value).toBe("1760");
  });
});
