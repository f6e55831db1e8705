/**
 * Carbon accounts on a real database: an enterprise's account computed from its stored activity rows, kept as
 * immutable versions (a recalculation on unchanged inputs adds nothing; a corrected row adds a dated version and
 * the old one stays); read by a bank only under the enterprise's "carbon" grant; the district's yearly run grades
 * an industry by the L/K method; ETS allowances valued at the CEA price.
 *
 * Electricity only, so the figures are checked by hand: 2025 has no published factor, so Shandong's latest,
 * 2023's 0.6191 tCO2/MWh, applies (the account says so). 100 000 kWh a month = 1 200 MWh → 1 200 × 0.6191 =
 * 742.92 tCO2; 200 000 → 1 485.84; 50 000 → 371.46. With 1 000 万元 value added each:
 *   L = 0.74292, 1.48584, 0.37146 tCO2/万元; industry L = (742.92 + 1485.84 + 371.46) ÷ 3000 = 2600.22 ÷ 3000
 *   = 0.86674; K = 0.857143, 1.714286, 0.428571 → grades 3 (≤ 1.2), 4 (≤ 2.0), 1 (≤ 0.6).
 */
import {
  type Actor,
  accountYear,
  carbonAccountYears,
  computeCarbonAccount,
  getCarbonAccount,
  recordEtsAllocation,
} from "@greenfin/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { putMonths, seedResinPeers } from "../../../tests/support/carbon-peers";
import { actorFor } from "../../../tests/support/demo-lookup";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let firms: { id: string; key: string }[];
let district: Actor;
let bank: Actor;

beforeAll(async () => {
  p = await openTestPlatform();
  firms = await seedResinPeers(p);
  district = await actorFor(p, "district-qinwan", "admin");
  bank = await actorFor(p, "bank-qinwan", "admin");
});
afterAll(() => p?.close());

