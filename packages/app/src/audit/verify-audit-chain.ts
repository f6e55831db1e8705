import type { Queryable } from "@greenfin/db";
import { type AuditBreak, GENESIS_HASH, verifyAuditChain } from "@greenfin/domain";
import { type AuditRow, toAuditEntry } from "./audit-log";

export interface AuditChainReport {
  ok: boolean;
  checked: number;
  breaks: AuditBreak[];
}

/**
 * Re-computes every entry's hash and link, a page at a time so memory stays flat on a long log.
 * Deleted entries show as a sequence gap, edited ones as a hash mismatch.
 */
export async function verifyStoredAuditChain(
  db: Queryable,
  onProgress: (checked: number, total: number) => Promise<void> | void = () => undefined,
  pageSize = 5000,
): Promise<AuditChainReport> {
  const total = Number((await db.query<{ n: string }>("SELECT count(*) AS n FROM audit_log")).rows[0]?.n ?? 0);
  let cursor = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  const breaks: AuditBreak[] = [];
  for (;;) {
    const page = await db.query<AuditRow>("SELECT * FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2", [
      cursor.seq,
      pageSize,
    ]);
    if (page.rows.length === 0) break;
    const entries = page.rows.map(toAuditEntry);
    const result = verifyAuditChain(entries, cursor);
    breaks.push(...result.breaks);
    checked += result.checked;
    const last = entries[entries.length - 1]!;
    cursor = { seq: last.seq, hash: last.hash };
    await onProgress(checked, total);
  }
  return { ok: breaks.length === 0, checked, breaks };
}
