import { loadIndustryClassification, loadStatTemplate, statBreakdownItems } from "@greenfin/reference";
import { describe, expect, it } from "vitest";
import {
  type DemoStatReport,
  type DemoStatRevision,
  type GenerateDemoStatisticsInput,
  generateDemoDistrict,
  generateDemoStatistics,
} from "../src/demo/index";
import { checkStatReport } from "../src/statistics/index";

const monthly = loadStatTemplate("five-articles-monthly@2026.1");
const quarterly = loadStatTemplate("five-articles-quarterly@2026.1");
const district = generateDemoDistrict({ seed: 42, industries: loadIndustryClassification(), enterpriseCount: 20 });
const NOW = Date.UTC(2026, 10, 27, 6); // 2026-11-27 14:00 China time

// A bank whose platform book is large in one use (5, ecology), so the reported figures must rise to it.
const platformLoans: GenerateDemoStatisticsInput["platformLoans"] = [
  {
    institutionKey: "bank-qinwan",
    use: "5",
    section: "N",
    amount: "2500000000",
    outstanding: "2200000000",
    startDate: "2024-03-15",
    maturityDate: "2034-03-15",
  },
  {
    institutionKey: "bank-qinwan",
    use: "5",
    section: "A",
    amount: "900000000",
    outstanding: "900000000",
    startDate: "2025-06-02",
    maturityDate: null,
  },
  {
    institutionKey: "bank-huaze-qd",
    use: "4",
    section: "D",
    amount: "300000000",
    outstanding: "120000000",
    startDate: "2023-01-10",
    maturityDate: "2025-01-10",
  },
  {
    institutionKey: "bank-huaze-qd",
    use: null,
    section: "C",
    amount: "99000000000",
    outstanding: "99000000000",
    startDate: "2023-01-10",
    maturityDate: null,
  },
];
const marketFundings: GenerateDemoStatisticsInput["marketFundings"] = [
  { institutionKey: "bank-changhe-qd", date: "2026-10-09", amount: "35000000.50" },
  { institutionKey: "bank-changhe-qd", date: "2026-10-31", amount: "15000000" },
  { institutionKey: "bank-changhe-qd", date: "2026-11-01", amount: "999" },
];
const input: GenerateDemoStatisticsInput = {
  seed: 42,
  nowMs: NOW,
  institutions: district.organisations.map((o) => ({ key: o.key, kind: o.kind, institutionType: o.institutionType })),
  monthly,
  quarterly,
  breakdownItems: statBreakdownItems(),
  platformLoans,
  marketFundings,
};
const stats = generateDemoStatistics(input);
const accepted = (r: DemoStatReport) => r.revisions.find((v) => v.revision === r.acceptedRevision) ?? null;
const byKey = new Map(stats.reports.map((r) => [`${r.orgKey}|${r.templateRef}|${r.period}`, r]));
const value = (rev: DemoStatRevision, metric: string, item: string | null = null) =>
  rev.values.find((v) => v.metric === metric && v.item === item)?.value;
const previousPeriod = (p: string) => {
  const y = Number(p.slice(0, 4));
  if (p.includes("Q")) {
    const q = Number(p.slice(6));
    return q === 1 ? `${y - 1}-Q4` : `${y}-Q${q - 1}`;
  }
  const m = Number(p.slice(5));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
};

