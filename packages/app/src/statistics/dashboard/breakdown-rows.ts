/**
 * Rows of a drill-down: a figure split by institution, by catalogue use or by industry section, each with its share
 * of the total and its growth year on year (as reported). Names: institutions from `organisations`, catalogue uses
 * from the 2025 green catalogue, sections from the GB/T 4754 classification (reference loaders, never literals).
 */
import type { TStatDrillRow } from "@greenfin/contracts";
import {
  compareStatValuesDesc,
  type StatBasis,
  type StatBook,
  type StatFigure,
  statBreakdown,
  statFigure,
  statGrowth,
  statSharePercent,
} from "@greenfin/domain";
import { statBreakdownItems } from "@greenfin/reference";
import { categoryRef } from "../../green/green-catalogue";

export interface RowQuery {
  readonly metric: string;
  readonly period: string;
  readonly basis: StatBasis;
  /** Restrict to these institutions (one institution's breakdown); the whole district by default. */
  readonly orgIds?: readonly string[];
}

const byValueDesc = (a: { key: string; value: string | null }, b: { key: string; value: string | null }): number =>
  compareStatValuesDesc(a.value, b.value) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** One row per institution that reported the figure; `names` gives each its names. */
export function institutionRows(
  book: StatBook,
  q: RowQuery,
  names: (orgId: string) => { nameZh: string; nameEn: string },
): { total: StatFigure; rows: TStatDrillRow[] } {
  const total = statFigure(book, q);
  const rows = total.institutions.map((o): TStatDrillRow => {
    const g = statGrowth(book, { ...q, orgIds: [o.orgId], comparison: "year-on-year" }).reported;
    return {
      key: o.orgId,
      ...names(o.orgId),
      value: o.value,
      sharePercent: statSharePercent(o.value, total),
      yoyPercent: g.growthPercent,
      yoyReason: g.reason,
    };
  });
  return { total, rows: rows.sort(byValueDesc) };
}

const sectionNames = () => new Map(statBreakdownItems()["industry-section"].map((s) => [s.code, s]));

export function itemNames(by: "catalogue-use" | "industry-section", code: string) {
  if (by === "catalogue-use") {
    const c = categoryRef(code);
    return { nameZh: c?.nameZh ?? code, nameEn: c?.nameEn ?? code };
  }
  const s = sectionNames().get(code);
  return { nameZh: s?.nameZh ?? code, nameEn: s?.nameEn ?? s?.nameZh ?? code };
}

/** One row per breakdown item reported; the share is of the metric's total (unlabelled amounts stay in the total). */
export function itemRows(
  book: StatBook,
  q: RowQuery,
  by: "catalogue-use" | "industry-section",
): { total: StatFigure; rows: TStatDrillRow[] } {
  const total = statFigure(book, q);
  const rows = statBreakdown(book, q).items.map((f): TStatDrillRow => {
    const g = statGrowth(book, { ...q, item: f.item, comparison: "year-on-year" }).reported;
    return {
      key: f.item ?? "",
      ...itemNames(by, f.item ?? ""),
      value: f.value,
      sharePercent: statSharePercent(f.value, total),
      yoyPercent: g.growthPercent,
      yoyReason: g.reason,
    };
  });
  return { total, rows: rows.sort(byValueDesc) };
}
