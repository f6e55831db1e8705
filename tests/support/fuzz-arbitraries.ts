/**
 * fast-check arbitraries derived from the OpenAPI (JSON Schema) of a route: plausible values that pass validation,
 * so that the handler runs, and junk for one field at a time, so that every field's validation is tried.
 */
import fc from "fast-check";

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
}

/** JSON text written verbatim: numbers JSON.stringify cannot produce (1e309, -0), and nesting too deep to build. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of a value that may hold RawJson parts and own `__proto__` keys. */
export function toJsonText(v: unknown): string {
  if (v instanceof RawJson) return v.text;
  if (Array.isArray(v)) return `[${v.map(toJsonText).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const parts = Object.keys(v).map((k) => `${JSON.stringify(k)}:${toJsonText((v as Record<string, unknown>)[k])}`);
    return `{${parts.join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

/** What a route's own data offers for ids: the ids the signed-in user can see, so that handlers run past lookup. */
export interface FuzzContext {
  ids: readonly string[];
}

const DATES = ["2025-01-01", "2025-06-30", "2025-12-31", "2026-03-02", "2024-02-29"];
const INSTANTS = ["2026-03-02T02:00:00.000Z", "2026-12-31T00:00:00.000Z", "2025-07-01T08:30:00.000Z"];

/** Numbers at and past every limit a JSON number can reach a database with. */
const EDGE_NUMBERS: unknown[] = [
  new RawJson("1e309"),
  new RawJson("-1e309"),
  new RawJson("-0"),
  new RawJson("18446744073709551616"),
  new RawJson("9007199254740993"),
  new RawJson("1e-400"),
  new RawJson("0.1e1"),
  2147483648,
  -2147483649,
  -1,
  0,
  1.5,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  1e21,
];

/** Strings that break naive code: control characters, broken UTF-16, bidi marks, SQL, paths, markup, length. */
const EDGE_STRINGS: string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDC00y",
  "\u202Eevil\u202C",
  "\u200F\u200E\u2066",
  "\uFEFF",
  "'; DROP TABLE organisations; --",
  "' OR '1'='1",
  "%00",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "𠜎".repeat(40),
  "null",
  "NaN",
  "Infinity",
  "1e309",
  "-0",
  "0x10",
  "99999999999999999999999999",
  "true",
  "\r\n\t",
  "x".repeat(70_000),
];

function types(s: JsonSchema): string[] {
  if (Array.isArray(s.type)) return s.type;
  if (s.type) return [s.type];
  if (s.properties) return ["object"];
  if (s.items) return ["array"];
  return [];
}

function boundedString(s: JsonSchema): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = Math.min(s.maxLength ?? min + 24, min + 24);
  return fc.string({ minLength: min, maxLength: max, unit: "grapheme" });
}

function number(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo = Math.max(s.minimum ?? (s.exclusiveMinimum ?? -1e6) + (integer ? 1 : 0.001), -1e6);
  const hi = Math.min(s.maximum ?? (s.exclusiveMaximum ?? 1e6) - (integer ? 1 : 0.001), 1e6);
  if (integer) return fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) });
  return fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
}

/** A value that should pass the schema (patterns and formats included), or nearly so. */
export function plausible(s: JsonSchema, ctx: FuzzContext): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const alternatives = s.anyOf ?? s.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((a) => plausible(a, ctx)));
  const t = types(s);
  if (t.length > 1) return fc.oneof(...t.map((x) => plausible({ ...s, type: x }, ctx)));
  switch (t[0]) {
    case "string":
      if (s.format === "uuid")
        return ctx.ids.length > 0
          ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...ctx.ids) }, fc.uuid({ version: 4 }))
          : fc.uuid({ version: 4 });
      if (s.format === "date") return fc.constantFrom(...DATES);
      if (s.format === "date-time") return fc.constantFrom(...INSTANTS);
      if (s.format === "email") return fc.constantFrom("fuzz.user@example.test", "a@b.cn");
      if (s.pattern) {
        const re = new RegExp(s.pattern);
        const [min, max] = [s.minLength ?? 0, s.maxLength ?? Number.POSITIVE_INFINITY];
        return fc.stringMatching(re).filter((x) => x.length >= min && x.length <= max);
      }
      return boundedString(s);
    case "integer":
      return number(s, true);
    case "number":
      return number(s, false);
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array":
      return fc.array(plausible(s.items ?? {}, ctx), {
        minLength: s.minItems ?? 0,
        maxLength: Math.min(s.maxItems ?? 3, (s.minItems ?? 0) + 3),
      });
    case "object":
      return plausibleObject(s, ctx);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function plausibleObject(s: JsonSchema, ctx: FuzzContext): fc.Arbitrary<unknown> {
  const props = s.properties ?? {};
  const record = fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, plausible(v, ctx)])), {
    requiredKeys: (s.required ?? []).filter((k) => k in props),
  });
  if (typeof s.additionalProperties !== "object") return record;
  const extra = fc.dictionary(
    s.propertyNames ? (plausible(s.propertyNames, ctx) as fc.Arbitrary<string>) : fc.string({ minLength: 1 }),
    plausible(s.additionalProperties, ctx),
    { maxKeys: 3 },
  );
  return fc.tuple(record, extra).map(([r, e]) => ({ ...e, ...r }));
}

