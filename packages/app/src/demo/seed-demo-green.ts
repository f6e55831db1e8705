/**
 * The demo green project library (generateDemoGreenProjects): each project classified by the real classifier and its
 * answer stored, its expected benefits computed by the benefit calculators, its review (certified by the demo
 * verifier or the district's reviewers: the classifier's top category when it finds one, the project kind's otherwise),
 * its history as events, the demo banks' and insurers' financings (linked ones labelled with the certified category),
 * and the benefit reports of some financed projects. Rows are inserted in bulk in one transaction; the lifecycle
 * use-cases are not called, and, as for the financed-emissions seed, what was seeded is recorded in the installation
 * row ("demo-green") rather than the audit log, whose entries record what people did. Deterministic for a seed (ids
 * apart); once per database.
 */
import { randomUUID } from "node:crypto";
import type { TBenefitLineInput, TBenefitReport } from "@greenfin/contracts";
import type { Queryable } from "@greenfin/db";
import {
  buildGreenClassifier,
  type DemoGreenProject,
  type DemoOrganisation,
  type GreenClassification,
  generateDemoGreenProjects,
} from "@greenfin/domain";
import { resolveIndustryCode } from "@greenfin/reference";
import Decimal from "decimal.js";
import { computeProjectBenefits } from "../green/benefits/compute-project-benefits";
import { loadGreenClassifierData } from "../green/green-classifier-data";
import type { Platform } from "../platform";
import { type BulkColumn, insertJson, insertUnnest } from "./bulk-insert";

export interface GreenSeedCounts {
  projects: number;
  certified: number;
  /** Certified projects with at least one linked financing. */
  financed: number;
  financings: number;
  /** Of them, not linked to a project (labelled or not). */
  standalone: number;
  benefitReports: number;
  events: number;
}

const co2Of = (r: TBenefitReport | null) => r?.totals.find((t) => t.key === "co2_reduction_t")?.value ?? null;

/** Every input of the expected lines scaled by an actual/expected ratio (2 places). */
function scaled(lines: readonly TBenefitLineInput[], ratio: string): TBenefitLineInput[] {
  return lines.map((l) => ({
    method: l.method,
    inputs: Object.fromEntries(
      Object.entries(l.inputs).map(([k, v]) => [k, new Decimal(v).times(ratio).toDecimalPlaces(2).toFixed()]),
    ),
  }));
}

/**
 * Each organisation's acting user: a member with the role asked for, else an analyst, else its administrator; none
 * for an enterprise without accounts (its steps are then by the organisation alone).
 */
async function usersByOrg(db: Queryable) {
  const r = await db.query<{ demo_key: string; org_id: string; user_id: string | null; role: string | null }>(
    `SELECT o.demo_key, o.id AS org_id, m.user_id, m.role FROM organisations o LEFT JOIN memberships m ON m.org_id = o.id
      WHERE o.demo_key IS NOT NULL`,
  );
  const orgs = new Map<string, { id: string; users: Map<string, string> }>();
  for (const x of r.rows) {
    const o = orgs.get(x.demo_key) ?? { id: x.org_id, users: new Map() };
    if (x.role && x.user_id) o.users.set(x.role, x.user_id);
    orgs.set(x.demo_key, o);
  }
  const orgId = (key: string) => {
    const o = orgs.get(key);
    if (!o) throw new Error(`the demo has no organisation ${key}`);
    return o.id;
  };
  const userId = (key: string, role: string) => {
    const u = orgs.get(key)?.users;
    return u?.get(role) ?? u?.get("analyst") ?? u?.get("admin") ?? null;
  };
  return { orgId, userId };
}

interface ProjectRow {
  id: string;
  p: DemoGreenProject;
  refNo: string;
  classification: GreenClassification;
  expected: TBenefitReport | null;
  category: string | null;
  certifiedAt: string | null;
  updatedAt: string;
}

