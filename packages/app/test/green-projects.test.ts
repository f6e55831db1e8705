/**
 * The green project library's use-cases on a real database: the lifecycle end to end (submit → proposal with a
 * document → return → resubmit → certify → in a bank's library → benefit report against the expected figures),
 * validation listing every problem, a reviewer's correction changing the next classification of the same text, two
 * simultaneous decisions (one wins, one CONFLICT), and row-level security holding when the app's check is bypassed.
 */
import {
  type Actor,
  addMember,
  addProjectDocument,
  classifyText,
  decideProject,
  getProject,
  isAppError,
  listProjects,
  reportBenefits,
  resubmitProject,
  runAsTenant,
  submitProject,
  tenantAware,
  withdrawProject,
} from "@greenfin/app";
import { zGreenProjectQuery } from "@greenfin/contracts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { fisheryPv, offshoreWind, PDF_BYTES } from "../../../tests/support/green-project";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let ent: Actor;
let otherEnt: Actor;
let verifier: Actor;
let district: Actor;
let bank: Actor;

const query = (q: Record<string, string> = {}) => zGreenProjectQuery.parse(q);

async function problemsOf(promise: Promise<unknown>): Promise<{ code: string; paths: string[] }> {
  try {
    await promise;
  } catch (e) {
    if (!isAppError(e)) throw e;
    const problems = (e.details?.problems ?? []) as { path: string }[];
    return { code: e.code, paths: problems.map((x) => x.path) };
  }
  throw new Error("expected a failure");
}

beforeAll(async () => {
  p = await openTestPlatform();
  ent = await actorFor(p, "ent-0001", "analyst");
  verifier = await actorFor(p, "verifier-biheng", "reviewer");
  district = await actorFor(p, "district-qinwan", "admin");
  bank = await actorFor(p, "bank-qinwan", "analyst");
  const other = await actorFor(p, "ent-0002", "admin");
  const member = await addMember(p, district, other.orgId, {
    email: "owner@ent-0002.test",
    displayName: "Other owner",
    role: "admin",
    password: "Other-owner-2026!",
  });
  otherEnt = { ...other, userId: member.userId };
});
afterAll(() => p?.close());

