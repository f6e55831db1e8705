/**
 * The reporting templates as the client needs them: every shipped version with its frequency, names, metrics (unit,
 * kind, breakdown, who must report it, where the platform pre-fills it from) and its cross-checks' messages.
 */

import type { TStatTemplate } from "@greenfin/contracts";
import {
  DEFAULT_STAT_TEMPLATES,
  type LoadedStatTemplate,
  loadStatTemplate,
  STAT_TEMPLATE_REFS,
} from "@greenfin/reference";
import { AppError } from "../errors/app-error";

/** A template as the API shows it (zStatTemplate). */
export type StatTemplateView = TStatTemplate;

export function listStatTemplates(): StatTemplateView[] {
  return STAT_TEMPLATE_REFS.map((ref) => {
    const t = loadStatTemplate(ref);
    return {
      ref: t.ref,
      frequency: t.frequency,
      nameZh: t.nameZh,
      nameEn: t.nameEn,
      isDefault: DEFAULT_STAT_TEMPLATES[t.frequency] === t.ref,
      metrics: t.metrics.map((m) => ({
        key: m.key,
        article: m.article,
        nameZh: m.nameZh,
        nameEn: m.nameEn,
        unit: m.unit,
        kind: m.kind,
        breakdown: m.breakdown ?? null,
        weightMetric: m.weightMetric ?? null,
        requiredFor: [...m.requiredFor],
        prefill: m.prefill ?? null,
        definitionZh: m.definitionZh,
        definitionEn: m.definitionEn,
      })),
      crossChecks: t.crossChecks.map((c) => ({
        key: c.key,
        severity: c.severity,
        messageZh: c.messageZh,
        messageEn: c.messageEn,
      })),
    };
  });
}

/** A shipped template, or a field problem at `path`. */
export function templateOr400(ref: unknown, path = "templateRef"): LoadedStatTemplate {
  if (typeof ref !== "string" || !(STAT_TEMPLATE_REFS as readonly string[]).includes(ref))
    throw AppError.validation([
      {
        path,
        messageZh: `${path}：没有该统计报表模板（可选：${STAT_TEMPLATE_REFS.join("、")}）`,
        messageEn: `${path}: no such statistics template (available: ${STAT_TEMPLATE_REFS.join(", ")})`,
      },
    ]);
  return loadStatTemplate(ref);
}