/** Nesting deep enough to exhaust a recursive validator or serialiser. */
function deepNesting(): fc.Arbitrary<RawJson> {
  return fc
    .tuple(fc.constantFrom(64, 5_000, 100_000), fc.constantFrom("[", '{"a":'))
    .map(([depth, open]) => new RawJson(`${open.repeat(depth)}1${(open === "[" ? "]" : "}").repeat(depth)}`));
}

/** Junk for one field: wrong types, edge numbers and strings, deep nesting, arrays for objects and the reverse. */
export function junk(s: JsonSchema, ctx: FuzzContext): fc.Arbitrary<unknown> {
  const lengthEdges: string[] = [];
  if (s.maxLength !== undefined) lengthEdges.push("x".repeat(s.maxLength + 1), "大".repeat(s.maxLength));
  if (s.minLength) lengthEdges.push("x".repeat(s.minLength - 1));
  return fc.oneof(
    fc.constantFrom<unknown>(null, true, false, [], {}, ...EDGE_NUMBERS),
    fc.constantFrom(...EDGE_STRINGS, ...lengthEdges),
    fc.string({ unit: "binary", maxLength: 40 }),
    fc.jsonValue({ maxDepth: 3 }),
    plausible(s, ctx).map((v) => [v]),
    plausible(s, ctx).map((v) => ({ value: v })),
    deepNesting(),
  );
}

interface Leaf {
  path: (string | number)[];
  schema: JsonSchema;
}

/** Every field a body can carry, nested objects and the first element of arrays included. */
export function leaves(s: JsonSchema, path: (string | number)[] = [], depth = 0): Leaf[] {
  const here: Leaf[] = path.length > 0 ? [{ path, schema: s }] : [];
  if (depth > 4) return here;
  const inner = s.anyOf ?? s.oneOf ?? [s];
  const out = [...here];
  for (const alt of inner) {
    for (const [k, v] of Object.entries(alt.properties ?? {})) out.push(...leaves(v, [...path, k], depth + 1));
    if (alt.items) out.push(...leaves(alt.items, [...path, 0], depth + 1));
  }
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof head === "number") {
    const arr = Array.isArray(root) ? [...root] : [];
    arr[head] = setAt(arr[head], rest, value);
    return arr;
  }
  const obj = root !== null && typeof root === "object" && !Array.isArray(root) ? { ...root } : {};
  (obj as Record<string, unknown>)[head] = setAt((obj as Record<string, unknown>)[head], rest, value);
  return obj;
}

/** Keys no schema declares, some of them aimed at prototype pollution. */
function withExtraKeys(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(base, fc.constantFrom("__proto__", "constructor", "prototype", "isAdmin", "orgId", "x".repeat(500)))
    .map(([b, key]) => {
      const obj = b !== null && typeof b === "object" && !Array.isArray(b) ? { ...b } : { value: b };
      Object.defineProperty(obj, key, { value: { polluted: true }, enumerable: true, writable: true });
      return obj;
    });
}

/** A JSON body for a schema: mostly a plausible body with one field turned to junk. */
export function malformedBody(s: JsonSchema, ctx: FuzzContext): fc.Arbitrary<unknown> {
  const fields = leaves(s);
  const base = plausible(s, ctx);
  const mutated =
    fields.length === 0
      ? base
      : fc
          .tuple(base, fc.constantFrom(...fields))
          .chain(([b, leaf]) => junk(leaf.schema, ctx).map((j) => setAt(b, leaf.path, j)));
  return fc.oneof(
    { weight: 6, arbitrary: mutated },
    { weight: 2, arbitrary: base },
    { weight: 1, arbitrary: withExtraKeys(base) },
    { weight: 1, arbitrary: fc.jsonValue() },
    { weight: 1, arbitrary: fc.array(base, { maxLength: 2 }) },
    { weight: 1, arbitrary: deepNesting() },
  );
}

/** Text that is not JSON at all, or JSON followed by more. */
export const notJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "{",
    '{"a":',
    "nul",
    "[1,]",
    "{'a':1}",
    "\u0000",
    "NaN",
    '{"a":1}{"b":2}',
    "\uFEFF{}",
    '{"a":"\\uZZZZ"}',
  ),
  fc.string({ unit: "binary", maxLength: 60 }),
);
