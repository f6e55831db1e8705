/** The columns of an activity file (docs/carbon-data-formats.md §1), matched case-insensitively, English or Chinese. */
export const ACTIVITY_COLUMNS = ["enterprise", "meter", "month", "item", "quantity", "unit", "note"] as const;
export type ActivityColumn = (typeof ACTIVITY_COLUMNS)[number];

export const ACTIVITY_COLUMN_ZH: Readonly<Record<ActivityColumn, string>> = {
  enterprise: "企业",
  meter: "计量点",
  month: "月份",
  item: "项目",
  quantity: "数量",
  unit: "单位",
  note: "备注",
};

export const REQUIRED_ACTIVITY_COLUMNS: readonly ActivityColumn[] = ["enterprise", "month", "item", "quantity", "unit"];

/** The column a header cell names, or null. */
export function activityColumnOf(header: string): ActivityColumn | null {
  const h = header
    .trim()
    .replace(/^\uFEFF/, "")
    .toLowerCase();
  return ACTIVITY_COLUMNS.find((c) => c === h || ACTIVITY_COLUMN_ZH[c] === h) ?? null;
}

/** Where each column sits (0-based), from a header row; the first occurrence wins. */
export function columnIndex(headers: readonly string[]): Map<ActivityColumn, number> {
  const index = new Map<ActivityColumn, number>();
  headers.forEach((h, i) => {
    const c = activityColumnOf(h);
    if (c && !index.has(c)) index.set(c, i);
  });
  return index;
}

/** One data row as read from a file or a request, every cell as trimmed text (blank is null). */
export interface SourceRow {
  /** CSV line, worksheet row, or index in the submitted list (1-based). */
  readonly row: number;
  readonly cells: Readonly<Record<ActivityColumn, string | null>>;
  /** What the reader already found wrong with the row's cells (a formula, an error value, a short line). */
  readonly problems?: readonly CellProblem[];
}

export interface CellProblem {
  /** null: the row as a whole. */
  readonly column: ActivityColumn | null;
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

/** How a row's cells are located in problem messages. */
export type RowLocator = (row: number, column: ActivityColumn) => ActivityLocation;

export type ActivityLocation =
  | { readonly source: "csv"; readonly line: number; readonly column: string }
  | { readonly source: "xlsx"; readonly sheet: string; readonly row: number; readonly column: string }
  | { readonly source: "api" | "form"; readonly field: string }
  | { readonly source: "file"; readonly field: string };
