/**
 * Malformed requests for one OpenAPI operation: junk path parameters, query strings and bodies, with wrong content
 * types, built by fast-check so that a failure shrinks to a small counterexample.
 */
import fc from "fast-check";
import {
  type FuzzContext,
  type JsonSchema,
  junk,
  malformedBody,
  notJson,
  plausible,
  RawJson,
  toJsonText,
} from "./fuzz-arbitraries";

export interface Operation {
  method: string;
  path: string;
  parameters: { in: "path" | "query"; name: string; required?: boolean; schema: JsonSchema }[];
  body: JsonSchema | null;
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

/** The operations of an OpenAPI document, with what each takes. */
export function operationsOf(doc: { paths: Record<string, Record<string, unknown>> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, raw]) => {
      const op = raw as {
        parameters?: Operation["parameters"];
        requestBody?: { content?: Record<string, { schema: JsonSchema }> };
      };
      return {
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.["application/json"]?.schema ?? null,
      };
    }),
  );
}

/** Path segments a router or a query might choke on. */
const JUNK_SEGMENTS = [
  "not-a-uuid",
  "1' OR '1'='1",
  "1;DROP TABLE organisations",
  "x".repeat(3000),
  "%00",
  "%ZZ",
  "%E0%A4%A",
  "%C0%AE%C0%AE",
  "..%2F..%2Fetc%2Fpasswd",
  "%F0%9F%98%80",
  "%ED%A0%80",
  "-1",
  "0",
  "99999999999999999999",
  "2147483648",
  "1e309",
  "NaN",
  "00000000-0000-0000-0000-000000000000",
  "FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF",
  "{00000000-0000-4000-8000-000000000000}",
  "__proto__",
  "constructor",
  "%20",
];

/** encodeURIComponent, but lone surrogates go out as their (invalid) UTF-8 bytes instead of throwing. */
function encode(s: string): string {
  return s.replace(/[\s\S]/gu, (ch) => {
    const c = ch.charCodeAt(0);
    if (ch.length === 1 && c >= 0xd800 && c <= 0xdfff)
      return `%ED%${(0xa0 | ((c >> 6) & 0x1f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`.toUpperCase();
    return encodeURIComponent(ch);
  });
}

function text(v: unknown): string {
  if (typeof v === "string") return v;
  if (v instanceof RawJson) return v.text;
  return toJsonText(v);
}

function pathValue(schema: JsonSchema, ctx: FuzzContext): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: plausible(schema, ctx).map((v) => encode(text(v))) },
    { weight: 2, arbitrary: fc.constantFrom(...JUNK_SEGMENTS) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 30 }).map(encode) },
  );
}

/** One query parameter: left out, plausible, junk, repeated, bracketed or badly percent-encoded. */
function queryPart(name: string, schema: JsonSchema, ctx: FuzzContext): fc.Arbitrary<string> {
  const enc = (v: unknown) => `${name}=${encode(text(v))}`;
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant("") },
    { weight: 3, arbitrary: plausible(schema, ctx).map(enc) },
    { weight: 3, arbitrary: junk(schema, ctx).map(enc) },
    {
      weight: 1,
      arbitrary: fc.tuple(plausible(schema, ctx), junk(schema, ctx)).map(([a, b]) => `${enc(a)}&${enc(b)}`),
    },
    { weight: 1, arbitrary: fc.constantFrom(`${name}[]=1`, `${name}[a]=1`, `${name}=%`, `${name}=%ZZ`, `${name}`) },
    { weight: 1, arbitrary: fc.constantFrom(`${name}=%00`, `${name}=%ED%A0%80`, `${name}=${"9".repeat(400)}`) },
  );
}

/** Everything else in the query string: keys no route declares. */
const strayQuery = fc.oneof(
  { weight: 4, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.constantFrom("__proto__[x]=1", "constructor=1", "a=1&a=2&a=3", "&&&", "=", "%=%") },
);