describe("generateDemoStatistics", () => {
  it("covers 36 months to the last complete month and 12 quarters to the last complete quarter", () => {
    expect(stats.months).toHaveLength(36);
    expect(stats.months[0]).toBe("2023-11");
    expect(stats.months.at(-1)).toBe("2026-10");
    expect(stats.quarters).toEqual([
      "2023-Q4",
      "2024-Q1",
      "2024-Q2",
      "2024-Q3",
      "2024-Q4",
      "2025-Q1",
      "2025-Q2",
      "2025-Q3",
      "2025-Q4",
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
    ]);
    const banks = district.organisations.filter((o) => o.kind === "bank").length;
    const reporters = district.organisations.filter((o) =>
      ["bank", "insurer", "wealth_manager", "fund_manager"].includes(o.kind),
    ).length;
    const joinedMonths = stats.months.filter((m) => m >= (stats.joiner?.firstMonth ?? "")).length;
    const joinedQuarters = stats.quarters.filter(
      (q) =>
        `${q.slice(0, 4)}-${String((Number(q.slice(6)) - 1) * 3 + 1).padStart(2, "0")}` >=
        (stats.joiner?.firstMonth ?? ""),
    ).length;
    const of = (ref: string) => stats.reports.filter((r) => r.templateRef === ref).length;
    expect(of(monthly.ref)).toBe((banks - 1) * 36 + joinedMonths);
    expect(of(quarterly.ref)).toBe((reporters - 1) * 12 + joinedQuarters);
  });

  it("passes the template's checks with every revision of every report, against the accepted report before it", () => {
    let checked = 0;
    for (const r of stats.reports) {
      const template = r.templateRef === monthly.ref ? monthly : quarterly;
      const before = byKey.get(`${r.orgKey}|${r.templateRef}|${previousPeriod(r.period)}`);
      const prev = before ? accepted(before) : null;
      for (const rev of r.revisions) {
        const check = checkStatReport(
          template,
          { orgKind: r.orgKind, period: r.period, values: rev.values },
          {
            breakdownItems: statBreakdownItems(),
            previous: prev ? { orgKind: r.orgKind, period: before!.period, values: prev.values } : null,
          },
        );
        const problems = check.problems.filter((x) => x.severity !== "note");
        expect(problems, `${r.orgKey} ${r.period} r${rev.revision}`).toEqual([]);
        expect(check.crossChecks.every((c) => c.status !== "failed")).toBe(true);
        checked++;
      }
    }
    expect(checked).toBe(stats.reports.length + 2);
  });

  it("has a bank joining in a July part-way through, with no report before", () => {
    expect(stats.joiner).toEqual({ orgKey: "bank-qiyun-qd", firstMonth: "2024-07" });
    const own = stats.reports.filter((r) => r.orgKey === "bank-qiyun-qd");
    expect(own.filter((r) => r.templateRef === monthly.ref).map((r) => r.period)[0]).toBe("2024-07");
    expect(own.filter((r) => r.templateRef === quarterly.ref).map((r) => r.period)[0]).toBe("2024-Q3");
    expect(own.filter((r) => r.templateRef === monthly.ref)).toHaveLength(28);
  });

  it("revises two accepted reports: revision 2 accepted, superseding revision 1", () => {
    const revised = stats.reports.filter((r) => r.revision === 2);
    expect(revised.map((r) => [r.templateRef, r.period])).toEqual([
      [monthly.ref, "2026-01"],
      [quarterly.ref, "2025-Q4"],
    ]);
    for (const r of revised) {
      expect(r).toMatchObject({ status: "accepted", acceptedRevision: 2 });
      const [first, second] = r.revisions as [DemoStatRevision, DemoStatRevision];
      expect([first.outcome, second.outcome]).toEqual(["accepted", "accepted"]);
      expect(second.submittedAt > (first.decidedAt as string)).toBe(true);
      expect(Number(value(first, "agri_loan_balance"))).toBeLessThan(Number(value(second, "agri_loan_balance")));
      expect(value(first, "green_loan_balance")).toBe(value(second, "green_loan_balance"));
    }
  });

  it("leaves the latest month partly awaiting a decision, one returned with a note", () => {
    const latest = stats.reports.filter((r) => r.period === "2026-10");
    expect(latest.filter((r) => r.status === "submitted")).toHaveLength(3);
    const returned = latest.filter((r) => r.status === "returned");
    expect(returned).toHaveLength(1);
    expect(returned[0]!.revisions[0]).toMatchObject({
      outcome: "returned",
      decisionNote: expect.stringMatching(/涉农贷款/),
    });
    expect(returned[0]!.acceptedRevision).toBeNull();
    expect(latest.filter((r) => r.status === "accepted")).toHaveLength(latest.length - 4);
    expect(stats.reports.filter((r) => r.period === "2026-Q3" && r.status === "submitted")).toHaveLength(2);
  });

  it("never reports less green lending of a use than the bank's platform book for that month", () => {
    // bank-qinwan's use 5: 2.2 bn outstanding from 2024-03, 3.1 bn from 2025-06; lent 2.5 bn in 2024-03.
    const r = (p: string) => byKey.get(`bank-qinwan|${monthly.ref}|${p}`)!.revisions.at(-1)!;
    expect(Number(value(r("2024-02"), "green_loan_balance", "5"))).toBeLessThan(2_200_000_000);
    expect(Number(value(r("2024-03"), "green_loan_balance", "5"))).toBeGreaterThanOrEqual(2_200_000_000);
    expect(Number(value(r("2024-03"), "green_loan_new", "5"))).toBeGreaterThanOrEqual(2_500_000_000);
    expect(Number(value(r("2025-06"), "green_loan_balance", "5"))).toBeGreaterThanOrEqual(3_100_000_000);
    // Unlabelled loans are not green loans: huaze's 99 bn does not inflate its balance.
    const h = byKey.get(`bank-huaze-qd|${monthly.ref}|2024-06`)!.revisions[0]!;
    expect(Number(value(h, "green_loan_balance"))).toBeLessThan(10_000_000_000);
  });

  it("takes the marketplace figure from the funded claims of the month", () => {
    const r = byKey.get(`bank-changhe-qd|${monthly.ref}|2026-10`)!.revisions.at(-1)!;
    expect(r.values.find((v) => v.metric === "green_loan_marketplace_new")).toEqual({
      metric: "green_loan_marketplace_new",
      item: null,
      value: "50000000.5",
      source: "marketplace",
    });
    const q = byKey.get(`bank-changhe-qd|${quarterly.ref}|2026-Q3`)!.revisions.at(-1)!;
    expect(value(q, "green_loan_marketplace_new")).toBe("0");
  });

  it("adds up to plausible district figures (illustrative)", () => {
    const total = (ref: string, period: string, metric: string) =>
      stats.reports
        .filter((r) => r.templateRef === ref && r.period === period)
        .reduce((s, r) => s + Number(value(r.revisions.at(-1)!, metric) ?? 0), 0);
    const green = total(monthly.ref, "2026-10", "green_loan_balance");
    expect(green).toBeGreaterThan(32e9);
    expect(green).toBeLessThan(45e9);
    const inclusiveGrowth =
      total(monthly.ref, "2026-10", "inclusive_loan_balance") / total(monthly.ref, "2025-10", "inclusive_loan_balance");
    expect(inclusiveGrowth).toBeGreaterThan(1.2);
    expect(inclusiveGrowth).toBeLessThan(1.4);
    const accounts = total(quarterly.ref, "2026-Q3", "personal_pension_accounts");
    expect(accounts).toBeGreaterThan(300_000);
    expect(accounts).toBeLessThan(360_000);
  });

  it("dates every step before the seeding instant, in order", () => {
    const now = new Date(NOW).toISOString();
    for (const r of stats.reports) {
      expect(r.createdAt <= r.revisions[0]!.submittedAt).toBe(true);
      for (const v of r.revisions) {
        expect(v.submittedAt < now).toBe(true);
        if (v.decidedAt) expect(v.submittedAt <= v.decidedAt && v.decidedAt < now).toBe(true);
      }
      expect(r.updatedAt < now).toBe(true);
    }
  });

  it("is deterministic for a seed and instant", () => {
    expect(generateDemoStatistics(input)).toEqual(stats);
    expect(generateDemoStatistics({ ...input, seed: 43 }).reports).not.toEqual(stats.reports);
  });
});
