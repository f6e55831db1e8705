import type { IndustryEvidence } from "./green-classification";
import type { GreenCatalogueNodeData } from "./green-classifier-data";
import { GREEN_SCORING } from "./green-scoring";

/** A GB/T 4754 code as given (C3824, 3824, C38, d4415) → its section letter (if any) and digits; null if malformed. */
export function parseIndustryCode(raw: string): { code: string; digits: string } | null {
  const m = /^([A-Ta-t])?(\d{2}|\d{3}|\d{4})$/.exec(raw.trim());
  if (!m) return null;
  return { code: `${(m[1] ?? "").toUpperCase()}${m[2]}`, digits: m[2]! };
}

/**
 * The item's GB/T 4754 classes against the project's code: the same class, else the same division. The catalogue
 * says its classes describe an eligible activity's scope and must not alone classify a project, so this only adds
 * to an item that its terms already proposed.
 */
export function industryEvidence(
  node: GreenCatalogueNodeData,
  industry: { code: string; digits: string } | null,
): IndustryEvidence | null {
  if (!industry) return null;
  const classes = (node.gbt4754 ?? []).filter((g): g is { code: string; nameZh: string } => g.code !== null);
  const same = industry.digits.length === 4 ? classes.filter((g) => g.code === industry.digits) : [];
  if (same.length) return { code: industry.code, match: "class", classes: same, weight: GREEN_SCORING.industryClass };
  const division = classes.filter((g) => g.code.startsWith(industry.digits.slice(0, 2)));
  if (division.length)
    return { code: industry.code, match: "division", classes: division, weight: GREEN_SCORING.industryDivision };
  return null;
}

/** Class (4 digits), group (3) and division (2) → the items listing a class under it, in catalogue order. */
export type IndustryIndex = ReadonlyMap<string, readonly string[]>;

export function buildIndustryIndex(nodes: readonly GreenCatalogueNodeData[]): IndustryIndex {
  const index = new Map<string, string[]>();
  for (const n of nodes)
    for (const g of n.gbt4754 ?? [])
      for (const key of g.code ? [g.code, g.code.slice(0, 3), g.code.slice(0, 2)] : []) {
        const list = index.get(key) ?? [];
        if (!list.includes(n.code)) list.push(n.code);
        index.set(key, list);
      }
  return index;
}

/** Items listing the project's class (or any class of its group or division): shown, never proposed on that alone. */
export function itemsListingIndustry(index: IndustryIndex, industry: { digits: string }): readonly string[] {
  return index.get(industry.digits) ?? [];
}
