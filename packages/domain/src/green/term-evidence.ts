import type { TermEvidence } from "./green-classification";
import { combineTermWeights, GREEN_SCORING, termWeight } from "./green-scoring";
import type { TermHit } from "./match-terms";

export function evidenceOf(hit: TermHit, weight = 0, note?: TermEvidence["note"]): TermEvidence {
  return {
    term: hit.entry.term,
    lang: hit.entry.lang,
    field: hit.field,
    start: hit.start,
    end: hit.end,
    text: hit.text,
    weight: Math.round(weight * 1000) / 1000,
    ...(note ? { note } : {}),
  };
}

const inside = (h: TermHit, g: TermHit) =>
  g.field === h.field && g.nStart <= h.nStart && h.nEnd <= g.nEnd && g.nEnd - g.nStart > h.nEnd - h.nStart;

/**
 * An item's terms in the text and what they weigh: the longest occurrences count, a term overlapping a counted one or a
 * repeat of a counted term adds nothing, and an occurrence inside a longer term of another item counts little (光伏
 * inside 光伏组件回收 is about recycling, not generation).
 */
export function itemTermEvidence(
  own: readonly TermHit[],
  otherItemHits: readonly TermHit[],
): { terms: TermEvidence[]; score: number } {
  const byLength = [...own].sort(
    (a, b) => b.nEnd - b.nStart - (a.nEnd - a.nStart) || a.start - b.start || (a.field < b.field ? -1 : 1),
  );
  const counted: TermHit[] = [];
  const seen = new Set<string>();
  const weights: number[] = [];
  const terms: TermEvidence[] = [];
  for (const h of byLength) {
    if (counted.some((c) => c.field === h.field && c.nStart < h.nEnd && h.nStart < c.nEnd)) {
      terms.push(evidenceOf(h, 0, "overlaps-counted-term"));
      continue;
    }
    counted.push(h);
    if (seen.has(h.entry.folded)) {
      terms.push(evidenceOf(h, 0, "repeat"));
      continue;
    }
    seen.add(h.entry.folded);
    let w = termWeight(h.entry) * (h.field === "name" ? GREEN_SCORING.nameFactor : 1);
    const covered = otherItemHits.some((g) => inside(h, g));
    if (covered) w *= GREEN_SCORING.insideLonger;
    weights.push(w);
    terms.push(evidenceOf(h, w, covered ? "inside-longer-term-of-another-item" : undefined));
  }
  terms.sort((a, b) => (a.field === b.field ? a.start - b.start || a.end - b.end : a.field === "name" ? -1 : 1));
  return { terms, score: combineTermWeights(weights) };
}