describe("green project lifecycle", () => {
  it("runs submit → document → return → resubmit → certify → library → benefit report", async () => {
    const submitted = await submitProject(p, ent, fisheryPv());
    expect(submitted).toMatchObject({
      refNo: expect.stringMatching(/^GP-2026-\d{6}$/),
      status: "submitted",
      stage: "submitted",
      industryCode: "D4416",
      category: { code: "4.2.2" },
      categorySource: "proposed",
      can: { edit: true, withdraw: true, review: false, reportBenefits: false, addDocuments: true },
    });
    expect(submitted.classification.top?.code).toBe("4.2.2");
    expect(submitted.classification.catalogue).toBe("cn-green-2025@2026.1");
    // 60,000 MWh at the grid factor: the stored CO2 total is the calculator's co2_reduction_t.
    const co2 = submitted.expectedResult?.totals.find((t) => t.key === "co2_reduction_t");
    expect(co2?.unit).toBe("tCO2");
    expect(submitted.expectedCo2AvoidedT).toBe(co2?.value);
    const id = submitted.id;

    const doc = await addProjectDocument(p, ent, id, { fileName: "环评批复.pdf", bytes: PDF_BYTES });
    expect(doc).toMatchObject({ fileName: "环评批复.pdf", mediaType: "application/pdf", sizeBytes: PDF_BYTES.length });
    await expect(
      addProjectDocument(p, ent, id, { fileName: "x.exe", bytes: Buffer.from("MZ\x90\x00") }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED" });

    // The bank does not see it yet; the reviewer does.
    await expect(getProject(p, bank, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getProject(p, verifier, id)).can.review).toBe(true);

    const returned = await decideProject(p, verifier, id, { action: "return", note: "请补充并网批复文件" });
    expect(returned).toMatchObject({ status: "returned", returnNote: "请补充并网批复文件" });
    await expect(decideProject(p, verifier, id, { action: "reject", note: "too late" })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const resubmitted = await resubmitProject(p, ent, id, fisheryPv({ financingNeed: "140000000" }));
    expect(resubmitted).toMatchObject({ status: "submitted", financingNeed: "140000000", returnNote: null });

    const certified = await decideProject(p, verifier, id, {
      action: "certify",
      categoryCode: "4.2.2",
      evidenceNote: "并网批复与环评批复齐全，符合目录4.2.2",
      conditions: "每年报告发电量",
    });
    expect(certified.certification).toMatchObject({
      certificateNo: `GC-2026-${submitted.refNo.slice(-6)}`,
      category: { code: "4.2.2", pathZh: expect.arrayContaining(["太阳能利用设施建设和运营"]) },
      agreedWithClassifier: true,
      conditions: "每年报告发电量",
    });
    expect(certified.events.map((e) => e.action)).toEqual(["submit", "document", "return", "resubmit", "certify"]);

    const seen = await getProject(p, bank, id);
    expect(seen).toMatchObject({ status: "certified", can: { finance: true, edit: false, reportBenefits: false } });
    const library = await listProjects(p, bank, query({ category: "4.2" }));
    expect(library.items.map((x) => x.id)).toContain(id);

    // 2024 is before the operation year; 2027 has not begun.
    for (const year of [2024, 2027])
      expect(
        await problemsOf(
          reportBenefits(p, ent, id, {
            year,
            lines: [{ method: "renewable_generation", inputs: { generation_mwh: "1" } }],
          }),
        ),
      ).toEqual({ code: "VALIDATION_FAILED", paths: ["year"] });
    const first = await reportBenefits(p, ent, id, {
      year: 2025,
      lines: [{ method: "renewable_generation", inputs: { generation_mwh: "45000" } }],
    });
    const co2Row = first.againstExpected.find((x) => x.key === "co2_reduction_t");
    expect(co2Row).toMatchObject({ unit: "tCO2", expected: co2?.value, ratio: "0.75" });
    // A second report for 2025 is a revision; the latest counts.
    await reportBenefits(p, ent, id, {
      year: 2025,
      lines: [{ method: "renewable_generation", inputs: { generation_mwh: "66000" } }],
      note: "按电网结算单更正",
    });
    const monitored = await getProject(p, ent, id);
    expect(monitored.stage).toBe("monitored");
    expect(monitored.benefitReports).toHaveLength(1);
    expect(monitored.benefitReports[0]!.againstExpected.find((x) => x.key === "co2_reduction_t")?.ratio).toBe("1.1");
    const audit = await p.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY seq",
      [id],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      "green_project.submit",
      "green_project.document",
      "green_project.return",
      "green_project.resubmit",
      "green_project.certify",
      "green_project.benefit_report",
      "green_project.benefit_report",
    ]);
  });

  it("lists every problem of a bad submission with its path, and saves nothing", async () => {
    const before = await p.db.query<{ n: number }>("SELECT count(*)::int AS n FROM green_projects");
    const result = await problemsOf(
      submitProject(
        p,
        ent,
        offshoreWind({
          name: "x",
          industryCode: "D9999",
          declaredCategory: "4.2",
          area: "  ",
          financingNeed: "1.234",
          expectedBenefits: [{ method: "renewable_generation", inputs: { generation_mwh: "-5" } }],
        }),
      ),
    );
    expect(result.code).toBe("VALIDATION_FAILED");
    expect(result.paths).toEqual(
      expect.arrayContaining(["name", "area", "financingNeed", "industryCode", "declaredCategory"]),
    );
    const semantic = await problemsOf(
      submitProject(
        p,
        ent,
        offshoreWind({
          industryCode: "D9999",
          declaredCategory: "9.9.9",
          operationYear: 2020,
          expectedBenefits: [{ method: "renewable_generation", inputs: { generation_mwh: "-5" } }],
        }),
      ),
    );
    expect(semantic.paths).toEqual(
      expect.arrayContaining([
        "industryCode",
        "declaredCategory",
        "operationYear",
        expect.stringMatching(/^expectedBenefits\[0\]/),
      ]),
    );
    // An institution must name the enterprise, which must be one.
    const byBank = await problemsOf(submitProject(p, bank, offshoreWind()));
    expect(byBank.paths).toEqual(["ownerOrgId"]);
    expect((await problemsOf(submitProject(p, bank, offshoreWind({ ownerOrgId: bank.orgId })))).paths).toEqual([
      "ownerOrgId",
    ]);
    const after = await p.db.query<{ n: number }>("SELECT count(*)::int AS n FROM green_projects");
    expect(after.rows[0]!.n).toBe(before.rows[0]!.n);
  });

  it("lets a bank submit for an enterprise, and the enterprise see it as its own", async () => {
    const d = await submitProject(p, bank, offshoreWind({ ownerOrgId: ent.orgId, name: "代申报海上风电项目" }));
    expect(d.owner.id).toBe(ent.orgId);
    expect(d.submittedBy.org).not.toBe(d.owner.nameZh);
    expect((await getProject(p, ent, d.id)).can.withdraw).toBe(true);
    expect((await withdrawProject(p, ent, d.id, { note: "改由企业自行申报" })).status).toBe("withdrawn");
    await expect(withdrawProject(p, bank, d.id, {})).rejects.toMatchObject({ code: "CONFLICT" });
  });
});

describe("the library list", () => {
  it("filters by text, stage, category, industry, area, amount, blue and mine, and sorts", async () => {
    const wind = await submitProject(p, ent, offshoreWind({ name: "筛选测试海上风电" }));
    const pv = await submitProject(p, ent, fisheryPv({ name: "筛选测试渔光互补" }));
    // The certified blue flag is the reviewer's: it replaces the classifier's (both projects touch water).
    for (const [d, code, blue] of [
      [wind, "4.2.1", true],
      [pv, "4.2.2", false],
    ] as const)
      await decideProject(p, district, d.id, { action: "certify", categoryCode: code, evidenceNote: "材料齐全", blue });
    // A loan of the bank linked to the wind farm (written as the financing use-case would).
    await p.db.query(
      `INSERT INTO green_financings (org_id, instrument, reference, project_id, borrower_org_id, borrower_name, amount,
         outstanding, start_date, category_code, use_of_proceeds, created_at, labelled_at)
       VALUES ($1, 'loan', 'L-2026-001', $2, $3, 'x', 500000000, 500000000, '2026-01-15', '4.2.1', '海上风电建设', now(), now())`,
      [bank.orgId, wind.id, ent.orgId],
    );
    const names = async (q: Record<string, string>, actor: Actor = bank) =>
      (await listProjects(p, actor, query({ q: "筛选测试", ...q }))).items.map((x) => x.name);
    expect(await names({ sort: "name" })).toEqual(["筛选测试海上风电", "筛选测试渔光互补"].sort());
    expect(await names({ sort: "amount" })).toEqual(["筛选测试海上风电", "筛选测试渔光互补"]);
    expect(await names({ stage: "financed" })).toEqual(["筛选测试海上风电"]);
    expect(await names({ stage: "certified" })).toEqual(["筛选测试渔光互补"]);
    expect(await names({ category: "4.2.1" })).toEqual(["筛选测试海上风电"]);
    expect(await names({ category: "4.2" })).toHaveLength(2);
    expect(await names({ category: "4.2.1.1" })).toEqual([]);
    for (const industry of ["4415", "D4415"]) expect(await names({ industry })).toEqual(["筛选测试海上风电"]);
    for (const industry of ["d441", "44", "D44", "D"]) expect(await names({ industry })).toHaveLength(2);
    expect(await names({ industry: "C" })).toEqual([]);
    expect(await names({ area: "即墨区" })).toEqual(["筛选测试渔光互补"]);
    expect(await names({ minAmount: "1000000000" })).toEqual(["筛选测试海上风电"]);
    expect(await names({ maxAmount: "150000000" })).toEqual(["筛选测试渔光互补"]);
    expect(await names({ blue: "true" })).toEqual(["筛选测试海上风电"]);
    expect(await names({ mine: "true" })).toEqual([]);
    expect(await names({ mine: "true" }, ent)).toHaveLength(2);
    const byRef = await listProjects(p, bank, query({ q: wind.refNo }));
    expect(byRef.items.map((x) => x.id)).toEqual([wind.id]);
    expect(await names({ q: "%" })).toEqual([]);
    const row = (await listProjects(p, bank, query({ q: wind.refNo }))).items[0]!;
    expect(row).toMatchObject({ stage: "financed", financed: "500000000", categorySource: "certified" });
    const detail = await getProject(p, ent, wind.id);
    expect(detail.financings).toEqual([expect.objectContaining({ reference: "L-2026-001", amount: "500000000" })]);
    const paged = await listProjects(p, bank, query({ q: "筛选测试", pageSize: "1", page: "2", sort: "name" }));
    expect(paged).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ name: "筛选测试渔光互补" }] });
  });
});

