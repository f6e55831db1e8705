/**
 * Reading a statistics report: its row, the figures of a revision, the revisions' submissions and decisions, and the
 * problems of the pure check (`checkStatReport`) as the API shows them — with a path `values.<metric>[.<item>]`.
 */
import type { Queryable } from "@greenfin/db";
import {
  checkStatReport,
  type OrgKind,
  previousPeriod,
  readStatPeriod,
  type StatProblem,
  type StatReportCheck,
  type StatReportEntry,
} from "@greenfin/domain";
import { type LoadedStatTemplate, statBreakdownItems } from "@greenfin/reference";

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type StatReportStatus = "draft" | "submitted" | "returned" | "accepted";

export interface StatReportRow {
  id: string;
  org_id: string;
  org_kind: OrgKind;
  org_name: string;
  org_name_en: string;
  template_ref: string;
  period: string;
  status: StatReportStatus;
  revision: number;
  accepted_revision: number | null;
  created_at: Date;
  updated_at: Date;
}

export interface StatValueView {
  metric: string;
  /** null for the metric's total. */
  item: string | null;
  /** Decimal text. */
  value: string;
  /** "reported", or where the platform pre-filled it from ("green-financings", "marketplace"). */
  source: string;
}

export interface StatProblemView {
  /** `values.<metric>[.<item>]`, or `period` for the report as a whole. */
  path: string;
  code: string;
  severity: "error" | "warning" | "note";
  metric: string | null;
  item: string | null;
  check: string | null;
  messageZh: string;
  messageEn: string;
}

export interface StatRevisionView {
  revision: number;
  submittedAt: string;
  warnings: StatProblemView[];
  outcome: "accepted" | "returned" | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface StatReportSummary {
  id: string;
  orgId: string;
  orgName: string;
  orgNameEn: string;
  templateRef: string;
  period: string;
  status: StatReportStatus;
  revision: number;
  acceptedRevision: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface StatReportView extends StatReportSummary {
  /** The figures of the current revision (being edited, submitted or decided). */
  values: StatValueView[];
  /** The figures in force when an earlier revision is the accepted one (a correction pending); else null. */
  acceptedValues: StatValueView[] | null;
  /** The check of the current revision's figures, against the previous period's accepted figures. */
  problems: StatProblemView[];
  crossChecks: {
    -readonly [K in keyof StatReportCheck["crossChecks"][number]]: StatReportCheck["crossChecks"][number][K];
  }[];
  revisions: StatRevisionView[];
}

export const REPORT_SELECT = `SELECT r.id, r.org_id, o.kind AS org_kind, o.name_zh AS org_name, o.name_en AS org_name_en,
       r.template_ref, r.period, r.status, r.revision, r.accepted_revision, r.created_at, r.updated_at
  FROM stat_reports r JOIN organisations o ON o.id = r.org_id`;

export async function readReport(db: Queryable, id: string, lock = false): Promise<StatReportRow | null> {
  if (!UUID.test(id)) return null;
  const r = await db.query<StatReportRow>(`${REPORT_SELECT} WHERE r.id = $1${lock ? " FOR UPDATE OF r" : ""}`, [id]);
  return r.rows[0] ?? null;
}

export async function readValues(db: Queryable, reportId: string, revision: number): Promise<StatValueView[]> {
  const r = await db.query<{ metric: string; item: string; value: string; source: string }>(
    `SELECT metric, item, value::text AS value, source FROM stat_report_values
      WHERE report_id = $1 AND revision = $2 ORDER BY metric, item`,
    [reportId, revision],
  );
  return r.rows.map((v) => ({
    metric: v.metric,
    item: v.item === "" ? null : v.item,
    value: v.value,
    source: v.source,
  }));
}

/** The same institution's accepted figures for the period before (null when there are none). */
export async function previousAccepted(
  db: Queryable,
  row: Pick<StatReportRow, "org_id" | "template_ref" | "period">,
): Promise<{ period: string; values: StatReportEntry[] } | null> {
  if (!readStatPeriod(row.period)) return null;
  const prev = previousPeriod(row.period);
  const r = await db.query<{ metric: string; item: string; value: string }>(
    `SELECT v.metric, v.item, v.value::text AS value
       FROM stat_reports r JOIN stat_report_values v ON v.report_id = r.id AND v.revision = r.accepted_revision
      WHERE r.org_id = $1 AND r.template_ref = $2 AND r.period = $3`,
    [row.org_id, row.template_ref, prev],
  );
  if (!r.rows.length) return null;
  return { period: prev, values: r.rows.map((v) => ({ metric: v.metric, item: v.item || null, value: v.value })) };
}

export const problemPath = (metric: string | null, item: string | null) =>
  metric === null ? "period" : `values.${metric}${item === null ? "" : `.${item}`}`;

export const toProblemView = (x: StatProblem): StatProblemView => ({
  path: problemPath(x.metric, x.item),
  code: x.code,
  severity: x.severity,
  metric: x.metric,
  item: x.item,
  check: x.check ?? null,
  messageZh: x.messageZh,
  messageEn: x.messageEn,
});

/** The pure check of one revision's figures, with the previous period's accepted figures for `prev:` terms. */
export async function checkRevision(
  db: Queryable,
  template: LoadedStatTemplate,
  row: Pick<StatReportRow, "org_id" | "org_kind" | "template_ref" | "period">,
  values: readonly StatValueView[],
): Promise<StatReportCheck> {
  const previous = await previousAccepted(db, row);
  return checkStatReport(
    template,
    { orgKind: row.org_kind, period: row.period, values: values.map((v) => ({ ...v })) },
    {
      breakdownItems: statBreakdownItems(),
      previous: previous ? { orgKind: row.org_kind, period: previous.period, values: previous.values } : null,
    },
  );
}

export const toSummary = (r: StatReportRow): StatReportSummary => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  orgNameEn: r.org_name_en,
  templateRef: r.template_ref,
  period: r.period,
  status: r.status,
  revision: r.revision,
  acceptedRevision: r.accepted_revision,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export async function toReportView(
  db: Queryable,
  template: LoadedStatTemplate,
  row: StatReportRow,
): Promise<StatReportView> {
  const values = await readValues(db, row.id, row.revision);
  const acceptedValues =
    row.accepted_revision !== null && row.accepted_revision !== row.revision
      ? await readValues(db, row.id, row.accepted_revision)
      : null;
  const check = await checkRevision(db, template, row, values);
  const revs = await db.query<{
    revision: number;
    submitted_at: Date;
    warnings: StatProblemView[] | string;
    outcome: "accepted" | "returned" | null;
    decided_at: Date | null;
    decision_note: string | null;
  }>(
    `SELECT revision, submitted_at, warnings, outcome, decided_at, decision_note FROM stat_report_revisions
      WHERE report_id = $1 ORDER BY revision`,
    [row.id],
  );
  return {
    ...toSummary(row),
    values,
    acceptedValues,
    problems: check.problems.map(toProblemView),
    crossChecks: check.crossChecks.map((c) => ({ ...c })),
    revisions: revs.rows.map((x) => ({
      revision: x.revision,
      submittedAt: x.submitted_at.toISOString(),
      warnings: typeof x.warnings === "string" ? JSON.parse(x.warnings) : x.warnings,
      outcome: x.outcome,
      decidedAt: x.decided_at?.toISOString() ?? null,
      decisionNote: x.decision_note,
    })),
  };
}
