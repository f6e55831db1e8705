import type { Queryable } from "@greenfin/db";
import { type AuditEntry, type AuditEntryBody, auditEntryHash, GENESIS_HASH } from "@greenfin/domain";
import type { Actor } from "../context/actor";

// Serialises appends across processes and connections; held until the surrounding transaction ends.
const AUDIT_LOCK = 7_340_212;

export interface AuditEvent {
  action: string; // e.g. "grant.create"
  entityType: string;
  entityId?: string | null;
  orgId?: string | null; // whose data changed
  details?: unknown;
}

/**
 * Appends one entry, chained to the last. Call it inside the transaction that makes the change, so
 * the change and its audit entry commit or roll back together.
 */
export async function appendAudit(
  tx: Queryable,
  actor: Actor | null,
  at: Date,
  event: AuditEvent,
): Promise<AuditEntry> {
  await tx.query("SELECT pg_advisory_xact_lock($1)", [AUDIT_LOCK]);
  const last = await tx.query<{ seq: string; hash: string }>(
    "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
  );
  const prevHash = last.rows[0]?.hash ?? GENESIS_HASH;
  const body: AuditEntryBody = {
    seq: Number(last.rows[0]?.seq ?? 0) + 1,
    at: at.toISOString(),
    actorUserId: actor?.userId ?? null,
    actorOrgId: actor?.orgId ?? null,
    orgId: event.orgId ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId ?? null,
    details: event.details ?? null,
  };
  const hash = auditEntryHash(prevHash, body);
  await tx.query(
    `INSERT INTO audit_log (seq, at, actor_user_id, actor_org_id, org_id, action, entity_type, entity_id, details, prev_hash, hash)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9::jsonb,$10,$11)`,
    [
      body.seq,
      body.at,
      body.actorUserId,
      body.actorOrgId,
      body.orgId,
      body.action,
      body.entityType,
      body.entityId,
      JSON.stringify(body.details),
      prevHash,
      hash,
    ],
  );
  return { ...body, prevHash, hash };
}

export interface AuditRow {
  seq: string;
  at: string;
  actor_user_id: string | null;
  actor_org_id: string | null;
  org_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  details: unknown;
  prev_hash: string;
  hash: string;
}

export function toAuditEntry(r: AuditRow): AuditEntry {
  return {
    seq: Number(r.seq),
    at: r.at,
    actorUserId: r.actor_user_id,
    actorOrgId: r.actor_org_id,
    orgId: r.org_id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    details: r.details,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
