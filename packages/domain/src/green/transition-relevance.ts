import type { TermEvidence, TransitionEvidence } from "./green-classification";
import type { GreenTransitionData } from "./green-classifier-data";

/** Items that cut an existing asset's emissions: energy-saving retrofits, industrial transition, CCUS. */
const CUTTING_ITEMS = ["1.3.", "1.4.", "1.5.1"];

const matchesCode = (sectorCode: string, industry: { code: string; digits: string }) => {
  const letter = /^[A-T]/.test(sectorCode) ? sectorCode[0] : "";
  const digits = sectorCode.replace(/^[A-T]/, "");
  const givenLetter = /^[A-T]/.test(industry.code) ? industry.code[0] : "";
  return industry.digits.startsWith(digits) && (letter === "" || givenLetter === "" || letter === givenLetter);
};

/**
 * Transition relevance: the project cuts the emissions of an asset in a transition-finance sector (PBoC first batch:
 * steel, coal power, building materials, agriculture) or another heavy industry, whether or not it is green. The
 * sector comes from the industry code when one is given (a boiler maker serving steel mills is not a steel mill), from
 * sector words only when none is; a cut from cut words or an accepted item in 1.3, 1.4 or 1.5.1 (CCUS); a capacity
 * expansion without a cut never is.
 */
export function transitionRelevance(
  transition: GreenTransitionData | undefined,
  otherHeavyIndustry: readonly string[],
  industry: { code: string; digits: string } | null,
  acceptedCodes: readonly string[],
  sectorTerms: readonly TermEvidence[],
  cutTerms: readonly TermEvidence[],
  expansionTerms: readonly TermEvidence[],
): TransitionEvidence {
  const sectors: TransitionEvidence["sectors"][number][] = [];
  if (industry) {
    for (const s of transition?.sectors ?? [])
      if (s.gbt4754.some((c) => matchesCode(c, industry)))
        sectors.push({ key: s.key, nameZh: s.nameZh, nameEn: s.nameEn, via: "industry-code" });
    if (otherHeavyIndustry.some((c) => matchesCode(c, industry)))
      sectors.push({
        key: "other-heavy-industry",
        nameZh: "其他高耗能行业",
        nameEn: "Other heavy industry",
        via: "industry-code",
      });
  }
  if (!industry && sectorTerms.length)
    sectors.push({ key: "sector-terms", nameZh: "高碳行业关键词", nameEn: "Heavy-industry words", via: "term" });
  const cuttingItem = acceptedCodes.find((c) => CUTTING_ITEMS.some((g) => c === g || c.startsWith(g)));
  const cut = cutTerms.length > 0 || cuttingItem !== undefined;
  const expansionOnly = expansionTerms.length > 0 && cutTerms.length === 0;
  const relevant = sectors.length > 0 && cut && !expansionOnly;
  const words = (ts: readonly TermEvidence[]) => [...new Set(ts.map((t) => t.text))];
  const message = relevant
    ? {
        zh: `转型相关：行业 ${sectors.map((s) => s.nameZh).join("、")}；减排证据 ${[...words(cutTerms), ...(cuttingItem ? [cuttingItem] : [])].join("、")}`,
        en: `Transition-relevant: sector ${sectors.map((s) => s.nameEn).join(", ")}; cut ${[...words(cutTerms), ...(cuttingItem ? [cuttingItem] : [])].join(", ")}`,
      }
    : sectors.length === 0
      ? { zh: "未涉及转型金融行业", en: "No transition-finance sector" }
      : expansionOnly
        ? {
            zh: `产能扩张（${words(expansionTerms).join("、")}）不属于转型`,
            en: `Capacity expansion (${words(expansionTerms).join(", ")}) is not transition`,
          }
        : { zh: "涉及高碳行业，但未见减排措施", en: "Heavy-industry sector, but no emission cut stated" };
  return { relevant, sectors, sectorTerms, cutTerms, expansionTerms, message };
}
