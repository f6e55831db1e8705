import { readFileSync } from "node:fs";
import { deepFreeze, parseReferenceData, ReferenceDataError } from "../data-file";
import { loadGreenTaxonomy } from "../green-taxonomy/load-green-taxonomy";
import { loadIndustryClassification } from "../industry/load-industry-classification";
import { checkPinnedFiles } from "../pinned-files";
import {
  type STAT_TEMPLATE_BREAKDOWNS,
  type StatCrossCheckData,
  type StatMetricData,
  type StatTemplateMeta,
  zStatTemplateFile,
  zStatTemplateMeta,
} from "./stat-template.schema";
import { checkStatTemplate } from "./stat-template-checks";

/** Versions shipped in `data/statistics/<id>@<version>/`; a changed metric or check is a new version beside the old. */
export const STAT_TEMPLATE_REFS = ["five-articles-monthly@2026.1", "five-articles-quarterly@2026.1"] as const;
export type StatTemplateRef = (typeof STAT_TEMPLATE_REFS)[number];
/** The template in force for each frequency. */
export const DEFAULT_STAT_TEMPLATES = {
  monthly: "five-articles-monthly@2026.1",
  quarterly: "five-articles-quarterly@2026.1",
} as const satisfies Record<StatTemplateMeta["frequency"], StatTemplateRef>;

/**
 * One template version, checked and frozen. Its first six fields are the domain's `StatTemplate` (statistics-types.ts
 * in @greenfin/domain), so it can be handed to `checkStatReport` and the aggregates as it is; `sha256` is the hash of
 * its SHA256SUMS, which pins every file, and `meta` carries the sources and each metric's verification flag.
 */
export interface LoadedStatTemplate {
  readonly ref: string;
  readonly frequency: StatTemplateMeta["frequency"];
  readonly nameZh: string;
  readonly nameEn: string;
  readonly metrics: readonly StatMetricData[];
  readonly crossChecks: readonly StatCrossCheckData[];
  readonly sha256: string | null;
  readonly meta: StatTemplateMeta;
}

const ROOT = new URL("../../data/statistics/", import.meta.url);

/** Validates the raw files of one version and builds the frozen template (used by the loader and by tests). */
export function parseStatTemplate(
  raw: { meta: unknown; template: unknown },
  sha: string | null = null,
): LoadedStatTemplate {
  const meta = parseReferenceData(zStatTemplateMeta, raw.meta, "statistics template meta.json");
  const ref = `${meta.id}@${meta.version}`;
  const file = parseReferenceData(zStatTemplateFile, raw.template, `${ref} template.json`);
  const problems = checkStatTemplate(file, meta);
  if (problems.length)
    throw new ReferenceDataError(`${ref} is not consistent:\n${problems.map((p) => `✖ ${p}`).join("\n")}`);
  return deepFreeze({
    ref,
    frequency: meta.frequency,
    nameZh: meta.name.zh,
    nameEn: meta.name.en,
    metrics: file.metrics,
    crossChecks: file.crossChecks,
    sha256: sha,
    meta,
  });
}

const cache = new Map<string, LoadedStatTemplate>();

/** Reads a shipped template version from `root` (default: the data folder), verified against its pinned hashes. */
export function loadStatTemplate(ref: string, root: URL = ROOT): LoadedStatTemplate {
  const cached = root === ROOT ? cache.get(ref) : undefined;
  if (cached) return cached;
  if (!(STAT_TEMPLATE_REFS as readonly string[]).includes(ref))
    throw new ReferenceDataError(`No statistics template ${ref}; available: ${STAT_TEMPLATE_REFS.join(", ")}`);
  const dir = new URL(`${ref}/`, root);
  const sha = checkPinnedFiles(dir, `statistics/${ref}`);
  const read = (file: string) => {
    try {
      return JSON.parse(readFileSync(new URL(file, dir), "utf8"));
    } catch (cause) {
      throw new ReferenceDataError(`statistics/${ref}/${file}: ${(cause as Error).message}`, { cause });
    }
  };
  const template = parseStatTemplate({ meta: read("meta.json"), template: read("template.json") }, sha);
  if (template.ref !== ref) throw new ReferenceDataError(`statistics/${ref} says it is ${template.ref}`);
  if (root === ROOT) cache.set(ref, template);
  return template;
}

export interface StatBreakdownItem {
  readonly code: string;
  readonly nameZh: string;
  /** Unofficial translations; null where the catalogue has none. */
  readonly nameEn: string | null;
}
export type StatBreakdownItemLists = {
  readonly [B in (typeof STAT_TEMPLATE_BREAKDOWNS)[number]]: readonly StatBreakdownItem[];
};

let breakdownItems: StatBreakdownItemLists | undefined;

/**
 * The items a breakdown may use, as the domain's `checkStatReport` takes them: the level-1 uses of the 2025 green
 * catalogue (cn-green-2025, codes "1"…"9") and the 20 sections of GB/T 4754-2017 ("A"…"T"), in their own order.
 */
export function statBreakdownItems(): StatBreakdownItemLists {
  if (breakdownItems === undefined) {
    const uses = loadGreenTaxonomy("cn-green-2025@2026.1")
      .nodes.filter((n) => n.level === 1)
      .map((n) => ({ code: n.code, nameZh: n.nameZh ?? n.code, nameEn: n.nameEn }));
    const sections = loadIndustryClassification().sections.map((s) => ({
      code: s.code,
      nameZh: s.nameZh,
      nameEn: s.nameEn,
    }));
    breakdownItems = deepFreeze({ "catalogue-use": uses, "industry-section": sections });
  }
  return breakdownItems as StatBreakdownItemLists;
}
