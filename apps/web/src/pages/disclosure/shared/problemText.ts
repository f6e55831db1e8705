import type { TIntakeProblem } from "@greenfin/contracts";
import type { TFunction } from "i18next";
import type { Lang } from "../../../i18n";

type Location =
  | { source: "xlsx"; sheet: string; row: number; column: string }
  | { source: "csv"; line: number; column: string }
  | { source: "form" | "api" | "file"; field: string };

export function locationOf(p: TIntakeProblem): Location | null {
  const l = p.location as Partial<Location> | null | undefined;
  return l && typeof l === "object" && "source" in l ? (l as Location) : null;
}

/** Where a problem sits, in the UI language: 工作表「能源利用」D12 / CSV 第 3 行 / 字段 values[0]. */
export function locationText(p: TIntakeProblem, t: TFunction): string {
  const l = locationOf(p);
  if (!l) return p.path;
  switch (l.source) {
    case "xlsx":
      return t("disclosure.problems.cell", { sheet: l.sheet, cell: `${l.column}${l.row}` });
    case "csv":
      return t("disclosure.problems.csvLine", { line: l.line, column: l.column });
    case "file":
      return t("disclosure.problems.file", { field: l.field });
    default:
      return t("disclosure.problems.field", { field: l.field });
  }
}

export const problemMessage = (p: TIntakeProblem, lang: Lang) => (lang === "en" ? p.messageEn : p.messageZh);

/** The message without its leading "E-GHG-001「name」：", for a message shown under that very indicator. */
export function shortMessage(p: TIntakeProblem, lang: Lang): string {
  const text = problemMessage(p, lang);
  if (!p.indicatorId || !text.startsWith(p.indicatorId)) return text;
  const cut = lang === "en" ? text.indexOf(": ") : text.indexOf("：");
  return cut > 0 ? text.slice(cut + (lang === "en" ? 2 : 1)) : text;
}
