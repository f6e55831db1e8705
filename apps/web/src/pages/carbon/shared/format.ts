import type { TFunction } from "i18next";

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

/** A decimal string grouped by thousands with at most `dp` places; "—" when absent. */
export function fmtT(value: string | number | null | undefined, dp = 2): string {
  if (value === null || value === undefined || value === "") return "—";
  const n = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(n)) return String(value);
  return n.toLocaleString("en-US", { maximumFractionDigits: dp, minimumFractionDigits: 0 });
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

/** The year accounts are usually looked at first: last calendar year. */
export const defaultYear = () => new Date().getFullYear() - 1;

export const yearOptions = (around: number, extra: readonly number[] = []) => {
  const years = new Set<number>([...extra, around - 2, around - 1, around, around + 1]);
  return [...years].filter((y) => y >= 2000 && y <= new Date().getFullYear()).sort((a, b) => b - a);
};
