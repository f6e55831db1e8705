import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { canonicalJson } from "../audit/canonical-json";
import { compareText, sha256Hex } from "../rating/rating-hashes";
import type { PcafCounterparty, PlatformEmissions } from "./pcaf-types";

/** SHA-256 over a stream of values, each as its canonical JSON and a newline: order matters, memory does not grow. */
export class StreamHash {
  private readonly hash = sha256.create();
  private count = 0;

  add(value: unknown): void {
    this.hash.update(utf8ToBytes(`${canonicalJson(value)}\n`));
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  digest(): string {
    return bytesToHex(this.hash.digest());
  }
}

/** Hash of a keyed set, sorted by key so the file's order does not change it. */
export function setHash<T>(items: Iterable<T>, keyOf: (item: T) => string): string {
  const sorted = [...items].sort((a, b) => compareText(keyOf(a), keyOf(b)));
  return sha256Hex(canonicalJson(sorted));
}

export const counterpartiesHash = (counterparties: ReadonlyMap<string, PcafCounterparty>) =>
  setHash(counterparties.values(), (c) => c.id);

export const platformHash = (platform: readonly PlatformEmissions[]) => setHash(platform, (p) => p.counterparty);

export { canonicalJson, sha256Hex };
