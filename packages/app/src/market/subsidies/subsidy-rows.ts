/** Subsidy programmes and applications as the use-cases return them, and the SQL that reads them. */
import type { TSubsidyApplication, TSubsidyProgramme } from "@greenfin/contracts";
import type { Queryable } from "@greenfin/db";
import type { SubsidyComputation, SubsidyKind } from "@greenfin/domain";
import Decimal from "decimal.js";
import type { Actor } from "../../context/actor";
import type { FieldProblem } from "../../errors/app-error";

export type SubsidyProgrammeView = TSubsidyProgramme;
export type SubsidyApplicationView = TSubsidyApplication;
export type ProgrammeStatus = SubsidyProgrammeView["status"];
export type ApplicationStatus = SubsidyApplicationView["status"];

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const fieldProblem = (path: string, zh: string, en: string): FieldProblem => ({
  path,
  messageZh: `${path}：${zh}`,
  messageEn: `${path}: ${en}`,
});

/** Yuan with two places ("70000" → "70000.00"). */
export const yuan = (text: string | Decimal): string => new Decimal(text).toFixed(2);

/** A real calendar date "YYYY-MM-DD". */
export const isIsoDate = (t: unknown): t is string =>
  typeof t === "string" &&
  /^\d{4}-\d{2}-\d{2}$/.test(t) &&
  !Number.isNaN(Date.parse(t)) &&
  new Date(`${t}T00:00:00Z`).toISOString().startsWith(t);

export interface ProgrammeRow {
  id: string;
  org_id: string;
  name_zh: string;
  name_en: string;
  description: string;
  kind: SubsidyKind;
  rate: string;
  instrument: "loan";
  category_prefixes: string[];
  period_start: string;
  period_end: string;
  per_loan_cap: string | null;
  budget: string;
  committed: string;
  paid: string;
  status: ProgrammeStatus;
  created_at: Date;
  opened_at: Date | null;
  closed_at: Date | null;
}

export const PROGRAMME_SELECT = `SELECT g.id, g.org_id, g.name_zh, g.name_en, g.description, g.kind, g.rate::text AS rate,
       g.instrument, g.category_prefixes, to_char(g.period_start, 'YYYY-MM-DD') AS period_start,
       to_char(g.period_end, 'YYYY-MM-DD') AS period_end, g.per_loan_cap::text AS per_loan_cap,
       g.budget::text AS budget, g.committed::text AS committed, g.paid::text AS paid, g.status, g.created_at,
       g.opened_at, g.closed_at
  FROM subsidy_programmes g`;

export const toProgrammeView = (r: ProgrammeRow): SubsidyProgrammeView => ({
  id: r.id,
  orgId: r.org_id,
  nameZh: r.name_zh,
  nameEn: r.name_en,
  description: r.description,
  kind: r.kind,
  rate: new Decimal(r.rate).toFixed(),
  instrument: r.instrument,
  categoryPrefixes: [...r.category_prefixes],
  periodStart: r.period_start,
  periodEnd: r.period_end,
  perLoanCap: r.per_loan_cap === null ? null : yuan(r.per_loan_cap),
  budget: yuan(r.budget),
  committed: yuan(r.committed),
  paid: yuan(r.paid),
  remaining: yuan(new Decimal(r.budget).minus(r.committed)),
  status: r.status,
  createdAt: r.created_at.toISOString(),
  openedAt: r.opened_at?.toISOString() ?? null,
  closedAt: r.closed_at?.toISOString() ?? null,
});

/** A programme the actor may see: the district every one; institutions and enterprises once opened. */
export async function visibleProgramme(db: Queryable, actor: Actor, id: string): Promise<ProgrammeRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const r = await db.query<ProgrammeRow>(`${PROGRAMME_SELECT} WHERE g.id = $1`, [id]);
  const row = r.rows[0];
  if (!row) return undefined;
  if (actor.orgKind !== "district" && row.status === "draft") return undefined;
  return row;
}

export interface ApplicationRow {
  id: string;
  programme_id: string;
  programme_name_zh: string;
  programme_name_en: string;
  org_id: string;
  institution_name: string;
  green_financing_id: string;
  loan_reference: string;
  enterprise_org_id: string;
  enterprise_name: string;
  category_code: string;
  period_start: string;
  period_end: string;
  principal: string | null;
  interest_paid: string;
  subsidy_amount: string;
  computation: SubsidyComputation;
  note: string | null;
  status: ApplicationStatus;
  submitted_at: Date;
  decided_at: Date | null;
  decision_note: string | null;
  paid_at: Date | null;
  payment_reference: string | null;
}

export const APPLICATION_SELECT = `SELECT a.id, a.programme_id, g.name_zh AS programme_name_zh,
       g.name_en AS programme_name_en, a.org_id, i.name_zh AS institution_name, a.green_financing_id, a.loan_reference,
       a.enterprise_org_id, e.name_zh AS enterprise_name, a.category_code,
       to_char(a.period_start, 'YYYY-MM-DD') AS period_start, to_char(a.period_end, 'YYYY-MM-DD') AS period_end,
       a.principal::text AS principal, a.interest_paid::text AS interest_paid, a.subsidy_amount::text AS subsidy_amount,
       a.computation, a.note, a.status, a.submitted_at, a.decided_at, a.decision_note, a.paid_at, a.payment_reference
  FROM subsidy_applications a
  JOIN subsidy_programmes g ON g.id = a.programme_id
  JOIN organisations i ON i.id = a.org_id
  JOIN organisations e ON e.id = a.enterprise_org_id`;

export const toApplicationView = (r: ApplicationRow): SubsidyApplicationView => ({
  id: r.id,
  programmeId: r.programme_id,
  programmeNameZh: r.programme_name_zh,
  programmeNameEn: r.programme_name_en,
  institutionId: r.org_id,
  institutionName: r.institution_name,
  greenFinancingId: r.green_financing_id,
  loanReference: r.loan_reference,
  enterpriseOrgId: r.enterprise_org_id,
  enterpriseName: r.enterprise_name,
  categoryCode: r.category_code,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  principal: r.principal === null ? null : yuan(r.principal),
  interestPaid: yuan(r.interest_paid),
  subsidyAmount: yuan(r.subsidy_amount),
  computation: r.computation,
  note: r.note,
  status: r.status,
  submittedAt: r.submitted_at.toISOString(),
  decidedAt: r.decided_at?.toISOString() ?? null,
  decisionNote: r.decision_note,
  paidAt: r.paid_at?.toISOString() ?? null,
  paymentReference: r.payment_reference,
});

/** The parties' condition: the applying institution, the financed enterprise, or the district. */
export function applicationScope(actor: Actor, params: unknown[]): string {
  if (actor.orgKind === "district") return "TRUE";
  params.push(actor.orgId);
  return `(a.org_id = $${params.length} OR a.enterprise_org_id = $${params.length})`;
}

/** An application the actor may see (its party or the district), or undefined. */
export async function visibleApplication(db: Queryable, actor: Actor, id: string): Promise<ApplicationRow | undefined> {
  if (!UUID.test(id)) return undefined;
  const params: unknown[] = [id];
  const scope = applicationScope(actor, params);
  const r = await db.query<ApplicationRow>(`${APPLICATION_SELECT} WHERE a.id = $1 AND ${scope}`, params);
  return r.rows[0];
}
