import type { StatValue } from "../statistics-types";
import { byCodeUnits } from "./stat-periods";

/** One institution's report for one period that a later revision replaced. */
export interface SupersededReport {
  readonly orgId: string;
  readonly period: string;
  /** The revision kept (the highest). */
  readonly kept: number;
  /** The earlier revisions set aside, ascending. */
  readonly superseded: readonly number[];
}

const reportKey = (v: Pick<StatValue, "orgId" | "period">): string => `${v.orgId}\u0000${v.period}`;
const cellKey = (v: Pick<StatValue, "metric" | "item">): string => `${v.metric}\u0000${v.item ?? ""}`;

/** The highest revision of every org + period report. */
function highestRevisions(values: readonly StatValue[]): Map<string, { kept: number; all: Set<number> }> {
  const reports = new Map<string, { kept: number; all: Set<number> }>();
  for (const v of values) {
    if (!Number.isInteger(v.revision) || v.revision < 1)
      throw new Error(`revision must be an integer ≥ 1: ${v.revision}`);
    const r = reports.get(reportKey(v));
    if (!r) reports.set(reportKey(v), { kept: v.revision, all: new Set([v.revision]) });
    else {
      r.all.add(v.revision);
      r.kept = Math.max(r.kept, v.revision);
    }
  }
  return reports;
}

/**
 * The figures in force: for every institution and period only the values of the highest revision. A revised report
 * supersedes the earlier one as a whole, so a metric the revision leaves out is gone, not carried over. Sorted by
 * institution, period, metric, item. Two values of one cell in one revision are refused.
 */
export function latestRevisions(values: readonly StatValue[]): StatValue[] {
  const reports = highestRevisions(values);
  const seen = new Set<string>();
  const out: StatValue[] = [];
  for (const v of values) {
    if (reports.get(reportKey(v))!.kept !== v.revision) continue;
    const key = `${reportKey(v)}\u0000${cellKey(v)}`;
    if (seen.has(key)) {
      throw new Error(
        `${v.orgId} ${v.period} revision ${v.revision}: ${v.metric}${v.item ? ` [${v.item}]` : ""} twice`,
      );
    }
    seen.add(key);
    out.push(v);
  }
  return out.sort(
    (a, b) =>
      byCodeUnits(a.orgId, b.orgId) ||
      byCodeUnits(a.period, b.period) ||
      byCodeUnits(a.metric, b.metric) ||
      byCodeUnits(a.item ?? "", b.item ?? ""),
  );
}

/** Which reports a later revision replaced, for the trace of every figure built on them. */
export function supersededReports(values: readonly StatValue[]): SupersededReport[] {
  const out: SupersededReport[] = [];
  for (const [key, r] of highestRevisions(values)) {
    if (r.all.size < 2) continue;
    const [orgId, period] = key.split("\u0000") as [string, string];
    const superseded = [...r.all].filter((n) => n !== r.kept).sort((a, b) => a - b);
    out.push({ orgId, period, kept: r.kept, superseded });
  }
  return out.sort((a, b) => byCodeUnits(a.orgId, b.orgId) || byCodeUnits(a.period, b.period));
}
