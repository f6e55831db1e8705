/**
 * The hidden `_meta` sheet: which template a workbook was made from, so the reader can tell the workbook is ours
 * and the caller can check it was made for this organisation's current template. Plain key/value rows, readable by
 * anyone who unhides the sheet.
 */
import type ExcelJS from "exceljs";
import { META_SHEET, TEMPLATE_FORMAT_MARKER } from "./workbook-layout";

export interface WorkbookMeta {
  readonly formatVersion: number;
  readonly catalogueVersion: string;
  readonly entityKind: string;
  readonly frameworks: readonly string[];
  /** ISO date the template's requirements were judged on (end of the reporting period). */
  readonly periodEnd: string;
  readonly orgName: string;
  readonly periodLabel: string;
  /** Each topic sheet's (sanitised) name and the topic it holds. */
  readonly sheets: readonly { readonly sheet: string; readonly topicZh: string }[];
}

const FORMAT_KEY = "format";
const SHEET_KEY = "sheet";

export function writeMetaSheet(workbook: ExcelJS.Workbook, meta: WorkbookMeta): void {
  const ws = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  ws.addRow([FORMAT_KEY, TEMPLATE_FORMAT_MARKER]);
  ws.addRow(["formatVersion", meta.formatVersion]);
  ws.addRow(["catalogueVersion", meta.catalogueVersion]);
  ws.addRow(["entityKind", meta.entityKind]);
  ws.addRow(["frameworks", meta.frameworks.join(",")]);
  ws.addRow(["periodEnd", meta.periodEnd]);
  ws.addRow(["orgName", meta.orgName]);
  ws.addRow(["periodLabel", meta.periodLabel]);
  for (const s of meta.sheets) ws.addRow([SHEET_KEY, s.sheet, s.topicZh]);
}

const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? "" : String(v)).trim();

/** The metadata, or null when the sheet is absent or not ours (e.g. a workbook made by hand or by LibreOffice). */
export function readMetaSheet(workbook: ExcelJS.Workbook): WorkbookMeta | null {
  const ws = workbook.getWorksheet(META_SHEET);
  if (!ws || text(ws.getCell("A1").value) !== FORMAT_KEY || text(ws.getCell("B1").value) !== TEMPLATE_FORMAT_MARKER)
    return null;
  const values = new Map<string, string>();
  const sheets: { sheet: string; topicZh: string }[] = [];
  ws.eachRow((row) => {
    const key = text(row.getCell(1).value);
    if (key === SHEET_KEY) sheets.push({ sheet: text(row.getCell(2).value), topicZh: text(row.getCell(3).value) });
    else values.set(key, text(row.getCell(2).value));
  });
  const version = Number(values.get("formatVersion"));
  return {
    formatVersion: Number.isInteger(version) ? version : 0,
    catalogueVersion: values.get("catalogueVersion") ?? "",
    entityKind: values.get("entityKind") ?? "",
    frameworks: (values.get("frameworks") ?? "").split(",").filter(Boolean),
    periodEnd: values.get("periodEnd") ?? "",
    orgName: values.get("orgName") ?? "",
    periodLabel: values.get("periodLabel") ?? "",
    sheets,
  };
}
