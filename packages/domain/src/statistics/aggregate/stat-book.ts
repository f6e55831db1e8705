import { isDecimalText } from "../../rating/rating-decimal";
import type { StatMetric, StatValue } from "../statistics-types";
import { latestRevisions, type SupersededReport, supersededReports } from "./latest-revisions";
import { byCodeUnits, isStatPeriod } from "./stat-periods";

/**
 * The figures in force, indexed: the template metrics by key and the latest revision of every report. Every aggregate
 * reads a book, so the revision rule is applied once and the same way everywhere.
 */
export interface StatBook {
  readonly metrics: ReadonlyMap<string, StatMetric>;
  /** The values in force (latest revisions), sorted by institution, period, metric, item. */
  readonly values: readonly StatValue[];
  /** Every institution with a value in force, in code-unit order. */
  readonly orgIds: readonly string[];
  readonly superseded: readonly SupersededReport[];
  readonly cells: ReadonlyMap<string, string>;
}

const cellKey = (orgId: string, period: string, metric: string, item: string | null): string =>
  `${orgId}\u0000${period}\u0000${metric}\u0000${item ?? ""}`;

/** Builds the book; refuses unknown metrics, malformed periods or decimals, and ratio metrics without a usable weight. */
export function buildStatBook(metrics: readonly StatMetric[], values: readonly StatValue[]): StatBook {
  const byKey = new Map<string, StatMetric>();
  for (const m of metrics) {
    if (byKey.has(m.key)) throw new Error(`metric ${m.key} defined twice`);
    byKey.set(m.key, m);
  }
  for (const m of metrics) {
    if (m.kind !== "ratio") continue;
    const w = m.weightMetric === undefined ? undefined : byKey.get(m.weightMetric);
    if (!w) throw new Error(`ratio metric ${m.key} needs a weightMetric defined in the template`);
    if (w.kind === "ratio") throw new Error(`ratio metric ${m.key} is weighted by another ratio (${w.key})`);
  }
  const inForce = latestRevisions(values);
  const cells = new Map<string, string>();
  const orgs = new Set<string>();
  for (const v of inForce) {
    if (!byKey.has(v.metric)) throw new Error(`${v.orgId} ${v.period}: unknown metric ${v.metric}`);
    if (!isStatPeriod(v.period)) throw new Error(`${v.orgId}: not a statistics period "${v.period}"`);
    if (!isDecimalText(v.value)) throw new Error(`${v.orgId} ${v.period} ${v.metric}: not decimal text "${v.value}"`);
    cells.set(cellKey(v.orgId, v.period, v.metric, v.item), v.value);
    orgs.add(v.orgId);
  }
  return {
    metrics: byKey,
    values: inForce,
    orgIds: [...orgs].sort(byCodeUnits),
    superseded: supersededReports(values),
    cells,
  };
}

/** One value in force, or undefined when the institution did not report it. */
export const statCell = (
  book: StatBook,
  orgId: string,
  period: string,
  metric: string,
  item: string | null,
): string | undefined => book.cells.get(cellKey(orgId, period, metric, item));

export function statMetric(book: StatBook, key: string): StatMetric {
  const m = book.metrics.get(key);
  if (!m) throw new Error(`unknown metric ${key}`);
  return m;
}