function projectColumns(
  orgId: (key: string) => string,
  userId: (key: string, role: string) => string | null,
): BulkColumn<ProjectRow>[] {
  const certified = (r: ProjectRow) => r.p.status === "certified";
  return [
    { name: "id", type: "uuid", value: (r) => r.id },
    { name: "ref_no", type: "text", value: (r) => r.refNo },
    { name: "org_id", type: "uuid", value: (r) => orgId(r.p.ownerKey) },
    { name: "submitted_by_org_id", type: "uuid", value: (r) => orgId(r.p.submittedByKey) },
    { name: "submitted_by", type: "uuid", value: (r) => userId(r.p.submittedByKey, "analyst") },
    { name: "name", type: "text", value: (r) => r.p.name },
    { name: "description", type: "text", value: (r) => r.p.description },
    { name: "area", type: "text", value: (r) => r.p.area },
    { name: "address", type: "text", value: (r) => r.p.address },
    { name: "industry_code", type: "text", value: (r) => r.p.industryCode },
    { name: "declared_category", type: "text", value: (r) => r.p.declaredCategory },
    { name: "total_investment", type: "numeric", value: (r) => r.p.totalInvestment },
    { name: "financing_need", type: "numeric", value: (r) => r.p.financingNeed },
    { name: "start_year", type: "integer", value: (r) => r.p.startYear },
    { name: "operation_year", type: "integer", value: (r) => r.p.operationYear },
    { name: "eia_status", type: "text", value: (r) => r.p.eiaStatus },
    { name: "parameters", type: "jsonb", value: (r) => JSON.stringify(r.p.parameters) },
    { name: "expected_benefits", type: "jsonb", value: (r) => JSON.stringify(r.p.expectedBenefits) },
    { name: "expected_result", type: "text", value: (r) => (r.expected ? JSON.stringify(r.expected) : null) },
    { name: "expected_co2_t", type: "numeric", value: (r) => co2Of(r.expected) },
    { name: "classification", type: "text", value: (r) => JSON.stringify(r.classification) },
    { name: "classifier_catalogue", type: "text", value: (r) => r.classification.catalogue },
    { name: "classifier_vocabulary", type: "text", value: (r) => r.classification.vocabulary },
    { name: "fingerprint", type: "text", value: (r) => r.classification.fingerprint },
    { name: "proposed_category", type: "text", value: (r) => r.classification.top?.code ?? null },
    { name: "proposed_confidence", type: "numeric", value: (r) => r.classification.top?.confidence ?? null },
    { name: "proposed_blue", type: "boolean", value: (r) => r.classification.blue.relevant },
    { name: "proposed_transition", type: "boolean", value: (r) => r.classification.transition.relevant },
    { name: "status", type: "text", value: (r) => r.p.status },
    { name: "return_note", type: "text", value: (r) => r.p.returnNote },
    {
      name: "certificate_no",
      type: "text",
      value: (r) => (certified(r) ? `GC-${r.certifiedAt!.slice(0, 4)}-${r.refNo.split("-").pop()}` : null),
    },
    { name: "certified_category", type: "text", value: (r) => r.category },
    { name: "certified_blue", type: "boolean", value: (r) => (certified(r) ? r.p.blue : null) },
    {
      name: "certified_transition",
      type: "boolean",
      value: (r) => (certified(r) ? r.classification.transition.relevant : null),
    },
    { name: "evidence_note", type: "text", value: (r) => r.p.evidenceNote },
    { name: "conditions", type: "text", value: (r) => r.p.conditions },
    {
      name: "agreed_with_classifier",
      type: "boolean",
      value: (r) => (certified(r) ? r.classification.top?.code === r.category : null),
    },
    {
      name: "certified_by",
      type: "uuid",
      value: (r) => (certified(r) && r.p.reviewerKey ? userId(r.p.reviewerKey, "reviewer") : null),
    },
    {
      name: "certifier_org_id",
      type: "uuid",
      value: (r) => (certified(r) && r.p.reviewerKey ? orgId(r.p.reviewerKey) : null),
    },
    { name: "certified_at", type: "timestamptz", value: (r) => r.certifiedAt },
    { name: "submitted_at", type: "timestamptz", value: (r) => r.p.submittedAt },
    { name: "updated_at", type: "timestamptz", value: (r) => r.updatedAt },
  ];
}

