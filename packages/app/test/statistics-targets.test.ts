/**
 * District targets through the use-cases, each call inside a tenant transaction as a request runs it. Data built here
 * by hand (straight into the tables, as accepted reports and carbon accounts stand after their own flows):
 *
 * Reported target "green-loans-2022" (green_loan_balance, a stock: the December figure is the year-end value):
 *   December balances   bank-qinwan 100 / 130 / 150, bank-changhe-qd 50 / 60 / 90 (2019 / 2020 / 2021)
 *   district totals     2019 150, 2020 190, 2021 240; target 300 in 2022 from 150 in 2019
 *   progress = (240 − 150) ÷ (300 − 150) = 60 %; needed = (300 − 240) ÷ 1 = 60
 *   least squares x = 0, 1, 2: n = 3, Σx = 3, Σy = 580, Σxy = 670, Σx² = 5; b = (2010 − 1740) ÷ 6 = 45;
 *   ŷ(2022) = (580 + 45 × (9 − 3)) ÷ 3 = 850 ÷ 3 = 283.33…: off track
 *
 * Platform target "carbon-2027" (carbon_intensity_change, from carbon accounts; tCO2 / value added in 10k yuan):
 *   ent A 2024 100/50, 2025 90/60; ent B 2024 300/100, 2025 330/110; ent C 2025 only 1000/10
 *   change 2025 = (420 ÷ 170) ÷ (400 ÷ 150) − 1 = −7.3529 %; progress −7.3529 ÷ −18 = 40.85 %;
 *   projection through (0, 0), (1, −7.3529) to 2027: −22.0587 ≤ −18, on track
 *
 * Entered target "green-industry" (green_industry_share): 10 in 2022 → 15 in 2027; entered 2023 11, 2024 11.5,
 *   2025 12.4: progress (12.4 − 10) ÷ 5 = 48 %, slope 0.7, projected 13.7333… (off track).
 */
import {
  type Actor,
  dashboardModules,
  deleteTarget,
  listTargetsWithProgress,
  publicTargetsWithProgress,
  saveTarget,
  saveTargetObservation,
} from "@greenfin/app";
import type { TTargetWithProgress } from "@greenfin/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, orgByKey } from "../../../tests/support/demo-lookup";
import { failure, sortedProblemPaths, tenantRequests } from "../../../tests/support/tenant-requests";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";
// The lead hooks the demo seeder into the demo; until then it is imported from its file.
import { seedDemoTargetsOnce } from "../src/demo/seed-demo-targets";

let p: TestPlatform;
let district: Actor;
let districtViewer: Actor;
let bank: Actor;
const { asRequest } = tenantRequests(() => p);

async function acceptedDecember(orgId: string, year: number, balance: string): Promise<void> {
  const r = await p.db.query<{ id: string }>(
    `INSERT INTO stat_reports (org_id, template_ref, period, status, revision, accepted_revision, created_at, updated_at)
     VALUES ($1, 'five-articles-monthly@2026.1', $2, 'accepted', 1, 1, now(), now()) RETURNING id`,
    [orgId, `${year}-12`],
  );
  const id = r.rows[0]!.id;
  await p.db.query(
    "INSERT INTO stat_report_values (report_id, revision, metric, item, value) VALUES ($1, 1, 'green_loan_balance', '', $2)",
    [id, balance],
  );
  await p.db.query(
    `INSERT INTO stat_report_revisions (report_id, revision, submitted_at, outcome, decided_at)
     VALUES ($1, 1, now(), 'accepted', now())`,
    [id],
  );
}

async function account(orgId: string, year: number, co2: string, va: string): Promise<void> {
  await p.db.query(
    `INSERT INTO carbon_accounts (org_id, year, version, calculated_on, method, factor_set, inputs_hash, scope1,
        scope1_combustion, scope1_process, scope2_location, scope2_market, total_location, total_market,
        value_added_wan, account, account_hash, created_at)
     VALUES ($1, $2, 1, '2026-01-10', 'test', 'test', 'h', $3, $3, 0, 0, 0, $3, $3, $4, '{}', 'h', now())`,
    [orgId, year, co2, va],
  );
}

const target = (key: string, body: Record<string, unknown>) =>
  asRequest(district, (tp) => saveTarget(tp, district, key, body));
const find = (list: { targets: TTargetWithProgress[] }, key: string) => list.targets.find((t) => t.key === key)!;

