/** One topic sheet of the disclosure workbook: a header row, then one row per value to fill. */
import { findUnit } from "@greenfin/domain";
import type { TemplateItem, TemplateTopic } from "@greenfin/reference";
import type ExcelJS from "exceljs";
import type { OptionLists } from "./option-lists";
import {
  BOOLEAN_CHOICES,
  COLUMN_ORDER,
  COLUMNS,
  type ColumnKey,
  columnNumber,
  HEADER_ROW,
  headerText,
  LEVEL_LABELS,
  MULTI_SELECT_SEPARATOR,
  OPEN_DIMENSION_EXTRA_ROWS,
} from "./workbook-layout";

export interface PrefillValue {
  readonly value: string | number | boolean | null;
  readonly unit: string | null;
  readonly reason: string | null;
}

/** Current draft values, keyed `indicatorId#dimension` (as `valueKey` in the domain). */
export type PrefillValues = ReadonlyMap<string, PrefillValue>;

interface SheetRow {
  readonly dimension: string;
  readonly name: string;
}

const WRAPPED: readonly ColumnKey[] = ["name", "frameworks", "reason", "notes"];
const BIG = 1e15;

/** The total, each closed breakdown member, drafted open-dimension rows, then empty rows to name new members. */
function rowsOf(item: TemplateItem, values: PrefillValues): SheetRow[] {
  const name = item.indicator.name.zh;
  const rows: SheetRow[] = item.rows.map((r) => ({
    dimension: r.dimension,
    name: r.label ? `${name} — ${r.label.zh}` : name,
  }));
  if (item.openDimensions.length === 0) return rows;
  const closed = new Set(item.rows.map((r) => r.dimension));
  const prefix = `${item.indicator.id}#`;
  const drafted = [...values.keys()]
    .filter((k) => k.startsWith(prefix) && !closed.has(k.slice(prefix.length)))
    .map((k) => k.slice(prefix.length))
    .sort();
  for (const dimension of drafted) rows.push({ dimension, name: `${name} — ${dimension}` });
  for (const open of item.openDimensions)
    for (let i = 0; i < OPEN_DIMENSION_EXTRA_ROWS; i++)
      rows.push({ dimension: `${open}=`, name: `${name} — ${open}（在细分维度列等号后填写名称）` });
  return rows;
}

function notesOf(item: TemplateItem): string {
  const ind = item.indicator;
  const notes: string[] = [];
  if (ind.unit) {
    const unit = findUnit(ind.unit);
    notes.push(`标准单位：${unit ? `${unit.label.zh}（${ind.unit}）` : ind.unit}`);
  }
  switch (ind.type) {
    case "number":
      notes.push("填数字");
      break;
    case "percent":
      notes.push("填 0–100 的数值（35.2 表示 35.2%）");
      break;
    case "boolean":
      notes.push("填“是”或“否”");
      break;
    case "date":
      notes.push("填日期 YYYY-MM-DD");
      break;
    case "enum":
      notes.push(`选项：${(ind.enumOptions ?? []).join(MULTI_SELECT_SEPARATOR)}`);
      if (ind.multiSelect) notes.push(`可多选，选项之间用“${MULTI_SELECT_SEPARATOR}”分隔`);
      break;
    case "text":
      notes.push("填文字");
      break;
  }
  return notes.join("；");
}

function valueValidation(item: TemplateItem, lists: OptionLists): ExcelJS.DataValidation | null {
  const ind = item.indicator;
  // Warnings, not stops: Excel only advises; the reader and the validator decide (full-width digits, 1,000 …).
  const warn = { allowBlank: true, showErrorMessage: true, errorStyle: "warning", errorTitle: "填报值" } as const;
  switch (ind.type) {
    case "number":
    case "percent":
      return {
        ...warn,
        type: "decimal",
        operator: "between",
        formulae: [-BIG, BIG],
        error: ind.type === "percent" ? "请填写 0–100 的数值，如 35.2 表示 35.2%。" : "请填写数字，不要带单位或文字。",
      };
    case "boolean":
      return { ...warn, type: "list", formulae: [`"${BOOLEAN_CHOICES.join(",")}"`], error: "请填写“是”或“否”。" };
    case "enum":
      return {
        ...warn,
        // A multi-select cell holds several options joined by 、, which a list check would always flag.
        showErrorMessage: !ind.multiSelect,
        type: "list",
        formulae: [lists.rangeOf(ind.enumOptions ?? [])],
        error: "请从下拉列表中选择。",
      };
    default:
      return null;
  }
}

function unitValidation(item: TemplateItem): ExcelJS.DataValidation | null {
  if (item.unitChoices.length === 0) return null;
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${item.unitChoices.join(",")}"`],
    showErrorMessage: true,
    // A Chinese unit name (兆瓦时) is accepted too, so only warn.
    errorStyle: "warning",
    errorTitle: "单位",
    error: `可选单位：${item.unitChoices.join("、")}`,
  };
}

const cellText = (v: PrefillValue["value"]): ExcelJS.CellValue =>
  typeof v === "boolean" ? (v ? BOOLEAN_CHOICES[0] : BOOLEAN_CHOICES[1]) : v;

export function writeTopicSheet(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  topic: TemplateTopic,
  values: PrefillValues,
  lists: OptionLists,
): void {
  const ws = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", xSplit: 0, ySplit: HEADER_ROW }] });
  ws.columns = COLUMN_ORDER.map((k) => ({ width: COLUMNS[k].width }));
  const header = ws.getRow(HEADER_ROW);
  header.values = COLUMN_ORDER.map((k) => headerText(COLUMNS[k]));
  header.font = { bold: true };
  // Two lines (Chinese over English); not every program sizes rows to wrapped text on its own.
  header.height = 32;
  header.alignment = { wrapText: true, vertical: "middle" };
  header.eachCell((cell) => {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
  });

  for (const item of topic.items) {
    const ind = item.indicator;
    const level = LEVEL_LABELS[item.level];
    const clauses = item.clauses.map((c) => `${c.framework} ${c.clause}`).join("\n");
    const notes = notesOf(item);
    const valueCheck = valueValidation(item, lists);
    const unitCheck = unitValidation(item);
    for (const r of rowsOf(item, values)) {
      const draft = values.get(`${ind.id}#${r.dimension}`);
      const cells: Record<ColumnKey, ExcelJS.CellValue> = {
        indicator: ind.id,
        name: r.name,
        dimension: r.dimension || null,
        value: draft ? cellText(draft.value) : null,
        unit: draft?.unit ?? ind.unit,
        level: level.zh,
        frameworks: clauses,
        reason: draft?.reason ?? null,
        notes,
      };
      const row = ws.addRow(COLUMN_ORDER.map((k) => cells[k]));
      row.alignment = { vertical: "top" };
      for (const k of WRAPPED) row.getCell(columnNumber(k)).alignment = { wrapText: true, vertical: "top" };
      row.getCell(columnNumber("level")).fill = { type: "pattern", pattern: "solid", fgColor: { argb: level.fill } };
      if (valueCheck) row.getCell(columnNumber("value")).dataValidation = valueCheck;
      if (unitCheck) row.getCell(columnNumber("unit")).dataValidation = unitCheck;
    }
  }
}
