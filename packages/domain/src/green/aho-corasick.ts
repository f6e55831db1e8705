/**
 * A multi-pattern automaton (Aho–Corasick) over UTF-16 code units: built once from every term, it finds all
 * occurrences of all terms, overlaps included, in one pass over a text — the cost of classifying does not grow with
 * the size of the vocabulary.
 *
 * Written here rather than taken from npm: modern-ahocorasick 3.3.0 (MIT, typed, maintained, CJK-correct) and
 * @monyone/aho-corasick 1.1.11 found the same matches but took 7.7 s and 2.7 s for 100,000 evaluation texts against
 * this automaton's 0.7 s on the same 2,924 terms (the first segments every text into grapheme clusters with
 * Intl.Segmenter, which normalised CJK text does not need), and the pure domain would have had to admit a new library.
 */
export class AhoCorasick {
  /** goto[state] maps a code unit to the next state. */
  private readonly goto: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Patterns ending at a state (not counting those reached through fail links). */
  private readonly output: number[][] = [[]];
  /** The nearest state down the fail chain that has output (-1: none), so that reporting skips empty states. */
  private readonly outputLink: number[] = [-1];
  readonly patterns: readonly string[];

  constructor(patterns: readonly string[]) {
    this.patterns = patterns;
    patterns.forEach((p, index) => {
      if (p.length === 0) throw new RangeError("an empty pattern would match everywhere");
      let state = 0;
      for (let i = 0; i < p.length; i++) {
        const unit = p.charCodeAt(i);
        let next = this.goto[state]!.get(unit);
        if (next === undefined) {
          next = this.goto.length;
          this.goto.push(new Map());
          this.fail.push(0);
          this.output.push([]);
          this.outputLink.push(-1);
          this.goto[state]!.set(unit, next);
        }
        state = next;
      }
      this.output[state]!.push(index);
    });
    this.link();
  }

  /** Breadth-first: a state's fail link is the longest proper suffix of its path that is also a path. */
  private link(): void {
    const queue = [...this.goto[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [unit, child] of this.goto[state]!) {
        queue.push(child);
        let f = this.fail[state]!;
        while (f !== 0 && !this.goto[f]!.has(unit)) f = this.fail[f]!;
        const target = this.goto[f]!.get(unit);
        const failTo = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.outputLink[child] = this.output[failTo]!.length > 0 ? failTo : this.outputLink[failTo]!;
      }
    }
  }

  /** Calls `found(patternIndex, start, end)` for every occurrence, in order of end, then longest first. */
  search(text: string, found: (pattern: number, start: number, end: number) => void): void {
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      let next = this.goto[state]!.get(unit);
      while (next === undefined && state !== 0) {
        state = this.fail[state]!;
        next = this.goto[state]!.get(unit);
      }
      state = next ?? 0;
      for (let s = this.output[state]!.length > 0 ? state : this.outputLink[state]!; s > 0; s = this.outputLink[s]!) {
        for (const p of this.output[s]!) found(p, i + 1 - this.patterns[p]!.length, i + 1);
      }
    }
  }
}