describe("reviewers' corrections", () => {
  it("changes the next classification of the same text, and records the correction", async () => {
    const text = fisheryPv({
      name: "城阳渔光互补养殖基地",
      description: "池塘养殖与水面光伏结合的渔光互补项目，年产鲜鱼500吨。",
    });
    const before = await classifyText(p, { name: text.name, description: text.description });
    expect(before.top?.code).not.toBe("5.1.15");
    const d = await submitProject(p, ent, text);
    const certified = await decideProject(p, district, d.id, {
      action: "certify",
      categoryCode: "5.1.15",
      evidenceNote: "以渔业养殖为主，光伏为附属设施",
    });
    expect(certified.certification?.agreedWithClassifier).toBe(false);
    const after = await classifyText(p, { name: text.name, description: text.description });
    expect(after.top?.code).toBe("5.1.15");
    expect(after.top?.evidence.corrections).toEqual([expect.objectContaining({ action: "add", by: "fingerprint" })]);
    // Another text is not affected by a fingerprint correction.
    const other = await classifyText(p, { name: text.name, description: `${text.description}二期` });
    expect(other.top?.code).toBe(before.top?.code);
    const stored = await p.db.query<{ match_kind: string; code: string; project_id: string }>(
      "SELECT match_kind, code, project_id FROM green_classifier_corrections WHERE project_id = $1",
      [d.id],
    );
    expect(stored.rows).toEqual([{ match_kind: "fingerprint", code: "5.1.15", project_id: d.id }]);
    const audit = await p.db.query<{ action: string; details: { code: string; classifierTop: string } }>(
      "SELECT action, details FROM audit_log WHERE action = 'green_classifier.correction' AND details->>'projectId' = $1",
      [d.id],
    );
    expect(audit.rows).toEqual([
      {
        action: "green_classifier.correction",
        details: expect.objectContaining({ code: "5.1.15", classifierTop: before.top?.code }),
      },
    ]);
  });

  it("keeps a term correction only for a phrase of the text", async () => {
    const d = await submitProject(p, ent, fisheryPv({ name: "胶州湾渔光互补二期" }));
    await expect(
      decideProject(p, verifier, d.id, {
        action: "certify",
        categoryCode: "5.1.15",
        evidenceNote: "以渔业为主",
        correction: { kind: "term", term: "海洋牧场" },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await decideProject(p, verifier, d.id, {
      action: "certify",
      categoryCode: "5.1.15",
      evidenceNote: "以渔业为主",
      correction: { kind: "term", term: "渔光互补" },
    });
    const next = await classifyText(p, { description: "新建渔光互补项目一座，位于平度。" });
    const fishery = next.candidates.find((c) => c.code === "5.1.15");
    expect(fishery?.evidence.corrections).toEqual([expect.objectContaining({ by: "term", term: "渔光互补" })]);
  });
});

describe("decisions and isolation", () => {
  it("lets exactly one of two simultaneous decisions win; the other gets CONFLICT", async () => {
    const d = await submitProject(p, ent, offshoreWind({ name: "并发审核测试风电项目" }));
    const results = await Promise.allSettled([
      decideProject(p, verifier, d.id, { action: "certify", categoryCode: "4.2.1", evidenceNote: "符合4.2.1" }),
      decideProject(p, district, d.id, { action: "return", note: "请补充用海批复" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(lost.reason).toMatchObject({ code: "CONFLICT" });
    const events = (await getProject(p, ent, d.id)).events.filter((e) => e.action !== "submit");
    expect(events).toHaveLength(1);
  });

  it("refuses reviewers' roles and conflicts of interest in the app", async () => {
    const d = await submitProject(p, ent, offshoreWind({ name: "利益回避测试项目" }));
    await expect(
      decideProject(p, ent, d.id, { action: "certify", categoryCode: "4.2.1", evidenceNote: "自己认定" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getProject(p, otherEnt, d.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(resubmitProject(p, otherEnt, d.id, offshoreWind())).rejects.toMatchObject({ code: "NOT_FOUND" });
    const verifierAnalyst = await actorFor(p, "verifier-biheng", "analyst");
    const bySelf = await submitProject(
      p,
      verifierAnalyst,
      offshoreWind({ ownerOrgId: ent.orgId, name: "核查机构代申报项目" }),
    );
    await expect(
      decideProject(p, verifier, bySelf.id, { action: "certify", categoryCode: "4.2.1", evidenceNote: "自己认定" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("holds by row-level security when the app's check is bypassed", async () => {
    const d = await submitProject(p, ent, offshoreWind({ name: "行级安全测试项目" }));
    const asTenant = <T>(actor: Actor, sql: string, params: unknown[] = []) =>
      runAsTenant(p.db, actor, async () => (await tenantAware(p.db).query<T>(sql, params)).rows);
    const ids = async (actor: Actor) =>
      (await asTenant<{ id: string }>(actor, "SELECT id FROM green_projects")).map((r) => r.id);
    expect(await ids(ent)).toContain(d.id);
    expect(await ids(otherEnt)).not.toContain(d.id);
    expect(await ids(bank)).not.toContain(d.id);
    // Beyond what it entered itself, a bank sees certified projects only.
    const statuses = await asTenant<{ status: string }>(
      bank,
      "SELECT DISTINCT status FROM green_projects WHERE submitted_by_org_id <> $1",
      [bank.orgId],
    );
    expect(statuses.map((s) => s.status)).toEqual(["certified"]);
    expect(await ids(verifier)).toContain(d.id);
    const updated = await asTenant(otherEnt, "UPDATE green_projects SET name = 'hijacked' WHERE id = $1 RETURNING id", [
      d.id,
    ]);
    expect(updated).toEqual([]);
    await expect(
      asTenant(
        otherEnt,
        "INSERT INTO green_benefit_reports (project_id, org_id, year, lines, result, reported_at) VALUES ($1,$2,2025,'[]','{}',now())",
        [d.id, ent.orgId],
      ),
    ).rejects.toThrow(/row-level security|violates/);
    await expect(
      asTenant(
        otherEnt,
        `INSERT INTO green_classifier_corrections (match_kind, match_value, code, action, reviewer, reviewer_org, created_at)
         VALUES ('term', 'x', '4.2.1', 'add', $1, $2, now())`,
        [otherEnt.userId, otherEnt.orgId],
      ),
    ).rejects.toThrow(/row-level security|violates/);
  });
});
