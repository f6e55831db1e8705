/**
 * Reading accepted figures for the dashboard: only the revision in force of each report (stat_reports.
 * accepted_revision; a revision supersedes the earlier one as a whole, so the earlier values are never read), for
 * period windows of one or both templates. The dashboard's main read takes totals only (item = ''); breakdowns are
 * read by the drill-downs alone. Values come back as the domain's StatValue, grouped by template.
 */
import type { Queryable } from "@greenfin/db";
import type { StatValue } from "@greenfin/domain";

export interface PeriodWindow {
  readonly templateRef: string;
  readonly from: string;
  readonly to: string;
}

export interface AcceptedRead {
  readonly windows: readonly PeriodWindow[];
  /** Totals only (item ''), or the breakdown items too. */
  readonly totalsOnly: boolean;
  /** Only these metrics; all by default. */
  readonly metrics?: readonly string[];
  /** Only this institution; all by default. */
  readonly orgId?: string;
}

/** A report whose accepted revision is not the first: it superseded earlier ones, said in the traces. */
export interface RevisedReport {
  readonly orgId: string;
  readonly period: string;
  readonly revision: number;
}

export interface AcceptedValues {
  /** By template ref. */
  readonly values: ReadonlyMap<string, StatValue[]>;
  readonly revised: readonly RevisedReport[];
}

interface Row {
  org_id: string;
  template_ref: string;
  period: string;
  revision: number;
  metric: string;
  item: string;
  value: string;
}

export async function readAcceptedValues(db: Queryable, q: AcceptedRead): Promise<AcceptedValues> {
  const params: unknown[] = [];
  const arg = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const windows = q.windows
    .map((w) => `(r.template_ref = ${arg(w.templateRef)} AND r.period BETWEEN ${arg(w.from)} AND ${arg(w.to)})`)
    .join(" OR ");
  const where = [`r.accepted_revision IS NOT NULL`, `(${windows || "FALSE"})`];
  if (q.totalsOnly) where.push(`v.item = ''`);
  if (q.metrics) where.push(`v.metric = ANY(${arg(q.metrics)}::text[])`);
  if (q.orgId) where.push(`r.org_id = ${arg(q.orgId)}::uuid`);
  const r = await db.query<Row>(
    `SELECT r.org_id::text AS org_id, r.template_ref, r.period, r.accepted_revision AS revision, v.metric, v.item,
            v.value::text AS value
       FROM stat_reports r
       JOIN stat_report_values v ON v.report_id = r.id AND v.revision = r.accepted_revision
      WHERE ${where.join(" AND ")}`,
    params,
  );
  const values = new Map<string, StatValue[]>();
  const revised = new Map<string, RevisedReport>();
  for (const row of r.rows) {
    const list = values.get(row.template_ref) ?? [];
    if (list.length === 0) values.set(row.template_ref, list);
    list.push({
      orgId: row.org_id,
      period: row.period,
      metric: row.metric,
      item: row.item === "" ? null : row.item,
      value: row.value,
      revision: row.revision,
    });
    if (row.revision > 1) {
      revised.set(`${row.org_id} ${row.period}`, { orgId: row.org_id, period: row.period, revision: row.revision });
    }
  }
  return { values, revised: [...revised.values()] };
}

/**
 * Every institution's accepted totals for the windows, for the district (inside its tenant session) or outside a
 * session (the public page): one query, one packed value per window (definer function stat_district_totals,
 * migration 0015) — the dashboard's main read.
 */
export async function readDistrictTotals(db: Queryable, windows: readonly PeriodWindow[]): Promise<AcceptedValues> {
  if (windows.length === 0) return { values: new Map(), revised: [] };
  const params = windows.flatMap((w) => [w.templateRef, w.from, w.to]);
  const cols = windows.map((_, i) => `stat_district_totals($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3}) AS w${i}`);
  const r = await db.query<Record<string, string | null>>(`SELECT ${cols.join(", ")}`, params);
  const row = r.rows[0] ?? {};
  const values = new Map<string, StatValue[]>();
  const revised = new Map<string, RevisedReport>();
  windows.forEach((w, i) => {
    const list = values.get(w.templateRef) ?? [];
    values.set(w.templateRef, list);
    const packed = row[`w${i}`];
    if (!packed) return;
    for (const line of packed.split("\n")) {
      const [orgId, period, rev, metric, value] = line.split("\t") as [string, string, string, string, string];
      const revision = Number(rev);
      list.push({ orgId, period, metric, item: null, value, revision });
      if (revision > 1) revised.set(`${orgId} ${period}`, { orgId, period, revision });
    }
  });
  return { values, revised: [...revised.values()] };
}

export interface AcceptedPeriods {
  /** The months and quarters with at least one accepted report, newest first. */
  readonly months: string[];
  readonly quarters: string[];
  /** How many institutions have an accepted report for each of them (same order). */
  readonly monthReporters: number[];
  readonly quarterReporters: number[];
}

/** The months and quarters with at least one accepted report (of the institution, if given), newest first. */
export async function acceptedPeriods(
  db: Queryable,
  refs: { readonly monthly: string; readonly quarterly: string },
  orgId?: string,
): Promise<AcceptedPeriods> {
  const r = await db.query<{ template_ref: string; period: string; n: number }>(
    `SELECT template_ref, period, count(*)::int AS n FROM stat_reports
      WHERE template_ref IN ($1, $2) AND accepted_revision IS NOT NULL${orgId ? " AND org_id = $3::uuid" : ""}
      GROUP BY template_ref, period ORDER BY period DESC`,
    orgId ? [refs.monthly, refs.quarterly, orgId] : [refs.monthly, refs.quarterly],
  );
  const of = (ref: string) => r.rows.filter((x) => x.template_ref === ref);
  return {
    months: of(refs.monthly).map((x) => x.period),
    quarters: of(refs.quarterly).map((x) => x.period),
    monthReporters: of(refs.monthly).map((x) => Number(x.n)),
    quarterReporters: of(refs.quarterly).map((x) => Number(x.n)),
  };
}

export interface OrgName {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly kind: string;
}

export async function orgNames(db: Queryable, ids: readonly string[]): Promise<Map<string, OrgName>> {
  if (ids.length === 0) return new Map();
  const r = await db.query<{ id: string; name_zh: string; name_en: string; kind: string }>(
    "SELECT id::text AS id, name_zh, name_en, kind FROM organisations WHERE id = ANY($1::uuid[])",
    [ids],
  );
  return new Map(r.rows.map((o) => [o.id, { id: o.id, nameZh: o.name_zh, nameEn: o.name_en, kind: o.kind }]));
}

/** Trace lines for the reports whose accepted revision replaced earlier ones, in the given periods. */
export function revisionLines(revised: readonly RevisedReport[], periods: readonly string[]): string[] {
  const set = new Set(periods);
  return revised
    .filter((r) => set.has(r.period))
    .sort((a, b) => (a.orgId + a.period < b.orgId + b.period ? -1 : 1))
    .map(
      (r) => `${r.orgId} ${r.period}: accepted revision ${r.revision} in force, superseding earlier revisions whole`,
    );
}
