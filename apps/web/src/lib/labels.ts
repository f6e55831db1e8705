import type { TOrganisation } from "@greenfin/contracts";
import { useTranslation } from "react-i18next";
import type { Lang } from "../i18n";

export type OrgKind = TOrganisation["kind"];

export const KIND_COLORS: Record<OrgKind, string> = {
  district: "#0b5d3f",
  bank: "blue",
  insurer: "geekblue",
  wealth_manager: "purple",
  fund_manager: "magenta",
  enterprise: "green",
  rating_agency: "gold",
  verifier: "cyan",
};

export const FINANCIAL_KINDS: readonly OrgKind[] = ["bank", "insurer", "wealth_manager", "fund_manager"];

/** The current UI language, re-rendering on change. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === "en" ? "en" : "zh-CN";
}

export function orgName(org: { nameZh: string; nameEn: string } | null | undefined, lang: Lang): string {
  if (!org) return "—";
  return lang === "en" ? org.nameEn || org.nameZh : org.nameZh || org.nameEn;
}

/** First 8 characters of an id or hash, for compact table cells. */
export function shortId(id: string | null | undefined, n = 8): string {
  if (!id) return "—";
  return id.length > n ? `${id.slice(0, n)}…` : id;
}

/** A display name without a trailing "· <organisation>" (the org is already shown next to it). */
export function personalName(displayName: string, org: { nameZh: string; nameEn: string }): string {
  for (const suffix of [org.nameZh, org.nameEn]) {
    const m = displayName.match(new RegExp(`^(.*?)\\s*[·•|\\-]\\s*${suffix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    if (m?.[1]) return m[1];
  }
  return displayName;
}
