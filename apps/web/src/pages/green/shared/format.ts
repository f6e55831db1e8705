/**
 * Display of the green figures (decimal text: yuan, tonnes, ratios), reusing the exact digit formatting of the
 * PCAF screens; charts alone turn text into numbers.
 */
import dayjs from "dayjs";
import type { TFunction } from "i18next";
import type { Lang } from "../../../i18n";

import { fmtDec } from "../../pcaf/shared/format";

export { fmtDec, fmtPct } from "../../pcaf/shared/format";

/** Yuan: whole amounts without decimals, any fraction always to the fen ("3,200,000,000.50", not ".5"). */
export const fmtAmount = (text: string | null | undefined) => fmtDec(text, 2, text && /\.\d*[1-9]/.test(text) ? 2 : 0);

export const named = (x: { nameZh: string; nameEn: string } | null | undefined, lang: Lang) =>
  x ? (lang === "en" ? x.nameEn || x.nameZh : x.nameZh || x.nameEn) : "—";

/** "4.2.1 风力发电设施建设和运营" */
export const categoryLabel = (c: { code: string; nameZh: string; nameEn: string } | null | undefined, lang: Lang) =>
  c ? `${c.code} ${named(c, lang)}` : "—";

/** A confidence 0–1 as "74%". */
export const fmtConfidence = (c: number | null | undefined) =>
  c === null || c === undefined ? "—" : `${Math.round(c * 100)}%`;

/** Decimal text → number for Excel cells and charts (display never goes through this). */
export const num = (text: string | null | undefined) =>
  text === null || text === undefined || text === "" ? null : Number(text);

/** An instant in the viewer's time zone. */
export const fmtWhen = (iso: string | null | undefined) => (iso ? dayjs(iso).format("YYYY-MM-DD HH:mm") : "—");

export type T = TFunction;
