import { simplifiedUnit } from "./traditional-variants";

/**
 * Text as the automaton reads it, with a map back to the original positions so that evidence can point at what the
 * user wrote. Full-width forms become half-width (ＣＣＵＳ → CCUS), Traditional characters Simplified (a table of the
 * vocabulary's characters), dashes and hyphens a space (coal-fired = coal fired), whitespace runs one space,
 * zero-width characters disappear. `folded` is also lower-cased; `cased` keeps the case for acronyms (PUE, ITS).
 */
export interface NormalisedText {
  readonly folded: string;
  readonly cased: string;
  /** origin[i] = index in the original text of folded[i]; origin[folded.length] = the original length. */
  readonly origin: readonly number[];
}

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const DASHES = new Set([0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe63]);
/** CJK punctuation → the ASCII mark that ends a clause the same way (for negation windows). */
const PUNCTUATION: ReadonlyMap<number, number> = new Map([
  [0x3002, 0x2e], // 。
  [0xff61, 0x2e], // ｡
  [0x3001, 0x3001], // 、 stays: an enumeration is not a new clause
  [0x201c, 0x22],
  [0x201d, 0x22],
  [0x2018, 0x27],
  [0x2019, 0x27],
  [0x3010, 0x5b], // 【
  [0x3011, 0x5d], // 】
]);

function isSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0x3000 || unit === 0xa0 || (unit >= 0x09 && unit <= 0x0d) || unit === 0x2028;
}

/** One code unit in, one out (or none): positions stay mappable. */
function mapUnit(unit: number): number {
  let u = unit;
  if (u >= 0xff01 && u <= 0xff5e) u -= 0xfee0; // full-width ASCII
  if (DASHES.has(u)) return 0x20;
  if (isSpace(u)) return 0x20;
  return PUNCTUATION.get(u) ?? simplifiedUnit(u);
}

function lowerUnit(unit: number): number {
  if (unit >= 0x41 && unit <= 0x5a) return unit + 32;
  if (unit < 0x80) return unit;
  const lower = String.fromCharCode(unit).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : unit;
}

export function normaliseText(text: string): NormalisedText {
  const folded: number[] = [];
  const cased: number[] = [];
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i);
    if (ZERO_WIDTH.has(raw)) continue;
    const u = mapUnit(raw);
    if (u === 0x20 && (folded.length === 0 || folded[folded.length - 1] === 0x20)) continue;
    cased.push(u);
    folded.push(lowerUnit(u));
    origin.push(i);
  }
  // A trailing space carries no meaning; drop it so that a term never needs it.
  if (folded[folded.length - 1] === 0x20) {
    folded.pop();
    cased.pop();
    origin.pop();
  }
  origin.push(text.length);
  return { folded: fromUnits(folded), cased: fromUnits(cased), origin };
}

/** String.fromCharCode in slices: spreading a long description at once would overflow the call stack. */
function fromUnits(units: readonly number[]): string {
  let out = "";
  for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
  return out;
}

/** A term in the form the automaton stores it (the text's `folded` form). */
export function normaliseTerm(term: string): string {
  return normaliseText(term).folded;
}

/** A term in its `cased` form, to check acronyms case-sensitively. */
export function casedTerm(term: string): string {
  return normaliseText(term).cased;
}
