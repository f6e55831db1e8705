/**
 * How the carbon credit report prints numbers and codes, in Chinese and English: decimals from the account's strings
 * (never recomputed), units, scopes, grade colours, names.
 */
import type { Bilingual, ReportLang } from "../../reports/report-words";
import { type CarbonReportTextKey, say } from "./carbon-report-text";

export const pickName = (x: { readonly nameZh: string; readonly nameEn: string }, lang: ReportLang) =>
  lang === "zh" ? x.nameZh || x.nameEn : x.nameEn || x.nameZh;

/**
 * A decimal string grouped by thousands with at most `places` decimals, rounded half away from zero on the
 * digits themselves (no binary floating point): "1485.840000" → "1,485.84"; with `fixed`, exactly `places`
 * ("1,485.840"), so the figures of a column line up.
 */
export function formatDecimal(value: string | null | undefined, places = 3, fixed = false): string {
  if (value === null || value === undefined || value === "") return "—";
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!m) return value;
  const [, sign, whole = "0", frac = ""] = m;
  let digits = (whole + frac.padEnd(places, "0").slice(0, places)).split("").map(Number);
  if (Number(frac[places] ?? "0") >= 5) {
    let i = digits.length - 1;
    while (i >= 0) {
      digits[i] = (digits[i] ?? 0) + 1;
      if ((digits[i] ?? 0) < 10) break;
      digits[i] = 0;
      i--;
    }
    if (i < 0) digits = [1, ...digits];
  }
  const intDigits = digits.slice(0, digits.length - places).join("") || "0";
  const allFracDigits = digits.slice(digits.length - places).join("");
  const fracDigits = fixed ? allFracDigits : allFracDigits.replace(/0+$/, "");
  const grouped = intDigits.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const isZero = /^[0,]*$/.test(grouped) && /^0*$/.test(allFracDigits);
  return `${isZero ? "" : sign}${grouped}${fracDigits ? `.${fracDigits}` : ""}`;
}

const UNITS: Record<string, Bilingual> = {
  wan_yuan: { zh: "万元", en: "10k yuan" },
  yuan: { zh: "元", en: "yuan" },
  wan_m3: { zh: "万立方米", en: "10k m3" },
  m3: { zh: "立方米", en: "m3" },
};

/** A unit as the data stores it, in words: "wan_yuan" → 万元 / 10k yuan, "tCO2/wan_yuan" → tCO2/万元 / tCO2/10k yuan. */
export function unitLabel(unit: string, lang: ReportLang): string {
  return unit
    .split("/")
    .map((part) => UNITS[part]?.[lang] ?? part)
    .join("/");
}

const SCOPES: Record<string, CarbonReportTextKey> = {
  scope1: "scope1Short",
  scope2_location: "scope2LocShort",
  scope2_market: "scope2MktShort",
  scope3: "scope3Short",
};

export const scopeLabel = (scope: string, lang: ReportLang): string =>
  SCOPES[scope] ? say(SCOPES[scope], lang) : scope;

const COLOURS: Record<string, Bilingual> = {
  deep_green: { zh: "深绿", en: "deep green" },
  light_green: { zh: "浅绿", en: "light green" },
  yellow: { zh: "黄", en: "yellow" },
  red: { zh: "红", en: "red" },
};

export const colourLabel = (colour: string | null, lang: ReportLang): string =>
  colour === null ? "—" : (COLOURS[colour]?.[lang] ?? colour);

/** Fill colours of the grade badges, matching the web app's tags. */
export const COLOUR_FILL: Record<string, string> = {
  deep_green: "#1f7a3f",
  light_green: "#7cc27a",
  yellow: "#e8b72c",
  red: "#c8372d",
};

export const gradeLabel = (grade: number | null, lang: ReportLang): string =>
  grade === null ? "—" : say("gradeN", lang).replace("{n}", String(grade));

const PRICE_BASES: Record<string, Bilingual> = {
  annual_average: { zh: "年均价", en: "annual average" },
  year_end_close: { zh: "年末收盘价", en: "year-end close" },
};

/** "62.36 元/tCO2（2025 年均价）", "62.36 yuan/tCO2 (2025 annual average)". */
export function priceLabel(
  price: { readonly value: string; readonly unit: string; readonly year: number; readonly basis: string },
  lang: ReportLang,
): string {
  const basis = PRICE_BASES[price.basis]?.[lang] ?? price.basis;
  const value = `${price.value} ${unitLabel(price.unit, lang)}`;
  return lang === "zh" ? `${value}（${price.year} ${basis}）` : `${value} (${price.year} ${basis})`;
}

const METHODS: Record<string, string> = {
  "GreenFin carbon account 2026.1: GB/T 32150-2015 combustion and process form; Scope 2 location- and market-based":
    "GreenFin 碳账户 2026.1：按 GB/T 32150-2015 核算燃料燃烧与工业过程排放；范围二分别按基于位置与基于市场的方法核算",
};

/** The account's method statement (the domain's English) in the report's language, when it is a known one. */
export const methodLabel = (method: string, lang: ReportLang): string =>
  lang === "zh" ? (METHODS[method] ?? method) : method;

/** What the domain's intensities divide by, as it words them. */
const DENOMINATORS: Record<string, string> = {
  "revenue (万元)": "营业收入（万元）",
  "value added (万元)": "工业增加值（万元）",
  "product output": "产品产量",
};

/**
 * An intensity's note in the report's language. The domain says, in English, what the figure divides (or why there
 * is none); the three forms it writes are worded here, anything else is printed as it is.
 */
export function intensityNote(note: string, itemNames: (item: string) => Bilingual, lang: ReportLang): string {
  if (lang === "en") return note.replace("(万元)", "(10k yuan)");
  const over = /^Scope 1 \+ Scope 2 location-based tCO2 ÷ (.+)$/.exec(note);
  const denominator = over && DENOMINATORS[over[1] ?? ""];
  if (denominator) return `（范围一 + 范围二基于位置）排放量 ÷ ${denominator}`;
  const missing = /^no (\S+) reported: .+ not computed$/.exec(note);
  if (missing) return `未报送${itemNames(missing[1] ?? "").zh}，不计算该强度`;
  const units = /^(\S+) is reported in several units \((.+)\)$/.exec(note);
  if (units) return `${itemNames(units[1] ?? "").zh}以多种单位报送（${units[2]}），不计算该强度`;
  return note;
}
