import { ownOrDistrictFilter } from "../access/tenancy";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";
import { type AuditRow, toAuditEntry } from "./audit-log";

export interface AuditQuery {
  page: number;
  pageSize: number;
  action?: string | undefined;
  entityType?: string | undefined;
}

/** The district reads the whole log; everyone else the entries about their own organisation. */
export async function listAudit(p: Platform, actor: Actor, q: AuditQuery) {
  const params: unknown[] = [];
  const where = [ownOrDistrictFilter(actor, "org_id", params)];
  if (q.action) {
    params.push(q.action);
    where.push(`action = $${params.length}`);
  }
  if (q.entityType) {
    params.push(q.entityType);
    where.push(`entity_type = $${params.length}`);
  }
  const cond = where.join(" AND ");
  const total = await p.db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log WHERE ${cond}`, params);
  const rows = await p.db.query<AuditRow>(
    `SELECT * FROM audit_log WHERE ${cond} ORDER BY seq DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    params,
  );
  return {
    items: rows.rows.map((r) => {
      const { prevHash: _prev, ...e } = toAuditEntry(r);
      return e;
    }),
    total: Number(total.rows[0]?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}
