/**
 * The intake check of a statistics report against its template, worked by hand.
 *
 * The hand-built quarterly template T (bank and insurer reporters):
 *   loan      yuan    stock  by catalogue use  required of banks
 *   loan_new  yuan    flow   by catalogue use  required of banks
 *   borrowers count   stock                    required of banks
 *   rate      percent ratio  weighted by loan_new, required of banks
 *   premium   yuan    flow                     required of insurers
 * Cross-checks: continuity "loan - prev:loan <= loan_new" (warning) and "rate <= 36" (warning).
 * Breakdown items: catalogue uses "1"…"9", industry sections "A"…"T".
 */

import { loadStatTemplate, statBreakdownItems } from "@greenfin/reference";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkStatReport,
  monthsOfPeriod,
  periodOf,
  periodsOfYear,
  previousPeriod,
  readStatPeriod,
  requireStatPeriod,
  type StatBreakdownItems,
  StatPeriodError,
  type StatReportEntry,
  type StatReportInput,
  type StatTemplate,
} from "../src/index";

const metric = (key: string, over: Partial<StatTemplate["metrics"][number]>): StatTemplate["metrics"][number] => ({
  key,
  article: "green",
  nameZh: key,
  nameEn: key,
  unit: "yuan",
  kind: "stock",
  requiredFor: ["bank"],
  definitionZh: key,
  definitionEn: key,
  source: "test",
  ...over,
});

const T: StatTemplate = {
  ref: "test-quarterly@1",
  frequency: "quarterly",
  nameZh: "测试",
  nameEn: "test",
  metrics: [
    metric("loan", { breakdown: "catalogue-use" }),
    metric("loan_new", { kind: "flow", breakdown: "catalogue-use" }),
    metric("borrowers", { unit: "count" }),
    metric("rate", { unit: "percent", kind: "ratio", weightMetric: "loan_new" }),
    metric("premium", { kind: "flow", requiredFor: ["insurer"] }),
  ],
  crossChecks: [
    {
      key: "continuity",
      lhs: ["loan", "-prev:loan"],
      op: "<=",
      rhs: ["loan_new"],
      tolerance: "0",
      severity: "warning",
      messageZh: "余额增加超过发放额",
      messageEn: "Balance rose by more than new lending",
    },
    {
      key: "ceiling",
      lhs: ["rate"],
      op: "<=",
      rhs: ["36"],
      tolerance: "0",
      severity: "warning",
      messageZh: "利率超过36%",
      messageEn: "Rate above 36 %",
    },
  ],
};

const ITEMS: StatBreakdownItems = {
  "catalogue-use": ["1", "2", "3", "4", "5", "6", "7", "8", "9"].map((code) => ({ code })),
  "industry-section": [..."ABCDEFGHIJKLMNOPQRST"].map((code) => ({ code })),
};

const v = (metric: string, item: string | null, value: string): StatReportEntry => ({ metric, item, value });
const report = (values: StatReportEntry[], period = "2026-Q1", orgKind = "bank"): StatReportInput => ({
  orgKind,
  period,
  values,
});
const codes = (r: ReturnType<typeof checkStatReport>) => r.problems.map((p) => [p.metric, p.item, p.code, p.severity]);

/** A clean bank report: loan 1000.50 = 600.25 (use 4) + 400.25 (use 6); new 300 (use 4); 12 borrowers at 4.35 %. */
const CLEAN = [
  v("loan", null, "1000.50"),
  v("loan", "4", "600.25"),
  v("loan", "6", "400.25"),
  v("loan_new", null, "300"),
  v("loan_new", "4", "300"),
  v("borrowers", null, "12"),
  v("rate", null, "4.35"),
];

