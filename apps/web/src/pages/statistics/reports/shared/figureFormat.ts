/**
 * Figures for reading, from decimal text and without floats: rounded half-up to a few places, digits grouped, money
 * in 亿元 (zh) or CNY bn (en) when large. Charts get a scaled copy of the text (`chartNumber`) for positions only.
 */
import type { Lang } from "../../../../i18n";
import { groupDigits } from "./figures";

/** `text` rounded half-up to `places` decimals, exactly ("1234.5678", 2 → "1234.57"); other text unchanged. */
export function roundText(text: string, places: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text;
  const frac = (m[3] ?? "").padEnd(places + 1, "0");
  let units = BigInt((m[2] ?? "0") + frac.slice(0, places));
  if (Number(frac.charAt(places)) >= 5) units += 1n;
  const s = units.toString().padStart(places + 1, "0");
  const int = s.slice(0, s.length - places);
  const dec = places ? `.${s.slice(s.length - places)}` : "";
  return `${m[1] && units !== 0n ? "-" : ""}${int}${dec}`;
}

/** `text` ÷ 10^k as decimal text, by moving the point ("123456789", 8 → "1.23456789"). */
export function shiftText(text: string, k: number): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return text;
  const digits = (m[2] ?? "").padStart(k + 1, "0");
  const int = digits.slice(0, digits.length - k).replace(/^0+(?=\d)/, "");
  return `${m[1]}${int}.${digits.slice(digits.length - k)}${m[3] ?? ""}`;
}

/** Digits before the point, ignoring sign and leading zeros ("0.5" → 0, "123456" → 6). */
const intDigits = (text: string) => (/^-?0*(\d*)/.exec(text)?.[1] ?? "").length;

/**
 * How money is scaled for reading: 亿元 / 万元 / 元 in Chinese, CNY bn / m / CNY in English, chosen by the largest of
 * the figures shown together (so a chart's points share one scale).
 */
export function moneyScale(lang: Lang, ...texts: (string | null | undefined)[]): { k: number; unit: string } {
  const digits = Math.max(0, ...texts.filter((x): x is string => !!x).map(intDigits));
  if (lang === "en") {
    if (digits > 9) return { k: 9, unit: "CNY bn" };
    if (digits > 6) return { k: 6, unit: "CNY m" };
    return { k: 0, unit: "CNY" };
  }
  if (digits > 8) return { k: 8, unit: "亿元" };
  if (digits > 4) return { k: 4, unit: "万元" };
  return { k: 0, unit: "元" };
}

/** A figure for reading: money in 亿元 / 万元 or CNY bn / m (2 places), percents to 2 places, counts grouped. */
export function readableFigure(text: string | null | undefined, unit: string, lang: Lang, unitText: string): string {
  if (text === null || text === undefined || text === "") return "—";
  if (unit === "yuan") {
    const s = moneyScale(lang, text);
    return `${groupDigits(roundText(s.k ? shiftText(text, s.k) : text, 2))} ${s.unit}`;
  }
  if (unit === "percent") return `${roundText(text, 2)} %`;
  const places = unit === "count" ? 0 : 2;
  return `${groupDigits(roundText(text, places))}${unitText ? ` ${unitText}` : ""}`;
}

/** A growth or share percent ("5.2" → "+5.20 %"). */
export function percentText(text: string | null | undefined, signed = false): string {
  if (text === null || text === undefined || text === "") return "—";
  const r = roundText(text, 2);
  return `${signed && !r.startsWith("-") && r !== "0.00" ? "+" : ""}${r} %`;
}

/** A number for a chart's position only (money ÷ 10^k of its scale); never used for arithmetic on money. */
export function chartNumber(text: string | null | undefined, unit: string, k = 0): number | null {
  if (text === null || text === undefined || text === "") return null;
  const n = Number(unit === "yuan" && k ? shiftText(text, k) : text);
  return Number.isFinite(n) ? n : null;
}
