/**
 * Lenient readings of what people type: full-width digits and punctuation (common with Chinese input methods),
 * thousands separators, 是/否, and dates written with slashes. Each returns null when the text cannot mean a value
 * of that type, so that the caller can say what was expected.
 */
import type { RawValue } from "./entry";

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;

export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

const DECIMAL = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** A plain decimal string ("12000.5"), or null. JS numbers come from spreadsheet cells. */
export function readDecimal(value: RawValue): string | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    // Shortest round-trip text; exponent forms are expanded by the decimal library downstream.
    return String(value);
  }
  if (typeof value !== "string") return null;
  const text = halfWidth(value).trim().replace(/\s+/g, "");
  if (/^[+-]?\d+(\.\d+)?[eE][+-]?\d+$/.test(text)) return text;
  return DECIMAL.test(text) ? text.replaceAll(",", "") : null;
}

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "是", "有", "√"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0", "否", "无", "×"]);

export function readBoolean(value: RawValue): boolean | null {
  if (typeof value === "boolean") return value;
  if (typeof value === "number") return value === 1 ? true : value === 0 ? false : null;
  if (typeof value !== "string") return null;
  const word = halfWidth(value).trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

/** An ISO date (YYYY-MM-DD) that exists in the calendar, from "2025-12-31", "2025/12/31" or "2025年12月31日". */
export function readDate(value: RawValue): string | null {
  if (typeof value !== "string") return null;
  const m = /^(\d{4})[-/年.](\d{1,2})[-/月.](\d{1,2})日?$/.exec(halfWidth(value).trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** Options of a (multi-)select, split on commas, semicolons or 、 in either width. */
export function readOptions(value: RawValue): string[] {
  if (typeof value !== "string") return [];
  return halfWidth(value)
    .split(/[,;、]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export const isBlank = (value: RawValue) => value === null || (typeof value === "string" && value.trim() === "");
