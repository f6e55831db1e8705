/**
 * The enterprise (with `write`) chooses one approved offer among the claims on its need: the claim is marked chosen
 * and the need moves to `offer_chosen` (no more claims or steps). Only an approved decision can be chosen; a need
 * chooses once (CONFLICT). A claim on another enterprise's need is NOT_FOUND. Audited in the same transaction.
 */
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requireEnterprise } from "./need-access";
import { type ClaimView, readClaim, toClaimView } from "./need-rows";

export async function chooseOffer(p: Platform, actor: Actor, claimId: string): Promise<ClaimView> {
  requireEnterprise(actor, "write", { zh: "选定融资方案", en: "choose an offer" });
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const claim = await readClaim(tx, claimId);
    if (!claim || claim.enterprise_org_id !== actor.orgId) throw AppError.notFound("need_claim");
    if (claim.decision !== "approved")
      throw new AppError("CONFLICT", {
        zh: "只能选定已批准的方案",
        en: "Only an approved offer can be chosen",
        details: { field: "claimId", decision: claim.decision },
      });
    const moved = await tx.query(
      `UPDATE financing_needs SET status = 'offer_chosen', updated_at = $2
        WHERE id = $1 AND status IN ('open','claimed') RETURNING id`,
      [claim.need_id, now],
    );
    if (moved.rows.length === 0)
      throw new AppError("CONFLICT", {
        zh: "该融资需求已选定方案或已结束",
        en: "An offer was already chosen for this need, or it is closed",
        details: { field: "claimId" },
      });
    await tx.query("UPDATE need_claims SET offer_chosen = true, chosen_at = $2 WHERE id = $1", [claim.id, now]);
    await appendAudit(tx, actor, now, {
      action: "market.need.choose_offer",
      entityType: "need_claim",
      entityId: claim.id,
      orgId: actor.orgId,
      details: {
        needId: claim.need_id,
        institutionId: claim.org_id,
        amount: claim.approved_amount,
        rate: claim.rate,
      },
    });
    return toClaimView((await readClaim(tx, claim.id))!);
  });
}
