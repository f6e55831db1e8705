/**
 * The victim of the tenant-isolation attacks: the demo enterprise (ent-0001) with one of everything an organisation
 * owns or is party to — a token, grants, a submitted disclosure with evidence, a portfolio link, a rating run with an
 * override and a controversy, a carbon account, another bank's PCAF book and green loan to it, a green project under
 * review with a document, a closed financing need with a claim, a pledge of its allowances, a subsidy application, a
 * statistics report and a district target. `victimSnapshot` is everything an attack could change, as text.
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
  type Platform,
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
import { actorFor, orgByKey } from "./demo-lookup";
import { fisheryPv, PDF_BYTES } from "./green-project";
import { counterpartiesCsv, positionsCsv } from "./pcaf-book";

export interface Victim {
  orgId: string;
  userId: string;
  tokenId: string;
  grantId: string;
  jobId: string;
  nameZh: string;
  disclosureId: string;
  evidenceId: string;
  linkId: string;
  runId: string;
  resultId: string;
  overrideId: string;
  controversyId: string;
  /** Another bank's PCAF book and its completed run. */
  pcafOrgId: string;
  pcafBookId: string;
  pcafRunId: string;
  /** A submitted (not yet certified) green project of the victim, with a document. */
  greenProjectId: string;
  greenDocumentId: string;
  /** Another bank's labelled green loan. */
  greenFinancingId: string;
  /** The victim's financing need, closed by its choice of another bank's offer, and that bank's claim on it. */
  needId: string;
  claimId: string;
  /** The victim's allowance holding and another bank's pledge on it (under the victim's `financing` grant). */
  holdingId: string;
  pledgeId: string;
  /** The district's open subsidy programme, and the other bank's application in it for its loan to the victim. */
  programmeId: string;
  subsidyApplicationId: string;
  /** Another bank's draft statistics report. */
  statReportId: string;
}

const FUTURE = "2026-12-31T00:00:00.000Z";

