/**
 * The demo statistics on the small demo district of the test template, seeded at the end of November 2026 after the
 * green library and the marketplace: 36 monthly and 12 quarterly reports per institution (less the bank that joins in
 * July 2024), every bank's green-loan balance of a use at least what its labelled green financings give for that use
 * and month, the marketplace figure exactly what its funded claims paid out, two reports revised after acceptance, the
 * latest month partly pending with one returned. Seeded once.
 */
import { generateDemoDistrict } from "@greenfin/domain";
import { loadIndustryClassification } from "@greenfin/reference";
import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { TEMPLATE_ENTERPRISES, TEMPLATE_SEED } from "../../../tests/support/templates";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";
import { seedDemoGreenOnce } from "../src/demo/seed-demo-green";
import { seedDemoMarketOnce } from "../src/demo/seed-demo-market";
import { type StatisticsSeedCounts, seedDemoStatisticsOnce } from "../src/demo/seed-demo-statistics";
import { getStatReport } from "../src/statistics/read-stat-reports";

const SEED_NOW = new Date("2026-11-27T02:00:00.000Z");
const MONTHLY = "five-articles-monthly@2026.1";
const QUARTERLY = "five-articles-quarterly@2026.1";
const district = generateDemoDistrict({
  seed: TEMPLATE_SEED,
  industries: loadIndustryClassification(),
  enterpriseCount: TEMPLATE_ENTERPRISES,
});

let p: TestPlatform;
let counts: StatisticsSeedCounts | null;

beforeAll(async () => {
  p = await openTestPlatform({ now: SEED_NOW });
  await seedDemoGreenOnce(p, district);
  await seedDemoMarketOnce(p, district);
  counts = await seedDemoStatisticsOnce(p, district);
});
afterAll(() => p?.close());

