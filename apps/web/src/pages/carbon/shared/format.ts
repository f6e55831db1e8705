import { type CarbonWarningNames, describeCarbonWarning } from "@greenfin/contracts";
import type { TFunction } from "i18next";
import type { Lang } from "../../../i18n";

/** The four label colours of the carbon-efficiency grades (five grades: 4 and 5 are both red). */
export const COLOUR_HEX: Record<string, string> = {
  deep_green: "#1f7a3f",
  light_green: "#7cc27a",
  yellow: "#e0b030",
  red: "#c8372d",
};

/** Grade → colour when a row has the grade but not the colour (the reference data's mapping). */
export const GRADE_COLOUR: Record<number, string> = {
  1: "deep_green",
  2: "light_green",
  3: "yellow",
  4: "red",
  5: "red",
};

export const SCOPE_COLOURS = {
  scope1: "#0b6b47",
  scope2_location: "#3fb984",
  scope2_market: "#8fb8de",
  scope3: "#c9a227",
};

/** A decimal string grouped by thousands with at most `dp` places (trailing zeros dropped); "—" when absent. */
export function fmtT(value: string | number | null | undefined, dp = 2): string {
  return fmtNumber(value, dp, 0);
}

/**
 * A figure with exactly `dp` places, for columns and side-by-side figures whose decimals must line up
 * ("508,642.20" over "6,297.23"); "—" when absent.
 */
export function fmtFixed(value: string | number | null | undefined, dp = 2): string {
  return fmtNumber(value, dp, dp);
}

function fmtNumber(value: string | number | null | undefined, max: number, min: number): string {
  if (value === null || value === undefined || value === "") return "—";
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return n.toLocaleString("en-US", { maximumFractionDigits: max, minimumFractionDigits: min });
}

/** An axis tick in few characters: 1.2万 / 350万 / 1.2亿 in Chinese, 12k / 3.5M in English. */
export function fmtAxis(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  const steps: [number, string][] =
    lang === "en"
      ? [
          [1e9, "B"],
          [1e6, "M"],
          [1e3, "k"],
        ]
      : [
          [1e8, "亿"],
          [1e4, "万"],
        ];
  const step = steps.find(([size]) => abs >= size);
  if (!step) return value.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return `${(value / step[0]).toLocaleString("en-US", { maximumFractionDigits: 1 })}${step[1]}`;
}

/** The item's name in the UI language, or its code for an item the web app does not know. */
export function itemName(t: TFunction, item: string): string {
  const key = `carbon.items.${item}`;
  const name = t(key as never) as string;
  return name === key ? item : name;
}

export function scopeName(t: TFunction, scope: string): string {
  const key = `carbon.scope.${scope}`;
  const name = t(key as never) as string;
  return name === key ? scope : name;
}

/** A unit as the data stores it ("wan_yuan", "tCO2/wan_yuan", "yuan/tCO2") in words; others as they are. */
export function unitName(t: TFunction, unit: string): string {
  return unit
    .split("/")
    .map((part) => {
      const key = `carbon.units.${part}`;
      const name = t(key as never) as string;
      return name === key ? part : name;
    })
    .join("/");
}

/** An account's warning (the domain's English sentence) in the UI language. */
export function warningText(
  t: TFunction,
  lang: Lang,
  warning: string,
  province: CarbonWarningNames["province"],
): string {
  const item = (code: string) => ({ zh: itemName(t, code), en: itemName(t, code) });
  const said = describeCarbonWarning(warning, { item, province });
  return lang === "en" ? said.en : said.zh;
}

/** The year accounts are usually looked at first: last calendar year. */
export const defaultYear = () => new Date().getFullYear() - 1;

export const yearOptions = (around: number, extra: readonly number[] = []) => {
  const years = new Set<number>([...extra, around - 2, around - 1, around, around + 1]);
  return [...years].filter((y) => y >= 2000 && y <= new Date().getFullYear()).sort((a, b) => b - a);
};
