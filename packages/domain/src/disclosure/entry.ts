/**
 * What every intake channel (web form, Excel workbook, CSV file, JSON API) turns its input into before the one
 * validator sees it: raw entries that remember where they came from, so that a problem can name the sheet, row
 * and column, the CSV line, or the form/API field.
 */

/** Where an entry came from. Rows and lines are 1-based, as a spreadsheet or editor shows them. */
export type EntryLocation =
  | { readonly source: "xlsx"; readonly sheet: string; readonly row: number; readonly column: string }
  | { readonly source: "csv"; readonly line: number; readonly column: string }
  | { readonly source: "form" | "api"; readonly field: string };

/** The kind of file-level or cell-level location a problem may also have when no entry exists yet. */
export type ProblemLocation = EntryLocation | { readonly source: "file"; readonly field: string };

/** A raw value: as typed in a form, read from a cell, or parsed from CSV/JSON. Dates from cells arrive as ISO dates. */
export type RawValue = string | number | boolean | null;

export interface RawEntry {
  readonly indicatorId: string;
  /**
   * "" for the indicator's total; otherwise a breakdown member as `dimension=member`, e.g. "gender=female" or
   * "scope3_category=1". Several dimensions join with "|" in catalogue order, e.g. "gender=female|age_band=under_30".
   */
  readonly dimension: string;
  readonly value: RawValue;
  /** The unit id the value was entered in (e.g. "MWh", "wan_yuan"); null for unitless types. */
  readonly unit: string | null;
  /** Why the figure is not disclosed (comply-or-explain), when `value` is empty. */
  readonly notDisclosedReason?: string | null;
  readonly location: EntryLocation;
}

export type ProblemSeverity = "error" | "warning";

export interface IntakeProblem {
  readonly severity: ProblemSeverity;
  /** Stable code, e.g. "NOT_A_NUMBER", "UNKNOWN_UNIT", "FORMULA_CELL", "SUM_MISMATCH", "YOY_JUMP". */
  readonly code: string;
  readonly location: ProblemLocation;
  readonly indicatorId?: string;
  readonly dimension?: string;
  readonly messageZh: string;
  readonly messageEn: string;
}

/** "Sheet 能源利用, cell D12" / "工作表「能源利用」D12 单元格", for messages and reports. */
export function describeLocation(location: ProblemLocation): { zh: string; en: string } {
  switch (location.source) {
    case "xlsx":
      return {
        zh: `工作表「${location.sheet}」${location.column}${location.row} 单元格`,
        en: `sheet "${location.sheet}", cell ${location.column}${location.row}`,
      };
    case "csv":
      return {
        zh: `CSV 第 ${location.line} 行「${location.column}」列`,
        en: `CSV line ${location.line}, column "${location.column}"`,
      };
    case "form":
    case "api":
      return { zh: `字段 ${location.field}`, en: `field ${location.field}` };
    case "file":
      return { zh: `文件（${location.field}）`, en: `file (${location.field})` };
  }
}
