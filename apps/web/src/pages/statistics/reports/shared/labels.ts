import type { TStatTemplate } from "@greenfin/contracts";
import { useTranslation } from "react-i18next";
import type { StatReportStatus } from "../../../../api/statistics";
import type { Lang } from "../../../../i18n";
import { groupDigits } from "./figures";

export type StatMetricView = TStatTemplate["metrics"][number];
export type StatArticle = StatMetricView["article"];
export type StatUnit = StatMetricView["unit"];

export const STAT_ARTICLE_ORDER: readonly StatArticle[] = [
  "green",
  "inclusive",
  "agriculture",
  "technology",
  "pension",
  "digital",
];

export const STATUS_COLORS: Record<StatReportStatus, string> = {
  draft: "default",
  submitted: "processing",
  returned: "warning",
  accepted: "success",
};

/** Submitted reports first (they await the district), then returned, drafts, accepted. */
export const STATUS_RANK: Record<StatReportStatus, number> = { submitted: 0, returned: 1, draft: 2, accepted: 3 };

export const named = (x: { nameZh: string; nameEn: string | null }, lang: Lang) =>
  lang === "en" ? x.nameEn || x.nameZh : x.nameZh || (x.nameEn ?? "");

/** A template's name by its reference ("five-articles-monthly@2026.1"), or the reference when unknown. */
export function templateName(ref: string, templates: readonly TStatTemplate[] | undefined, lang: Lang): string {
  const t = templates?.find((x) => x.ref === ref);
  return t ? named(t, lang) : ref;
}

/** The unit as shown beside a figure. */
export function useUnitLabel() {
  const { t } = useTranslation();
  return (unit: string) => t(`statistics.unit.${unit as StatUnit}`, { defaultValue: unit });
}

/** A figure with its digits grouped and its unit: "1,234,567.00 元", "12.5 %". */
export function useFigureText() {
  const unitLabel = useUnitLabel();
  return (value: string | null | undefined, unit: string) =>
    value === null || value === undefined || value === "" ? "—" : `${groupDigits(value)} ${unitLabel(unit)}`;
}
