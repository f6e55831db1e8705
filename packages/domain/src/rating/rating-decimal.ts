import Decimal from "decimal.js";

/**
 * The engine's arithmetic: decimal.js with 40 significant digits, rounding half-even at every step that cannot
 * be exact (division, powers). The same inputs therefore give the same digits on every machine.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -100, toExpPos: 100 });
export type Dec = Decimal;

export const ZERO: Dec = new Dec(0);
export const HUNDRED: Dec = new Dec(100);

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
export const isDecimalText = (text: string): boolean => DECIMAL_TEXT.test(text);

/**
 * The leading digits of a non-zero value's coefficient (at least `count` of them, when it has that many) and whether
 * any digit beyond those returned is non-zero. decimal.js keeps base-1e7 words aligned to the decimal point, the first
 * unpadded, so words may end in zeros.
 */
function leadingDigits(words: readonly number[], count: number): { digits: string; more: boolean } {
  let digits = String(words[0]);
  let next = 1;
  while (digits.length < count && next < words.length) digits += String(words[next++]).padStart(7, "0");
  let more = false;
  while (!more && next < words.length) more = words[next++] !== 0;
  return { digits, more };
}

/** "1" added to a string of decimal digits. */
function increment(digits: string): string {
  let i = digits.length - 1;
  while (i >= 0 && digits[i] === "9") i--;
  const head = i < 0 ? "1" : digits.slice(0, i) + String(Number(digits[i]) + 1);
  return head + "0".repeat(digits.length - 1 - i);
}

/**
 * Rounded half-even to `places` decimals and written with exactly that many ("63.20"); never "-0.00". The digits are
 * rounded directly from the value's coefficient (decimal.js's documented read-only fields s, e, d): the same text as
 * `value.toFixed(places, ROUND_HALF_EVEN)` without its copy and re-normalisation, which made it a tenth of a rating's
 * time; rating-decimal.test.ts compares the two on random values.
 */
export function fixed(value: Dec, places: number): string {
  if (!value.d) return value.toFixed(places, Decimal.ROUND_HALF_EVEN);
  // Significant digits kept: those before the point (e + 1, possibly ≤ 0) and `places` after it.
  const keep = value.e + 1 + places;
  let scaled = "0"; // |value| × 10^places, rounded half-even to an integer
  if (value.d[0] !== 0 && keep >= 0) {
    const { digits, more } = leadingDigits(value.d, keep + 1);
    if (digits.length <= keep) scaled = digits + "0".repeat(keep - digits.length);
    else {
      const head = digits.slice(0, keep) || "0";
      const dropped = digits.charCodeAt(keep) - 48;
      const rest = more || /[1-9]/.test(digits.slice(keep + 1));
      const odd = (head.charCodeAt(head.length - 1) - 48) % 2 === 1;
      scaled = dropped > 5 || (dropped === 5 && (rest || odd)) ? increment(head) : head;
    }
  }
  const padded = scaled.padStart(places + 1, "0");
  const text = places > 0 ? `${padded.slice(0, -places)}.${padded.slice(-places)}` : padded;
  return value.s < 0 && /[1-9]/.test(scaled) ? `-${text}` : text;
}

/** Published scores: 2 dp. */
export const score2 = (value: Dec): string => fixed(value, 2);
/** Published weights, contributions, deductions and ratio values: 4 dp. */
export const amount4 = (value: Dec): string => fixed(value, 4);

/**
 * `x.comparedTo(y)` (−1, 0, 1) without its defensive copy of `y`: decimal.js copies the argument's digits on every
 * comparison, which ranking a value among 100 000 peers repeats millions of times. The same steps on the documented
 * read-only fields (sign s, exponent e, base-1e7 digits d); NaN and ±Infinity (d null) are left to decimal.js.
 */
export function compareDec(x: Dec, y: Dec): number {
  const xd = x.d;
  const yd = y.d;
  if (!xd || !yd) return x.comparedTo(y);
  const xs = x.s;
  const ys = y.s;
  if (!xd[0] || !yd[0]) return xd[0] ? xs : yd[0] ? -ys : 0;
  if (xs !== ys) return xs;
  const negative = xs < 0;
  if (x.e !== y.e) return x.e > y.e !== negative ? 1 : -1;
  const length = Math.min(xd.length, yd.length);
  for (let i = 0; i < length; i++) {
    const a = xd[i] as number;
    const b = yd[i] as number;
    if (a !== b) return a > b !== negative ? 1 : -1;
  }
  return xd.length === yd.length ? 0 : xd.length > yd.length !== negative ? 1 : -1;
}

/** Whether a weight (or any value) is above zero. */
export const isPositive = (x: Dec): boolean => compareDec(x, ZERO) > 0;

export const maxOf = (a: Dec, b: Dec): Dec => (compareDec(a, b) > 0 ? a : b);