type Body = { payload?: string; contentType?: string };

/** The body and its content type: JSON of the schema gone wrong, text that is not JSON, or the wrong type. */
function bodyFor(op: Operation, ctx: FuzzContext): fc.Arbitrary<Body> {
  const json = op.body ? malformedBody(op.body, ctx) : fc.jsonValue({ maxDepth: 2 });
  const text = json.map(toJsonText);
  const multipartGarbage = fc
    .string({ unit: "binary", maxLength: 80 })
    .map((g) => `--x\r\nContent-Disposition: form-data; name="file"; filename="../../a.csv"\r\n\r\n${g}\r\n--x--\r\n`);
  return fc.oneof(
    { weight: op.body ? 10 : 1, arbitrary: text.map((payload) => ({ payload, contentType: "application/json" })) },
    { weight: 2, arbitrary: notJson.map((payload) => ({ payload, contentType: "application/json" })) },
    { weight: 1, arbitrary: text.map((payload) => ({ payload, contentType: "text/plain" })) },
    {
      weight: 1,
      arbitrary: multipartGarbage.map((payload) => ({ payload, contentType: "multipart/form-data; boundary=x" })),
    },
    { weight: 1, arbitrary: fc.constant({ payload: "--x--", contentType: "multipart/form-data" }) },
    { weight: 1, arbitrary: fc.constant({ payload: "a=1&b=2", contentType: "application/x-www-form-urlencoded" }) },
    { weight: 1, arbitrary: text.map((payload) => ({ payload, contentType: "application/json; charset=utf-16" })) },
    { weight: 1, arbitrary: fc.constant({ payload: "", contentType: "application/json" }) },
    { weight: 1, arbitrary: fc.constant({}) },
  );
}

/** A malformed request for the operation. */
export function malformedRequest(op: Operation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === "path");
  const queryParams = op.parameters.filter((p) => p.in === "query");
  const segments = fc.tuple(...pathParams.map((p) => pathValue(p.schema, ctx)));
  const query = fc.tuple(...queryParams.map((p) => queryPart(p.name, p.schema, ctx)), strayQuery);
  const sendsBody = op.method !== "GET" && op.method !== "DELETE";
  const body: fc.Arbitrary<Body> = sendsBody ? bodyFor(op, ctx) : fc.constant({});
  return fc.tuple(segments, query, body).map(([segs, parts, b]) => {
    let i = 0;
    const path = op.path.replace(/\{\w+\}/g, () => segs[i++] ?? "");
    const qs = parts.filter(Boolean).join("&");
    return {
      method: op.method,
      url: qs ? `${path}?${qs}` : path,
      headers: (b.contentType ? { "content-type": b.contentType } : {}) as Record<string, string>,
      ...(b.payload === undefined ? {} : { payload: b.payload }),
    };
  });
}

/** A request that should pass validation, to find which users the route lets past authorisation. */
export function plausibleRequest(op: Operation, ctx: FuzzContext): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === "path");
  const queryParams = op.parameters.filter((p) => p.in === "query" && p.required);
  return fc
    .tuple(
      fc.tuple(...pathParams.map((p) => plausible(p.schema, ctx).map((v) => encode(text(v))))),
      fc.tuple(...queryParams.map((p) => plausible(p.schema, ctx).map((v) => `${p.name}=${encode(text(v))}`))),
      op.body ? plausible(op.body, ctx) : fc.constant(undefined),
    )
    .map(([segs, parts, body]) => {
      let i = 0;
      const path = op.path.replace(/\{\w+\}/g, () => segs[i++] ?? "");
      return {
        method: op.method,
        url: parts.length > 0 ? `${path}?${parts.join("&")}` : path,
        headers: (body === undefined ? {} : { "content-type": "application/json" }) as Record<string, string>,
        ...(body === undefined ? {} : { payload: toJsonText(body) }),
      };
    });
}
