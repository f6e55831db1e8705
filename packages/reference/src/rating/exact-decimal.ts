/**
 * Exact arithmetic on plain decimal strings ("12.5", "-3", "0.005") with BigInt, so that the methodology checks
 * ("weights sum to exactly 100") never meet a binary floating-point rounding. Only what the checks need.
 */
export const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

interface Scaled {
  readonly units: bigint;
  readonly scale: number;
}

function scaled(text: string): Scaled {
  if (!DECIMAL_TEXT.test(text)) throw new RangeError(`"${text}" is not a plain decimal number`);
  const negative = text.startsWith("-");
  const [whole, fraction = ""] = (negative ? text.slice(1) : text).split(".") as [string, string?];
  const units = BigInt(whole + fraction);
  return { units: negative ? -units : units, scale: fraction.length };
}

function aligned(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale), scale];
}

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimal(a: string, b: string): -1 | 0 | 1 {
  const [x, y] = aligned(scaled(a), scaled(b));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The exact sum, written without trailing zeros ("100", "99.5"). */
export function sumDecimal(values: readonly string[]): string {
  let total: Scaled = { units: 0n, scale: 0 };
  for (const v of values) {
    const [x, y, scale] = aligned(total, scaled(v));
    total = { units: x + y, scale };
  }
  const negative = total.units < 0n;
  const digits = (negative ? -total.units : total.units).toString().padStart(total.scale + 1, "0");
  const whole = digits.slice(0, digits.length - total.scale);
  const fraction = digits.slice(digits.length - total.scale).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}
