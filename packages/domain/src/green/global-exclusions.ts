import type { GlobalExclusionEvidence } from "./green-classification";
import type { GreenGlobalExclusionData } from "./green-classifier-data";
import type { TermHit } from "./match-terms";
import { evidenceOf } from "./term-evidence";

/**
 * Catalogue-wide exclusions (coal power, coal mining, coal chemicals, "clean" coal, new coal boilers — coal
 * utilisation was removed in 2025 — oil and gas, ordinary real estate): one applies when one of its terms occurs and
 * none of its override terms (CCUS, fly-ash use, subsidence remediation …) does. Negated occurrences count for neither.
 */
export function globalExclusions(
  groups: readonly GreenGlobalExclusionData[],
  hits: readonly TermHit[],
): GlobalExclusionEvidence[] {
  const out: GlobalExclusionEvidence[] = [];
  for (const g of groups) {
    const with_ = (kind: "global" | "unless") =>
      hits.filter((h) => !h.negatedBy && h.entry.roles.some((r) => r.kind === kind && r.group === g.id));
    const terms = with_("global");
    if (terms.length === 0) continue;
    const overrides = with_("unless");
    out.push({
      id: g.id,
      nameEn: g.nameEn,
      reason: g.reason,
      terms: terms.map((h) => evidenceOf(h)),
      overrides: overrides.map((h) => evidenceOf(h)),
      applied: overrides.length === 0,
    });
  }
  return out;
}
