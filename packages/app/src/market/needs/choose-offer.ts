/**
 * The enterprise (with `write`) chooses one approved offer among the claims on its need: the claim is marked chosen
 * and the need moves to `offer_chosen` (no more claims or steps). Only an approved decision can be chosen; a need
 * chooses once (CONFLICT). A claim on another enterprise's need is NOT_FOUND. Audited in the same transaction.
 * `grantFinancing` (needs `manage_grants`) also opens the enterprise's `financing` data — its carbon holdings — to the
 * chosen institution for the loan's tenor plus a year (at most three years), so that it can register a pledge.
 */
import type { Queryable } from "@greenfin/db";
import { requirePermission } from "../../access/tenancy";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requireEnterprise } from "./need-access";
import { type ClaimRow, type ClaimView, readClaim, toClaimView } from "./need-rows";

export async function chooseOffer(
  p: Platform,
  actor: Actor,
  claimId: string,
  input: { grantFinancing?: boolean } = {},
): Promise<ClaimView> {
  requireEnterprise(actor, "write", { zh: "选定融资方案", en: "choose an offer" });
  if (input.grantFinancing) requirePermission(actor, "manage_grants");
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
      `UPDATE financing_needs SET status = 'offer_chosen', offer_chosen_at = $2, updated_at = $2
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
    const grantId = input.grantFinancing ? await grantFinancing(tx, actor, claim, now) : null;
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
        financingGrant: grantId,
      },
    });
    return toClaimView((await readClaim(tx, claim.id))!);
  });
}

/** The `financing` consent grant for the chosen institution, unless one is active already; its id either way. */
async function grantFinancing(tx: Queryable, actor: Actor, claim: ClaimRow, now: Date): Promise<string> {
  const active = await tx.query<{ id: string }>(
    `SELECT id FROM consent_grants WHERE grantor_org_id = $1 AND grantee_org_id = $2 AND scope = 'financing'
        AND revoked_at IS NULL AND valid_from <= $3 AND expires_at > $3`,
    [actor.orgId, claim.org_id, now],
  );
  if (active.rows[0]) return active.rows[0].id;
  const tenor = (
    await tx.query<{ tenor_months: number }>("SELECT tenor_months FROM financing_needs WHERE id = $1", [claim.need_id])
  ).rows[0]!.tenor_months;
  const expires = new Date(now);
  expires.setUTCMonth(expires.getUTCMonth() + Math.min(tenor + 12, 35));
  const r = await tx.query<{ id: string }>(
    `INSERT INTO consent_grants (grantor_org_id, grantee_org_id, scope, purpose, valid_from, expires_at, created_by,
                                 created_at)
     VALUES ($1,$2,'financing',$3,$4,$5,$6,$4) RETURNING id`,
    [actor.orgId, claim.org_id, `pledge registration for financing need ${claim.need_id}`, now, expires, actor.userId],
  );
  const id = r.rows[0]!.id;
  await appendAudit(tx, actor, now, {
    action: "grant.create",
    entityType: "consent_grant",
    entityId: id,
    orgId: actor.orgId,
    details: { grantee: claim.org_id, scope: "financing", expiresAt: expires.toISOString(), needId: claim.need_id },
  });
  return id;
}