beforeAll(async () => {
  p = await openTestPlatform();
  p.clock.set(new Date("2026-04-10T02:00:00.000Z"));
  district = await actorFor(p, "district-qinwan", "admin");
  districtViewer = await actorFor(p, "district-qinwan", "viewer");
  bank = await actorFor(p, "bank-qinwan", "analyst");
  const b1 = (await orgByKey(p, "bank-qinwan")).id;
  const b2 = (await orgByKey(p, "bank-changhe-qd")).id;
  for (const [year, v1, v2] of [
    [2019, "100", "50"],
    [2020, "130", "60"],
    [2021, "150", "90"],
  ] as const) {
    await acceptedDecember(b1, year, v1);
    await acceptedDecember(b2, year, v2);
  }
  const ents = (
    await p.db.query<{ id: string }>("SELECT id FROM organisations WHERE kind = 'enterprise' ORDER BY demo_key LIMIT 3")
  ).rows.map((r) => r.id);
  await account(ents[0]!, 2024, "100", "50");
  await account(ents[0]!, 2025, "90", "60");
  await account(ents[1]!, 2024, "300", "100");
  await account(ents[1]!, 2025, "330", "110");
  await account(ents[2]!, 2025, "1000", "10");
});
afterAll(async () => {
  await p?.close();
});

const REPORTED = {
  nameZh: "绿色贷款余额",
  nameEn: "Green-loan balance",
  metric: "green_loan_balance",
  unit: "yuan",
  baselineYear: 2019,
  baselineValue: "150",
  targetYear: 2022,
  targetValue: "300",
  direction: "increase",
  source: "test plan",
};

describe("targets with progress", () => {
  it("computes a template metric's progress from the accepted December figures", async () => {
    const t = await target("green-loans-2022", REPORTED);
    expect(t.dataSource).toBe("reported");
    expect(t.observations.map((o) => [o.year, o.value, o.origin])).toEqual([
      [2019, "150", "reported"],
      [2020, "190", "reported"],
      [2021, "240", "reported"],
    ]);
    expect(t.progressPercent).toBe("60.00");
    expect(t.neededAnnualChange).toBe("60");
    expect(t.projection?.slope).toBe("45");
    expect(t.projection?.projected.startsWith("283.333")).toBe(true);
    expect(t.projection?.onTrack).toBe(false);
    expect(t.trace.join("\n")).toContain("green_loan_balance (stock)");
  });

  it("computes the carbon-intensity change from the enterprises' accounts, like for like", async () => {
    const t = await target("carbon-2027", {
      ...REPORTED,
      nameZh: "碳排放强度下降18%",
      nameEn: "Carbon intensity −18 %",
      metric: "carbon_intensity_change",
      unit: "percent",
      baselineYear: 2024,
      baselineValue: "0",
      targetYear: 2027,
      targetValue: "-18",
      direction: "decrease",
    });
    expect(t.dataSource).toBe("platform");
    expect(t.observations.map((o) => [o.year, o.value])).toEqual([
      [2024, "0"],
      [2025, "-7.3529"],
    ]);
    expect(t.progressPercent).toBe("40.85");
    expect(t.projection?.projected).toBe("-22.0587");
    expect(t.projection?.onTrack).toBe(true);
  });

  it("reads entered observations for an indicator nobody reports, who entered them included", async () => {
    await target("green-industry", {
      ...REPORTED,
      nameZh: "绿色产业增加值占比",
      nameEn: "Green industry share of value added",
      metric: "green_industry_share",
      unit: "percent",
      baselineYear: 2022,
      baselineValue: "10",
      targetYear: 2027,
      targetValue: "15",
    });
    for (const [year, value] of [
      [2023, "11"],
      [2024, "11.5"],
      [2025, "12.4"],
    ] as const)
      await asRequest(district, (tp) =>
        saveTargetObservation(tp, district, "green-industry", { year, value, source: "statistics bureau (test)" }),
      );
    const t = find(await asRequest(district, (tp) => listTargetsWithProgress(tp, district)), "green-industry");
    expect(t.dataSource).toBe("entered");
    expect(t.progressPercent).toBe("48.00");
    expect(t.projection?.slope).toBe("0.7");
    expect(t.projection?.projected.startsWith("13.7333")).toBe(true);
    expect(t.observations[0]?.enteredBy).toBeTruthy();
    expect(
      (await p.db.query("SELECT 1 FROM audit_log WHERE action = 'statistics.target.observation.enter'")).rows,
    ).toHaveLength(3);
  });

  it("gives an institution and the public page the same district figures, the public page without names", async () => {
    const asBank = await asRequest(bank, (tp) => listTargetsWithProgress(tp, bank));
    const pub = await publicTargetsWithProgress(p);
    for (const key of ["green-loans-2022", "carbon-2027", "green-industry"]) {
      expect(find(asBank, key).progress).toBe(find(pub, key).progress);
      expect(find(asBank, key).progress).not.toBeNull();
    }
    expect(find(pub, "green-industry").observations.every((o) => o.enteredBy === null)).toBe(true);
    expect(find(asBank, "green-industry").observations.every((o) => o.enteredBy === null)).toBe(true);
  });
});

