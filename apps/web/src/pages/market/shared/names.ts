/**
 * An organisation's name in the UI language: the read models carry the Chinese name (`orgName`, `institutionName`…)
 * beside the English one (`…En`); either falls back to the other when empty.
 */
import { useCallback } from "react";
import type { Lang } from "../../../i18n";
import { useLang } from "../../../lib/labels";

export const nameIn = (zh: string | null | undefined, en: string | null | undefined, lang: Lang): string =>
  (lang === "en" ? en || zh : zh || en) || "—";

/** `(zh, en) => name` in the current UI language, re-rendering on a language switch. */
export function useNameIn(): (zh: string | null | undefined, en: string | null | undefined) => string {
  const lang = useLang();
  return useCallback((zh, en) => nameIn(zh, en, lang), [lang]);
}
