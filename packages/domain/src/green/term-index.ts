import { AhoCorasick } from "./aho-corasick";
import { casedTerm, normaliseTerm } from "./normalise-text";

/** What a term stands for; one written term may play several roles (a cue word that is also an item's term). */
export type TermRole =
  | { readonly kind: "item"; readonly code: string }
  | { readonly kind: "exclude"; readonly code: string }
  | { readonly kind: "global"; readonly group: string }
  | { readonly kind: "unless"; readonly group: string }
  | { readonly kind: "activity"; readonly activityKind: string }
  | { readonly kind: "correction"; readonly correction: number }
  | { readonly kind: "negation" | "marine" | "water" | "sector" | "cut" | "expansion" };

export type TermLanguage = "zh" | "en";

/**
 * One pattern of the automaton with its matching rule (vocabulary.json `matching`): Chinese terms as substrings; a
 * term that starts with a Latin letter or digit only from a word start; one written in capitals and digits only
 * (CCUS, PUE, IE4) case-sensitively; `wholeWord` ones (negation words, short cue words such as "sea", "no") also only
 * up to a word end, an ending -s/-es/-ed/-ing allowed.
 */
export interface TermEntry {
  readonly term: string;
  readonly lang: TermLanguage;
  readonly folded: string;
  readonly cased: string;
  readonly wordStart: boolean;
  readonly wholeWord: boolean;
  readonly caseSensitive: boolean;
  readonly roles: TermRole[];
}

export interface TermIndex {
  readonly entries: readonly TermEntry[];
  readonly automaton: AhoCorasick;
}

const LATIN_START = /^[A-Za-z0-9]/;
const ACRONYM = /^[A-Z0-9][A-Z0-9 .-]*$/;

export class TermIndexBuilder {
  private readonly entries: TermEntry[] = [];
  private readonly byKey = new Map<string, TermEntry>();

  /** Adds a term with a role; `wholeWord` for cue words that must not match inside longer words. */
  add(term: string, lang: TermLanguage, role: TermRole, wholeWord = false): void {
    const folded = normaliseTerm(term);
    if (folded.length === 0) return;
    const caseSensitive = ACRONYM.test(term) && /[A-Z]/.test(term);
    const wordStart = LATIN_START.test(folded);
    const whole = wholeWord && wordStart;
    const key = `${folded}\u0000${caseSensitive ? "C" : ""}${whole ? "W" : ""}`;
    let entry = this.byKey.get(key);
    if (!entry) {
      entry = { term, lang, folded, cased: casedTerm(term), wordStart, wholeWord: whole, caseSensitive, roles: [] };
      this.byKey.set(key, entry);
      this.entries.push(entry);
    }
    entry.roles.push(role);
  }

  /** Adds a list of cue words: short Latin ones (≤ 4 letters) match whole words only. */
  addCues(terms: readonly string[], lang: TermLanguage, role: TermRole, alwaysWhole = false): void {
    for (const t of terms) this.add(t, lang, role, alwaysWhole || (lang === "en" && t.length <= 4));
  }

  build(): TermIndex {
    return { entries: this.entries, automaton: new AhoCorasick(this.entries.map((e) => e.folded)) };
  }
}
