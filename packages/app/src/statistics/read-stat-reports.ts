/**
 * Reading reports: an institution its own, the district all of them (filters: template, period, status); one report
 * with the figures of its current revision, those in force when an earlier revision is the accepted one, its problems
 * and its revisions. Another institution's report is NOT_FOUND.
 */
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { requireStatReader } from "./stat-access";
import {
  REPORT_SELECT,
  readReport,
  type StatReportRow,
  type StatReportStatus,
  type StatReportSummary,
  type StatReportView,
  toReportView,
  toSummary,
} from "./stat-report-rows";
import { templateOr400 } from "./stat-templates";

export interface StatReportQuery {
  templateRef?: string | undefined;
  period?: string | undefined;
  status?: StatReportStatus | undefined;
}

export async function listStatReports(
  p: Platform,
  actor: Actor,
  q: StatReportQuery = {},
): Promise<StatReportSummary[]> {
  requireStatReader(actor);
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, v: unknown) => {
    params.push(v);
    where.push(sql.replace("?", `$${params.length}`));
  };
  if (actor.orgKind !== "district") add("r.org_id = ?", actor.orgId);
  if (q.templateRef) add("r.template_ref = ?", q.templateRef);
  if (q.period) add("r.period = ?", q.period);
  if (q.status) add("r.status = ?", q.status);
  const r = await p.db.query<StatReportRow>(
    `${REPORT_SELECT}${where.length ? ` WHERE ${where.join(" AND ")}` : ""}
      ORDER BY r.period DESC, r.template_ref, o.name_zh LIMIT 1000`,
    params,
  );
  return r.rows.map(toSummary);
}

export async function getStatReport(p: Platform, actor: Actor, reportId: string): Promise<StatReportView> {
  requireStatReader(actor);
  const row = await readReport(p.db, reportId);
  if (!row || (actor.orgKind !== "district" && row.org_id !== actor.orgId)) throw AppError.notFound("stat_report");
  return toReportView(p.db, templateOr400(row.template_ref), row);
}
