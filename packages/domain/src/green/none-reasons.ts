import type {
  ExcludedCandidate,
  GlobalExclusionEvidence,
  GreenCandidate,
  NegationEvidence,
  NoneReason,
} from "./green-classification";

/** Why no item was proposed, every reason that holds, in Chinese and English. */
export function noneReasons(r: {
  global: readonly GlobalExclusionEvidence[];
  candidates: readonly GreenCandidate[];
  excluded: readonly ExcludedCandidate[];
  negations: readonly NegationEvidence[];
  industry: { code: string } | null;
  industryItems: readonly string[];
  threshold: number;
}): NoneReason[] {
  const reasons: NoneReason[] = [];
  for (const g of r.global.filter((x) => x.applied)) {
    const words = g.terms.map((t) => t.text).join("、");
    reasons.push({
      code: "global-exclusion",
      message: {
        zh: `命中全目录排除项 ${g.id}（“${words}”），且无豁免词：${g.reason}`,
        en: `Catalogue-wide exclusion ${g.id} (${g.nameEn}): "${g.terms.map((t) => t.text).join('", "')}" with no override term. ${g.reason}`,
      },
    });
  }
  const first = r.candidates[0];
  if (first && first.confidence < r.threshold)
    reasons.push({
      code: "below-threshold",
      message: {
        zh: `最可能的条目 ${first.code} ${first.nameZh} 置信度 ${first.confidence} 低于阈值 ${r.threshold}`,
        en: `The best item ${first.code} ${first.nameEn} has confidence ${first.confidence}, below the threshold ${r.threshold}`,
      },
    });
  for (const e of r.excluded)
    reasons.push({
      code: "excluded",
      message: { zh: `${e.code} ${e.nameZh}：${e.message.zh}`, en: `${e.code} ${e.nameEn}: ${e.message.en}` },
    });
  const deniedTerms = r.negations.filter((n) => n.roles.includes("item-term")).map((n) => `${n.cue}…${n.text}`);
  if (deniedTerms.length)
    reasons.push({
      code: "negated",
      message: {
        zh: `被否定的关键词不计：${deniedTerms.join("、")}`,
        en: `Negated terms do not count: ${deniedTerms.join(", ")}`,
      },
    });
  if (r.candidates.length === 0 && r.excluded.length === 0 && deniedTerms.length === 0) {
    reasons.push({
      code: "no-term",
      message: { zh: "文本中未出现任何目录条目的关键词", en: "No term of any catalogue item occurs in the text" },
    });
    if (r.industry && r.industryItems.length)
      reasons.push({
        code: "industry-only",
        message: {
          zh: `行业代码 ${r.industry.code} 见于条目 ${r.industryItems.join("、")}，但目录说明行业代码只描述活动范围，不能单独作为认定依据`,
          en: `Industry code ${r.industry.code} is listed on item(s) ${r.industryItems.join(", ")}, but the catalogue says industry codes describe scope and must not classify on their own`,
        },
      });
  }
  return reasons;
}
