/**
 * What every report says the same way in Chinese and English: the languages, the contents and continuation
 * headings, "page n of m", the colon.
 */
export type ReportLang = "zh" | "en";

export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** Spread into each report's own dictionary, so its `say` knows these keys too. */
export const COMMON_REPORT_TEXT = {
  uscc: { zh: "统一社会信用代码", en: "Unified social credit code" },
  contents: { zh: "目录", en: "Contents" },
  continued: { zh: "（续）", en: " (continued)" },
  pageOf: { zh: "第 {n} 页 / 共 {m} 页", en: "Page {n} of {m}" },
} satisfies Record<string, Bilingual>;

export const colon = (lang: ReportLang): string => (lang === "zh" ? "：" : ": ");

export function pageLabel(page: number, pages: number, lang: ReportLang): string {
  return COMMON_REPORT_TEXT.pageOf[lang].replace("{n}", String(page)).replace("{m}", String(pages));
}