describe("an enterprise's carbon account", () => {
  it("is computed from the stored activity rows with the provincial factor, and kept as version 1", async () => {
    const me = await actorFor(p, firms[0]!.key, "admin");
    const first = await computeCarbonAccount(p, me, firms[0]!.id, 2025);
    expect(first).toMatchObject({ version: 1, created: true });
    const detail = await getCarbonAccount(p, me, firms[0]!.id, 2025);
    const account = detail.account;
    expect(Number(account.totals.scope2Location)).toBe(742.92);
    expect(Number(account.totals.scope1)).toBe(0);
    expect(detail.factorSet).toBe("cn-carbon-factors@2026.1");
    expect(account.warnings.join(" ")).toMatch(/2023/);
  });

  it("adds no version when nothing changed, and a dated version when a row is corrected; the old one stays", async () => {
    const me = await actorFor(p, firms[0]!.key, "admin");
    expect(await computeCarbonAccount(p, me, firms[0]!.id, 2025)).toMatchObject({ version: 1, created: false });
    await p.db.query(
      "UPDATE carbon_activity SET quantity = 110000 WHERE org_id = $1 AND month = '2025-06-01' AND item = 'electricity'",
      [firms[0]!.id],
    );
    expect(await computeCarbonAccount(p, me, firms[0]!.id, 2025)).toMatchObject({ version: 2, created: true });
    const v1 = await getCarbonAccount(p, me, firms[0]!.id, 2025, 1);
    const v2 = await getCarbonAccount(p, me, firms[0]!.id, 2025);
    // 10 000 kWh more in June = 10 MWh × 0.6191 = 6.191 tCO2 more.
    expect(Number(v2.account.totals.scope2Location)).toBe(749.111);
    expect(Number(v1.account.totals.scope2Location)).toBe(742.92);
    expect(v2.versions.map((v) => v.version)).toEqual([2, 1]);
    await expect(p.db.query("UPDATE carbon_accounts SET scope1 = 0 WHERE org_id = $1", [firms[0]!.id])).rejects.toThrow(
      /immutable/,
    );
    // Put June back for the grading below; the account returns to the first version's inputs as version 3.
    await p.db.query(
      "UPDATE carbon_activity SET quantity = 100000 WHERE org_id = $1 AND month = '2025-06-01' AND item = 'electricity'",
      [firms[0]!.id],
    );
  });

  it("is refused to another enterprise and to a bank without a grant, and read by a bank with one (logged)", async () => {
    const other = await actorFor(p, firms[1]!.key, "admin");
    await expect(getCarbonAccount(p, other, firms[0]!.id, 2025)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCarbonAccount(p, bank, firms[0]!.id, 2025)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await p.db.query(
      `INSERT INTO consent_grants (grantor_org_id, grantee_org_id, scope, purpose, valid_from, expires_at)
       VALUES ($1, $2, 'carbon', 'loan file', '2026-01-01', '2027-01-01')`,
      [firms[0]!.id, bank.orgId],
    );
    const read = await getCarbonAccount(p, bank, firms[0]!.id, 2025);
    expect(read.year).toBe(2025);
    const log = await p.db.query("SELECT 1 FROM grant_access_log WHERE reader_org_id = $1 AND scope = 'carbon'", [
      bank.orgId,
    ]);
    expect(log.rows.length).toBeGreaterThan(0);
  });
});

describe("the district's yearly run and carbon-efficiency grades", () => {
  it("accounts every enterprise with activity data and grades the industry by L and K as worked out by hand", async () => {
    const summary = await accountYear(p, 2025, district.userId);
    expect(summary).toMatchObject({ year: 2025, enterprises: 3, graded: 3, ungraded: 0 });
    const grades = await p.db.query<{
      org_id: string;
      l_value: string;
      industry_l: string;
      k_value: string;
      grade: number;
    }>("SELECT org_id, l_value::text, industry_l::text, k_value::text, grade FROM carbon_grades WHERE batch_id = $1", [
      summary.gradeBatchId,
    ]);
    const of = (i: number) => grades.rows.find((g) => g.org_id === firms[i]!.id)!;
    expect(Number(of(0).l_value)).toBe(0.74292);
    expect(Number(of(0).industry_l)).toBe(0.86674);
    expect([of(0).k_value, of(1).k_value, of(2).k_value].map(Number)).toEqual([0.857143, 1.714286, 0.428571]);
    expect([of(0).grade, of(1).grade, of(2).grade]).toEqual([3, 4, 1]);
    const years = await carbonAccountYears(p, district, firms[1]!.id);
    expect(years).toEqual([expect.objectContaining({ year: 2025, grade: 4, total: "1485.840000" })]);
  });

  it("running again on unchanged data adds no account version", async () => {
    const again = await accountYear(p, 2025, district.userId);
    expect(again).toMatchObject({ enterprises: 3, created: 0, unchanged: 3 });
  });
});

describe("ETS position", () => {
  it("values a covered enterprise's surplus at the CEA price, and refuses an allocation from anyone but the district", async () => {
    // A cement plant (GB/T 4754 3011, in the national carbon market since 2025): a demo enterprise made one here.
    const cement = await p.db.query<{ id: string; demo_key: string }>(
      `UPDATE organisations SET industry_code = 'C3011' WHERE id = (
         SELECT id FROM organisations WHERE kind = 'enterprise' AND id <> ALL($1::uuid[]) ORDER BY demo_key LIMIT 1)
       RETURNING id, demo_key`,
      [firms.map((f) => f.id)],
    );
    const c = cement.rows[0]!;
    await putMonths(p, c.id, "clinker", "1000", "t");
    await accountYear(p, 2025, district.userId);
    await expect(
      recordEtsAllocation(p, await actorFor(p, c.demo_key, "admin"), c.id, {
        year: 2025,
        allocatedT: "9000",
        source: "x",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Verified 6 500 t against 7 000 allocated: a 500 t surplus.
    await recordEtsAllocation(p, district, c.id, {
      year: 2025,
      allocatedT: "7000",
      verifiedT: "6500",
      source: "省生态环境厅配额分配方案",
    });
    const detail = await getCarbonAccount(p, district, c.id, 2025);
    const ets = detail.ets;
    expect(Number(ets?.position?.balance)).toBe(500);
    expect(ets?.position?.position).toBe("surplus");
    // The 2025 CEA annual average, 62.36 yuan/t: 500 × 62.36 = 31 180.00 yuan.
    expect(ets?.position?.price).toMatchObject({ year: 2025, value: "62.36" });
    expect(ets?.position?.value).toBe("31180.00");
  });
});
