import {
  type IndustryClass,
  type IndustryClassification,
  type IndustryDivision,
  type IndustrySection,
  loadIndustryClassification,
} from "./load-industry-classification";

/**
 * Canonical industry code: the section letter followed by the standard's digits —
 * "C" (section), "C38" (division), "C3110" (class, 炼铁). This is what organisations store.
 * `resolveIndustryCode` also accepts bare digits ("38", "3110"), lower case and surrounding spaces.
 * Three-digit group codes (中类) are not resolved: the data set does not list every group.
 */
export const CANONICAL_INDUSTRY_CODE = /^[A-T](\d{2}(\d{2})?)?$/;

export interface ResolvedIndustryCode {
  /** Canonical form, e.g. "C3110". */
  readonly code: string;
  readonly level: "section" | "division" | "class";
  readonly section: IndustrySection;
  readonly division: IndustryDivision | null;
  /**
   * The class, when the data set lists it. `null` for a class-level code in a division whose classes the
   * data set does not list (it lists only high-emission divisions'), e.g. "C3811".
   */
  readonly class: IndustryClass | null;
}

interface Index {
  sections: Map<string, IndustrySection>;
  divisions: Map<string, IndustryDivision>;
  classes: Map<string, IndustryClass>;
  divisionsWithClasses: Set<string>;
}

const indexes = new WeakMap<IndustryClassification, Index>();

function indexOf(classification: IndustryClassification): Index {
  let index = indexes.get(classification);
  if (!index) {
    index = {
      sections: new Map(classification.sections.map((s) => [s.code, s])),
      divisions: new Map(classification.divisions.map((d) => [d.code, d])),
      classes: new Map(classification.classes.map((c) => [c.code, c])),
      divisionsWithClasses: new Set(classification.classes.map((c) => c.division)),
    };
    indexes.set(classification, index);
  }
  return index;
}

/**
 * Finds a code in the classification: "C", "C31", "31", "C3110" or "3110". Returns undefined when the code
 * is malformed, unknown, or its letter contradicts its digits ("A3110").
 */
export function resolveIndustryCode(
  code: string,
  classification: IndustryClassification = loadIndustryClassification(),
): ResolvedIndustryCode | undefined {
  const match = /^([A-T])?(\d{2}|\d{4})?$/.exec(code.trim().toUpperCase());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const [, letter, digits] = match;
  const index = indexOf(classification);

  if (digits === undefined) {
    const section = index.sections.get(letter as string);
    return section && { code: section.code, level: "section", section, division: null, class: null };
  }
  const division = index.divisions.get(digits.slice(0, 2));
  if (!division || (letter !== undefined && letter !== division.section)) return undefined;
  const section = index.sections.get(division.section);
  if (!section) return undefined;
  if (digits.length === 2) return { code: section.code + digits, level: "division", section, division, class: null };

  const klass = index.classes.get(digits) ?? null;
  if (!klass && index.divisionsWithClasses.has(division.code)) return undefined;
  return { code: section.code + digits, level: "class", section, division, class: klass };
}

/** The section (门类) a code belongs to, e.g. sectionOf("3110")?.code === "C". */
export function sectionOf(
  code: string,
  classification: IndustryClassification = loadIndustryClassification(),
): IndustrySection | undefined {
  return resolveIndustryCode(code, classification)?.section;
}

/**
 * The Chinese name of the most specific level the data set names: the class if listed, otherwise the division
 * (so "C3811" gives 电气机械和器材制造业), otherwise the section. Undefined for unknown codes.
 */
export function industryName(
  code: string,
  classification: IndustryClassification = loadIndustryClassification(),
): string | undefined {
  const resolved = resolveIndustryCode(code, classification);
  return resolved && (resolved.class?.nameZh ?? resolved.division?.nameZh ?? resolved.section.nameZh);
}
