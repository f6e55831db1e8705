import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import type { CompiledMethodology, InputKind } from "./compile-methodology";
import { ratingCanonicalJson } from "./rating-canonical-json";
import { isDecimalText } from "./rating-decimal";
import {
  type ControversyEvent,
  type EntityRating,
  type RatedEntityInput,
  RatingInputError,
  type RatingValue,
} from "./rating-types";

export const sha256Hex = (text: string): string => bytesToHex(sha256(utf8ToBytes(text)));

const INDUSTRY_CODE = /^[A-T](\d{2}(\d{2})?)?$/;
/** Code-unit order: the same on every machine and locale. */
export const compareText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
const byFirst = (a: readonly [string, string], b: readonly [string, string]) => compareText(a[0], b[0]);

const mustBe = (entityId: string, id: string, what: string, value: RatingValue) =>
  new RatingInputError(`${entityId}: ${id} must be ${what}, got ${JSON.stringify(value)}`);

/** Runs for every value of every entity in both passes: no closures here (the dev transpiler wraps each one). */
function checkValue(entityId: string, id: string, kind: InputKind, value: RatingValue): RatingValue {
  if (kind === "decimal") {
    if (typeof value !== "string" || !isDecimalText(value))
      throw mustBe(entityId, id, "a canonical decimal string", value);
  } else if (kind === "boolean") {
    if (typeof value !== "boolean") throw mustBe(entityId, id, "a boolean", value);
  } else {
    if (!Array.isArray(value) || value.length === 0)
      throw mustBe(entityId, id, "a non-empty list of enum options", value);
    const unknown = value.find((o) => !kind.options.has(o));
    if (unknown !== undefined) throw new RatingInputError(`${entityId}: ${id} has no option "${unknown}"`);
    return [...value];
  }
  return value;
}

function checkControversy(entityId: string, c: ControversyEvent): ControversyEvent {
  const texts = [c.id, c.date, c.category, c.status, c.source];
  if (!texts.every((t) => typeof t === "string") || !Number.isInteger(c.severity) || c.id === "")
    throw new RatingInputError(`${entityId}: malformed controversy ${JSON.stringify(c)}`);
  const { id, date, severity, category, status, source } = c;
  return { category, date, id, severity, source, status };
}

/**
 * An entity's inputs as they are hashed, checked on the way: the values the methodology reads (sorted by id; other
 * values are ignored) and the controversies (sorted by id), so neither map order nor list order changes the hash.
 */
export function canonicalEntityInput(methodology: CompiledMethodology, entity: RatedEntityInput) {
  if (typeof entity.id !== "string" || entity.id === "") throw new RatingInputError("An entity needs a non-empty id");
  if (!INDUSTRY_CODE.test(entity.industryCode))
    throw new RatingInputError(`${entity.id}: "${entity.industryCode}" is not a canonical GB/T 4754 code like C26`);
  const values: [string, RatingValue][] = [];
  for (const [id, kind] of methodology.inputKinds) {
    const value = entity.values.get(id);
    if (value !== undefined) values.push([id, checkValue(entity.id, id, kind, value)]);
  }
  const controversies = entity.controversies
    .map((c) => checkControversy(entity.id, c))
    .sort((a, b) => compareText(a.id, b.id));
  for (let i = 1; i < controversies.length; i++)
    if (controversies[i]?.id === controversies[i - 1]?.id)
      throw new RatingInputError(`${entity.id}: controversy ${controversies[i]?.id} is listed twice`);
  // Keys in sorted order, so its canonical JSON is JSON.stringify's (rating-canonical-json.ts).
  return { controversies, id: entity.id, industryCode: entity.industryCode, values };
}

export const entityInputHash = (methodology: CompiledMethodology, entity: RatedEntityInput): string =>
  sha256Hex(ratingCanonicalJson(canonicalEntityInput(methodology, entity)));

/** SHA-256 of the canonical JSON of a rating: what a stored rating is checked against. */
export const hashRating = (rating: EntityRating): string => sha256Hex(ratingCanonicalJson(rating));

/**
 * The run's inputs hash: sha256(canonicalJson({ asOf, methodologyHash, entities: [[id, entity input hash] …] }))
 * with entities sorted by id, so it can be computed while the universe streams by and does not depend on its order.
 */
export function runInputsHash(
  asOf: string,
  methodologyHash: string,
  entityHashes: Iterable<readonly [string, string]>,
): string {
  return sha256Hex(ratingCanonicalJson({ asOf, entities: [...entityHashes].sort(byFirst), methodologyHash }));
}

/** sha256(canonicalJson({ inputsHash, ratings: [[id, rating hash] …] })), ratings sorted by entity id. */
export function runResultHash(inputsHash: string, ratingHashes: Iterable<readonly [string, string]>): string {
  return sha256Hex(ratingCanonicalJson({ inputsHash, ratings: [...ratingHashes].sort(byFirst) }));
}
