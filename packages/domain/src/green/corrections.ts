import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { normaliseText } from "./normalise-text";

/**
 * A reviewer's decision kept as data, so the classifier improves without a new vocabulary version:
 *
 * - `{ match: { term }, code, action: "add" }`: wherever the term occurs (not negated), the item gains `weight` —
 *   it becomes a candidate even when no vocabulary term of it occurs (a synonym the vocabulary lacks);
 * - `{ match: { term }, code, action: "remove" }`: wherever the term occurs, the item loses `weight`, or is vetoed
 *   when no weight is given (a term that misleads for this item);
 * - `{ match: { fingerprint }, … }`: the same for one exact text (`greenTextFingerprint` of its name and
 *   description, normalised: width, case, Traditional characters and whitespace do not change it).
 *
 * `id`, `reviewer`, `decidedAt` and `note` are carried into the evidence as given; the classifier reads no clock.
 */
export interface GreenCorrection {
  readonly id: string;
  readonly match: { readonly term: string } | { readonly fingerprint: string };
  readonly code: string;
  readonly action: "add" | "remove";
  /** Score added or taken away; default 3 for `add`, a veto for `remove`. */
  readonly weight?: number;
  readonly reviewer?: string;
  readonly decidedAt?: string;
  readonly note?: string;
}

/** The default score a reviewer's `add` brings: more than a strong term, so the reviewer's item leads. */
export const CORRECTION_ADD_WEIGHT = 3;

/** The text fingerprint reviewers' corrections are keyed by. */
export function greenTextFingerprint(input: { readonly name?: string | null; readonly description: string }): string {
  const text = `${normaliseText(input.name ?? "").folded}\n${normaliseText(input.description).folded}`;
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function correctionWeight(c: GreenCorrection): number {
  if (c.weight !== undefined) return Math.abs(c.weight);
  return c.action === "add" ? CORRECTION_ADD_WEIGHT : Number.POSITIVE_INFINITY;
}
