/**
 * Figures as decimal text, never floats: grouping digits for display, cleaning what a person types (thousands
 * separators, full-width digits) into the plain text the server checks, and the key of a metric's cell.
 */

/** Digits grouped in threes, on decimal text: "1234567.5" → "1,234,567.5". Anything else is returned as it is. */
export function groupDigits(text: string): string {
  const m = /^(-?)(\d+)(\.\d*)?$/.exec(text);
  if (!m) return text;
  return `${m[1]}${(m[2] ?? "").replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${m[3] ?? ""}`;
}

/** What was typed, as the server reads it: no separators or spaces, full-width digits and points made ASCII. */
export function cleanTyped(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[,，\s]/g, "");
}

/** The cell of a metric's total (item null) or of one breakdown item. */
export const cellKey = (metric: string, item: string | null | undefined) => `${metric}|${item ?? ""}`;
