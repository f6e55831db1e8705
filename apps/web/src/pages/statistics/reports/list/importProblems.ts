import { ApiError } from "../../../../api/client";

/** One problem of a refused workbook, located by sheet, row and cell (or a field path for the file as a whole). */
export interface ImportProblem {
  key: string;
  sheet: string;
  row: number | null;
  cell: string;
  path: string;
  severity: string;
  messageZh: string;
  messageEn: string;
}

const text = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");

/**
 * The problems of a refused import from the error's `details.problems`, whatever optional keys each entry carries
 * (sheet, row, cell or column, path) — the import lists every problem and saves nothing.
 */
export function importProblemsOf(e: unknown): ImportProblem[] | null {
  if (!(e instanceof ApiError)) return null;
  const list = (e.details as { problems?: unknown } | null | undefined)?.problems;
  if (!Array.isArray(list) || list.length === 0) return null;
  return list.map((raw, i) => {
    const p = (raw ?? {}) as Record<string, unknown>;
    // The intake's problems carry `location`: { source: "xlsx", sheet, row, column } | { source: "csv", line,
    // column } | { source: "file", field }; flat keys are read too.
    const l = (p.location && typeof p.location === "object" ? p.location : p) as Record<string, unknown>;
    const rowRaw = l.row ?? l.line;
    const row = typeof rowRaw === "number" ? rowRaw : Number.parseInt(text(rowRaw), 10);
    const column = text(l.column ?? l.cell);
    const sheet = l.source === "csv" ? "CSV" : text(l.sheet) || text(l.field);
    return {
      key: String(i),
      sheet,
      row: Number.isFinite(row) ? row : null,
      cell: column && Number.isFinite(row) && l.source === "xlsx" ? `${column}${row}` : column,
      path: text(p.path),
      severity: text(p.severity) || "error",
      messageZh: text(p.messageZh ?? p.message),
      messageEn: text(p.messageEn ?? p.message),
    };
  });
}