export async function seedDemoGreen(
  p: Platform,
  district: { seed: number; organisations: readonly DemoOrganisation[] },
): Promise<GreenSeedCounts> {
  const library = generateDemoGreenProjects({ seed: district.seed, organisations: district.organisations });
  const classifier = buildGreenClassifier(loadGreenClassifierData());
  return p.db.transaction(async (tx) => {
    const { orgId, userId } = await usersByOrg(tx);
    const seq = await tx.query<{ n: string }>(
      "SELECT nextval('green_project_ref_seq')::text AS n FROM generate_series(1, $1::int)",
      [library.projects.length],
    );
    const rows: ProjectRow[] = library.projects.map((p, i) => {
      const classification = classifier.classifyProject({
        name: p.name,
        description: p.description,
        industryCode: p.industryCode,
        parameters: p.parameters,
      });
      const certified = p.status === "certified";
      const decided = p.steps.findLast((s) => s.action === "certify");
      return {
        id: randomUUID(),
        p,
        refNo: `GP-${p.submittedAt.slice(0, 4)}-${seq.rows[i]!.n.padStart(6, "0")}`,
        classification,
        expected: p.expectedBenefits.length ? computeProjectBenefits(p.expectedBenefits) : null,
        category: certified
          ? classification.verdict === "green" && classification.top
            ? classification.top.code
            : p.fallbackCategory
          : null,
        certifiedAt: certified && decided ? decided.at : null,
        updatedAt: p.steps.filter((s) => s.action !== "financing" && s.action !== "benefit-report").at(-1)!.at,
      };
    });
    await insertJson(tx, "green_projects", projectColumns(orgId, userId), rows, 100);
    const byKey = new Map(rows.map((r) => [r.p.key, r]));

    const events = rows.flatMap((r) => r.p.steps.map((s) => ({ r, s })));
    await insertUnnest(
      tx,
      "green_project_events",
      [
        { name: "project_id", type: "uuid", value: (e: (typeof events)[number]) => e.r.id },
        { name: "org_id", type: "uuid", value: (e) => orgId(e.r.p.ownerKey) },
        { name: "action", type: "text", value: (e) => e.s.action },
        { name: "at", type: "timestamptz", value: (e) => e.s.at },
        { name: "actor_user", type: "uuid", value: (e) => userId(e.s.orgKey, e.s.role) },
        { name: "actor_org", type: "uuid", value: (e) => orgId(e.s.orgKey) },
        { name: "note", type: "text", value: (e) => e.s.note },
      ],
      events,
      2000,
    );

    const financings = library.financings;
    await insertUnnest(
      tx,
      "green_financings",
      [
        { name: "org_id", type: "uuid", value: (f: (typeof financings)[number]) => orgId(f.institutionKey) },
        { name: "instrument", type: "text", value: (f) => f.instrument },
        { name: "reference", type: "text", value: (f) => f.reference },
        { name: "project_id", type: "uuid", value: (f) => (f.projectKey ? byKey.get(f.projectKey)!.id : null) },
        { name: "borrower_org_id", type: "uuid", value: (f) => (f.borrowerKey ? orgId(f.borrowerKey) : null) },
        { name: "borrower_name", type: "text", value: (f) => f.borrowerName },
        { name: "amount", type: "numeric", value: (f) => f.amount },
        { name: "outstanding", type: "numeric", value: (f) => f.outstanding },
        { name: "start_date", type: "date", value: (f) => f.startDate },
        { name: "maturity_date", type: "date", value: (f) => f.maturityDate },
        {
          name: "category_code",
          type: "text",
          value: (f) => (f.projectKey ? byKey.get(f.projectKey)!.category : f.categoryCode),
        },
        { name: "use_of_proceeds", type: "text", value: (f) => f.useOfProceeds },
        {
          name: "industry_code",
          type: "text",
          value: (f) => (f.industryCode ? (resolveIndustryCode(f.industryCode)?.code ?? null) : null),
        },
        { name: "rate_percent", type: "numeric", value: (f) => f.ratePercent },
        { name: "created_by", type: "uuid", value: (f) => userId(f.institutionKey, "analyst") },
        { name: "created_at", type: "timestamptz", value: (f) => `${f.startDate}T02:00:00.000Z` },
        { name: "labelled_by", type: "uuid", value: (f) => userId(f.institutionKey, "analyst") },
        { name: "labelled_at", type: "timestamptz", value: (f) => `${f.startDate}T02:00:00.000Z` },
      ],
      financings,
      2000,
    );

    const reports = rows.flatMap((r) =>
      r.p.benefitReports.map((b) => {
        const lines = scaled(r.p.expectedBenefits, b.ratio);
        const result = computeProjectBenefits(lines, { year: b.year });
        return { r, b, lines, result };
      }),
    );
    await insertJson(
      tx,
      "green_benefit_reports",
      [
        { name: "project_id", type: "uuid", value: (x: (typeof reports)[number]) => x.r.id },
        { name: "org_id", type: "uuid", value: (x) => orgId(x.r.p.ownerKey) },
        { name: "year", type: "integer", value: (x) => x.b.year },
        { name: "revision", type: "integer", value: () => 1 },
        { name: "lines", type: "jsonb", value: (x) => JSON.stringify(x.lines) },
        { name: "result", type: "text", value: (x) => JSON.stringify(x.result) },
        { name: "co2_t", type: "numeric", value: (x) => co2Of(x.result) },
        { name: "note", type: "text", value: (x) => `年度实际效益为预期的 ${x.b.ratio} 倍（演示数据）` },
        { name: "reported_by", type: "uuid", value: (x) => userId(x.r.p.ownerKey, "analyst") },
        { name: "reported_at", type: "timestamptz", value: (x) => x.b.reportedAt },
      ],
      reports,
      200,
    );

    const counts: GreenSeedCounts = {
      projects: rows.length,
      certified: rows.filter((r) => r.p.status === "certified").length,
      financed: new Set(financings.flatMap((f) => (f.projectKey ? [f.projectKey] : []))).size,
      financings: financings.length,
      standalone: financings.filter((f) => !f.projectKey).length,
      benefitReports: reports.length,
      events: events.length,
    };
    await tx.query("INSERT INTO installation (key, value) VALUES ('demo-green', $1::jsonb) ON CONFLICT DO NOTHING", [
      JSON.stringify(counts),
    ]);
    return counts;
  });
}

/** Seeds the green library once per database (installation key "demo-green"); null when done before or no demo. */
export async function seedDemoGreenOnce(
  p: Platform,
  district: { seed: number; organisations: readonly DemoOrganisation[] },
): Promise<GreenSeedCounts | null> {
  const demo = await p.db.query("SELECT 1 FROM installation WHERE key = 'demo'");
  const done = await p.db.query("SELECT 1 FROM installation WHERE key = 'demo-green'");
  if (demo.rows.length === 0 || done.rows.length > 0) return null;
  return seedDemoGreen(p, district);
}
