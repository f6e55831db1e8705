/**
 * Properties of the district aggregates over random reports: a total is the sum of the per-institution figures (and
 * a year-to-date flow the sum of its months); with the same institutions in both periods like-for-like growth equals
 * reported growth; a weighted ratio lies between the institutions' own; quartiles are ordered.
 */
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildStatBook, type StatMetric, type StatValue, statFigure, statGrowth, statQuartiles } from "../src/index";

const metric = (key: string, kind: StatMetric["kind"], weightMetric?: string): StatMetric => ({
  key,
  article: "green",
  nameZh: key,
  nameEn: key,
  unit: kind === "ratio" ? "percent" : "yuan",
  kind,
  ...(weightMetric ? { weightMetric } : {}),
  requiredFor: [],
  definitionZh: key,
  definitionEn: key,
  source: "test",
});
const METRICS = [metric("bal", "stock"), metric("new", "flow"), metric("rate", "ratio", "new")];
const PERIODS = ["2025-01", "2025-02", "2025-03", "2026-01", "2026-02", "2026-03"];

/** A decimal text with up to 2 places, from integers (never a float). */
const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => new Decimal(n).div(100).toFixed());
const orgIds = fc.uniqueArray(fc.constantFrom("a", "b", "c", "d", "e", "f"), { minLength: 1, maxLength: 6 });

/** Every institution reports every period (when `full`) or a random subset. */
const reports = (full: boolean) =>
  orgIds
    .chain((orgs) =>
      fc.tuple(
        fc.constant(orgs),
        fc.array(fc.tuple(amount, amount, amount, fc.boolean()), {
          minLength: orgs.length * PERIODS.length,
          maxLength: orgs.length * PERIODS.length,
        }),
      ),
    )
    .map(([orgs, cells]) => {
      const values: StatValue[] = [];
      orgs.forEach((orgId, i) => {
        PERIODS.forEach((period, j) => {
          const [bal, flow, rate, present] = cells[i * PERIODS.length + j]!;
          if (!full && !present) return;
          const v = (metric: string, value: string): StatValue => ({
            orgId,
            period,
            metric,
            item: null,
            value,
            revision: 1,
          });
          values.push(v("bal", bal), v("new", flow), v("rate", rate));
        });
      });
      return values;
    });

const sum = (xs: readonly (string | null)[]) => xs.reduce((s, x) => s.plus(x ?? 0), new Decimal(0));

describe("aggregate properties", () => {
  it("a total is the sum of the per-institution figures; year to date the sum of the months", () => {
    fc.assert(
      fc.property(reports(false), (values) => {
        const book = buildStatBook(METRICS, values);
        for (const metric of ["bal", "new"]) {
          const f = statFigure(book, { metric, period: "2026-03" });
          const direct = values.filter((v) => v.metric === metric && v.period === "2026-03").map((v) => v.value);
          if (direct.length === 0) expect(f.value).toBeNull();
          else {
            expect(f.value).toBe(sum(direct).toFixed());
            expect(sum(f.institutions.map((o) => o.value)).toFixed()).toBe(f.value);
          }
        }
        const ytd = statFigure(book, { metric: "new", period: "2026-03", basis: "year-to-date" });
        const months = ["2026-01", "2026-02", "2026-03"].map(
          (p) => statFigure(book, { metric: "new", period: p }).value,
        );
        expect(ytd.value).toBe(months.every((m) => m === null) ? null : sum(months).toFixed());
      }),
      { numRuns: 60 },
    );
  });

  it("with the same institutions in both periods, like-for-like growth equals reported growth", () => {
    fc.assert(
      fc.property(reports(true), (values) => {
        const book = buildStatBook(METRICS, values);
        for (const metric of ["bal", "new", "rate"]) {
          for (const comparison of ["year-on-year", "period-on-period"] as const) {
            const g = statGrowth(book, { metric, period: "2026-03", comparison, basis: "year-to-date" });
            expect(g.likeForLike.current).toBe(g.reported.current);
            expect(g.likeForLike.previous).toBe(g.reported.previous);
            expect(g.likeForLike.growth).toBe(g.reported.growth);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("a weighted ratio lies between the smallest and the largest institution's", () => {
    fc.assert(
      fc.property(reports(false), (values) => {
        const f = statFigure(buildStatBook(METRICS, values), { metric: "rate", period: "2026-03" });
        const own = f.institutions.filter((o) => o.value !== null).map((o) => new Decimal(o.value!));
        if (f.value === null) return;
        expect(new Decimal(f.value).gte(Decimal.min(...own))).toBe(true);
        expect(new Decimal(f.value).lte(Decimal.max(...own))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("quartiles are ordered min ≤ p25 ≤ median ≤ p75 ≤ max", () => {
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 30 }), (xs) => {
        const q = statQuartiles(xs);
        const d = xs.map((x) => new Decimal(x));
        const chain = [
          Decimal.min(...d),
          new Decimal(q.p25),
          new Decimal(q.median),
          new Decimal(q.p75),
          Decimal.max(...d),
        ];
        for (let i = 1; i < chain.length; i++) expect(chain[i - 1]!.lte(chain[i]!)).toBe(true);
      }),
    );
  });
});
