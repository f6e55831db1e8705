/**
 * Attack tests for tenant isolation: a bank's admin tries every API route with the ids of an
 * enterprise's data. Nothing may be read, changed or even confirmed to exist.
 */
import {
  addEvidence,
  addProjectDocument,
  applyForSubsidy,
  applyIntake,
  chooseOffer,
  claimNeed,
  computeCarbonAccount,
  createApiToken,
  createDisclosure,
  createGrant,
  createProgramme,
  enqueueJob,
  invitePortfolioCompany,
  jobHandlers,
  postNeed,
  proposeOverride,
  publishProduct,
  recordCarbonHolding,
  recordClaimStep,
  recordControversy,
  recordGreenFinancing,
  registerPledge,
  runJobNow,
  saveStatReport,
  saveTarget,
  saveTargetObservation,
  startRating,
  submitProject,
  uploadPcafBook,
} from "@greenfin/app";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, orgByKey } from "../../../tests/support/demo-lookup";
import { fisheryPv, PDF_BYTES } from "../../../tests/support/green-project";
import { TestClient as Client, signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { counterpartiesCsv, positionsCsv } from "../../../tests/support/pcaf-book";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let attacker: TestClient; // admin of the city commercial bank
const victim = {
  orgId: "",
  userId: "",
  tokenId: "",
  grantId: "",
  jobId: "",
  nameZh: "",
  disclosureId: "",
  evidenceId: "",
  linkId: "",
  runId: "",
  resultId: "",
  overrideId: "",
  controversyId: "",
  /** Another bank's PCAF book and its completed run. */
  pcafOrgId: "",
  pcafBookId: "",
  pcafRunId: "",
  /** A submitted (not yet certified) green project of the victim, with a document. */
  greenProjectId: "",
  greenDocumentId: "",
  /** Another bank's labelled green loan. */
  greenFinancingId: "",
  /** The victim's financing need, closed by its choice of another bank's offer, and that bank's claim on it. */
  needId: "",
  claimId: "",
  /** The victim's allowance holding and another bank's pledge on it (under the victim's `financing` grant). */
  holdingId: "",
  pledgeId: "",
  /** The district's open subsidy programme, and the other bank's application in it for its loan to the victim. */
  programmeId: "",
  subsidyApplicationId: "",
  /** Another bank's draft statistics report. */
  statReportId: "",
};
const FUTURE = "2026-12-31T00:00:00.000Z";

/** Which of the victim's ids goes into each path parameter, per route. A new route must be added here. */
const PARAMS: Record<string, Record<string, () => string>> = {
  "/api/orgs/{id}": { id: () => victim.orgId },
  "/api/orgs/{id}/members": { id: () => victim.orgId },
  "/api/orgs/{id}/members/{userId}": { id: () => victim.orgId, userId: () => victim.userId },
  "/api/tokens/{id}/revoke": { id: () => victim.tokenId },
  "/api/grants/{id}/revoke": { id: () => victim.grantId },
  "/api/grants/{id}/access-log": { id: () => victim.grantId },
  "/api/jobs/{id}": { id: () => victim.jobId },
  "/api/disclosures/{id}": { id: () => victim.disclosureId },
  "/api/disclosures/{id}/template": { id: () => victim.disclosureId },
  "/api/disclosures/{id}/workbook": { id: () => victim.disclosureId },
  "/api/disclosures/{id}/values": { id: () => victim.disclosureId },
  "/api/disclosures/{id}/imports": { id: () => victim.disclosureId },
  "/api/disclosures/{id}/submit": { id: () => victim.disclosureId },
  "/api/disclosures/{id}/review": { id: () => victim.disclosureId },
  "/api/disclosures/{id}/decision": { id: () => victim.disclosureId },
  "/api/disclosures/{id}/publish": { id: () => victim.disclosureId },
  "/api/disclosures/{id}/compare": { id: () => victim.disclosureId },
  "/api/disclosures/{id}/report": { id: () => victim.disclosureId },
  "/api/disclosures/{id}/export": { id: () => victim.disclosureId },
  "/api/disclosures/{id}/evidence": { id: () => victim.disclosureId },
  "/api/evidence/{id}/content": { id: () => victim.evidenceId },
  "/api/evidence/{id}": { id: () => victim.evidenceId },
  "/api/portfolio/{id}/respond": { id: () => victim.linkId },
  "/api/rating/runs/{id}": { id: () => victim.runId },
  "/api/rating/runs/{id}/results": { id: () => victim.runId },
  "/api/rating/runs/{id}/changes": { id: () => victim.runId },
  "/api/rating/runs/{id}/publish": { id: () => victim.runId },
  "/api/rating/results/{id}": { id: () => victim.resultId },
  "/api/rating/results/{id}/override": { id: () => victim.resultId },
  "/api/rating/overrides/{id}/decide": { id: () => victim.overrideId },
  "/api/rating/entities/{id}": { id: () => victim.orgId },
  "/api/rating/controversies/{id}/status": { id: () => victim.controversyId },
  "/api/rating/methodologies/{ref}": { ref: () => "enterprise-esg@2026.1" },
  "/api/carbon/activity/{enterpriseId}": { enterpriseId: () => victim.orgId },
  "/api/carbon/accounts/{orgId}": { orgId: () => victim.orgId },
  "/api/carbon/accounts/{orgId}/years": { orgId: () => victim.orgId },
  "/api/carbon/accounts/{orgId}/calculate": { orgId: () => victim.orgId },
  "/api/carbon/ets/{orgId}": { orgId: () => victim.orgId },
  "/api/carbon/accounts/{orgId}/report.pdf": { orgId: () => victim.orgId },
  "/api/pcaf/books/{bookId}/runs": { bookId: () => victim.pcafBookId },
  "/api/pcaf/runs/{runId}": { runId: () => victim.pcafRunId },
  "/api/pcaf/runs/{runId}/positions": { runId: () => victim.pcafRunId },
  "/api/pcaf/runs/{runId}/positions/{positionId}": { runId: () => victim.pcafRunId, positionId: () => "L1" },
  "/api/pcaf/runs/{runId}/jrt0227.xlsx": { runId: () => victim.pcafRunId },
  "/api/pcaf/runs/{runId}/positions.xlsx": { runId: () => victim.pcafRunId },
  "/api/green/projects/{projectId}": { projectId: () => victim.greenProjectId },
  "/api/green/projects/{projectId}/decision": { projectId: () => victim.greenProjectId },
  "/api/green/projects/{projectId}/withdraw": { projectId: () => victim.greenProjectId },
  "/api/green/projects/{projectId}/documents": { projectId: () => victim.greenProjectId },
  "/api/green/projects/{projectId}/documents/{documentId}": {
    projectId: () => victim.greenProjectId,
    documentId: () => victim.greenDocumentId,
  },
  "/api/green/projects/{projectId}/benefit-reports": { projectId: () => victim.greenProjectId },
  "/api/green/financings/{financingId}/label": { financingId: () => victim.greenFinancingId },
  "/api/market/needs/{needId}": { needId: () => victim.needId },
  "/api/market/needs/{needId}/matches": { needId: () => victim.needId },
  "/api/market/needs/{needId}/claims": { needId: () => victim.needId },
  "/api/market/needs/{needId}/withdraw": { needId: () => victim.needId },
  "/api/market/claims/{claimId}/fund": { claimId: () => victim.claimId },
  "/api/market/claims/{claimId}/linked-assessment": { claimId: () => victim.claimId },
  "/api/market/claims/{claimId}/steps": { claimId: () => victim.claimId },
  "/api/market/claims/{claimId}/choose": { claimId: () => victim.claimId },
  "/api/carbon-assets/pledges/{pledgeId}/release": { pledgeId: () => victim.pledgeId },
  "/api/subsidies/programmes/{programmeId}/open": { programmeId: () => victim.programmeId },
  "/api/subsidies/programmes/{programmeId}/close": { programmeId: () => victim.programmeId },
  "/api/subsidies/programmes/{programmeId}/usage": { programmeId: () => victim.programmeId },
  "/api/subsidies/applications/{applicationId}": { applicationId: () => victim.subsidyApplicationId },
  "/api/subsidies/applications/{applicationId}/decision": { applicationId: () => victim.subsidyApplicationId },
  "/api/subsidies/applications/{applicationId}/paid": { applicationId: () => victim.subsidyApplicationId },
  "/api/statistics/reports/{reportId}": { reportId: () => victim.statReportId },
  "/api/statistics/reports/{reportId}/submit": { reportId: () => victim.statReportId },
  "/api/statistics/reports/{reportId}/decision": { reportId: () => victim.statReportId },
  "/api/statistics/dashboard/institutions/{orgId}": { orgId: () => victim.orgId },
  // The district's targets: a bank may read them but never change one.
  "/api/statistics/targets/{key}": { key: () => "green-industry-share-2027" },
  "/api/statistics/targets/{key}/observations": { key: () => "green-industry-share-2027" },
  "/api/statistics/targets/{key}/observations/{year}": { key: () => "green-industry-share-2027", year: () => "2025" },
};

/** Routes with a path parameter that name shared reference data (a methodology), not any organisation's. */
const REFERENCE_DATA = new Set(["/api/rating/methodologies/{ref}", "/api/public/methodologies/{ref}"]);

/** What the district publishes for anyone: its aggregate figures and the released methodologies. */
const PUBLIC_ROUTES = ["/api/public/zone", "/api/public/methodologies/{ref}"];

/** Query strings that pass validation, so that only authorisation can refuse the call. */
const QUERIES: Record<string, string> = {
  "/api/disclosures/{id}/imports": "?format=csv",
  "/api/disclosures/{id}/compare": "?left=1&right=draft",
  "/api/disclosures/{id}/report": "?framework=SSE2024&format=html",
  "/api/disclosures/{id}/export": "?format=json",
  "/api/disclosures/{id}/evidence": "?indicatorId=E-GHG-001&fileName=x.pdf",
  "/api/carbon/activity/{enterpriseId}": "?year=2025",
  "/api/carbon/accounts/{orgId}": "?year=2025",
  "/api/carbon/accounts/{orgId}/report.pdf": "?year=2025",
};

/** The district's target the attacker tries to move. */
const GREEN_SHARE_TARGET = {
  nameZh: "绿色产业增加值占比达到 15%",
  nameEn: "Green industry 15 % of value added",
  metric: "green_industry_share",
  unit: "percent",
  baselineYear: 2022,
  baselineValue: "11",
  targetYear: 2027,
  targetValue: "15",
  direction: "increase",
  source: "示范区目标",
} as const;

/** A body that passes validation, so that only authorisation can refuse the call. */
const BODIES: Record<string, unknown> = {
  "PATCH /api/orgs/{id}": { nameZh: "被篡改的名称" },
  "POST /api/orgs/{id}/members": {
    email: "mole@attacker.test",
    displayName: "Mole",
    role: "admin",
    password: "Mole-pass-2026!",
  },
  "PATCH /api/orgs/{id}/members/{userId}": { role: "viewer" },
  "POST /api/disclosures/{id}/values": { values: [{ indicatorId: "E-GHG-001", value: 1 }] },
  "POST /api/disclosures/{id}/decision": { outcome: "accepted" },
  "POST /api/portfolio/{id}/respond": { accept: false },
  "POST /api/rating/results/{id}/override": {
    toGrade: "AAA",
    rationale: "An attacker's rationale, long enough to pass.",
  },
  "POST /api/rating/overrides/{id}/decide": { decision: "approve" },
  "POST /api/rating/controversies/{id}/status": { status: "dismissed" },
  "POST /api/carbon/accounts/{orgId}/calculate": { year: 2025 },
  "PUT /api/carbon/ets/{orgId}": { year: 2025, allocatedT: "1", source: "attacker" },
  "PUT /api/green/projects/{projectId}": fisheryPv({ name: "被篡改的项目" }),
  "POST /api/green/projects/{projectId}/decision": { action: "reject", note: "An attacker's note" },
  "POST /api/green/projects/{projectId}/withdraw": { note: "attacker" },
  "POST /api/green/projects/{projectId}/benefit-reports": {
    year: 2025,
    lines: [{ method: "renewable_generation", inputs: { generation_mwh: "1" } }],
  },
  "POST /api/green/financings/{financingId}/label": {
    categoryCode: "4.2.1",
    useOfProceeds: "An attacker's relabel",
    reason: "attacker",
  },
  "POST /api/market/needs/{needId}/claims": {},
  "POST /api/market/claims/{claimId}/steps": { step: "respond", note: "attacker" },
  "POST /api/market/claims/{claimId}/fund": { amount: "1", loanReference: "attacker" },
  "POST /api/market/needs/{needId}/withdraw": { reason: "attacker" },
  "POST /api/carbon-assets/pledges/{pledgeId}/release": { note: "attacker" },
  "POST /api/subsidies/applications/{applicationId}/decision": { decision: "reject", note: "attacker" },
  "POST /api/subsidies/applications/{applicationId}/paid": { paymentReference: "attacker" },
  "POST /api/statistics/reports/{reportId}/decision": { outcome: "accept" },
  "PUT /api/statistics/targets/{key}": { ...GREEN_SHARE_TARGET, targetValue: "1" },
  "POST /api/statistics/targets/{key}/observations": { year: 2026, value: "99", source: "attacker" },
};

async function routes(): Promise<{ method: string; path: string }[]> {
  const doc = (await app.inject({ method: "GET", url: "/api/openapi.json" })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path })),
  );
}