describe("checkStatReport on a hand-built template", () => {
  it("passes a clean report; continuity 1000.50 - 800 = 200.50 <= 300, 4.35 <= 36", () => {
    const r = checkStatReport(T, report(CLEAN), {
      breakdownItems: ITEMS,
      previous: report([v("loan", null, "800")], "2025-Q4"),
    });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.crossChecks).toEqual([
      {
        key: "continuity",
        status: "passed",
        lhs: "200.5",
        rhs: "300",
        trace: "loan - prev:loan <= loan_new: 1000.5 - 800 = 200.5 <= 300 = 300 (tolerance 0) — passed",
      },
      {
        key: "ceiling",
        status: "passed",
        lhs: "4.35",
        rhs: "36",
        trace: "rate <= 36: 4.35 = 4.35 <= 36 = 36 (tolerance 0) — passed",
      },
    ]);
  });

  it("returns every problem at once, in the order found", () => {
    const r = checkStatReport(
      T,
      report([
        v("loan", null, "1000.50"),
        v("loan", "4", "600.25"),
        v("loan", "6", "400.2"), // 600.25 + 400.2 = 1000.45, 0.05 short of the total
        v("loan", "C", "1"), // a section, not a catalogue use: refused and left out of the sum
        v("loan_new", null, "-5"), // negative; also non-zero without items
        v("borrowers", null, "12.5"),
        v("rate", null, "104.123456"), // six places > 4, and above 100
        v("premium", null, "1,000"), // validated though a bank need not report it
        v("deposits", null, "1"),
        v("borrowers", "4", "1"), // borrowers are not broken down
        v("loan", "4", "1"), // second entry of loan / 4
      ]),
      { breakdownItems: ITEMS },
    );
    expect(codes(r)).toEqual([
      ["loan", "C", "unknown_item", "error"],
      ["loan_new", null, "negative", "error"],
      ["borrowers", null, "not_integer", "error"],
      ["rate", null, "too_many_places", "error"],
      ["rate", null, "percent_out_of_range", "error"],
      ["premium", null, "bad_number", "error"],
      ["deposits", null, "unknown_metric", "error"],
      ["borrowers", "4", "unexpected_item", "error"],
      ["loan", "4", "duplicate_value", "error"],
      ["loan", null, "breakdown_sum", "error"],
      ["loan_new", null, "breakdown_missing", "error"],
      ["loan", null, "cross_check_skipped", "note"],
      ["rate", null, "cross_check", "warning"],
    ]);
    expect(r.ok).toBe(false);
    const sum = r.problems.find((p) => p.code === "breakdown_sum")!;
    expect(sum.messageEn).toBe("loan: the items add up to 1000.45, not the total 1000.5 (difference 0.05).");
    expect(sum.messageZh).toBe("loan各分项之和 1000.45 不等于合计 1000.5（差 0.05）。");
    expect(r.problems.find((p) => p.code === "cross_check_skipped")).toMatchObject({
      check: "continuity",
      messageEn: 'Check "Balance rose by more than new lending" skipped: there is no previous report.',
    });
    expect(r.problems.at(-1)).toMatchObject({
      check: "ceiling",
      messageEn: "Rate above 36 % (104.123456 <= 36 does not hold)",
    });
  });

  it("asks each kind of institution for its own metrics; a blank is not a figure", () => {
    const insurer = checkStatReport(T, report([v("premium", null, "")], "2026-Q1", "insurer"), {
      breakdownItems: ITEMS,
    });
    expect(codes(insurer)).toEqual([
      ["premium", null, "required_missing", "error"],
      ["loan", null, "cross_check_skipped", "note"],
      ["rate", null, "cross_check_skipped", "note"],
    ]);
    expect(insurer.problems[2]?.messageEn).toBe('Check "Rate above 36 %" skipped: rate not reported.');
    // An insurer reporting its premiums passes, though it leaves every bank metric empty.
    const ok = checkStatReport(T, report([v("premium", null, "88.8")], "2026-Q1", "insurer"), {
      breakdownItems: ITEMS,
    });
    expect(ok.ok).toBe(true);
    const bank = checkStatReport(T, report(CLEAN.filter((e) => e.metric !== "borrowers")), { breakdownItems: ITEMS });
    expect(codes(bank)[0]).toEqual(["borrowers", null, "required_missing", "error"]);
  });

  it("continuity against the previous quarter: 1000 - 600 = 400 > 300 is a warning, not an error", () => {
    const r = checkStatReport(
      T,
      report([
        v("loan", null, "1000"),
        v("loan", "1", "1000"),
        v("loan_new", null, "300"),
        v("loan_new", "1", "300"),
        v("borrowers", null, "3"),
        v("rate", null, "5"),
      ]),
      { breakdownItems: ITEMS, previous: report([v("loan", null, "600")], "2025-Q4") },
    );
    expect(codes(r)).toEqual([["loan", null, "cross_check", "warning"]]);
    expect(r.ok).toBe(true);
    expect(r.crossChecks[0]).toMatchObject({ status: "failed", lhs: "400", rhs: "300" });
    expect(r.crossChecks[0]?.trace).toBe(
      "loan - prev:loan <= loan_new: 1000 - 600 = 400 <= 300 = 300 (tolerance 0) — failed",
    );
    // A tolerance of 100 lets 400 <= 300 + 100 pass.
    const loose = { ...T, crossChecks: [{ ...T.crossChecks[0]!, tolerance: "100" }] };
    const again = checkStatReport(
      loose,
      report(CLEAN.map((e) => (e.metric === "loan" && !e.item ? v("loan", null, "1000.5") : e))),
      {
        breakdownItems: ITEMS,
        previous: report([v("loan", null, "600.5")], "2025-Q4"),
      },
    );
    expect(again.crossChecks[0]).toMatchObject({ status: "passed", lhs: "400", rhs: "300" });
  });

  it("refuses a bad period, a period of the other frequency, and a previous report of the wrong period", () => {
    expect(codes(checkStatReport(T, report(CLEAN, "2026-13"), { breakdownItems: ITEMS }))[0]).toEqual([
      null,
      null,
      "bad_period",
      "error",
    ]);
    expect(codes(checkStatReport(T, report(CLEAN, "2026-03"), { breakdownItems: ITEMS }))[0]).toEqual([
      null,
      null,
      "wrong_frequency",
      "error",
    ]);
    const r = checkStatReport(T, report(CLEAN), {
      breakdownItems: ITEMS,
      previous: report([v("loan", null, "1")], "2025-Q3"),
    });
    expect(codes(r)).toEqual([
      [null, null, "previous_period_mismatch", "error"],
      ["loan", null, "cross_check_skipped", "note"],
    ]);
    expect(r.problems[0]?.messageEn).toBe("The previous report given is for 2025-Q3, not 2025-Q4.");
    expect(r.problems[1]?.messageEn).toMatch(/skipped: the previous report is not for the period before\.$/);
  });

  it("adds items exactly (0.1 + 0.2 = 0.3), wants a total beside items, and a ratio's weight", () => {
    const r = checkStatReport(
      T,
      report([
        v("loan", null, "0.3"),
        v("loan", "1", "0.1"),
        v("loan", "2", "0.2"),
        v("loan_new", "1", "5"),
        v("borrowers", null, "0"),
        v("rate", null, "3"),
      ]),
      { breakdownItems: ITEMS },
    );
    expect(codes(r)).toEqual([
      // Template order: loan_new's two problems, then rate's.
      ["loan_new", null, "required_missing", "error"],
      ["loan_new", null, "total_missing", "error"],
      ["rate", null, "weight_missing", "error"],
      ["loan", null, "cross_check_skipped", "note"],
    ]);
  });

  it("a zero total needs no items; an item of zero is a figure", () => {
    const r = checkStatReport(
      T,
      report([
        v("loan", null, "0"),
        v("loan_new", null, "0.00"),
        v("loan_new", "3", "0"),
        v("borrowers", null, "0"),
        v("rate", null, "0"),
      ]),
      { breakdownItems: ITEMS },
    );
    expect(r.ok).toBe(true);
  });

  it("property: a report whose items add up to its total never fails the sum rule; one fen off always does", () => {
    const cents = fc.bigInt({ min: 0n, max: 10n ** 15n });
    const yuan = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, "0")}`;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.constantFrom("1", "2", "3", "4", "5", "6", "7", "8", "9"), cents), {
          selector: (x) => x[0],
          minLength: 1,
        }),
        fc.boolean(),
        (parts, off) => {
          const total = parts.reduce((s, [, c]) => s + c, 0n) + (off ? 1n : 0n);
          const r = checkStatReport(
            T,
            report([v("loan", null, yuan(total)), ...parts.map(([code, c]) => v("loan", code, yuan(c)))]),
            { breakdownItems: ITEMS },
          );
          expect(r.problems.some((p) => p.code === "breakdown_sum")).toBe(off);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("checkStatReport on the shipped quarterly template", () => {
  // Loaded from @greenfin/reference and used as the domain's StatTemplate: a drift between the two fails the type check.
  const quarterly: StatTemplate = loadStatTemplate("five-articles-quarterly@2026.1");
  const items: StatBreakdownItems = statBreakdownItems();

  /**
   * A bank's 2026-Q1: green loans 5,000,000.00 = use 4 3,000,000 + use 6 2,000,000 = section D 3,500,000 + section G
   * 1,500,000; new 1,200,000.50 = use 4 1,200,000.50 = section D 1,200,000.50; 2025-Q4 balance 4,000,000, so the
   * balance rose 1,000,000 <= 1,200,000.50. Inclusive 800,000 balance (700,000 before: +100,000 <= 250,000 new),
   * 40 borrowers, 4.2 %. Marketplace-arranged 200,000 <= new 1,200,000.50.
   */
  const q1 = [
    v("green_loan_balance", null, "5000000.00"),
    v("green_loan_balance", "4", "3000000"),
    v("green_loan_balance", "6", "2000000"),
    v("green_loan_balance_by_industry", null, "5000000"),
    v("green_loan_balance_by_industry", "D", "3500000"),
    v("green_loan_balance_by_industry", "G", "1500000"),
    v("green_loan_new", null, "1200000.50"),
    v("green_loan_new", "4", "1200000.50"),
    v("green_loan_new_by_industry", null, "1200000.50"),
    v("green_loan_new_by_industry", "D", "1200000.50"),
    v("green_loan_marketplace_new", null, "200000"),
    v("green_bond_underwritten", null, "0"),
    v("green_bond_held", null, "30000000"),
    v("inclusive_loan_balance", null, "800000"),
    v("inclusive_loan_borrowers", null, "40"),
    v("inclusive_loan_new", null, "250000"),
    v("inclusive_loan_rate", null, "4.2"),
    v("agri_loan_balance", null, "600000"),
    v("tech_sme_loan_balance", null, "900000"),
    v("tech_sme_borrowers", null, "7"),
    v("personal_pension_accounts", null, "1200"),
    v("annuity_assets_custody", null, "0"),
    v("pension_industry_loan_balance", null, "150000"),
    v("digital_transactions", null, "100000"),
    v("online_transaction_share", null, "92.5"),
    v("ecny_scenarios", null, "35"),
  ];
  const q4 = report(
    [
      v("green_loan_balance", null, "4000000"),
      v("inclusive_loan_balance", null, "700000"),
      v("personal_pension_accounts", null, "1100"),
    ],
    "2025-Q4",
  );

  it("passes a bank's complete quarter, every cross-check evaluated", () => {
    const r = checkStatReport(quarterly, report(q1), { breakdownItems: items, previous: q4 });
    expect(r.problems).toEqual([]);
    expect(r.crossChecks.map((c) => [c.key, c.status, c.lhs, c.rhs])).toEqual([
      ["green_loan_balance_continuity", "passed", "1000000", "1200000.5"],
      ["green_loan_marketplace_within_new", "passed", "200000", "1200000.5"],
      ["green_loan_balance_industry_total", "passed", "5000000", "5000000"],
      ["green_loan_new_industry_total", "passed", "1200000.5", "1200000.5"],
      ["inclusive_loan_balance_continuity", "passed", "100000", "250000"],
      ["inclusive_loan_rate_ceiling", "passed", "4.2", "36"],
      ["personal_pension_accounts_continuity", "passed", "1200", "1100"],
    ]);
  });

  it("refuses a by-industry total that differs from the by-use total, and an insurer without its green insurance", () => {
    const r = checkStatReport(
      quarterly,
      report(
        q1.map((e) =>
          e.metric === "green_loan_balance_by_industry" && e.item === "G" ? v(e.metric, "G", "1400000") : e,
        ),
      ),
      { breakdownItems: items, previous: q4 },
    );
    expect(codes(r)).toEqual([["green_loan_balance_by_industry", null, "breakdown_sum", "error"]]);
    const insurer = checkStatReport(
      quarterly,
      report(
        [
          v("green_bond_held", null, "1"),
          v("digital_transactions", null, "10"),
          v("online_transaction_share", null, "50"),
        ],
        "2026-Q1",
        "insurer",
      ),
      {
        breakdownItems: items,
      },
    );
    expect(codes(insurer).filter((p) => p[3] === "error")).toEqual([
      ["green_insurance_premium", null, "required_missing", "error"],
      ["green_insurance_sum_insured", null, "required_missing", "error"],
    ]);
  });
});

describe("periods", () => {
  it("reads months and quarters and refuses anything else", () => {
    expect(readStatPeriod("2026-03")).toEqual({ period: "2026-03", frequency: "monthly", year: 2026, index: 3 });
    expect(readStatPeriod("2026-Q1")).toEqual({ period: "2026-Q1", frequency: "quarterly", year: 2026, index: 1 });
    for (const bad of [
      "2026-3",
      "2026-13",
      "2026-00",
      "2026-Q5",
      "2026-Q0",
      "2026-q1",
      "26-03",
      "2026-03-01",
      " 2026-03",
      "1999-12",
      "2101-01",
    ])
      expect([bad, readStatPeriod(bad)]).toEqual([bad, null]);
    expect(() => requireStatPeriod("2026-Q5")).toThrow(StatPeriodError);
  });

  it("steps back across the year, lists a year, finds a date's period, lists a quarter's months", () => {
    expect(previousPeriod("2026-01")).toBe("2025-12");
    expect(previousPeriod("2026-07")).toBe("2026-06");
    expect(previousPeriod("2026-Q1")).toBe("2025-Q4");
    expect(previousPeriod("2026-Q3")).toBe("2026-Q2");
    expect(() => previousPeriod("2000-01")).toThrow(StatPeriodError);
    expect(() => previousPeriod("2026-13")).toThrow(StatPeriodError);
    expect(periodsOfYear(2026, "quarterly")).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(periodsOfYear(2026, "monthly")).toHaveLength(12);
    expect(periodsOfYear(2026, "monthly")[11]).toBe("2026-12");
    expect(() => periodsOfYear(2026.5, "monthly")).toThrow(StatPeriodError);
    expect(periodOf("2026-03-31", "quarterly")).toBe("2026-Q1");
    expect(periodOf("2026-04-01", "quarterly")).toBe("2026-Q2");
    expect(periodOf("2026-12-31", "monthly")).toBe("2026-12");
    expect(periodOf("2024-02-29", "monthly")).toBe("2024-02");
    expect(() => periodOf("2026-02-29", "monthly")).toThrow(StatPeriodError);
    expect(() => periodOf("2026-04-31", "monthly")).toThrow(StatPeriodError);
    expect(monthsOfPeriod("2026-Q2")).toEqual(["2026-04", "2026-05", "2026-06"]);
    expect(monthsOfPeriod("2026-03")).toEqual(["2026-03"]);
  });
});
