import { type NormalisedText, normaliseText } from "./normalise-text";
import type { TermEntry, TermIndex } from "./term-index";

export type TextField = "name" | "description";

/** One occurrence of a term in the project's name or description, positions in the text as written. */
export interface TermHit {
  readonly entry: TermEntry;
  readonly field: TextField;
  /** Positions in the normalised text (for overlaps and negation windows). */
  readonly nStart: number;
  readonly nEnd: number;
  /** Positions in the text as written (UTF-16, end exclusive) and what stands there. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The negation cue that denies this occurrence, if any. */
  negatedBy: TermHit | null;
}

export interface NegationWindows {
  readonly zh: number;
  readonly en: number;
}

const isWordUnit = (u: number | undefined) =>
  u !== undefined && ((u >= 0x61 && u <= 0x7a) || (u >= 0x30 && u <= 0x39) || (u >= 0x41 && u <= 0x5a));
/** Marks that end a clause: a negation does not reach across them. */
const CLAUSE_END = /[,.;:!?()[\]\n]/;

function accepts(entry: TermEntry, n: NormalisedText, start: number, end: number): boolean {
  if (entry.wordStart && isWordUnit(n.folded.charCodeAt(start - 1))) return false;
  if (entry.wholeWord && isWordUnit(n.folded.charCodeAt(end))) {
    if (!/^(s|es|ed|ing)(?![a-z0-9])/.test(n.folded.slice(end, end + 4))) return false;
  }
  if (entry.caseSensitive && n.cased.slice(start, end) !== entry.cased) return false;
  return true;
}

/** Every accepted occurrence of every term in one field, ordered by position, negation marked. */
export function matchField(index: TermIndex, text: string, field: TextField, windows: NegationWindows): TermHit[] {
  const n = normaliseText(text);
  const hits: TermHit[] = [];
  index.automaton.search(n.folded, (p, nStart, nEnd) => {
    const entry = index.entries[p]!;
    if (!accepts(entry, n, nStart, nEnd)) return;
    const start = n.origin[nStart]!;
    const end = n.origin[nEnd - 1]! + 1;
    hits.push({ entry, field, nStart, nEnd, start, end, text: text.slice(start, end), negatedBy: null });
  });
  hits.sort(
    (a, b) =>
      a.nStart - b.nStart ||
      b.nEnd - a.nEnd ||
      (a.entry.folded < b.entry.folded ? -1 : a.entry.folded > b.entry.folded ? 1 : 0),
  );
  markNegations(hits, n.folded, windows);
  return hits;
}

/**
 * A term is denied when a negation cue ends shortly before it in the same clause ("不含碳捕集", "未配套建设碳捕集
 * 装置", "without carbon capture"). Simple on purpose: no parsing, a window and a clause boundary.
 */
function markNegations(hits: TermHit[], folded: string, windows: NegationWindows): void {
  const cues = hits.filter((h) => h.entry.roles.some((r) => r.kind === "negation"));
  if (cues.length === 0) return;
  for (const h of hits) {
    if (h.entry.roles.every((r) => r.kind === "negation")) continue;
    for (const c of cues) {
      if (c.nEnd > h.nStart) continue;
      const gap = h.nStart - c.nEnd;
      if (gap > (c.entry.lang === "zh" ? windows.zh : windows.en)) continue;
      if (CLAUSE_END.test(folded.slice(c.nEnd, h.nStart))) continue;
      h.negatedBy = c;
    }
  }
}
