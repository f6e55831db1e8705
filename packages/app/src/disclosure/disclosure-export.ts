import ExcelJS from "exceljs";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";
import { contextOfRow } from "./disclosure-context";
import { reportSource } from "./report-source";
import { valueAsTyped } from "./value-text";

/** RFC 4180 quoting: fields with commas, quotes or line breaks are quoted, quotes doubled. */
export const csvField = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

const HEADERS = [
  "indicator",
  "dimension",
  "value",
  "unit",
  "reason",
  "canonical_value",
  "canonical_unit",
  "name_zh",
  "name_en",
];

/**
 * The values of a revision (or the owner's draft) as JSON, CSV or Excel. The first five CSV columns are the import
 * format, so an export can be edited and imported again; canonical values and names follow for analysis.
 */
export async function exportDisclosure(
  p: Platform,
  actor: Actor,
  id: string,
  format: "json" | "csv" | "xlsx",
  revision?: number,
) {
  const src = await reportSource(p, actor, id, revision);
  const ctx = contextOfRow(src.row);
  const names = new Map(ctx.items.map((i) => [i.indicator.id, i.indicator.name]));
  const rows = src.values.map((v) => {
    const pl = v.payload;
    const number = pl && (pl.kind === "number" || pl.kind === "percent") ? pl.number : null;
    const value = pl === null ? "" : valueAsTyped(pl);
    return [
      v.indicatorId,
      v.dimension,
      value,
      number?.enteredUnit ?? "",
      v.notDisclosedReason ?? "",
      number?.canonical ?? "",
      number?.canonicalUnit ?? "",
      names.get(v.indicatorId)?.zh ?? "",
      names.get(v.indicatorId)?.en ?? "",
    ];
  });
  const base = `ESG-disclosure-${src.row.period_year}-r${src.revision}`;
  if (format === "json") {
    const body = JSON.stringify(
      {
        disclosureId: src.row.id,
        organisationId: src.row.org_id,
        period: { year: src.row.period_year, start: src.row.period_start, end: src.row.period_end },
        catalogueVersion: src.row.catalogue_version,
        frameworks: src.row.frameworks,
        revision: src.revision,
        status: src.status,
        valuesHash: src.valuesHash,
        values: src.values.map(({ location: _location, ...v }) => v),
      },
      null,
      2,
    );
    return { body, contentType: "application/json; charset=utf-8", fileName: `${base}.json` };
  }
  if (format === "csv") {
    const text = [HEADERS, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n");
    return { body: `\uFEFF${text}\r\n`, contentType: "text/csv; charset=utf-8", fileName: `${base}.csv` };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = "GreenFin";
  const sheet = wb.addWorksheet("values");
  sheet.addRow(HEADERS).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((c, i) => {
    c.width = [12, 22, 18, 12, 30, 18, 16, 30, 30][i] ?? 14;
  });
  return {
    body: new Uint8Array(await wb.xlsx.writeBuffer()),
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    fileName: `${base}.xlsx`,
  };
}
