/**
 * An institution (with `write`) claims a need it can see. The first three claimants serve it; a fourth is refused
 * with CONFLICT, even when all arrive at once: the database decides (0010_market_needs.sql's guarded UPDATE in the
 * claims trigger), the first look here only answers early. An institution claims a need once (CONFLICT again).
 * The claim starts the service-level timers (respond, visit, decide). Saved with its audit entry in one transaction.
 */
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { visibleNeed } from "./get-need";
import { requireInstitution } from "./need-access";
import { type ClaimView, readClaim, toClaimView, UUID } from "./need-rows";

export interface ClaimInput {
  needId: string;
  /** The product the institution means to offer (one of its own published products), optional. */
  productId?: string;
}

export const MAX_CLAIMANTS = 3;

const full = (needId: string, claimCount: number, status: string) =>
  new AppError("CONFLICT", {
    zh: `该融资需求已有 ${MAX_CLAIMANTS} 家机构认领或已不再开放认领，无法再认领`,
    en: `This financing need already has ${MAX_CLAIMANTS} claimants or is no longer open to claims; it cannot be claimed`,
    details: { field: "needId", needId, claimCount, status, maxClaimants: MAX_CLAIMANTS },
  });

const twice = (needId: string) =>
  new AppError("CONFLICT", {
    zh: "本机构已认领该融资需求，每家机构只能认领一次",
    en: "Your institution has already claimed this financing need; an institution claims a need once",
    details: { field: "needId", needId },
  });

interface DbError {
  code?: string;
  constraint?: string;
  detail?: string;
}

export async function claimNeed(p: Platform, actor: Actor, input: ClaimInput): Promise<ClaimView> {
  requireInstitution(actor, "write", { zh: "认领融资需求", en: "claim a financing need" });
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const need = await visibleNeed(tx, actor, input.needId);
    if (input.productId !== undefined) {
      const own =
        UUID.test(input.productId) &&
        (
          await tx.query("SELECT 1 FROM market_products WHERE id = $1 AND org_id = $2 AND status = 'published'", [
            input.productId,
            actor.orgId,
          ])
        ).rows.length === 1;
      if (!own)
        throw AppError.validation([
          {
            path: "productId",
            messageZh: "productId：须为本机构已发布的产品",
            messageEn: "productId: must be one of your institution's published products",
          },
        ]);
    }
    const mine = await tx.query("SELECT 1 FROM need_claims WHERE need_id = $1 AND org_id = $2", [need.id, actor.orgId]);
    if (mine.rows.length) throw twice(need.id);
    if (need.claim_count >= MAX_CLAIMANTS || (need.status !== "open" && need.status !== "claimed"))
      throw full(need.id, need.claim_count, need.status);
    const inserted = await tx
      .query<{ id: string }>(
        `INSERT INTO need_claims (need_id, org_id, enterprise_org_id, product_id, claimed_by, claimed_at)
         VALUES ($1,$2,$3,$4,$5,$6) RETURNING id`,
        [need.id, actor.orgId, need.org_id, input.productId ?? null, actor.userId, now],
      )
      .catch((e: unknown) => {
        const err = e as DbError;
        if (
          err.code === "23514" &&
          (err.constraint === "need_claims_three_claimants" || /three claimants/.test(String(e)))
        ) {
          const d = JSON.parse(err.detail ?? "{}") as { claimCount?: number; status?: string };
          throw full(need.id, d.claimCount ?? MAX_CLAIMANTS, d.status ?? "claimed");
        }
        if (err.code === "23505") throw twice(need.id);
        throw e;
      });
    const id = inserted.rows[0]!.id;
    await appendAudit(tx, actor, now, {
      action: "market.need.claim",
      entityType: "need_claim",
      entityId: id,
      orgId: need.org_id,
      details: { needId: need.id, institutionId: actor.orgId, productId: input.productId ?? null },
    });
    return toClaimView((await readClaim(tx, id))!);
  });
}
