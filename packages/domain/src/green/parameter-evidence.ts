import type { GreenMessage, GreenProjectParameter, ParameterEvidence } from "./green-classification";
import type { GreenParameterRule } from "./green-classifier-data";
import { GREEN_SCORING } from "./green-scoring";
import { normaliseTerm } from "./normalise-text";

const unitOf = (u: string | null | undefined) => (u ?? "").trim().toLowerCase();

function ruleText(r: GreenParameterRule): string {
  const value = Array.isArray(r.value) ? `{${(r.value as readonly string[]).join(", ")}}` : String(r.value);
  return `${r.key} ${r.op} ${value}${r.unit ? ` ${r.unit}` : ""}`;
}

function compare(rule: GreenParameterRule, p: GreenProjectParameter): "met" | "missed" | "not-comparable" {
  if (unitOf(rule.unit) !== unitOf(p.unit)) return "not-comparable";
  if (rule.op === "in") {
    const accepted = (rule.value as readonly string[]).map(normaliseTerm);
    return accepted.includes(normaliseTerm(String(p.value))) ? "met" : "missed";
  }
  const x = typeof p.value === "number" ? p.value : Number(String(p.value).trim());
  const limit = rule.value as number;
  if (!Number.isFinite(x)) return "not-comparable";
  const ok =
    rule.op === "<="
      ? x <= limit
      : rule.op === "<"
        ? x < limit
        : rule.op === ">="
          ? x >= limit
          : rule.op === ">"
            ? x > limit
            : x === limit;
  return ok ? "met" : "missed";
}

/** Each of the item's thresholds against the stated parameters (keys compared case-insensitively). */
export function parameterEvidence(
  rules: readonly GreenParameterRule[],
  parameters: readonly GreenProjectParameter[],
): ParameterEvidence[] {
  return rules.map((rule) => {
    const p = parameters.find((q) => q.key.trim().toLowerCase() === rule.key);
    const outcome = p ? compare(rule, p) : "not-stated";
    return {
      key: rule.key,
      rule: ruleText(rule),
      nameZh: rule.nameZh,
      nameEn: rule.nameEn,
      stated: p ? { value: p.value, unit: p.unit ?? null } : null,
      outcome,
      weight: outcome === "met" ? GREEN_SCORING.parameterMet : 0,
    };
  });
}

export function parametersNote(
  rules: readonly GreenParameterRule[],
  evidence: readonly ParameterEvidence[],
): GreenMessage {
  if (rules.length === 0)
    return {
      zh: "参考数据未收录该条目的技术门槛（2025年版目录的技术标准尚未转录），未做参数判断",
      en: "The reference data holds no technical threshold for this item (the 2025 criteria are not transcribed); parameters not judged",
    };
  const count = (o: string) => evidence.filter((e) => e.outcome === o).length;
  return {
    zh: `技术门槛 ${rules.length} 项：满足 ${count("met")}，未满足 ${count("missed")}，单位不符 ${count("not-comparable")}，未提供 ${count("not-stated")}`,
    en: `${rules.length} threshold(s): ${count("met")} met, ${count("missed")} missed, ${count("not-comparable")} not comparable, ${count("not-stated")} not stated`,
  };
}
