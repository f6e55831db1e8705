/** Display of the marketplace's figures: yuan and rates stay decimal text; only sums go through integer fen. */
import dayjs from "dayjs";
import type { Lang } from "../../../i18n";
import { formatYuan, formatYuanExact, toFen } from "../../../lib/money";

export { formatYuan, formatYuanExact };

/** A rate in percent with at least two places ("3.5" → "3.50%"), exactly as text: no float rounding. */
export const fmtRate = (r: string | null | undefined) => {
  if (!r) return "—";
  const [i, f = ""] = r.split(".");
  return `${i}.${f.padEnd(2, "0")}%`;
};

/** Basis points with their sign: "+15 bp", "−20 bp". */
export const fmtBp = (bp: number) => (bp > 0 ? `+${bp} bp` : bp < 0 ? `−${-bp} bp` : "0 bp");

/** An instant in the viewer's time zone. */
export const fmtWhen = (iso: string | null | undefined) => (iso ? dayjs(iso).format("YYYY-MM-DD HH:mm") : "—");

/** Sum of decimal yuan texts, exactly, as decimal text. */
export function sumYuan(texts: readonly (string | null | undefined)[]): string {
  let fen = 0n;
  for (const t of texts) fen += (t && toFen(t)) || 0n;
  return `${fen / 100n}.${(fen % 100n).toString().padStart(2, "0")}`;
}

/** A readable amount split into number and unit for a KPI card ("1,250.00" + "万元"). */
export function yuanParts(text: string, lang: Lang): { value: string; unit: string } {
  const s = formatYuan(text, lang);
  if (lang === "en") {
    const m = /^CNY ([\d,.]+)(?: (bn|m))?$/.exec(s);
    return m ? { value: m[1] ?? s, unit: m[2] ? `CNY ${m[2]}` : "CNY" } : { value: s, unit: "" };
  }
  const i = s.lastIndexOf(" ");
  return i > 0 ? { value: s.slice(0, i), unit: s.slice(i + 1) } : { value: s, unit: "" };
}

/** Decimal text → number for Excel cells only. */
export const num = (text: string | null | undefined) =>
  text === null || text === undefined || text === "" ? null : Number(text);

/** Decimal text (yuan, up to 2 places) accepted by the need and fund forms. */
export const YUAN_TEXT = /^\d{1,14}(\.\d{1,2})?$/;
/** A rate in percent a year, e.g. 3.85. */
export const RATE_TEXT = /^\d{1,3}(\.\d{1,4})?$/;
