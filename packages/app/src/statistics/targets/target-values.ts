/**
 * A target's computed annual values: from the accepted reports when its metric is a template metric (the district's
 * year-to-date figure at December or Q4: the year's flow, the year-end stock), or from platform data for a platform
 * indicator. `public` mode (no signed-in organisation) reads the tables directly; a tenant session reads accepted
 * figures through the anonymising definer functions, so an institution sees the district totals, never its peers.
 */
import type { Queryable } from "@greenfin/db";
import {
  annualStatValues,
  buildStatBook,
  carbonIntensityChange,
  type StatObservation,
  type StatTarget,
  type StatValue,
} from "@greenfin/domain";
import { DEFAULT_STAT_TEMPLATES, type LoadedStatTemplate, loadStatTemplate } from "@greenfin/reference";

export type TargetReadMode = "tenant" | "public";

export interface ComputedValues {
  readonly origin: "reported" | "platform" | null;
  readonly values: readonly StatObservation[];
  readonly trace: readonly string[];
}

/** The template a metric is read from: the monthly one when it has the metric, else the quarterly one. */
export function templateForMetric(metric: string): LoadedStatTemplate | null {
  for (const ref of [DEFAULT_STAT_TEMPLATES.monthly, DEFAULT_STAT_TEMPLATES.quarterly]) {
    const t = loadStatTemplate(ref);
    if (t.metrics.some((m) => m.key === metric)) return t;
  }
  return null;
}

async function acceptedValues(
  db: Queryable,
  mode: TargetReadMode,
  template: LoadedStatTemplate,
  metrics: readonly string[],
  years: { from: number; to: number },
): Promise<StatValue[]> {
  const from = `${years.from}-01`;
  const to = `${years.to}-Z`; // after "-12" and "-Q4" alike
  const r =
    mode === "public"
      ? await db.query<{ org: string; period: string; metric: string; item: string; value: string }>(
          `SELECT r.org_id::text AS org, r.period, v.metric, v.item, v.value::text AS value
             FROM stat_reports r
             JOIN stat_report_values v ON v.report_id = r.id AND v.revision = r.accepted_revision
            WHERE r.template_ref = $1 AND r.period BETWEEN $2 AND $3 AND v.metric = ANY($4::text[])`,
          [template.ref, from, to, metrics],
        )
      : await db.query<{ org: string; period: string; metric: string; item: string; value: string }>(
          `SELECT peer AS org, period, metric, item, value::text AS value
             FROM stat_accepted_figures($1, $2, $3) WHERE metric = ANY($4::text[])`,
          [template.ref, from, to, metrics],
        );
  // Accepted figures only: each report's accepted revision is the one in force, so every value is "revision 1" here.
  return r.rows.map((x) => ({
    orgId: x.org,
    period: x.period,
    metric: x.metric,
    item: x.item === "" ? null : x.item,
    value: x.value,
    revision: 1,
  }));
}

async function reportedValues(
  db: Queryable,
  mode: TargetReadMode,
  target: StatTarget,
  template: LoadedStatTemplate,
  lastYear: number,
): Promise<ComputedValues> {
  const metric = template.metrics.find((m) => m.key === target.metric)!;
  const keys = metric.weightMetric ? [metric.key, metric.weightMetric] : [metric.key];
  const years: number[] = [];
  for (let y = target.baselineYear; y <= lastYear; y += 1) years.push(y);
  const values = await acceptedValues(db, mode, template, keys, { from: target.baselineYear, to: lastYear });
  const book = buildStatBook(template.metrics, values);
  const annual = annualStatValues(book, { metric: metric.key, years, frequency: template.frequency });
  return {
    origin: "reported",
    values: annual.map((a) => ({ ...a, source: `${template.ref}: ${a.source ?? ""}`.trim() })),
    trace: [
      `reported: ${metric.key} (${metric.kind}) from the accepted ${template.ref} reports, the district total's year-to-date figure at each year's last ${template.frequency === "monthly" ? "month" : "quarter"} (${metric.kind === "flow" ? "the year's sum" : metric.kind === "stock" ? "the year-end balance" : "weighted over the year"}); years without it are left out`,
    ],
  };
}

async function carbonIntensityValues(db: Queryable, target: StatTarget, lastYear: number): Promise<ComputedValues> {
  const r = await db.query<{ peer: string; year: number; co2: string; value_added: string }>(
    "SELECT peer, year, co2::text AS co2, value_added::text AS value_added FROM district_intensity_accounts($1, $2)",
    [target.baselineYear, lastYear],
  );
  const s = carbonIntensityChange(
    r.rows.map((x) => ({ orgId: x.peer, year: x.year, co2: x.co2, denominator: x.value_added })),
    target.baselineYear,
  );
  return {
    origin: "platform",
    values: s.values,
    trace: [
      "platform: the district enterprises' carbon accounts (latest version of each year, location-based total tCO2 ÷ value added in 10k yuan)",
      ...s.trace,
    ],
  };
}

/** The computed values of one target up to `lastYear` (the clock's year). */
export async function computedTargetValues(
  db: Queryable,
  mode: TargetReadMode,
  target: StatTarget,
  lastYear: number,
): Promise<ComputedValues> {
  if (target.metric === "carbon_intensity_change") return carbonIntensityValues(db, target, lastYear);
  if (target.metric === "green_loan_share")
    return {
      origin: null,
      values: [],
      trace: [
        "green-loan share: the templates report the green-loan balance but not the institutions' total loans, so the share is read from the observations the district enters",
      ],
    };
  const template = templateForMetric(target.metric);
  if (template) return reportedValues(db, mode, target, template, lastYear);
  return {
    origin: null,
    values: [],
    trace: [`${target.metric} is neither a template metric nor a platform indicator: the district enters its values`],
  };
}
