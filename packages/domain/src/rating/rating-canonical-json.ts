import { canonicalJson } from "../audit/canonical-json";

/**
 * True when `JSON.stringify(value)` is already the text `canonicalJson(value)` gives: plain objects whose keys
 * come in strictly increasing code-unit order (the order JSON.stringify keeps and canonicalJson sorts into) with no
 * undefined values, dense arrays, strings, booleans, null and finite numbers — nothing JSON.stringify would drop,
 * call (`toJSON`) or write as `null` where canonicalJson does otherwise. Anything else answers false.
 */
export function isCanonicalOrder(value: unknown): boolean {
  if (value === null) return true;
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value);
    case "object":
      break;
    default:
      return false;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!(i in value) || !isCanonicalOrder(value[i])) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const record = value as Record<string, unknown>;
  let previous: string | null = null;
  // for…in lists own keys in JSON.stringify's order (integer-like keys first), then any inherited enumerable ones.
  for (const key in record) {
    if (previous !== null && !(previous < key)) return false;
    previous = key;
    const v = record[key];
    if (v === undefined || !isCanonicalOrder(v)) return false;
  }
  return true;
}

/**
 * The same text as `canonicalJson`, fast for the engine's results: they are built with their keys in sorted order,
 * so one walk checking that and the native JSON.stringify replace canonicalJson's sorting and joining of every
 * object (a rating of 150 indicators holds some 700 objects). Any other value goes through canonicalJson itself.
 */
export const ratingCanonicalJson = (value: unknown): string =>
  isCanonicalOrder(value) ? JSON.stringify(value) : canonicalJson(value);
