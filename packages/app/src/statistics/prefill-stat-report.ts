/**
 * Figures the platform already knows, offered to an institution for its report with where each comes from:
 *
 * - `green-financings` — from its own labelled green loans (instrument `loan`): the balance at the period's end is
 *   the sum of `outstanding` of the loans started on or before the period's last day and not matured before it
 *   (maturity on or after that day, or none); new lending is the sum of `amount` of the loans started within the
 *   period. The catalogue-use items are the level-1 use (first segment of `category_code`), the industry items the
 *   GB/T 4754 section (first letter of `industry_code`); a loan without a label or industry counts in the total only
 *   (so the check shows the gap). `outstanding` is the balance as recorded now: the figure is a suggestion to confirm.
 * - `marketplace` — the sum of `funded_amount` of its claims funded within the period (China time).
 *
 * Sums are exact (numeric text, added with decimal.js).
 */
import type { Queryable } from "@greenfin/db";
import { monthsOfPeriod, readStatPeriod } from "@greenfin/domain";
import type { LoadedStatTemplate } from "@greenfin/reference";
import Decimal from "decimal.js";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { requireReporter } from "./stat-access";
import type { StatValueView } from "./stat-report-rows";
import { templateOr400 } from "./stat-templates";

export interface StatPrefill {
  templateRef: string;
  period: string;
  /** First and last day of the period (China local dates). */
  from: string;
  to: string;
  values: StatValueView[];
}

/** The local first and last day of a period: "2026-Q1" → 2026-01-01 … 2026-03-31. */
export function periodDays(period: string): { from: string; to: string } {
  const months = monthsOfPeriod(period);
  const first = months[0] as string;
  const last = months[months.length - 1] as string;
  const [y, m] = last.split("-").map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${first}-01`, to: `${last}-${String(lastDay).padStart(2, "0")}` };
}

export function periodOr400(template: LoadedStatTemplate, period: unknown): string {
  const p = typeof period === "string" ? readStatPeriod(period) : null;
  if (!p || p.frequency !== template.frequency)
    throw AppError.validation([
      {
        path: "period",
        messageZh: `period：${template.frequency === "monthly" ? "月度报表的报告期写作 2026-03" : "季度报表的报告期写作 2026-Q1"}`,
        messageEn: `period: a ${template.frequency} period, written ${template.frequency === "monthly" ? "2026-03" : "2026-Q1"}`,
      },
    ]);
  return p.period;
}

interface LoanGroup {
  use: string;
  section: string;
  balance: string | null;
  lent: string | null;
}

/** The pre-filled figures of `orgId` for the template's metrics that have a `prefill` source. */
export async function computePrefill(
  db: Queryable,
  orgId: string,
  template: LoadedStatTemplate,
  period: string,
): Promise<StatValueView[]> {
  const { from, to } = periodDays(period);
  const wanted = template.metrics.filter((m) => m.prefill);
  if (!wanted.length) return [];
  const out: StatValueView[] = [];
  const dec = (s: string | null) => new Decimal(s ?? 0);
  if (wanted.some((m) => m.prefill === "green-financings")) {
    const groups = (
      await db.query<LoanGroup>(
        `SELECT split_part(coalesce(category_code, ''), '.', 1) AS use, left(coalesce(industry_code, ''), 1) AS section,
                sum(outstanding) FILTER (WHERE maturity_date IS NULL OR maturity_date >= $3::date)::text AS balance,
                sum(amount) FILTER (WHERE start_date >= $2::date)::text AS lent
           FROM green_financings
          WHERE org_id = $1 AND instrument = 'loan' AND start_date <= $3::date
          GROUP BY 1, 2`,
        [orgId, from, to],
      )
    ).rows;
    const totals = (field: "balance" | "lent", by: "use" | "section" | null) => {
      const map = new Map<string, Decimal>();
      for (const g of groups) {
        const key = by === null ? "" : g[by];
        if (by !== null && key === "") continue;
        map.set(key, (map.get(key) ?? new Decimal(0)).plus(dec(g[field])));
      }
      return map;
    };
    for (const m of wanted.filter((x) => x.prefill === "green-financings")) {
      const field = m.kind === "stock" ? "balance" : "lent";
      const total = totals(field, null).get("") ?? new Decimal(0);
      out.push({ metric: m.key, item: null, value: total.toFixed(), source: "green-financings" });
      if (m.breakdown) {
        const items = totals(field, m.breakdown === "catalogue-use" ? "use" : "section");
        for (const [item, v] of [...items].sort(([a], [b]) => a.localeCompare(b)))
          if (!v.isZero()) out.push({ metric: m.key, item, value: v.toFixed(), source: "green-financings" });
      }
    }
  }
  const market = wanted.filter((m) => m.prefill === "marketplace");
  if (market.length) {
    const r = await db.query<{ funded: string | null }>(
      `SELECT sum(funded_amount)::text AS funded FROM need_claims
        WHERE org_id = $1 AND funded_at >= $2::timestamptz AND funded_at < $3::timestamptz`,
      [orgId, `${from}T00:00:00+08:00`, nextDayChina(to)],
    );
    for (const m of market)
      out.push({ metric: m.key, item: null, value: dec(r.rows[0]?.funded ?? null).toFixed(), source: "marketplace" });
  }
  return out;
}

const nextDayChina = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return `${d.toISOString().slice(0, 10)}T00:00:00+08:00`;
};

export async function prefillStatReport(
  p: Platform,
  actor: Actor,
  q: { templateRef: string; period: string },
): Promise<StatPrefill> {
  requireReporter(actor, "read");
  const template = templateOr400(q.templateRef);
  const period = periodOr400(template, q.period);
  return {
    templateRef: template.ref,
    period,
    ...periodDays(period),
    values: await computePrefill(p.db, actor.orgId, template, period),
  };
}
