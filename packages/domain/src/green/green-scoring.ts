import type { TermEntry } from "./term-index";

/**
 * The scoring constants, in one place because docs/green-taxonomy.md ("Classifier") states the formula with them.
 * Tuned on the evaluation set's dev split only.
 *
 *   score(item) = terms + activity + industry + parameters + corrections + lead
 *   terms       = Σ over the item's distinct counted terms, heaviest first, of weight × (1, further, further, …)
 *   weight      = by length (Chinese: base + perChar × characters; English: base + perWord × words; acronyms fixed),
 *                 capped, × nameFactor when found in the project's name, × insideLonger when the occurrence lies inside
 *                 a longer term of another item (光伏 inside 光伏组件回收)
 *   confidence  = (1 − e^(−score / strengthScale)) × (shareFloor + (1 − shareFloor) × score / (score + runnerUp))
 */
export const GREEN_SCORING = {
  /** The least confidence that makes the first candidate a prediction. */
  threshold: 0.35,
  zhBase: 0.3,
  zhPerChar: 0.2,
  enBase: 0.5,
  enPerWord: 0.25,
  acronym: 0.8,
  termCap: 1.2,
  nameFactor: 1.5,
  further: 0.5,
  insideLonger: 0.3,
  /** Activity kind: cues of the item's own kind found / only cues of another distinctive kind found. */
  kindCue: 0.4,
  kindMismatch: -0.4,
  industryClass: 0.5,
  industryDivision: 0.15,
  parameterMet: 0.3,
  /** The item whose first counted term comes first (name before description), when several items compete. */
  lead: 0.25,
  strengthScale: 1.5,
  shareFloor: 0.4,
  /** How many candidates a result lists. */
  maxCandidates: 5,
} as const;

const round = (x: number, places = 3) => Math.round(x * 10 ** places) / 10 ** places;

/** A term's weight by its length: longer terms are more specific. */
export function termWeight(entry: TermEntry): number {
  const s = GREEN_SCORING;
  if (entry.caseSensitive) return s.acronym;
  if (entry.wordStart) {
    const words = entry.folded.split(" ").filter(Boolean).length;
    return Math.min(s.termCap, s.enBase + s.enPerWord * words);
  }
  return Math.min(s.termCap, s.zhBase + s.zhPerChar * entry.folded.length);
}

/** Distinct term weights, heaviest first, summed with diminishing returns. */
export function combineTermWeights(weights: readonly number[]): number {
  const sorted = [...weights].sort((a, b) => b - a);
  return sorted.reduce((sum, w, i) => sum + (i === 0 ? w : w * GREEN_SCORING.further), 0);
}

/** Confidence 0–1: strength of the candidate's own evidence times its lead over the best other candidate. */
export function confidenceOf(score: number, runnerUp: number): number {
  if (score <= 0) return 0;
  const s = GREEN_SCORING;
  const strength = 1 - Math.exp(-score / s.strengthScale);
  const share = score / (score + Math.max(0, runnerUp));
  return round(strength * (s.shareFloor + (1 - s.shareFloor) * share));
}

export const roundScore = (x: number) => round(x);
