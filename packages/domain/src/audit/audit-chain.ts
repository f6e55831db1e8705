import { sha256 } from "@noble/hashes/sha2";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { canonicalJson } from "./canonical-json";

/** The fields of an audit entry that its hash covers. */
export interface AuditEntryBody {
  seq: number;
  at: string; // ISO-8601 instant, millisecond precision
  actorUserId: string | null;
  actorOrgId: string | null;
  orgId: string | null; // the organisation whose data changed
  action: string;
  entityType: string;
  entityId: string | null;
  details: unknown;
}

export interface AuditEntry extends AuditEntryBody {
  prevHash: string;
  hash: string;
}

/** The hash that precedes the first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** hash_n = SHA-256(hash_{n-1} ‖ canonical JSON of entry n). */
export function auditEntryHash(prevHash: string, body: AuditEntryBody): string {
  const text = `${prevHash}\n${canonicalJson({ ...body, details: body.details ?? null })}`;
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export type AuditBreak =
  | { seq: number; reason: "hash_mismatch" } // the entry's content was edited
  | { seq: number; reason: "prev_hash_mismatch" } // the link to the previous entry is broken
  | { seq: number; reason: "sequence_gap"; expectedSeq: number }; // entries before this one were deleted

export interface AuditVerification {
  ok: boolean;
  checked: number;
  lastHash: string;
  breaks: AuditBreak[];
}

/**
 * Walks a run of entries in sequence order. `startSeq`/`startHash` let a caller verify a long log
 * in pages: pass the previous page's last sequence number and hash.
 */
export function verifyAuditChain(
  entries: Iterable<AuditEntry>,
  start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): AuditVerification {
  const breaks: AuditBreak[] = [];
  let expectedSeq = start.seq + 1;
  let prev = start.hash;
  let checked = 0;
  for (const entry of entries) {
    checked++;
    if (entry.seq !== expectedSeq) breaks.push({ seq: entry.seq, reason: "sequence_gap", expectedSeq });
    else if (entry.prevHash !== prev) breaks.push({ seq: entry.seq, reason: "prev_hash_mismatch" });
    const { prevHash, hash, ...body } = entry;
    if (auditEntryHash(prevHash, body) !== hash) breaks.push({ seq: entry.seq, reason: "hash_mismatch" });
    prev = hash;
    expectedSeq = entry.seq + 1;
  }
  return { ok: breaks.length === 0, checked, lastHash: prev, breaks };
}
