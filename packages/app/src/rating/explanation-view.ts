import type { EntityRating } from "@greenfin/domain";
import { loadRatingMethodology } from "@greenfin/reference";
import type { EntitySources } from "./rating-universe";

type Text = { zh: string; en: string };
/** Parsed JSON is plain mutable data, whatever the domain type promises its callers. */
type Plain<T> = T extends readonly (infer U)[]
  ? Plain<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: Plain<T[K]> }
    : T;

/**
 * A stored explanation as the screens read it: names beside every id, and for each indicator where its value
 * came from — the accepted disclosure revision, or the platform's derivation with its arithmetic.
 */
export function explanationView(methodologyRef: string, stored: string, sources: EntitySources) {
  const rating = JSON.parse(stored) as Plain<EntityRating>;
  const m = loadRatingMethodology(methodologyRef);
  const inputNames = new Map<string, Text>(m.inputs.map((i) => [i.id, { zh: i.name.zh, en: i.name.en }]));
  const issueNames = new Map<string, Text>();
  const pillarNames = new Map<string, Text>();
  const indicatorNames = new Map<string, Text>();
  for (const p of m.pillars) {
    pillarNames.set(p.id, { zh: p.name.zh, en: p.name.en });
    for (const t of p.themes)
      for (const k of t.keyIssues) {
        issueNames.set(k.id, { zh: k.name.zh, en: k.name.en });
        for (const i of k.indicators) {
          // A ratio indicator is named by its two figures: "numerator ÷ denominator".
          const rule = i.rule as { kind: string; numerator?: string; denominator?: string };
          const num = rule.kind === "ratio" && rule.numerator ? inputNames.get(rule.numerator) : undefined;
          const den = rule.kind === "ratio" && rule.denominator ? inputNames.get(rule.denominator) : undefined;
          const name = num && den ? { zh: `${num.zh} ÷ ${den.zh}`, en: `${num.en} ÷ ${den.en}` } : inputNames.get(i.id);
          if (name) indicatorNames.set(i.id, { zh: name.zh, en: name.en });
        }
      }
  }
  const fallback = (id: string): Text => ({ zh: id, en: id });
  const revision = `disclosure ${sources.disclosureId} revision ${sources.revision}`;
  return {
    ...rating,
    pillars: rating.pillars.map((p) => ({ ...p, name: pillarNames.get(p.id) ?? fallback(p.id) })),
    keyIssues: rating.keyIssues.map((k) => ({ ...k, name: issueNames.get(k.id) ?? fallback(k.id) })),
    indicators: rating.indicators.map((i) => ({
      ...i,
      name: indicatorNames.get(i.id) ?? inputNames.get(i.id) ?? fallback(i.id),
      dataSource:
        i.source !== "disclosed"
          ? null
          : sources.derived[i.id] !== undefined
            ? `platform: ${sources.derived[i.id]}`
            : revision,
    })),
  };
}
