/**
 * The enterprise (with `write`) withdraws a need that is not funded or closed: it leaves the institutions' inboxes,
 * claimants record no more steps, and its timers stop counting against them (compliance judges only what fell due
 * before the withdrawal). Saved with its audit entry in one transaction.
 */
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requireEnterprise } from "./need-access";
import { type NeedView, readNeed, toNeedView } from "./need-rows";

export async function withdrawNeed(
  p: Platform,
  actor: Actor,
  needId: string,
  input: { reason?: string } = {},
): Promise<NeedView> {
  requireEnterprise(actor, "write", { zh: "撤回融资需求", en: "withdraw a financing need" });
  const reason = input.reason?.trim() || null;
  if (reason !== null && reason.length > 2000)
    throw AppError.validation([
      { path: "reason", messageZh: "reason：最多 2000 字", messageEn: "reason: at most 2,000 characters" },
    ]);
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const need = await readNeed(tx, needId);
    if (!need || need.org_id !== actor.orgId) throw AppError.notFound("financing_need");
    const moved = await tx.query(
      `UPDATE financing_needs SET status = 'withdrawn', closed_at = $2, close_reason = $3, updated_at = $2
        WHERE id = $1 AND status IN ('open','claimed','offer_chosen') RETURNING id`,
      [need.id, now, reason ?? "withdrawn by the enterprise"],
    );
    if (!moved.rows.length)
      throw new AppError("CONFLICT", {
        zh: `该融资需求已${need.status === "funded" ? "放款" : "结束"}，不能撤回`,
        en: `The need is already ${need.status}; it cannot be withdrawn`,
        details: { field: "needId", status: need.status },
      });
    await appendAudit(tx, actor, now, {
      action: "market.need.withdraw",
      entityType: "financing_need",
      entityId: need.id,
      orgId: actor.orgId,
      details: { previousStatus: need.status, reason },
    });
    return toNeedView((await readNeed(tx, need.id))!);
  });
}