describe("writing targets", () => {
  it("lists every bad field in Chinese and English and saves nothing", async () => {
    const before = (await p.db.query("SELECT count(*)::int AS n FROM district_targets")).rows[0];
    const e = await failure(
      target("bad-target", {
        nameZh: "",
        metric: "Green Loans",
        unit: "kg",
        baselineYear: 2025,
        baselineValue: "abc",
        targetYear: 2024,
        targetValue: "1",
        direction: "up",
        source: "x",
      }),
    );
    expect(e.code).toBe("VALIDATION_FAILED");
    expect(sortedProblemPaths(e)).toEqual([
      "baselineValue",
      "direction",
      "metric",
      "nameEn",
      "nameZh",
      "targetYear",
      "unit",
    ]);
    const problems = e.details?.problems as { messageZh: string; messageEn: string }[];
    expect(problems.every((x) => /[\u4e00-\u9fff]/.test(x.messageZh) && /[a-z]/.test(x.messageEn))).toBe(true);
    expect((await p.db.query("SELECT count(*)::int AS n FROM district_targets")).rows[0]).toEqual(before);
  });

  it("refuses a decrease target above its baseline, and a unit the metric is not in", async () => {
    const e = await failure(target("wrong-way", { ...REPORTED, direction: "decrease" }));
    expect(sortedProblemPaths(e)).toEqual(["targetValue"]);
    const u = await failure(target("wrong-unit", { ...REPORTED, unit: "percent" }));
    expect(sortedProblemPaths(u)).toEqual(["unit"]);
    expect(((u.details?.problems ?? []) as { messageEn: string }[])[0]?.messageEn).toBe(
      "unit: the metric green_loan_balance is in yuan",
    );
  });

  it("lets only the district's writers change targets", async () => {
    expect((await failure(asRequest(bank, (tp) => saveTarget(tp, bank, "x-bank", REPORTED)))).code).toBe("FORBIDDEN");
    expect(
      (await failure(asRequest(districtViewer, (tp) => saveTarget(tp, districtViewer, "x-viewer", REPORTED)))).code,
    ).toBe("FORBIDDEN");
    expect(
      (
        await failure(
          asRequest(bank, (tp) =>
            saveTargetObservation(tp, bank, "green-industry", { year: 2026, value: "1", source: "x" }),
          ),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("updates and deletes with audit entries, the observations going with the target", async () => {
    await target("green-loans-2022", { ...REPORTED, nameEn: "Green-loan balance (renamed)" });
    await asRequest(district, (tp) => deleteTarget(tp, district, "green-industry"));
    const actions = (
      await p.db.query<{ action: string; entity_id: string }>(
        "SELECT action, entity_id FROM audit_log WHERE entity_type = 'district_target' ORDER BY seq",
      )
    ).rows.map((r) => `${r.action} ${r.entity_id}`);
    expect(actions).toContain("statistics.target.create green-loans-2022");
    expect(actions).toContain("statistics.target.update green-loans-2022");
    expect(actions).toContain("statistics.target.delete green-industry");
    expect(
      (await p.db.query("SELECT 1 FROM district_target_observations WHERE target_key = 'green-industry'")).rows,
    ).toHaveLength(0);
    expect((await failure(asRequest(district, (tp) => deleteTarget(tp, district, "green-industry")))).code).toBe(
      "NOT_FOUND",
    );
  });
});

/**
 * Module panels on hand-made rows: a carbon grading of 2025 (grades 1 and 3; an older 2024 batch with a grade 5 is
 * not the latest) and three projects (certified 1.1.1 with 500 and 2.1.1 with 300, one submitted with 100):
 * by status certified 2 / 800, submitted 1 / 100; by catalogue use "1" 500, "2" 300.
 */
describe("the dashboard's module panels", () => {
  it("counts the latest carbon grading and the project pipeline", async () => {
    const ents = (
      await p.db.query<{ id: string; account: string }>(
        `SELECT a.org_id AS id, a.id AS account FROM carbon_accounts a WHERE a.year = 2025 ORDER BY a.org_id LIMIT 2`,
      )
    ).rows;
    const batch = async (year: number, created: string, grades: number[]) => {
      const b = await p.db.query<{ id: string }>(
        `INSERT INTO carbon_grade_batches (year, method, enterprise_count, created_at) VALUES ($1, 'test-method', $2, $3)
         RETURNING id`,
        [year, grades.length, created],
      );
      for (const [i, g] of grades.entries())
        await p.db.query(
          `INSERT INTO carbon_grades (batch_id, org_id, account_id, industry_group, l_value, industry_l, k_value, grade,
              colour, explanation) VALUES ($1, $2, $3, 'C26', 1, 1, 1, $4, 'green', '{}')`,
          [b.rows[0]!.id, ents[i]!.id, ents[i]!.account, g],
        );
    };
    await batch(2024, "2026-01-01T00:00:00Z", [5]);
    await batch(2025, "2026-02-01T00:00:00Z", [1, 3]);
    const org = ents[0]!.id;
    const project = (ref: string, status: string, category: string | null, investment: string) =>
      p.db.query(
        `INSERT INTO green_projects (ref_no, org_id, submitted_by_org_id, name, description, area, industry_code,
            total_investment, financing_need, eia_status, classification, classifier_catalogue, classifier_vocabulary,
            fingerprint, status, certified_category, certified_at, submitted_at, updated_at)
         VALUES ($1, $2, $2, $1, 'test', 'qd', 'C2651', $5, 0, 'approved', '{}', 'c', 'v', $1, $3, $4,
            CASE WHEN $3 = 'certified' THEN now() END, now(), now())`,
        [ref, org, status, category, investment],
      );
    await project("GP-T-1", "certified", "1.1.1", "500");
    await project("GP-T-2", "certified", "2.1.1", "300");
    await project("GP-T-3", "submitted", null, "100");

    const m = await asRequest(district, (tp) => dashboardModules(tp, district));
    expect(m.carbonGrades.year).toBe(2025);
    expect(m.carbonGrades.grades.map((g) => g.count)).toEqual([1, 0, 1, 0, 0]);
    expect(m.projects.byStatus).toEqual([
      { status: "certified", count: 2, amount: "800" },
      { status: "submitted", count: 1, amount: "100" },
    ]);
    expect(m.projects.certifiedAmount).toBe("800");
    expect(m.projects.byCatalogueUse.map((u) => [u.code, u.nameZh, u.amount])).toEqual([
      ["1", "节能降碳产业", "500"],
      ["2", expect.any(String), "300"],
    ]);
    expect(m.rating.run).toBeNull();
    const cea2024 = m.carbonMarket.series.find((s) => s.year === 2024);
    expect([cea2024?.yearEndClose, cea2024?.volumeTonnes, cea2024?.turnoverYuan]).toEqual([
      "97.49",
      "189000000",
      "18114000000",
    ]);
    expect((await failure(asRequest(bank, (tp) => dashboardModules(tp, bank)))).code).toBe("FORBIDDEN");
  });
});

describe("the demo targets", () => {
  it("are seeded once, the carbon target computed from the accounts and the others from illustrative entries", async () => {
    expect(await seedDemoTargetsOnce(p)).toBe(4);
    expect(await seedDemoTargetsOnce(p)).toBe(0);
    const list = await publicTargetsWithProgress(p);
    const carbon = find(list, "carbon-intensity-2027");
    expect(carbon.dataSource).toBe("platform");
    expect(carbon.latest).toEqual({ year: 2025, value: "-7.3529" });
    const share = find(list, "green-industry-share-2027");
    expect(share.dataSource).toBe("entered");
    // (12.9 − 11) ÷ (15 − 11) = 1.9 ÷ 4 = 47.5 %
    expect(share.progressPercent).toBe("47.50");
    expect(share.observations.every((o) => o.source.includes("illustrative"))).toBe(true);
    expect(find(list, "green-loan-share-2027").latest).toEqual({ year: 2025, value: "14.9" });
    // The balance target starts at the first accepted year-end total, 150 in 2019, and aims at 150 × 1.5 = 225;
    // 2021's 240 is past it: (240 − 150) ÷ (225 − 150) = 120 %.
    const balance = find(list, "green-loan-balance-2027");
    expect([balance.baselineYear, balance.baselineValue, balance.targetValue]).toEqual([2019, "150", "225"]);
    expect(balance.progressPercent).toBe("120.00");
    expect(balance.achieved).toBe(true);
  });
});
