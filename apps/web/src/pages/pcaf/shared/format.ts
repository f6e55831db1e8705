/**
 * Display of the PCAF figures, which arrive as exact decimal text (yuan, tCO2e, ratios): rounding, shifting the
 * decimal point and grouping thousands are done on the digits themselves, never through a binary float.
 * Charts alone turn the text into numbers, to draw.
 */
import type { Lang } from "../../../i18n";

interface Digits {
  neg: boolean;
  int: string;
  frac: string;
}

function parse(text: string): Digits | null {
  const m = /^\s*([+-])?(\d*)(?:\.(\d*))?\s*$/.exec(text);
  if (!m || (!m[2] && !m[3])) return null;
  return { neg: m[1] === "-", int: (m[2] ?? "").replace(/^0+(?=\d)/, "") || "0", frac: m[3] ?? "" };
}

/** × 10^places, by moving the point. */
function shift(d: Digits, places: number): Digits {
  const digits = d.int + d.frac;
  let point = d.int.length + places;
  let all = digits;
  if (point < 0) {
    all = "0".repeat(-point) + all;
    point = 0;
  }
  if (point > all.length) all = all + "0".repeat(point - all.length);
  return { neg: d.neg, int: all.slice(0, point).replace(/^0+(?=\d)/, "") || "0", frac: all.slice(point) };
}

/** Rounded half away from zero to `dp` places. */
function round(d: Digits, dp: number): Digits {
  if (d.frac.length <= dp) return { ...d, frac: d.frac.padEnd(dp, "0") };
  const kept = d.int + d.frac.slice(0, dp);
  const up = d.frac.charCodeAt(dp) - 48 >= 5;
  const n = (BigInt(kept) + (up ? 1n : 0n)).toString().padStart(dp + 1, "0");
  return { neg: d.neg, int: n.slice(0, n.length - dp) || "0", frac: dp === 0 ? "" : n.slice(n.length - dp) };
}

