/**
 * The 2025 catalogue as the project library and the financing labels use it: picker options, a category's names, its
 * level-1 ancestor and path, and whether a code can be declared, certified or used as a label (a level-3 item). Read
 * through the reference loader (pinned, checked), never as literals.
 */
import type { TGreenCategoryOption } from "@greenfin/contracts";
import { greenTaxonomyNode, greenTaxonomyPath, loadGreenTaxonomy } from "@greenfin/reference";
import type { FieldProblem } from "../errors/app-error";

const taxonomy = () => loadGreenTaxonomy();

/** Every node of the catalogue, in catalogue order, for pickers. */
export function greenCategoryOptions(): TGreenCategoryOption[] {
  return taxonomy().nodes.map((n) => ({
    code: n.code,
    level: n.level,
    parent: n.parent,
    nameZh: n.nameZh ?? n.nameEn ?? n.code,
    nameEn: n.nameEn ?? n.nameZh ?? n.code,
  }));
}

/** A level-3 item of the catalogue (what can be declared or certified). */
export function isCatalogueItem(code: string): boolean {
  return taxonomy().leafCodes.includes(code);
}

/** The problem with a code that must be a level-3 item, if any, under the field `path`. */
export function notACatalogueItem(path: string, code: string): FieldProblem | null {
  if (isCatalogueItem(code)) return null;
  return {
    path,
    messageZh: `${path}：「${code}」不是《绿色金融支持项目目录（2025年版）》的三级条目`,
    messageEn: `${path}: "${code}" is not a level-3 item of the 2025 green finance catalogue`,
  };
}

export interface CategoryRef {
  code: string;
  nameZh: string;
  nameEn: string;
}

/** A code with its names; the code itself when the catalogue does not hold it (an old row, a removed item). */
export function categoryRef(code: string | null | undefined): CategoryRef | null {
  if (!code) return null;
  const n = greenTaxonomyNode(taxonomy(), code);
  return { code, nameZh: n?.nameZh ?? n?.nameEn ?? code, nameEn: n?.nameEn ?? n?.nameZh ?? code };
}

/** The names from level 1 down to the code. */
export function categoryPath(code: string): { pathZh: string[]; pathEn: string[] } {
  const path = greenTaxonomyPath(taxonomy(), code);
  return {
    pathZh: path.map((n) => n.nameZh ?? n.nameEn ?? n.code),
    pathEn: path.map((n) => n.nameEn ?? n.nameZh ?? n.code),
  };
}

/** The catalogue's reference ("cn-green-2025@2026.1"). */
export function catalogueRef(): string {
  return taxonomy().ref;
}

/** A level-3 item with its names and its level-1 ancestor's code (the "use" of green-loan statistics), or null. */
export function categoryWithUse(code: string | null): (CategoryRef & { level1: string }) | null {
  if (!code || !isCatalogueItem(code)) return null;
  const path = greenTaxonomyPath(taxonomy(), code);
  return { ...categoryRef(code)!, level1: path[0]!.code };
}