describe("the demo statistics", () => {
  it("seeds three years of monthly and quarterly reports once", async () => {
    expect(counts).not.toBeNull();
    console.info("demo statistics seed:", counts);
    const banks = district.organisations.filter((o) => o.kind === "bank").length;
    const reporters = district.organisations.filter((o) =>
      ["bank", "insurer", "wealth_manager", "fund_manager"].includes(o.kind),
    ).length;
    // The joiner reports from 2024-07: 28 of the 36 months (2023-11 … 2026-10), 9 of the 12 quarters (2023-Q4 … 2026-Q3).
    expect(counts!.monthly).toBe(banks * 36 - 8);
    expect(counts!.quarterly).toBe(reporters * 12 - 3);
    expect(counts).toMatchObject({
      reports: counts!.monthly + counts!.quarterly,
      submitted: 5,
      returned: 1,
      revised: 2,
    });
    const db = await p.db.query<{ reports: number; values: number; revisions: number; first: string; last: string }>(
      `SELECT (SELECT count(*)::int FROM stat_reports) AS reports, (SELECT count(*)::int FROM stat_report_values) AS values,
              (SELECT count(*)::int FROM stat_report_revisions) AS revisions,
              (SELECT min(period) FROM stat_reports WHERE template_ref = $1) AS first,
              (SELECT max(period) FROM stat_reports WHERE template_ref = $1) AS last`,
      [MONTHLY],
    );
    expect(db.rows[0]).toEqual({
      reports: counts!.reports,
      values: counts!.values,
      revisions: counts!.reports + 2,
      first: "2023-11",
      last: "2026-10",
    });
    expect(await seedDemoStatisticsOnce(p, district)).toBeNull();
  });

  it("reports at least each bank's labelled green financings of a use, every month", async () => {
    // The platform's balance per bank, use and month on the pre-fill's caliber, against the reported item in force.
    const r = await p.db.query<{ org: string; period: string; use: string; platform: string; reported: string | null }>(
      `WITH months AS (
         SELECT r.id, r.org_id, r.period, coalesce(r.accepted_revision, r.revision) AS rev,
                (to_date(r.period || '-01', 'YYYY-MM-DD') + interval '1 month - 1 day')::date AS last_day
           FROM stat_reports r WHERE r.template_ref = $1),
       platform AS (
         SELECT m.id, m.org_id, m.period, m.rev, split_part(f.category_code, '.', 1) AS use, sum(f.outstanding) AS balance
           FROM months m JOIN green_financings f ON f.org_id = m.org_id AND f.instrument = 'loan'
                AND f.category_code IS NOT NULL AND f.start_date <= m.last_day
                AND (f.maturity_date IS NULL OR f.maturity_date >= m.last_day)
          GROUP BY 1, 2, 3, 4, 5)
       SELECT x.org_id AS org, x.period, x.use, x.balance::text AS platform, v.value::text AS reported
         FROM platform x LEFT JOIN stat_report_values v
              ON v.report_id = x.id AND v.revision = x.rev AND v.metric = 'green_loan_balance' AND v.item = x.use`,
      [MONTHLY],
    );
    expect(r.rows.length).toBeGreaterThan(50);
    const short = r.rows.filter((x) => x.reported === null || new Decimal(x.reported).lt(x.platform));
    expect(short).toEqual([]);
  });

  it("takes each bank's marketplace lending from its funded claims", async () => {
    const r = await p.db.query<{ period: string; reported: string; funded: string }>(
      `SELECT r.period, v.value::text AS reported,
              coalesce((SELECT sum(c.funded_amount) FROM need_claims c WHERE c.org_id = r.org_id
                          AND to_char(c.funded_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') = r.period), 0)::text AS funded
         FROM stat_reports r JOIN stat_report_values v ON v.report_id = r.id AND v.revision = r.revision
        WHERE r.template_ref = $1 AND v.metric = 'green_loan_marketplace_new'`,
      [MONTHLY],
    );
    expect(r.rows.some((x) => !new Decimal(x.funded).isZero())).toBe(true);
    for (const x of r.rows) expect(new Decimal(x.reported).eq(x.funded)).toBe(true);
  });

  it("keeps two reports revised after acceptance, revision 2 in force", async () => {
    const r = await p.db.query<{ id: string; org_id: string; template_ref: string; period: string }>(
      "SELECT id, org_id, template_ref, period FROM stat_reports WHERE revision = 2 ORDER BY template_ref",
    );
    expect(r.rows.map((x) => [x.template_ref, x.period])).toEqual([
      [MONTHLY, "2026-01"],
      [QUARTERLY, "2025-Q4"],
    ]);
    const district = await actorFor(p, "district-qinwan", "reviewer");
    const view = await getStatReport(p, district, r.rows[0]!.id);
    expect(view).toMatchObject({ status: "accepted", revision: 2, acceptedRevision: 2, acceptedValues: null });
    expect(view.revisions.map((x) => x.outcome)).toEqual(["accepted", "accepted"]);
    expect(view.problems.filter((x) => x.severity !== "note")).toEqual([]);
    const agri = await p.db.query<{ revision: number; value: string }>(
      `SELECT revision, value::text AS value FROM stat_report_values WHERE report_id = $1 AND metric = 'agri_loan_balance'
        ORDER BY revision`,
      [r.rows[0]!.id],
    );
    expect(new Decimal(agri.rows[0]!.value).lt(agri.rows[1]!.value)).toBe(true);
  });

  it("leaves the latest month partly awaiting a decision, one returned with a note", async () => {
    const r = await p.db.query<{ status: string; n: number; note: string | null }>(
      `SELECT r.status, count(*)::int AS n, max(x.decision_note) AS note
         FROM stat_reports r JOIN stat_report_revisions x ON x.report_id = r.id AND x.revision = r.revision
        WHERE r.template_ref = $1 AND r.period = '2026-10' GROUP BY 1 ORDER BY 1`,
      [MONTHLY],
    );
    const by = Object.fromEntries(r.rows.map((x) => [x.status, x]));
    expect(by.submitted?.n).toBe(3);
    expect(by.returned?.n).toBe(1);
    expect(by.returned?.note).toMatch(/涉农贷款/);
    expect(by.accepted?.n).toBeGreaterThan(0);
  });
});
