/** The district records an enterprise's ETS allowances (and verified emissions when the verification is done). */
import { requireDistrict } from "../access/tenancy";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";

export interface EtsAllocationInput {
  year: number;
  allocatedT: string;
  verifiedT?: string | null | undefined;
  source: string;
}

export async function recordEtsAllocation(p: Platform, actor: Actor, orgId: string, input: EtsAllocationInput) {
  requireDistrict(actor, "write");
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const org = await tx.query<{ kind: string }>("SELECT kind FROM organisations WHERE id = $1", [orgId]);
    if (org.rows[0]?.kind !== "enterprise") throw AppError.notFound("organisation");
    await tx.query(
      `INSERT INTO carbon_ets_allocations (org_id, year, allocated_t, verified_t, source, recorded_by, recorded_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7)
       ON CONFLICT (org_id, year) DO UPDATE SET allocated_t = EXCLUDED.allocated_t, verified_t = EXCLUDED.verified_t,
         source = EXCLUDED.source, recorded_by = EXCLUDED.recorded_by, recorded_at = EXCLUDED.recorded_at`,
      [orgId, input.year, input.allocatedT, input.verifiedT ?? null, input.source, actor.userId, now],
    );
    await appendAudit(tx, actor, now, {
      action: "carbon.ets.allocation",
      entityType: "organisation",
      entityId: orgId,
      orgId,
      details: { year: input.year, allocatedT: input.allocatedT, verifiedT: input.verifiedT ?? null },
    });
    return { orgId, year: input.year };
  });
}
