/**
 * What the financing labels need of the reference data, loaded once: the 2025 catalogue (level-3 codes and names,
 * each code's level-1 ancestor), the level-3 codes the blue crosswalk links without a condition, and the GB/T 4754
 * sections.
 */
import {
  DEFAULT_GREEN_TAXONOMY,
  greenTaxonomyPath,
  loadGreenCrosswalks,
  loadGreenTaxonomy,
  loadIndustryClassification,
  resolveIndustryCode,
} from "@greenfin/reference";
import type { FieldProblem } from "../../errors/app-error";

export interface CategoryName {
  code: string;
  nameZh: string;
  nameEn: string;
  level1: string;
}

export function financingCatalogue() {
  return loadGreenTaxonomy(DEFAULT_GREEN_TAXONOMY);
}

/** A level-3 code of the 2025 catalogue with its names and level-1 code, or null. */
export function categoryName(code: string | null): CategoryName | null {
  if (!code) return null;
  const path = greenTaxonomyPath(financingCatalogue(), code);
  const node = path.at(-1);
  if (node?.level !== 3) return null;
  return { code, nameZh: node.nameZh ?? code, nameEn: node.nameEn ?? code, level1: path[0]!.code };
}

/** The problem with a label's code, if any: it must be a level-3 item of the 2025 catalogue. */
export function categoryProblem(path: string, code: string): FieldProblem | null {
  if (categoryName(code)) return null;
  return {
    path,
    messageZh: `${path}：${code} 不是《绿色金融支持项目目录（2025年版）》的三级类别`,
    messageEn: `${path}: ${code} is not a level-3 item of the 2025 green finance catalogue`,
  };
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