const group = (int: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

function show(d: Digits, minDp: number): string {
  let frac = d.frac;
  while (frac.length > minDp && frac.endsWith("0")) frac = frac.slice(0, -1);
  const zero = /^0*$/.test(d.int + frac);
  return `${d.neg && !zero ? "-" : ""}${group(d.int)}${frac ? `.${frac}` : ""}`;
}

/**
 * A decimal text with thousands separators and `dp` decimals (trailing zeros trimmed down to `minDp`);
 * "—" when absent. Text that is not a plain decimal is shown as it is.
 */
export function fmtDec(text: string | number | null | undefined, dp = 2, minDp = dp): string {
  if (text === null || text === undefined || text === "") return "—";
  const d = parse(String(text));
  if (!d) return String(text);
  return show(round(d, dp), minDp);
}

/** An attribution factor: six decimals, or as many as it takes (up to 12) for a very small one. */
export function fmtFactor(text: string | null | undefined): string {
  const six = fmtDec(text, 6, 2);
  if (six === "—" || !/^-?0\.0+$/.test(six)) return six;
  return fmtDec(text, 12, 2);
}

/** Emissions, tCO2e: two decimals. */
export const fmtT = (text: string | null | undefined) => fmtDec(text, 2);
/** Amounts in yuan: two decimals. */
export const fmtYuan = (text: string | null | undefined) => fmtDec(text, 2);

/** A ratio ("0.8123") as a percentage ("81.2%"). */
export function fmtPct(ratio: string | null | undefined, dp = 1): string {
  if (ratio === null || ratio === undefined || ratio === "") return "—";
  const d = parse(ratio);
  if (!d) return ratio;
  return `${show(round(shift(d, 2), dp), dp)}%`;
}

/** A percentage already ×100 ("12.34") with a sign: "+12.3%". */
export function fmtChangePct(percent: string | null | undefined, dp = 1): string {
  if (percent === null || percent === undefined || percent === "") return "—";
  const d = parse(percent);
  if (!d) return percent;
  const s = show(round(d, dp), dp);
  return `${!d.neg && !/^[0.,]*$/.test(s) ? "+" : ""}${s}%`;
}

/** A signed change: "+1,234.5" / "-12". */
export function fmtSigned(text: string | null | undefined, dp = 2): string {
  const s = fmtDec(text, dp);
  if (s === "—" || s.startsWith("-") || /^[0.,]*$/.test(s)) return s;
  return `+${s}`;
}

/** Yuan in a readable large unit, exactly: 亿元 / 万元 in Chinese, bn / m in English. */
export function fmtYuanShort(text: string | null | undefined, lang: Lang): string {
  if (text === null || text === undefined || text === "") return "—";
  const d = parse(text);
  if (!d) return text;
  const digits = d.int.length;
  if (lang === "zh-CN") {
    if (digits > 8) return `${show(round(shift(d, -8), 2), 2)} 亿元`;
    if (digits > 4) return `${show(round(shift(d, -4), 2), 2)} 万元`;
    return `${show(round(d, 2), 2)} 元`;
  }
  if (digits > 9) return `CNY ${show(round(shift(d, -9), 2), 2)} bn`;
  if (digits > 6) return `CNY ${show(round(shift(d, -6), 2), 2)} m`;
  return `CNY ${show(round(d, 2), 2)}`;
}

/** Yuan in 万元 (zh) or million (en), number apart from unit, for chart axes and KPI cards. */
export function yuanLarge(text: string | null | undefined, lang: Lang): { value: string; unit: string } {
  const d = text ? parse(text) : null;
  if (!d) return { value: "—", unit: "" };
  return lang === "zh-CN"
    ? { value: show(round(shift(d, -8), 2), 2), unit: "亿元" }
    : { value: show(round(shift(d, -6), 2), 2), unit: "CNY m" };
}

/** For charts only: the text as a number of 10^-places units. */
export function plot(text: string | null | undefined, places = 0): number {
  if (text === null || text === undefined || text === "") return 0;
  const d = parse(text);
  if (!d) return 0;
  const s = shift(d, places);
  return Number(`${s.neg ? "-" : ""}${s.int}.${s.frac || "0"}`);
}

/** Compare two decimal texts (for table sorters), exactly. */
export function cmpDec(a: string | null | undefined, b: string | null | undefined): number {
  const pa = a ? parse(a) : null;
  const pb = b ? parse(b) : null;
  if (!pa || !pb) return pa ? 1 : pb ? -1 : 0;
  const width = Math.max(pa.frac.length, pb.frac.length);
  const ia = BigInt(`${pa.neg ? "-" : ""}${pa.int}${pa.frac.padEnd(width, "0")}`);
  const ib = BigInt(`${pb.neg ? "-" : ""}${pb.int}${pb.frac.padEnd(width, "0")}`);
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}

/** For the Excel export: the value as a number cell (display only), or null. */
export const xlsNum = (text: string | null | undefined): number | null =>
  text === null || text === undefined || text === "" || !parse(text) ? null : plot(text);

/** The reporting year usually looked at first: last calendar year. */
export const defaultPcafYear = () => new Date().getFullYear() - 1;

/** The exact sum of decimal texts (district totals), as decimal text. */
export function sumDec(texts: readonly (string | null | undefined)[]): string {
  const parsed = texts.map((x) => (x ? parse(x) : null)).filter((d): d is Digits => d !== null);
  const width = Math.max(0, ...parsed.map((d) => d.frac.length));
  let total = 0n;
  for (const d of parsed) total += BigInt(`${d.neg ? "-" : ""}${d.int}${d.frac.padEnd(width, "0")}`);
  const neg = total < 0n;
  const digits = (neg ? -total : total).toString().padStart(width + 1, "0");
  const int = digits.slice(0, digits.length - width);
  const frac = width === 0 ? "" : digits.slice(digits.length - width);
  return `${neg ? "-" : ""}${int}${frac ? `.${frac}` : ""}`;
}

/** Chart axis ticks, short: 12万 / 3亿 in Chinese, 120k / 3M in English (labels of the drawn scale only). */
export function axisCompact(lang: Lang): (v: number) => string {
  const trim = (x: number) => String(Number(x.toPrecision(4)));
  return (v: number) => {
    const a = Math.abs(v);
    if (lang === "zh-CN") {
      if (a >= 1e8) return `${trim(v / 1e8)}亿`;
      if (a >= 1e4) return `${trim(v / 1e4)}万`;
      return trim(v);
    }
    if (a >= 1e9) return `${trim(v / 1e9)}B`;
    if (a >= 1e6) return `${trim(v / 1e6)}M`;
    if (a >= 1e3) return `${trim(v / 1e3)}k`;
    return trim(v);
  };
}

/** Axis labels and names in the platform's muted green-grey. */
export const AXIS_LABEL = { color: "#5b6b63", fontSize: 12 };
