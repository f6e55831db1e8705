/**
 * The layout of the disclosure workbook, shared by the writer and the reader so that the two cannot drift: sheet
 * names, the header of every topic sheet, and which column holds what.
 */
import type { RequirementLevel } from "@greenfin/reference";

/** Bumped when the reader would misread a workbook of the previous layout; the reader refuses newer versions. */
export const TEMPLATE_FORMAT_VERSION = 1;
/** Written in `_meta` A1/B1 so the reader knows the workbook is ours. */
export const TEMPLATE_FORMAT_MARKER = "greenfin-disclosure-template";

export const INSTRUCTIONS_SHEET = "填报说明";
/** Hidden: template metadata (see workbook-meta.ts). */
export const META_SHEET = "_meta";
/** Hidden: enum option lists referenced by data validation (inline lists are limited to 255 characters). */
export const LISTS_SHEET = "_lists";
/** Sheets that never hold entries. */
export const AUXILIARY_SHEETS: readonly string[] = [INSTRUCTIONS_SHEET, META_SHEET, LISTS_SHEET];

export const HEADER_ROW = 1;
export const FIRST_DATA_ROW = 2;

export interface ColumnSpec {
  readonly letter: string;
  readonly zh: string;
  readonly en: string;
  readonly width: number;
}

/** Columns of every topic sheet, A to I, in order. */
export const COLUMNS = {
  indicator: { letter: "A", zh: "指标编号", en: "Indicator ID", width: 13 },
  name: { letter: "B", zh: "指标名称", en: "Name", width: 44 },
  dimension: { letter: "C", zh: "细分维度", en: "Breakdown", width: 24 },
  value: { letter: "D", zh: "填报值", en: "Value", width: 22 },
  unit: { letter: "E", zh: "单位", en: "Unit", width: 16 },
  level: { letter: "F", zh: "要求级别", en: "Level", width: 14 },
  frameworks: { letter: "G", zh: "适用框架及条款", en: "Frameworks", width: 36 },
  reason: { letter: "H", zh: "未披露原因", en: "Reason not disclosed", width: 30 },
  notes: { letter: "I", zh: "说明", en: "Notes", width: 44 },
} as const satisfies Record<string, ColumnSpec>;

export type ColumnKey = keyof typeof COLUMNS;
export const COLUMN_ORDER: readonly ColumnKey[] = [
  "indicator",
  "name",
  "dimension",
  "value",
  "unit",
  "level",
  "frameworks",
  "reason",
  "notes",
];
/** 1-based column numbers, as exceljs counts them. */
export const columnNumber = (key: ColumnKey): number => COLUMN_ORDER.indexOf(key) + 1;
export const LAST_COLUMN = COLUMN_ORDER.length;

/** The header cell text we write: Chinese over English. */
export const headerText = (c: ColumnSpec): string => `${c.zh}\n${c.en}`;

const squash = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase();

/**
 * Whether a header cell names this column. Accepts what we write, and the Chinese or English text alone, because
 * a filer who retypes the header (or exports the sheet through another program) rarely keeps the line break.
 */
export function headerMatches(c: ColumnSpec, text: string): boolean {
  const t = squash(text);
  return t === squash(c.zh) || t === squash(c.en) || t === squash(`${c.zh} ${c.en}`);
}

export const LEVEL_LABELS: Readonly<Record<RequirementLevel, { zh: string; en: string; fill: string }>> = {
  mandatory: { zh: "强制", en: "Mandatory", fill: "FFF8CBAD" },
  comply_or_explain: { zh: "不遵守就解释", en: "Comply or explain", fill: "FFFCE4D6" },
  conditional: { zh: "条件适用", en: "Conditional", fill: "FFFFF2CC" },
  voluntary: { zh: "自愿", en: "Voluntary", fill: "FFE2EFDA" },
};

/** Extra rows offered for each open breakdown dimension (region, facility …), where the filer names the member. */
export const OPEN_DIMENSION_EXTRA_ROWS = 3;

/** Separator of multi-select options in a cell. */
export const MULTI_SELECT_SEPARATOR = "、";
export const BOOLEAN_CHOICES = ["是", "否"] as const;
