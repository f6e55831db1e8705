import type { BlueEvidence, TermEvidence } from "./green-classification";
import type { GreenBlueData } from "./green-classifier-data";

/** IFC categories about freshwater (supply, sanitation); the others are about the ocean. */
const WATER_CATEGORIES = new Set(["IFC-1", "IFC-2"]);

/**
 * Blue relevance (IFC: ocean protection and/or water management; `marine` also meets the SSE 2021 blue-bond label)
 * of a green project, from its predicted item: the item's link to an IFC category in the 2025 → IFC crosswalk (a
 * link with a condition such as "offshore wind only" needs a marine word in the text), a marine word anywhere, or a
 * freshwater word inside the item's own terms (污水处理厂 as the project, not a pump maker's customer). A project
 * that is not green is not blue.
 */
export function blueRelevance(
  top: { code: string; terms: readonly TermEvidence[] } | null,
  links: GreenBlueData["links"],
  ifcCategories: GreenBlueData["categories"],
  marineTerms: readonly TermEvidence[],
  waterWords: readonly TermEvidence[],
): BlueEvidence {
  const names = new Map(ifcCategories.map((c) => [c.code, c]));
  const categories: BlueEvidence["categories"][number][] = [];
  for (const link of links)
    for (const to of link.to) {
      const condition = link.condition ?? null;
      categories.push({
        code: to,
        nameEn: names.get(to)?.nameEn ?? to,
        nameZh: names.get(to)?.nameZh ?? null,
        via: link.from,
        condition,
        conditionMet: condition === null || marineTerms.length > 0,
      });
    }
  const counted = (top?.terms ?? []).filter((t) => t.weight > 0);
  const waterTerms = waterWords.filter((w) =>
    counted.some((t) => t.field === w.field && t.start <= w.start && w.end <= t.end),
  );
  const met = categories.filter((c) => c.conditionMet);
  const green = top !== null;
  const relevant = green && (met.length > 0 || marineTerms.length > 0 || waterTerms.length > 0);
  const marine = marineTerms.length > 0 || met.some((c) => !WATER_CATEGORIES.has(c.code));
  const basis = relevant ? (marine ? "marine" : "water") : null;
  const via = met.map((c) => `${c.via} → ${c.code} ${c.nameEn}`).join("; ");
  const words = [...new Set([...marineTerms, ...waterTerms].map((t) => t.text))];
  const message = !green
    ? { zh: "项目未被认定为绿色，不作蓝色标识", en: "Not identified as green, so not flagged blue" }
    : !relevant
      ? { zh: "未发现海洋或水资源相关的证据", en: "No marine or water evidence" }
      : {
          zh: `蓝色相关（${basis === "marine" ? "海洋" : "淡水"}）：${[via, words.length ? `关键词 ${words.join("、")}` : ""].filter(Boolean).join("；")}`,
          en: `Blue-relevant (${basis}): ${[via, words.length ? `terms ${words.join(", ")}` : ""].filter(Boolean).join("; ")}`,
        };
  return { relevant, basis, categories, marineTerms, waterTerms: green ? waterTerms : [], message };
}