/** The district's target the attacker tries to move. */
export const GREEN_SHARE_TARGET = {
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

/** Creates the victim's data in `p` (a seeded test platform). */
export async function setUpVictim(p: Platform): Promise<Victim> {
  const v = {} as Victim;
  const ent = await orgByKey(p, "ent-0001");
  const admin = await actorFor(p, "ent-0001", "admin");
  const otherBankRow = (
    await p.db.query<{ id: string; demo_key: string }>(
      "SELECT id, demo_key FROM organisations WHERE kind = 'bank' AND demo_key <> 'bank-qinwan' LIMIT 1",
    )
  ).rows[0]!;
  const otherBank = otherBankRow.id;
  v.orgId = ent.id;
  v.nameZh = ent.nameZh;
  v.userId = admin.userId!;
  v.tokenId = (await createApiToken(p, admin, { name: "erp", scopes: ["read"], expiresAt: FUTURE })).token.id;
  v.grantId = (
    await createGrant(p, admin, { granteeOrgId: otherBank, scope: "profile", purpose: "loan", expiresAt: FUTURE })
  ).id;
  v.jobId = (await enqueueJob(p.db, admin, "audit.verify", {})).id;
  // A submitted disclosure with a value and evidence, reviewed by the district: the bank is neither owner nor reviewer.
  v.disclosureId = (await createDisclosure(p, admin, { year: 2025, frameworks: ["SSE2024"] })).id;
  await applyIntake(p, admin, v.disclosureId, {
    channel: "api",
    entries: [
      { indicatorId: "E-GHG-001", dimension: "", value: 1200, unit: null, location: { source: "api", field: "v" } },
    ],
  });
  v.evidenceId = (
    await addEvidence(p, admin, v.disclosureId, {
      indicatorId: "E-GHG-001",
      fileName: "核查.pdf",
      bytes: Buffer.from("%PDF-1.4\n"),
    })
  ).id;
  const fund = await actorFor(p, "fund-laofeng-vc", "admin");
  const uscc = (await p.db.query<{ uscc: string }>("SELECT uscc FROM organisations WHERE id = $1", [ent.id])).rows[0]!
    .uscc;
  v.linkId = (
    await invitePortfolioCompany(p, fund, {
      companyUscc: uscc,
      fundName: "一号基金",
      ownershipPct: "10",
      investedCny: "1000000",
    })
  ).id;
  // An unpublished rating run of the enterprises, an override awaiting review, and a controversy about the v.
  const agency = await actorFor(p, "rating-mingheng", "analyst");
  const started = await startRating(p, agency, { methodology: "enterprise-esg@2026.1", periodYear: 2024 });
  v.runId = started.run.id;
  await runJobNow(p, started.job.id, "isolation-test", { handlers: jobHandlers });
  const results = await p.db.query<{ id: string; grade: string }>(
    "SELECT id, grade FROM rating_results WHERE run_id = $1 ORDER BY org_id = $2 DESC, id LIMIT 1",
    [v.runId, ent.id],
  );
  v.resultId = results.rows[0]!.id;
  const grades = ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"];
  const g = grades.indexOf(results.rows[0]!.grade);
  v.overrideId = (
    await proposeOverride(p, agency, v.resultId, {
      toGrade: grades[g === 0 ? 1 : g - 1]!,
      rationale: "Evidence of contracted green power reviewed on site.",
    })
  ).id;
  v.controversyId = (
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
  Object.assign(v, { pcafOrgId: lender.orgId, pcafBookId: book.bookId, pcafRunId: book.runId });
  // A green project the victim submitted, still under review: no bank may see it yet.
  v.greenProjectId = (await submitProject(p, admin, fisheryPv())).id;
  v.greenDocumentId = (
    await addProjectDocument(p, admin, v.greenProjectId, { fileName: "环评批复.pdf", bytes: PDF_BYTES })
  ).id;
  v.greenFinancingId = (
    await recordGreenFinancing(p, lender, {
      instrument: "loan",
      reference: "ISO-GL-0001",
      borrowerName: v.nameZh,
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
  v.needId = (
    await postNeed(p, admin, { amount: "5000000", tenorMonths: 36, purpose: "technical-retrofit", collateral: [] })
  ).id;
  v.claimId = (await claimNeed(p, lender, { needId: v.needId })).id;
  await recordClaimStep(p, lender, v.claimId, { step: "respond" });
  await recordClaimStep(p, lender, v.claimId, { step: "visit" });
  await recordClaimStep(p, lender, v.claimId, {
    step: "decide",
    decision: "approved",
    amount: "4000000",
    rate: "3.5",
  });
  await chooseOffer(p, admin, v.claimId);
  // The victim's allowances, pledged to the other bank under the victim's `financing` grant to it.
  v.holdingId = (
    await recordCarbonHolding(p, admin, {
      kind: "cea_allowance",
      quantity: "10000",
      complianceYear: 2025,
      registryRef: "CEA-REG-ISO-0001",
      source: "registry_statement",
    })
  ).id;
  await createGrant(p, admin, { granteeOrgId: otherBank, scope: "financing", purpose: "pledge", expiresAt: FUTURE });
  v.pledgeId = (
    await registerPledge(p, lender, {
      holdingId: v.holdingId,
      quantity: "1000",
      productKey: "carbon-quota-pledge-retrofit",
      loanReference: "ISO-CQ-0001",
      securedAmount: "30000",
      termStart: "2026-03-02",
      termEnd: "2027-03-01",
    })
  ).id;
  // The district's open subsidy programme, and the other bank's application for its wind-power loan to the v.
  v.programmeId = (
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
  v.subsidyApplicationId = (
    await applyForSubsidy(p, lender, {
      programmeId: v.programmeId,
      greenFinancingId: subsidisedLoan.id,
      periodStart: "2026-01-01",
      periodEnd: "2026-03-31",
      principal: "5000000",
      interestPaid: "40000",
    })
  ).id;
  v.statReportId = (
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
  return v;
}

export async function victimSnapshot(p: Platform, victim: Victim): Promise<string> {
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
