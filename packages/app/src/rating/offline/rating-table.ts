/**
 * The two tables an offline rating file holds — values (one row per value) and controversies — read from a CSV
 * file or a worksheet into rows of raw cells that remember where each cell is. Columns are found by header name, in
 * any order; every problem found is listed with its file and location, none stops the reading of the rest.
 */
import { describeLocation, type EntryLocation, type ProblemLocation, type RawValue } from "@greenfin/domain";
import type { IntakeProblemLike } from "../../errors/app-error";

export interface ColumnSpec {
  /** Header names the column answers to, compared trimmed and lower-case. */
  readonly names: readonly string[];
  readonly required: boolean;
}

export const VALUE_COLUMNS = {
  entity_id: { names: ["entity_id", "entity", "主体编号"], required: true },
  industry_code: { names: ["industry_code", "industry", "行业代码"], required: true },
  indicator_id: { names: ["indicator_id", "indicator", "指标编号"], required: true },
  value: { names: ["value", "数值", "填报值"], required: true },
  unit: { names: ["unit", "单位"], required: false },
} as const satisfies Record<string, ColumnSpec>;

export const CONTROVERSY_COLUMNS = {
  entity_id: { names: ["entity_id", "entity", "主体编号"], required: true },
  date: { names: ["date", "日期"], required: true },
  severity: { names: ["severity", "严重程度"], required: true },
  category: { names: ["category", "类别"], required: true },
  status: { names: ["status", "状态"], required: true },
  source: { names: ["source", "来源"], required: false },
  id: { names: ["id", "event_id", "事件编号"], required: false },
} as const satisfies Record<string, ColumnSpec>;

/** A problem with a rating file: the validator's shape, `path` naming the file and the place in it. */
export type RatingFileProblem = IntakeProblemLike & { location: ProblemLocation };

export function ratingProblem(
  code: string,
  file: string,
  location: ProblemLocation,
  zh: string,
  en: string,
  indicatorId?: string,
): RatingFileProblem {
  return {
    code,
    severity: "error",
    location,
    ...(indicatorId ? { indicatorId } : {}),
    path: `${file}, ${describeLocation(location).en}`,
    messageZh: zh,
    messageEn: en,
  };
}

/** One data row: its cells by column key (null when empty or absent) and where each of them is. */
export interface TableRow<K extends string> {
  readonly cells: Readonly<Record<K, RawValue>>;
  readonly at: (column: K) => EntryLocation;
}

/** A grid as read from a file: the header's texts and each row's raw cells, with how to locate a cell. */
export interface Grid {
  readonly header: readonly string[];
  readonly rows: readonly { readonly cells: readonly RawValue[]; readonly number: number }[];
  /** Location of the cell in column `index` of the row numbered `row` (CSV line, or sheet row). */
  readonly locate: (row: number, index: number, header: string) => EntryLocation;
  /** Location of the header row as a whole. */
  readonly headerAt: ProblemLocation;
}

const isBlank = (v: RawValue | undefined) => v === null || v === undefined || (typeof v === "string" && !v.trim());

/** The rows of a grid keyed by the spec's columns; a missing required column is a problem and gives no rows. */
export function tableRows<K extends string>(
  grid: Grid,
  spec: Readonly<Record<K, ColumnSpec>>,
  file: string,
): { rows: TableRow<K>[]; problems: RatingFileProblem[] } {
  const keys = Object.keys(spec) as K[];
  const index = new Map<K, number>();
  grid.header.forEach((text, i) => {
    const h = text.trim().toLowerCase();
    const key = keys.find((k) => spec[k].names.includes(h));
    if (key && !index.has(key)) index.set(key, i);
  });
  const missing = keys.filter((k) => spec[k].required && !index.has(k));
  if (missing.length > 0)
    return {
      rows: [],
      problems: missing.map((k) =>
        ratingProblem(
          "BAD_HEADER",
          file,
          grid.headerAt,
          `表头缺少「${k}」列（也可写作：${spec[k].names.slice(1).join("、")}）`,
          `the header has no "${k}" column (also accepted: ${spec[k].names.slice(1).join(", ")})`,
        ),
      ),
    };
  const rows: TableRow<K>[] = [];
  for (const row of grid.rows) {
    if (row.cells.every(isBlank)) continue;
    const cells = {} as Record<K, RawValue>;
    for (const k of keys) {
      const i = index.get(k);
      const v = i === undefined ? null : row.cells[i];
      cells[k] = isBlank(v) ? null : typeof v === "string" ? (v as string).trim() : (v as RawValue);
    }
    const at = (column: K) => {
      // An optional column the file lacks is located at the row's first column (the entity id).
      const i = index.get(column) ?? index.get(keys[0] as K) ?? 0;
      return grid.locate(row.number, i, grid.header[i] ?? column);
    };
    rows.push({ cells, at });
  }
  return { rows, problems: [] };
}
