/**
 * What the financing labels need of the reference data beyond the catalogue's names (../green-catalogue.ts): the
 * level-3 codes the blue crosswalk links without a condition, and the GB/T 4754 sections.
 */
import {
  DEFAULT_GREEN_TAXONOMY,
  loadGreenCrosswalks,
  loadGreenTaxonomy,
  loadIndustryClassification,
  resolveIndustryCode,
} from "@greenfin/reference";

export function financingCatalogue() {
  return loadGreenTaxonomy(DEFAULT_GREEN_TAXONOMY);
}

let blue: ReadonlySet<string> | undefined;

/** Level-3 codes whose crosswalk link to an IFC blue category has no condition (see aggregateGreenStatistics). */
export function unconditionalBlueCodes(): ReadonlySet<string> {
  blue ??= new Set(
    loadGreenCrosswalks()
      .cn2025ToBlue.links.filter((l) => l.to.length > 0 && !l.condition)
      .map((l) => l.from),
  );
  return blue;
}

export function industrySections() {
  return loadIndustryClassification().sections;
}

/** The canonical GB/T 4754 code ("D4415") and its section letter, or null for an unknown code. */
export function canonicalIndustry(code: string | null | undefined): { code: string; section: string } | null {
  if (!code) return null;
  const r = resolveIndustryCode(code);
  return r ? { code: r.code, section: r.section.code } : null;
}
