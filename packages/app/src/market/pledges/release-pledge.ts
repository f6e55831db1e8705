/**
 * The pledgee releases a pledge when its loan is repaid: the quantity becomes free again (the database gives it back
 * to the holding in the same statement, 0009_carbon_pledges.sql). Another institution's pledge does not exist for the
 * caller (NOT_FOUND); the pledgor may read its pledge but not release it (FORBIDDEN); a pledge already released, or
 * released by a simultaneous request, is a CONFLICT. Audited in the same transaction.
 */
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requirePledgee, requireRegistryReader } from "./pledge-access";
import { type PledgeView, readPledge, toPledgeView } from "./pledge-rows";

export interface ReleaseInput {
  /** e.g. "repaid in full on 2026-09-30". */
  note?: string;
}

export async function releasePledge(
  p: Platform,
  actor: Actor,
  pledgeId: string,
  input: ReleaseInput = {},
): Promise<PledgeView> {
  requireRegistryReader(actor);
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const pledge = await readPledge(tx, pledgeId);
    if (!pledge) throw AppError.notFound("carbon_pledge");
    if (pledge.pledgee_org_id !== actor.orgId) {
      if (pledge.org_id === actor.orgId || actor.orgKind === "district")
        throw AppError.forbidden("只有质权人可以解除质押", "Only the pledgee releases a pledge");
      throw AppError.notFound("carbon_pledge");
    }
    requirePledgee(actor, "write");
    const updated = await tx.query<{ id: string }>(
      `UPDATE carbon_pledges SET status = 'released', released_by = $2, released_at = $3, release_note = $4
        WHERE id = $1 AND status = 'active' RETURNING id`,
      [pledge.id, actor.userId, now, input.note ?? null],
    );
    if (updated.rows.length === 0)
      throw new AppError("CONFLICT", {
        zh: `质押 ${pledge.ref_no} 已解除`,
        en: `pledge ${pledge.ref_no} is already released`,
        details: { field: "status", status: "released" },
      });
    await appendAudit(tx, actor, now, {
      action: "market.pledge.release",
      entityType: "carbon_pledge",
      entityId: pledge.id,
      orgId: pledge.org_id,
      details: {
        refNo: pledge.ref_no,
        holdingId: pledge.holding_id,
        quantity: pledge.quantity,
        unit: pledge.unit,
        loanReference: pledge.loan_reference,
        note: input.note ?? null,
      },
    });
    return toPledgeView((await readPledge(tx, pledge.id))!);
  });
}
