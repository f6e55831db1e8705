/**
 * The claiming institution (with `write`) records the next service step of its claim, at the clock's now: respond,
 * then visit, then decide (approved with amount and rate, or declined with reasons). A decision keeps the quote the
 * claim's product's pricing table gives the enterprise (its price basis); an approval without a rate takes that quote. Each step comes after the
 * previous one; a step already recorded, or one out of order, is CONFLICT. A claim on a need whose offer was chosen
 * (or that was withdrawn) takes no more steps. Saved with its audit entry in one transaction.
 */
import type { Queryable } from "@greenfin/db";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError, type FieldProblem } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requireInstitution } from "./need-access";
import { type ClaimRow, type ClaimView, fieldProblem, readClaim, toClaimView } from "./need-rows";
import { type Quote, quote, sharedFigures } from "./product-pricing";

export type ClaimStepInput =
  | { step: "respond"; note?: string }
  | { step: "visit"; note?: string }
  | { step: "decide"; decision: "approved"; amount: string; rate?: string; reasons?: string }
  | { step: "decide"; decision: "declined"; reasons: string };

const AMOUNT = /^\d{1,14}(\.\d{1,2})?$/;
const RATE = /^\d{1,3}(\.\d{1,4})?$/;

const ORDER = { respond: null, visit: "respond", decide: "visit" } as const;
const DONE_COLUMN = { respond: "responded_at", visit: "visited_at", decide: "decided_at" } as const;
const STEP_TEXT = {
  respond: { zh: "响应", en: "respond" },
  visit: { zh: "走访", en: "visit" },
  decide: { zh: "审批决定", en: "decide" },
} as const;

function problems(input: ClaimStepInput): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!(input.step in ORDER))
    out.push(fieldProblem("step", "应为 respond、visit 或 decide", "respond, visit or decide"));
  if (input.step === "decide") {
    if (input.decision === "approved") {
      if (!AMOUNT.test(String(input.amount)) || Number(input.amount) <= 0)
        out.push(
          fieldProblem("amount", "批准金额应为正数（元，最多 2 位小数）", "a positive amount in yuan, ≤ 2 places"),
        );
      if (input.rate !== undefined && !RATE.test(String(input.rate)))
        out.push(fieldProblem("rate", "利率应为百分数，最多 4 位小数", "a rate in percent, ≤ 4 places"));
    } else if (input.decision === "declined") {
      if (!input.reasons?.trim()) out.push(fieldProblem("reasons", "拒绝时须说明理由", "a decline states its reasons"));
    } else out.push(fieldProblem("decision", "应为 approved 或 declined", "approved or declined"));
  }
  return out;
}

export async function recordClaimStep(
  p: Platform,
  actor: Actor,
  claimId: string,
  input: ClaimStepInput,
): Promise<ClaimView> {
  requireInstitution(actor, "write", { zh: "记录认领进度", en: "record a claim's progress" });
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const claim = await readClaim(tx, claimId);
    if (!claim || claim.org_id !== actor.orgId) throw AppError.notFound("need_claim");
    // Every problem at once, the rate's included: it may be left out only when the product's table can set it.
    const basis = input.step === "decide" ? await priceBasis(tx, claim, now) : null;
    const found = problems(input);
    if (input.step === "decide" && input.decision === "approved" && input.rate === undefined && basis === null)
      found.push(
        fieldProblem("rate", "该产品没有定价表，批准时须填写利率", "the product has no pricing table: state the rate"),
      );
    if (found.length) throw AppError.validation(found);
    const status = (
      await tx.query<{ status: string }>("SELECT status FROM financing_needs WHERE id = $1", [claim.need_id])
    ).rows[0]?.status;
    if (status !== "open" && status !== "claimed")
      throw new AppError("CONFLICT", {
        zh: "该融资需求已结束（已选定方案、撤回或到期），不再记录进度",
        en: "The need is closed (an offer was chosen, or it was withdrawn or expired); no more steps are recorded",
        details: { field: "step", needStatus: status },
      });
    const done = {
      respond: claim.responded_at,
      visit: claim.visited_at,
      decide: claim.decided_at,
    } as const;
    const step = input.step;
    const t = STEP_TEXT[step];
    if (done[step])
      throw new AppError("CONFLICT", {
        zh: `「${t.zh}」已于 ${done[step]?.toISOString()} 记录，不能重复记录`,
        en: `The ${t.en} step was already recorded at ${done[step]?.toISOString()}`,
        details: { field: "step", step },
      });
    const before = ORDER[step];
    if (before !== null && !done[before])
      throw new AppError("CONFLICT", {
        zh: `须先记录「${STEP_TEXT[before].zh}」，再记录「${t.zh}」`,
        en: `Record the ${STEP_TEXT[before].en} step before the ${t.en} step`,
        details: { field: "step", step, missing: before },
      });
    const previous = before === null ? claim.claimed_at : done[before];
    if (previous && now < previous)
      throw new AppError("CONFLICT", {
        zh: "记录时间早于上一步",
        en: "The step would be earlier than the previous one",
        details: { field: "step", step },
      });
    let rate: string | null = null;
    if (step === "decide") {
      const approved = input.step === "decide" && input.decision === "approved";
      rate = approved ? (input.rate ?? basis?.finalRatePercent ?? null) : null;
      await tx.query(
        `UPDATE need_claims SET decided_at = $2, decision = $3, approved_amount = $4, rate = $5, reasons = $6,
                price_basis = $7::jsonb
          WHERE id = $1`,
        [
          claim.id,
          now,
          input.decision,
          approved ? input.amount : null,
          rate,
          input.reasons?.trim() || null,
          basis ? JSON.stringify(basis) : null,
        ],
      );
    } else await tx.query(`UPDATE need_claims SET ${DONE_COLUMN[step]} = $2 WHERE id = $1`, [claim.id, now]);
    await appendAudit(tx, actor, now, {
      action: `market.claim.${step}`,
      entityType: "need_claim",
      entityId: claim.id,
      orgId: claim.enterprise_org_id,
      details: {
        needId: claim.need_id,
        ...(input.step === "decide"
          ? {
              decision: input.decision,
              amount: input.decision === "approved" ? input.amount : null,
              rate,
              rateFromTable: input.decision === "approved" && input.rate === undefined,
              reasons: input.reasons ?? null,
            }
          : { note: input.note ?? null }),
      },
    });
    return toClaimView((await readClaim(tx, claim.id))!);
  });
}

/** The quote the claim's product's table gives the enterprise now (what the need shares), or null with no table. */
async function priceBasis(tx: Queryable, claim: ClaimRow, at: Date): Promise<Quote | null> {
  if (!claim.product_id) return null;
  const ref = (
    await tx.query<{ pricing_ref: string | null }>("SELECT pricing_ref FROM market_products WHERE id = $1", [
      claim.product_id,
    ])
  ).rows[0]?.pricing_ref;
  return quote(ref ?? null, await sharedFigures(tx, claim.need_id), at);
}
