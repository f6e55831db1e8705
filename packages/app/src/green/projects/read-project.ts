/**
 * A project whole, as the reader may see it: content, the classifier's answer, the certification, documents, history,
 * the financings the reader can see, benefit reports (latest revision per year, against the expected figures) and
 * what the reader may do now.
 */
import type {
  TBenefitLineInput,
  TBenefitReport,
  TGreenClassification,
  TGreenParameter,
  TGreenProjectDetail,
} from "@greenfin/contracts";
import type { Queryable } from "@greenfin/db";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { categoryPath, categoryRef } from "../green-catalogue";
import { type BenefitReportData, toBenefitReportRow } from "./benefit-report-view";
import { projectCan, requireVisible } from "./project-access";
import { type ProjectRowData, ROW_COLUMNS, ROW_FROM, toProjectRow } from "./project-row";

interface DetailData extends ProjectRowData {
  description: string;
  address: string | null;
  declared_category: string | null;
  start_year: number | null;
  operation_year: number | null;
  eia_status: TGreenProjectDetail["eiaStatus"];
  parameters: TGreenParameter[];
  expected_benefits: TBenefitLineInput[];
  expected_result: string | null;
  classification: string;
  return_note: string | null;
  certificate_no: string | null;
  certified_blue: boolean | null;
  certified_transition: boolean | null;
  evidence_note: string | null;
  conditions: string | null;
  agreed_with_classifier: boolean | null;
  certified_at: Date | null;
  certifier_name: string | null;
  certifier_org_name: string | null;
  submitter_org_name: string;
  submitter_name: string | null;
}

const DETAIL = `SELECT ${ROW_COLUMNS}, g.description, g.address, g.declared_category, g.start_year, g.operation_year,
       g.eia_status, g.parameters, g.expected_benefits, g.expected_result, g.classification, g.return_note,
       g.certificate_no, g.certified_blue, g.certified_transition, g.evidence_note, g.conditions,
       g.agreed_with_classifier, g.certified_at, cu.display_name AS certifier_name, co.name_zh AS certifier_org_name,
       so.name_zh AS submitter_org_name, su.display_name AS submitter_name
  ${ROW_FROM}
  JOIN organisations so ON so.id = g.submitted_by_org_id
  LEFT JOIN users su ON su.id = g.submitted_by
  LEFT JOIN users cu ON cu.id = g.certified_by
  LEFT JOIN organisations co ON co.id = g.certifier_org_id
 WHERE g.id = $1`;

function certification(r: DetailData): TGreenProjectDetail["certification"] {
  if (r.status !== "certified" || !r.certified_category || !r.certified_at) return null;
  const ref = categoryRef(r.certified_category)!;
  return {
    certificateNo: r.certificate_no ?? "",
    category: { ...ref, ...categoryPath(r.certified_category) },
    blue: r.certified_blue ?? false,
    transition: r.certified_transition ?? false,
    evidenceNote: r.evidence_note ?? "",
    conditions: r.conditions,
    agreedWithClassifier: r.agreed_with_classifier ?? false,
    certifiedBy: r.certifier_name ?? "",
    certifierOrg: r.certifier_org_name ?? "",
    certifiedAt: r.certified_at.toISOString(),
  };
}

async function documents(db: Queryable, id: string) {
  const r = await db.query<{
    id: string;
    file_name: string;
    media_type: string;
    size_bytes: number;
    sha256: string;
    uploaded_at: Date;
  }>(
    `SELECT id, file_name, media_type, size_bytes, sha256, uploaded_at FROM green_project_documents
      WHERE project_id = $1 ORDER BY uploaded_at, id`,
    [id],
  );
  return r.rows.map((d) => ({
    id: d.id,
    fileName: d.file_name,
    mediaType: d.media_type,
    sizeBytes: d.size_bytes,
    sha256: d.sha256,
    uploadedAt: d.uploaded_at.toISOString(),
  }));
}

async function events(db: Queryable, id: string) {
  const r = await db.query<{
    action: TGreenProjectDetail["events"][number]["action"];
    at: Date;
    by: string | null;
    by_org: string | null;
    note: string | null;
  }>(
    `SELECT e.action, e.at, u.display_name AS by, o.name_zh AS by_org, e.note
       FROM green_project_events e
       LEFT JOIN users u ON u.id = e.actor_user
       LEFT JOIN organisations o ON o.id = e.actor_org
      WHERE e.project_id = $1 ORDER BY e.id`,
    [id],
  );
  return r.rows.map((e) => ({ action: e.action, at: e.at.toISOString(), by: e.by, byOrg: e.by_org, note: e.note }));
}

async function financings(db: Queryable, id: string) {
  const r = await db.query<{
    id: string;
    institution: string;
    instrument: string;
    reference: string;
    amount: string;
    start_date: string;
  }>(
    `SELECT f.id, o.name_zh AS institution, f.instrument, f.reference, f.amount::text AS amount,
            to_char(f.start_date, 'YYYY-MM-DD') AS start_date
       FROM green_financings f JOIN organisations o ON o.id = f.org_id
      WHERE f.project_id = $1 ORDER BY f.start_date, f.id`,
    [id],
  );
  return r.rows.map((f) => ({
    id: f.id,
    institution: f.institution,
    instrument: f.instrument,
    reference: f.reference,
    amount: f.amount,
    startDate: f.start_date,
  }));
}

async function benefitReports(db: Queryable, id: string, expected: TBenefitReport | null) {
  const r = await db.query<BenefitReportData>(
    `SELECT DISTINCT ON (b.year) b.id, b.year, u.display_name AS reported_by_name, b.reported_at, b.note, b.result
       FROM green_benefit_reports b LEFT JOIN users u ON u.id = b.reported_by
      WHERE b.project_id = $1 ORDER BY b.year, b.revision DESC`,
    [id],
  );
  return r.rows.map((b) => toBenefitReportRow(b, expected));
}

/** The project as `actor` sees it, read through `db` (a transaction's, when called after a change). */
export async function readProjectDetail(db: Queryable, actor: Actor, id: string): Promise<TGreenProjectDetail> {
  const found = await db.query<DetailData>(DETAIL, [id]);
  const r = requireVisible(actor, found.rows[0]);
  const expected = r.expected_result ? (JSON.parse(r.expected_result) as TBenefitReport) : null;
  return {
    ...toProjectRow(r),
    description: r.description,
    address: r.address,
    declaredCategory: categoryRef(r.declared_category),
    startYear: r.start_year,
    operationYear: r.operation_year,
    eiaStatus: r.eia_status,
    parameters: r.parameters,
    expectedBenefits: r.expected_benefits,
    expectedResult: expected,
    classification: JSON.parse(r.classification) as TGreenClassification,
    certification: certification(r),
    returnNote: r.return_note,
    submittedBy: { org: r.submitter_org_name, user: r.submitter_name },
    documents: await documents(db, id),
    events: await events(db, id),
    financings: await financings(db, id),
    benefitReports: await benefitReports(db, id, expected),
    can: projectCan(actor, r),
  };
}

export async function getProject(p: Platform, actor: Actor, id: string): Promise<TGreenProjectDetail> {
  return readProjectDetail(p.db, actor, id);
}