function fill(path: string): string {
  const params = PARAMS[path];
  if (!params) throw new Error(`route ${path} has parameters but no victim id mapping in this test`);
  return (
    path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const f = params[name];
      if (!f) throw new Error(`no victim id for {${name}} in ${path}`);
      return f();
    }) + (QUERIES[path] ?? "")
  );
}

async function snapshot() {
  const q = async (sql: string, args: unknown[]) => JSON.stringify((await p.db.query(sql, args)).rows);
  return [
    await q("SELECT name_zh, name_en, uscc, updated_at FROM organisations WHERE id = $1", [victim.orgId]),
    await q("SELECT user_id, role FROM memberships WHERE org_id = $1 ORDER BY user_id", [victim.orgId]),
    await q("SELECT revoked_at FROM api_tokens WHERE id = $1", [victim.tokenId]),
    await q("SELECT revoked_at FROM consent_grants WHERE id = $1", [victim.grantId]),
    await q("SELECT status, revision, updated_at FROM disclosures WHERE id = $1", [victim.disclosureId]),
    await q("SELECT indicator_id, payload FROM disclosure_values WHERE disclosure_id = $1 ORDER BY 1", [
      victim.disclosureId,
    ]),
    await q("SELECT removed_at FROM evidence_files WHERE id = $1", [victim.evidenceId]),
    await q("SELECT status FROM portfolio_links WHERE id = $1", [victim.linkId]),
    await q("SELECT status, published_at FROM rating_runs WHERE id = $1", [victim.runId]),
    await q("SELECT status, decided_at FROM rating_overrides WHERE run_id = $1 ORDER BY id", [victim.runId]),
    await q("SELECT status, updated_at FROM rating_controversies WHERE id = $1", [victim.controversyId]),
    await q("SELECT month, quantity, updated_at FROM carbon_activity WHERE org_id = $1 ORDER BY 1", [victim.orgId]),
    await q("SELECT version, inputs_hash FROM carbon_accounts WHERE org_id = $1 ORDER BY 1", [victim.orgId]),
    await q("SELECT year, allocated_t FROM carbon_ets_allocations WHERE org_id = $1 ORDER BY 1", [victim.orgId]),
    await q("SELECT id, label, position_count FROM pcaf_books WHERE org_id = $1 ORDER BY 1", [victim.pcafOrgId]),
    await q("SELECT id, status, result_hash FROM pcaf_runs WHERE org_id = $1 ORDER BY 1", [victim.pcafOrgId]),
    await q("SELECT count(*) FROM pcaf_book_positions WHERE org_id = $1", [victim.pcafOrgId]),
    await q("SELECT count(*) FROM pcaf_book_counterparties WHERE org_id = $1", [victim.pcafOrgId]),
    await q("SELECT count(*) FROM pcaf_position_results WHERE org_id = $1", [victim.pcafOrgId]),
    await q("SELECT name, status, updated_at FROM green_projects WHERE org_id = $1 ORDER BY id", [victim.orgId]),
    await q("SELECT count(*) FROM green_project_events WHERE org_id = $1", [victim.orgId]),
    await q("SELECT count(*) FROM green_project_documents WHERE org_id = $1", [victim.orgId]),
    await q("SELECT count(*) FROM green_benefit_reports WHERE project_id = $1", [victim.greenProjectId]),
    await q("SELECT category_code, use_of_proceeds, labelled_at FROM green_financings WHERE id = $1", [
      victim.greenFinancingId,
    ]),
    await q("SELECT status, claim_count, updated_at FROM financing_needs WHERE id = $1", [victim.needId]),
    await q(
      "SELECT org_id, responded_at, visited_at, decided_at, decision, offer_chosen FROM need_claims WHERE need_id = $1",
      [victim.needId],
    ),
    await q("SELECT quantity, pledged_quantity FROM carbon_holdings WHERE org_id = $1 ORDER BY id", [victim.orgId]),
    await q("SELECT status, released_at FROM carbon_pledges WHERE org_id = $1 ORDER BY id", [victim.orgId]),
    await q("SELECT status, committed, paid, closed_at FROM subsidy_programmes WHERE id = $1", [victim.programmeId]),
    await q(
      "SELECT status, decided_at, decision_note, paid_at FROM subsidy_applications WHERE enterprise_org_id = $1",
      [victim.orgId],
    ),
    await q(
      "SELECT r.status, r.revision, r.updated_at, (SELECT count(*) FROM stat_report_values v WHERE v.report_id = r.id) FROM stat_reports r WHERE r.id = $1",
      [victim.statReportId],
    ),
    await q("SELECT key, target_value, updated_at FROM district_targets ORDER BY key", []),
    await q("SELECT target_key, year, value FROM district_target_observations ORDER BY 1, 2", []),
  ].join("\n");
}

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  const ent = await orgByKey(p, "ent-0001");
  const admin = await actorFor(p, "ent-0001", "admin");
  const otherBankRow = (
    await p.db.query<{ id: string; demo_key: string }>(
      "SELECT id, demo_key FROM organisations WHERE kind = 'bank' AND demo_key <> 'bank-qinwan' LIMIT 1",
    )
  ).rows[0]!;
  const otherBank = otherBankRow.id;
  victim.orgId = ent.id;
  victim.nameZh = ent.nameZh;
  victim.userId = admin.userId!;
  victim.tokenId = (await createApiToken(p, admin, { name: "erp", scopes: ["read"], expiresAt: FUTURE })).token.id;
  victim.grantId = (
    await createGrant(p, admin, { granteeOrgId: otherBank, scope: "profile", purpose: "loan", expiresAt: FUTURE })
  ).id;
  victim.jobId = (await enqueueJob(p.db, admin, "audit.verify", {})).id;
  // A submitted disclosure with a value and evidence, reviewed by the district: the bank is neither owner nor reviewer.
  victim.disclosureId = (await createDisclosure(p, admin, { year: 2025, frameworks: ["SSE2024"] })).id;
  await applyIntake(p, admin, victim.disclosureId, {
    channel: "api",
    entries: [
      { indicatorId: "E-GHG-001", dimension: "", value: 1200, unit: null, location: { source: "api", field: "v" } },
    ],
  });
  victim.evidenceId = (
    await addEvidence(p, admin, victim.disclosureId, {
      indicatorId: "E-GHG-001",
      fileName: "核查.pdf",
      bytes: Buffer.from("%PDF-1.4\n"),
    })
  ).id;
  const fund = await actorFor(p, "fund-laofeng-vc", "admin");
  const uscc = (await p.db.query<{ uscc: string }>("SELECT uscc FROM organisations WHERE id = $1", [ent.id])).rows[0]!
    .uscc;
  victim.linkId = (
    await invitePortfolioCompany(p, fund, {
      companyUscc: uscc,
      fundName: "一号基金",
      ownershipPct: "10",
      investedCny: "1000000",
    })
  ).id;
  // An unpublished rating run of the enterprises, an override awaiting review, and a controversy about the victim.
  const agency = await actorFor(p, "rating-mingheng", "analyst");
  const started = await startRating(p, agency, { methodology: "enterprise-esg@2026.1", periodYear: 2024 });
  victim.runId = started.run.id;
  await runJobNow(p, started.job.id, "isolation-test", { handlers: jobHandlers });
  const results = await p.db.query<{ id: string; grade: string }>(
    "SELECT id, grade FROM rating_results WHERE run_id = $1 ORDER BY org_id = $2 DESC, id LIMIT 1",
    [victim.runId, ent.id],
  );
  victim.resultId = results.rows[0]!.id;
  const grades = ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"];
  const g = grades.indexOf(results.rows[0]!.grade);
  victim.overrideId = (
    await proposeOverride(p, agency, victim.resultId, {
      toGrade: grades[g === 0 ? 1 : g - 1]!,
      rationale: "Evidence of contracted green power reviewed on site.",
    })
  ).id;
  victim.controversyId = (
    await recordControversy(p, await actorFor(p, "district-qinwan", "admin"), {
      entityId: ent.id,
      date: "2025-02-01",
      severity: 2,
      category: "environmental",
      status: "alleged",
      source: "媒体报道",
      description: "厂区异味投诉",
    })
  ).id;
  // A year of electricity and the carbon account computed from it.
  await p.db.query(
    `INSERT INTO carbon_activity (org_id, meter, month, item, quantity, unit, updated_at)
     SELECT $1, 'main', make_date(2025, m, 1), 'electricity', 50000, 'kWh', now() FROM generate_series(1, 12) AS m`,
    [ent.id],
  );
  await computeCarbonAccount(p, admin, ent.id, 2025);
  // Another bank's financed-emissions book, lending to the victim, and its completed run.
  const lender = await actorFor(p, otherBankRow.demo_key, "admin");
  const book = await uploadPcafBook(p, lender, {
    year: 2025,
    positions: { bytes: positionsCsv(uscc), fileName: "positions.csv" },
    counterparties: { bytes: counterpartiesCsv(uscc), fileName: "counterparties.csv" },
  });
  await runJobNow(p, book.jobId!, "isolation-test", { handlers: jobHandlers });
  Object.assign(victim, { pcafOrgId: lender.orgId, pcafBookId: book.bookId, pcafRunId: book.runId });
  // A green project the victim submitted, still under review: no bank may see it yet.
  victim.greenProjectId = (await submitProject(p, admin, fisheryPv())).id;
  victim.greenDocumentId = (
    await addProjectDocument(p, admin, victim.greenProjectId, { fileName: "环评批复.pdf", bytes: PDF_BYTES })
  ).id;
  victim.greenFinancingId = (
    await recordGreenFinancing(p, lender, {
      instrument: "loan",
      reference: "ISO-GL-0001",
      borrowerName: victim.nameZh,
      amount: "5000000",
      startDate: "2025-03-01",
      maturityDate: "2028-03-01",
      categoryCode: "4.2.1",
      useOfProceeds: "海上风电项目建设",
    })
  ).id;
  // A need the victim closed by choosing another bank's offer (no longer broadcast), and that bank's claim; the bank
  // offers a product the need fits, so the need is broadcast to it.
  await publishProduct(p, lender, {
    productKey: "iso-retrofit-loan",
    family: "green_credit",
    nameZh: "技改贷",
    nameEn: "Retrofit loan",
    eligibility: { amount: { min: 1_000_000, max: 20_000_000 } },
  });
  victim.needId = (
    await postNeed(p, admin, { amount: "5000000", tenorMonths: 36, purpose: "technical-retrofit", collateral: [] })
  ).id;
  victim.claimId = (await claimNeed(p, lender, { needId: victim.needId })).id;
  await recordClaimStep(p, lender, victim.claimId, { step: "respond" });
  await recordClaimStep(p, lender, victim.claimId, { step: "visit" });
  await recordClaimStep(p, lender, victim.claimId, {
    step: "decide",
    decision: "approved",
    amount: "4000000",
    rate: "3.5",
  });
  await chooseOffer(p, admin, victim.claimId);
  // The victim's allowances, pledged to the other bank under the victim's `financing` grant to it.
  victim.holdingId = (
    await recordCarbonHolding(p, admin, {
      kind: "cea_allowance",
      quantity: "10000",
      complianceYear: 2025,
      registryRef: "CEA-REG-ISO-0001",
      source: "registry_statement",
    })
  ).id;
  await createGrant(p, admin, { granteeOrgId: otherBank, scope: "financing", purpose: "pledge", expiresAt: FUTURE });
  victim.pledgeId = (
    await registerPledge(p, lender, {
      holdingId: victim.holdingId,
      quantity: "1000",
      productKey: "carbon-quota-pledge-retrofit",
      loanReference: "ISO-CQ-0001",
      securedAmount: "30000",
      termStart: "2026-03-02",
      termEnd: "2027-03-01",
    })
  ).id;
  // The district's open subsidy programme, and the other bank's application for its wind-power loan to the victim.
  victim.programmeId = (
    await createProgramme(p, await actorFor(p, "district-qinwan", "admin"), {
      nameZh: "清洁能源贷款贴息",
      nameEn: "Clean-energy loan interest subsidy",
      kind: "rate_points",
      rate: "1",
      categoryPrefixes: ["4.2"],
      periodStart: "2026-01-01",
      periodEnd: "2026-12-31",
      budget: "1000000",
      open: true,
    })
  ).id;
  const subsidisedLoan = await recordGreenFinancing(p, lender, {
    instrument: "loan",
    reference: "ISO-GL-0002",
    borrowerOrgId: ent.id,
    amount: "5000000",
    startDate: "2025-03-01",
    maturityDate: "2028-03-01",
    categoryCode: "4.2.1",
    useOfProceeds: "海上风电项目建设",
  });
  victim.subsidyApplicationId = (
    await applyForSubsidy(p, lender, {
      programmeId: victim.programmeId,
      greenFinancingId: subsidisedLoan.id,
      periodStart: "2026-01-01",
      periodEnd: "2026-03-31",
      principal: "5000000",
      interestPaid: "40000",
    })
  ).id;
  victim.statReportId = (
    await saveStatReport(p, lender, {
      templateRef: "five-articles-quarterly@2026.1",
      period: "2026-Q1",
      values: [{ metric: "green_bond_held", value: "1000000" }],
    })
  ).id;
  // A district target with one entered observation: a bank reads them but changes neither.
  const district = await actorFor(p, "district-qinwan", "admin");
  await saveTarget(p, district, "green-industry-share-2027", GREEN_SHARE_TARGET);
  await saveTargetObservation(p, district, "green-industry-share-2027", {
    year: 2025,
    value: "12.1",
    source: "统计公报",
  });
  attacker = await signedIn(app, "admin@bank.demo");
});
afterAll(async () => {
  await app.close();
  await p.close();
});

