/**
 * Greedy line breaking for the PDF tables. pdfkit wraps text itself, but it also starts new pages on its own when
 * text runs past the margin; breaking lines here lets the table decide where a row splits and repeat its header.
 */

/** Measures a string in the current font and size. */
export type MeasureText = (text: string) => number;

/** Characters a line may break before and after: CJK ideographs (all planes), kana, hangul, fullwidth forms. */
const WIDE = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;
/** Punctuation that must not begin a line (kinsoku): it stays with the text before it. */
const NO_LINE_START = /^[，。、；：？！）》」』】〕〉”’…·%,.;:!?)\]}]/u;
/** Punctuation that must not end a line: it stays with the text after it. */
const NO_LINE_END = /[（《「『【〔〈“‘([{]$/u;

/** Splits text into unbreakable pieces; a piece of only spaces is a break opportunity that prints as one space. */
function pieces(text: string): string[] {
  const out: string[] = [];
  let word = "";
  const flush = () => {
    if (word) out.push(word);
    word = "";
  };
  for (const ch of text) {
    if (/\s/u.test(ch)) {
      flush();
      if (out.at(-1) !== " ") out.push(" ");
    } else if (WIDE.test(ch)) {
      flush();
      out.push(ch);
    } else {
      // An identifier may break after a dot, slash, hyphen or underscore that a letter follows ("SSE.E.|GHG"),
      // never inside a number ("1,474.8", "2025-12-31").
      if (/[./_-]$/.test(word) && /\p{L}/u.test(ch)) flush();
      word += ch;
    }
  }
  flush();
  // Glue closing punctuation to the piece before it and opening punctuation to the piece after it.
  const glued: string[] = [];
  for (const piece of out) {
    const prev = glued.at(-1);
    if (prev !== undefined && prev !== " " && (NO_LINE_START.test(piece) || NO_LINE_END.test(prev)) && piece !== " ") {
      glued[glued.length - 1] = prev + piece;
    } else glued.push(piece);
  }
  return glued;
}

/** Breaks one piece that is wider than a line by characters. */
function splitWide(piece: string, width: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let line = "";
  for (const ch of piece) {
    if (line && measure(line + ch) > width) {
      lines.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/** The lines `text` takes in `width`; explicit newlines are kept; never empty (an empty text is one empty line). */
export function wrapText(text: string, width: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = "";
    let space = false;
    for (const piece of pieces(paragraph)) {
      if (piece === " ") {
        space = line !== "";
        continue;
      }
      const candidate = line + (space ? " " : "") + piece;
      space = false;
      if (measure(candidate) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      if (measure(piece) <= width) line = piece;
      else {
        const parts = splitWide(piece, width, measure);
        line = parts.pop() ?? "";
        lines.push(...parts);
      }
    }
    lines.push(line);
  }
  return lines;
}
