/**
 * statSeries: a district series in one pass, worked by hand and checked point by point against statFigure.
 *   green_loan_balance (stock): a 100, 110, 120 (2026-01…03); b 50 from 2026-02 (a joiner); 2026-04 nobody.
 *   green_loan_new (flow, by catalogue use): a 10 [use 1: 6] each month; b 5 [use 1: 5] from 2026-02.
 *   inclusive_loan_rate (ratio weighted by inclusive_loan_new): a 4 × 100 each month; b 5 × 300 in 2026-02, and 6 in
 *   2026-03 with no weight (left out); a's weight in 2026-03 is 0 → Σ weight 0 → no average.
 * balance: 100, 160, 170, null; new: 10, 15, 15, null; use 1: 6, 11, 11, null;
 * rate: 4, (400 + 1500) ÷ 400 = 4.75, null (weights 0), null.
 */
import { describe, expect, it } from "vitest";
import { buildStatBook, type StatMetric, type StatValue, statFigure, statSeries } from "../src/index";

const metric = (key: string, kind: StatMetric["kind"], extra: Partial<StatMetric> = {}): StatMetric => ({
  key,
  article: "green",
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

const METRICS = [
  metric("green_loan_balance", "stock"),
  metric("green_loan_new", "flow", { breakdown: "catalogue-use" }),
  metric("inclusive_loan_new", "flow"),
  metric("inclusive_loan_rate", "ratio", { weightMetric: "inclusive_loan_new" }),
];

const v = (orgId: string, period: string, metric: string, value: string, item: string | null = null): StatValue => ({
  orgId,
  period,
  metric,
  item,
  value,
  revision: 1,
});

const VALUES: StatValue[] = [
  v("a", "2026-01", "green_loan_balance", "100"),
  v("a", "2026-02", "green_loan_balance", "110"),
  v("a", "2026-03", "green_loan_balance", "120"),
  v("b", "2026-02", "green_loan_balance", "50"),
  v("b", "2026-03", "green_loan_balance", "50"),
  ...["2026-01", "2026-02", "2026-03"].flatMap((p) => [
    v("a", p, "green_loan_new", "10"),
    v("a", p, "green_loan_new", "6", "1"),
  ]),
  ...["2026-02", "2026-03"].flatMap((p) => [v("b", p, "green_loan_new", "5"), v("b", p, "green_loan_new", "5", "1")]),
  v("a", "2026-01", "inclusive_loan_rate", "4"),
  v("a", "2026-01", "inclusive_loan_new", "100"),
  v("a", "2026-02", "inclusive_loan_rate", "4"),
  v("a", "2026-02", "inclusive_loan_new", "100"),
  v("b", "2026-02", "inclusive_loan_rate", "5"),
  v("b", "2026-02", "inclusive_loan_new", "300"),
  v("a", "2026-03", "inclusive_loan_rate", "4"),
  v("a", "2026-03", "inclusive_loan_new", "0"),
  v("b", "2026-03", "inclusive_loan_rate", "6"),
];

const book = buildStatBook(METRICS, VALUES);
const values = (metric: string, item: string | null = null) =>
  statSeries(book, { metric, item, from: "2026-01", to: "2026-04" }).map((p) => p.value);

describe("statSeries", () => {
  it("sums stocks and flows per period, items too; null where nobody reported", () => {
    expect(values("green_loan_balance")).toEqual(["100", "160", "170", null]);
    expect(values("green_loan_new")).toEqual(["10", "15", "15", null]);
    expect(values("green_loan_new", "1")).toEqual(["6", "11", "11", null]);
  });

  it("weights a ratio, leaving out a value without weight; null when the weights sum to 0", () => {
    expect(values("inclusive_loan_rate")).toEqual(["4", "4.75", null, null]);
  });

  it("gives for every point the value statFigure gives", () => {
    for (const [metric, item] of [
      ["green_loan_balance", null],
      ["green_loan_new", null],
      ["green_loan_new", "1"],
      ["inclusive_loan_rate", null],
    ] as const) {
      for (const p of statSeries(book, { metric, item, from: "2026-01", to: "2026-04" }))
        expect(p.value, `${metric} ${item} ${p.period}`).toBe(
          statFigure(book, { metric, item, period: p.period }).value,
        );
    }
  });
});