describe("tenant isolation under attack", () => {
  it("refuses every route that takes an id when given another organisation's id, and changes nothing", async () => {
    const before = await snapshot();
    const tried: string[] = [];
    for (const r of await routes()) {
      if (!r.path.includes("{") || REFERENCE_DATA.has(r.path)) continue;
      const body = BODIES[`${r.method} ${r.path}`];
      const res = await attacker.request({
        method: r.method as "GET",
        url: fill(r.path),
        ...(body === undefined ? {} : { payload: body as object }),
      });
      tried.push(`${r.method} ${r.path} → ${res.statusCode}`);
      expect([403, 404], `${r.method} ${r.path} answered ${res.statusCode}: ${res.body}`).toContain(res.statusCode);
      expect(res.body).not.toContain(victim.nameZh);
      expect(res.json()).toHaveProperty("code");
    }
    expect(tried.length).toBeGreaterThanOrEqual(Object.keys(PARAMS).length);
    expect(await snapshot()).toBe(before);
  });

  it("answers a foreign id exactly as it answers an id that does not exist", async () => {
    const foreign = await attacker.get(`/api/orgs/${victim.orgId}`);
    const missing = await attacker.get("/api/orgs/00000000-0000-4000-8000-000000000000");
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
  });

  it("lists nothing of another organisation through any list route", async () => {
    for (const r of await routes()) {
      if (r.method !== "GET" || r.path.includes("{") || r.path === "/api/health") continue;
      const res = await attacker.get(`${r.path}${r.path === "/api/grants" ? "?direction=received" : ""}`);
      expect(res.body, `${r.path} leaked the victim`).not.toContain(victim.orgId);
    }
    const orgs = await attacker.get("/api/orgs?kind=enterprise&pageSize=500");
    expect(orgs.json().total).toBe(0);
  });

  it("does not let a user switch into an organisation they do not belong to", async () => {
    const res = await attacker.post("/api/auth/switch-org", { orgId: victim.orgId });
    expect(res.statusCode).toBe(404);
    expect((await attacker.get("/api/auth/me")).json().activeOrg.kind).toBe("bank");
  });

  it("keeps district-only routes from every other kind of organisation", async () => {
    for (const email of [
      "admin@bank.demo",
      "admin@enterprise.demo",
      "admin@insurer.demo",
      "admin@fund.demo",
      "admin@rating.demo",
      "admin@verifier.demo",
      "admin@wealth.demo",
    ]) {
      const c = await signedIn(app, email);
      expect((await c.get("/api/district/overview")).statusCode, email).toBe(403);
      expect((await c.post("/api/audit/verify")).statusCode, email).toBe(403);
      const created = await c.post("/api/orgs", { kind: "enterprise", nameZh: "冒名企业", nameEn: "Impostor Co" });
      expect(created.statusCode, email).toBe(403);
    }
  });

  it("requires a signed-in caller on every route but the public ones", async () => {
    const anonymous = new Client(app);
    const open = new Set(["/api/health", "/api/auth/login", ...PUBLIC_ROUTES]);
    for (const r of await routes()) {
      if (open.has(r.path)) continue;
      const url = r.path.includes("{") ? fill(r.path) : r.path;
      const res = await anonymous.request({ method: r.method as "GET", url });
      expect(res.statusCode, `${r.method} ${r.path}`).toBe(401);
      expect(res.json().code).toBe("UNAUTHENTICATED");
    }
  });
});
