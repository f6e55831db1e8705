/**
 * Green financings over HTTP: a bank records a loan linked to a certified project (borrower, industry and label from
 * the project, an event on the project, an audit entry), one standing alone, one unlabelled; bad input is refused
 * with every problem, a duplicate reference with CONFLICT naming the field; it relabels its own loan (audited with old
 * and new label and the reason). Another bank neither sees nor relabels it (404) and cannot link a project not yet
 * certified (404); an enterprise may not record (403) but sees the loans on its own project; the district sees all.
 * Statistics for 2025, worked by hand (P1 expects 5,000 tCO2 a year on 20,000,000 invested, certified blue):
 *   bank   L-1 P1 4.2.1 D4415 amount 1,000,000 out   800,000    2024-03-01 → 2030-03-01  CO2 5,000 × 1/20 = 250
 *   bank   L-2 —  5.1.16→5.1.15 A0411 1,500,000 out 1,200,000.25 2025-04-01        granted; blue by its code
 *   bank   L-3 —  unlabelled            700,000                 2025-09-01
 *   other  O-1 P1 4.2.1 D4415 amount 4,000,000 out 4,000,000   2025-06-15             CO2 5,000 × 4/20 = 1,000
 * The bank's book: balance 2,000,000.25 (2 loans), granted 1,500,000, CO2 250, all of it blue; by use 4: 800,000
 * (0.4000), 5: 1,200,000.25 (0.6000). The district: 6,000,000.25, granted 5,500,000, CO2 1,250; the other bank
 * 4,000,000 (0.6667), the bank 2,000,000.25 (0.3333).
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgByKey } from "../../../tests/support/demo-lookup";
import { signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { workbook } from "../../../tests/support/http-replies";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let bank: TestClient;
let otherBank: TestClient;
let enterprise: TestClient;
let district: TestClient;
let bankId = "";
let otherBankId = "";
let enterpriseId = "";
let certified = "";
let submitted = "";

async function insertProject(refNo: string, status: "certified" | "submitted", ownerId: string): Promise<string> {
  const r = await p.db.query<{ id: string }>(
    `INSERT INTO green_projects (ref_no, org_id, submitted_by_org_id, name, description, area, industry_code,
                                 total_investment, financing_need, eia_status, expected_co2_t, classification,
                                 classifier_catalogue, classifier_vocabulary, fingerprint, status, certified_category,
                                 certified_blue, certified_at, certificate_no, submitted_at, updated_at)
     VALUES ($1, $2, $2, '琴湾海上风电示范项目', '即墨区近海 50MW 海上风电场建设和运营，年上网电量约 15 万兆瓦时', '即墨区',
             'D4415', 20000000, 15000000, 'approved', 5000, '{}', 'cn-green-2025@2026.1', 'test', $3, $4,
             CASE WHEN $4 = 'certified' THEN '4.2.1' END, CASE WHEN $4 = 'certified' THEN true END,
             CASE WHEN $4 = 'certified' THEN now() END, CASE WHEN $4 = 'certified' THEN 'GC-' || $1 END, now(), now())
     RETURNING id`,
    [refNo, ownerId, `fp-${refNo}`, status],
  );
  return r.rows[0]!.id;
}

const loan = (over: Record<string, unknown> = {}) => ({
  instrument: "loan",
  reference: "L-1",
  projectId: certified,
  amount: "1000000",
  outstanding: "800000",
  startDate: "2024-03-01",
  maturityDate: "2030-03-01",
  useOfProceeds: "海上风电场建设",
  ratePercent: "3.15",
  ...over,
});

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  bank = await signedIn(app, "analyst@bank.demo");
  enterprise = await signedIn(app, "admin@enterprise.demo");
  district = await signedIn(app, "admin@district.demo");
  const other = await p.db.query<{ demo_key: string }>(
    "SELECT demo_key FROM organisations WHERE kind = 'bank' AND demo_key <> 'bank-qinwan' ORDER BY demo_key LIMIT 1",
  );
  otherBank = await signedIn(app, `admin@${other.rows[0]!.demo_key}.demo`);
  bankId = (await orgByKey(p, "bank-qinwan")).id;
  otherBankId = (await orgByKey(p, other.rows[0]!.demo_key)).id;
  const ent = await p.db.query<{ org_id: string }>(
    "SELECT m.org_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = 'admin@enterprise.demo'",
  );
  enterpriseId = ent.rows[0]!.org_id;
  certified = await insertProject("GP-T-0001", "certified", enterpriseId);
  submitted = await insertProject("GP-T-0002", "submitted", enterpriseId);
});
afterAll(async () => {
  await app?.close();
  await p?.close();
});

describe("green financings API", () => {
  let linkedId = "";
  let aloneId = "";

  it("records a loan linked to a certified project, with the project's borrower, industry and label", async () => {
    const res = await bank.post("/api/green/financings", loan());
    expect(res.statusCode, res.body).toBe(201);
    const row = res.json();
    linkedId = row.id;
    expect(row).toMatchObject({
      institution: { id: bankId },
      project: { id: certified, refNo: "GP-T-0001" },
      borrower: { id: enterpriseId },
      amount: "1000000",
      outstanding: "800000",
      category: { code: "4.2.1", nameZh: "风力发电设施建设和运营", level1: "4" },
      industryCode: "D4415",
      section: "D",
      ratePercent: "3.15",
    });
    const events = await p.db.query<{ action: string; actor_org: string }>(
      "SELECT action, actor_org FROM green_project_events WHERE project_id = $1",
      [certified],
    );
    expect(events.rows).toEqual([{ action: "financing", actor_org: bankId }]);
    const audit = await p.db.query<{ n: string }>(
      "SELECT count(*)::text AS n FROM audit_log WHERE action = 'green.financing.record' AND entity_id = $1",
      [linkedId],
    );
    expect(audit.rows[0]!.n).toBe("1");
  });

  it("records a labelled loan standing alone and an unlabelled one", async () => {
    const alone = await bank.post(
      "/api/green/financings",
      loan({
        reference: "L-2",
        projectId: undefined,
        borrowerName: "青岛蓝湾海洋牧场有限公司",
        categoryCode: "5.1.16",
        industryCode: "0411",
        amount: "1500000",
        outstanding: "1200000.25",
        startDate: "2025-04-01",
        maturityDate: undefined,
        useOfProceeds: "海洋牧场人工鱼礁",
      }),
    );
    expect(alone.statusCode, alone.body).toBe(201);
    aloneId = alone.json().id;
    expect(alone.json()).toMatchObject({ project: null, borrower: { id: null }, industryCode: "A0411", section: "A" });
    const unlabelled = await bank.post(
      "/api/green/financings",
      loan({
        reference: "L-3",
        projectId: undefined,
        borrowerName: "青岛某贸易有限公司",
        amount: "700000",
        outstanding: undefined,
        startDate: "2025-09-01",
        maturityDate: undefined,
      }),
    );
    expect(unlabelled.statusCode, unlabelled.body).toBe(201);
    expect(unlabelled.json()).toMatchObject({ category: null, outstanding: "700000" });
  });

  it("refuses bad input with every problem, and a duplicate reference naming the field", async () => {
    const bad = await bank.post(
      "/api/green/financings",
      loan({
        reference: "L-9",
        projectId: undefined,
        categoryCode: "4.2",
        outstanding: "2000000",
        maturityDate: "2023-01-01",
      }),
    );
    expect(bad.statusCode).toBe(400);
    const paths = bad
      .json()
      .details.problems.map((x: { path: string }) => x.path)
      .sort();
    expect(paths).toEqual(["borrowerName", "categoryCode", "maturityDate", "outstanding"]);
    const dup = await bank.post("/api/green/financings", loan());
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: "CONFLICT", details: { field: "reference" } });
    // The same reference for another instrument is another contract.
    const bond = await bank.post(
      "/api/green/financings",
      loan({ instrument: "bond", startDate: "2027-01-01", maturityDate: undefined }),
    );
    expect(bond.statusCode, bond.body).toBe(201);
    const count = await p.db.query<{ n: string }>("SELECT count(*)::text AS n FROM green_financings");
    expect(count.rows[0]!.n).toBe("4");
  });

  it("refuses to link a project that is not certified (404: a bank cannot see it) and an enterprise (403)", async () => {
    const res = await otherBank.post("/api/green/financings", loan({ reference: "O-9", projectId: submitted }));
    expect(res.statusCode).toBe(404);
    const ent = await enterprise.post("/api/green/financings", loan({ reference: "E-1" }));
    expect(ent.statusCode).toBe(403);
    const other = await otherBank.post(
      "/api/green/financings",
      loan({
        reference: "O-1",
        amount: "4000000",
        outstanding: undefined,
        startDate: "2025-06-15",
        maturityDate: undefined,
      }),
    );
    expect(other.statusCode, other.body).toBe(201);
  });

  it("relabels the bank's own loan with the reason in the audit log; another bank gets 404", async () => {
    const body = { categoryCode: "5.1.15", useOfProceeds: "深远海养殖工船", reason: "核查后改为绿色渔业" };
    const foreign = await otherBank.post(`/api/green/financings/${aloneId}/label`, body);
    expect(foreign.statusCode).toBe(404);
    const badCode = await bank.post(`/api/green/financings/${aloneId}/label`, { ...body, categoryCode: "99.1.1" });
    expect(badCode.statusCode).toBe(400);
    const res = await bank.post(`/api/green/financings/${aloneId}/label`, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ category: { code: "5.1.15" }, useOfProceeds: "深远海养殖工船" });
    const audit = await p.db.query<{ details: unknown }>(
      "SELECT details FROM audit_log WHERE action = 'green.financing.relabel' AND entity_id = $1",
      [aloneId],
    );
    expect(audit.rows.map((r) => (typeof r.details === "string" ? JSON.parse(r.details) : r.details))).toEqual([
      {
        before: { categoryCode: "5.1.16", useOfProceeds: "海洋牧场人工鱼礁" },
        after: { categoryCode: "5.1.15", useOfProceeds: "深远海养殖工船" },
        reason: "核查后改为绿色渔业",
      },
    ]);
  });

  it("lists each reader's part: own book, the loans on an enterprise's project, everything for the district", async () => {
    const own = (await bank.get("/api/green/financings?instrument=loan")).json();
    expect(own.items.map((x: { reference: string }) => x.reference).sort()).toEqual(["L-1", "L-2", "L-3"]);
    const other = (await otherBank.get("/api/green/financings")).json();
    expect(other.items.map((x: { reference: string }) => x.reference)).toEqual(["O-1"]);
    const ent = (await enterprise.get("/api/green/financings")).json();
    expect(ent.items.map((x: { reference: string }) => x.reference).sort()).toEqual(["L-1", "L-1", "O-1"]);
    const all = (await district.get("/api/green/financings?pageSize=2")).json();
    expect(all).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    const one = (await district.get(`/api/green/financings?orgId=${otherBankId}`)).json();
    expect(one.total).toBe(1);
    const search = (await district.get("/api/green/financings?category=5&q=养殖")).json();
    expect(search.items.map((x: { reference: string }) => x.reference)).toEqual(["L-2"]);
    const verifier = await signedIn(app, "reviewer@verifier.demo");
    expect((await verifier.get("/api/green/financings")).statusCode).toBe(403);
  });

  it("exports the list as a workbook", async () => {
    const res = await bank.get("/api/green/financings/export.xlsx?lang=en");
    expect(res.statusCode).toBe(200);
    const sheet = (await workbook(res.rawPayload)).worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Institution");
    expect(sheet.rowCount).toBe(5);
  });
});

describe("green statistics API", () => {
  it("gives the bank its own book for 2025, as worked by hand", async () => {
    const res = await bank.get("/api/green/statistics?year=2025");
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({
      year: 2025,
      instrument: "loan",
      scope: { kind: "institution", orgId: bankId },
      catalogue: "cn-green-2025@2026.1",
      total: { count: 2, balance: "2000000.25", granted: "1500000.00", share: "1.0000", co2AvoidedT: "250.000000" },
      blue: { count: 2, balance: "2000000.25", share: "1.0000" },
      unlabelled: { count: 1, balance: "700000.00" },
      byInstitution: [],
    });
    expect(s.byUse).toHaveLength(9);
    const use = Object.fromEntries(s.byUse.map((u: { key: string; balance: string; share: string }) => [u.key, u]));
    expect(use["4"]).toMatchObject({ balance: "800000.00", share: "0.4000", co2AvoidedT: "250.000000" });
    expect(use["5"]).toMatchObject({ balance: "1200000.25", share: "0.6000", granted: "1500000.00" });
    expect(use["5"].children.find((c: { key: string }) => c.key === "5.1")).toMatchObject({ count: 1 });
    const industry = Object.fromEntries(s.byIndustry.map((c: { key: string; balance: string }) => [c.key, c.balance]));
    expect(industry).toMatchObject({ A: "1200000.25", D: "800000.00", C: "0.00" });
    const foreign = await bank.get(`/api/green/statistics?year=2025&orgId=${otherBankId}`);
    expect(foreign.statusCode).toBe(404);
  });

  it("gives the district the zone with a row per institution, or one institution", async () => {
    const s = (await district.get("/api/green/statistics?year=2025")).json();
    expect(s.scope).toMatchObject({ kind: "district", orgId: null });
    expect(s.total).toMatchObject({
      count: 3,
      balance: "6000000.25",
      granted: "5500000.00",
      co2AvoidedT: "1250.000000",
    });
    expect(
      s.byInstitution.map((c: { key: string; balance: string; share: string }) => [c.key, c.balance, c.share]),
    ).toEqual([
      [otherBankId, "4000000.00", "0.6667"],
      [bankId, "2000000.25", "0.3333"],
    ]);
    const one = (await district.get(`/api/green/statistics?year=2025&orgId=${bankId}`)).json();
    expect(one.total.balance).toBe("2000000.25");
    expect(one.byInstitution).toEqual([]);
    // Bonds are counted apart: the one bond starts in 2027.
    const bonds = (await district.get("/api/green/statistics?year=2025&instrument=bond")).json();
    expect(bonds.total.count).toBe(0);
    expect((await enterprise.get("/api/green/statistics?year=2025")).statusCode).toBe(403);
  });

  it("exports the statistics in the central bank's table layout", async () => {
    const res = await district.get("/api/green/statistics/export.xlsx?year=2025");
    expect(res.statusCode).toBe(200);
    const wb = await workbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["封面", "按用途", "按行业", "合计", "按机构"]);
    expect(wb.getWorksheet("按机构")!.rowCount).toBe(5);
    const byUse = wb.getWorksheet("按用途")!;
    expect(byUse.getRow(3).values).toEqual([undefined, "绿色融资合计", "total", 3, 6000000.25, 5500000, 1, 1250]);
    const en = await workbook((await bank.get("/api/green/statistics/export.xlsx?year=2025&lang=en")).rawPayload);
    expect(en.worksheets.map((w) => w.name)).toEqual(["Cover", "By use", "By industry", "Totals"]);
  });
});
