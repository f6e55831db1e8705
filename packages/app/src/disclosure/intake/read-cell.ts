/**
 * One spreadsheet cell as a raw value, the way a filer sees it: percent-formatted cells as the percentage they
 * display, dates as ISO dates, rich text and hyperlinks as their text. Formulas and error values are reported, not
 * read: a formula's cached result may be stale or absent, and the filer should see the figure they submit.
 */
import type { RawValue } from "@greenfin/domain";
import type ExcelJS from "exceljs";

export type CellReading =
  | { readonly kind: "value"; readonly value: RawValue }
  | { readonly kind: "formula" }
  | { readonly kind: "error"; readonly error: string };

const value = (v: RawValue): CellReading => ({ kind: "value", value: v });

function richText(v: ExcelJS.CellRichTextValue): string {
  return v.richText.map((r) => r.text).join("");
}

/** A string cell's text, trimmed; blank is null. */
function text(s: string): CellReading {
  const t = s.trim();
  return value(t === "" ? null : t);
}

/** Whether a number format scales by 100: an unquoted, unescaped `%` outside brackets (`0.0%`, not `0"%"`). */
export function isPercentFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .includes("%");
}

/**
 * n × 100 as decimal text, by moving the decimal point in the shortest round-trip text of n, so that 0.352 gives
 * "35.2" rather than the float product 35.199999999999996.
 */
export function timesHundred(n: number): string {
  const [mantissa = "0", exponent = "0"] = String(n).toLowerCase().split("e");
  const negative = mantissa.startsWith("-");
  const [int = "0", frac = ""] = (negative ? mantissa.slice(1) : mantissa).split(".");
  let digits = int + frac;
  let point = int.length + Number(exponent) + 2;
  if (point < 1) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point, "0");
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const fraction = digits.slice(point).replace(/0+$/, "");
  const result = fraction ? `${whole}.${fraction}` : whole;
  return negative && result !== "0" ? `-${result}` : result;
}

export function readCell(cell: ExcelJS.Cell): CellReading {
  const v = cell.value;
  if (v === null || v === undefined) return value(null);
  if (typeof v === "number") return value(isPercentFormat(cell.numFmt) ? timesHundred(v) : v);
  if (typeof v === "string") return text(v);
  if (typeof v === "boolean") return value(v);
  if (v instanceof Date) return value(Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10));
  if ("formula" in v || "sharedFormula" in v) return { kind: "formula" };
  if ("error" in v) return { kind: "error", error: String(v.error) };
  if ("richText" in v) return text(richText(v));
  if ("hyperlink" in v) {
    const t: string | ExcelJS.CellRichTextValue = v.text;
    return text(typeof t === "string" ? t : richText(t));
  }
  return value(null);
}
