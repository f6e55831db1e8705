/**
 * The institution whose offer the enterprise chose (with `write`) records the loan as drawn: the amount (yuan, at
 * most the approved amount), its own loan reference and, when carbon assets secure it, the active pledge it registered
 * on the enterprise's holdings. The need becomes funded (0012's settle trigger) and the outcome feeds the overview;
 * a loan for a certified green project also enters the institution's labelled green book (recordInGreenBook).
 * Saved with its audit entry in one transaction.
 */
import type { Queryable } from "@greenfin/db";
import Decimal from "decimal.js";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError, type FieldProblem } from "../../errors/app-error";
import { insertGreenFinancing } from "../../green/financing/record-green-financing";
import type { Platform } from "../../platform";
import { chinaDate } from "../pledges/pledge-pricing";
import { requireInstitution } from "./need-access";
import { type ClaimRow, type ClaimView, fieldProblem, readClaim, toClaimView, UUID } from "./need-rows";

export interface FundInput {
  amount: string;
  loanReference: string;
  pledgeId?: string;
}

const AMOUNT = /^\d{1,14}(\.\d{1,2})?$/;

function problems(input: FundInput): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (!AMOUNT.test(String(input.amount)) || new Decimal(input.amount).lte(0))
    out.push(fieldProblem("amount", "放款金额应为正数（元，最多 2 位小数）", "a positive amount in yuan, ≤ 2 places"));
  const ref = String(input.loanReference ?? "").trim();
  if (ref.length < 1 || ref.length > 100)
    out.push(fieldProblem("loanReference", "应填写 1–100 字的贷款编号", "a loan reference of 1–100 characters"));
  if (input.pledgeId !== undefined && !UUID.test(input.pledgeId))
    out.push(fieldProblem("pledgeId", "不是有效的质押编号", "not a pledge id"));
  return out;
}

export async function fundClaim(p: Platform, actor: Actor, claimId: string, input: FundInput): Promise<ClaimView> {
  requireInstitution(actor, "write", { zh: "记录放款", en: "record a loan's funding" });
  const found = problems(input);
  if (found.length) throw AppError.validation(found);
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const claim = await readClaim(tx, claimId);
    if (!claim || claim.org_id !== actor.orgId) throw AppError.notFound("need_claim");
    if (!claim.offer_chosen || claim.funded_at)
      throw new AppError("CONFLICT", {
        zh: claim.funded_at ? "该笔贷款已记录放款" : "企业尚未选定本机构的方案，不能记录放款",
        en: claim.funded_at ? "This loan's funding is already recorded" : "The enterprise has not chosen your offer",
        details: { field: "claimId", offerChosen: claim.offer_chosen },
      });
    if (new Decimal(input.amount).gt(claim.approved_amount!))
      throw AppError.validation([
        fieldProblem(
          "amount",
          `放款金额不能超过批准金额 ${claim.approved_amount} 元`,
          `the amount cannot exceed the approved ${claim.approved_amount} yuan`,
        ),
      ]);
    if (input.pledgeId !== undefined) {
      const pledge = await tx.query(
        `SELECT 1 FROM carbon_pledges WHERE id = $1 AND pledgee_org_id = $2 AND org_id = $3 AND status = 'active'`,
        [input.pledgeId, actor.orgId, claim.enterprise_org_id],
      );
      if (!pledge.rows.length)
        throw AppError.validation([
          fieldProblem(
            "pledgeId",
            "须为本机构在该企业碳资产上登记、仍有效的质押",
            "must be an active pledge your institution registered on this enterprise's carbon assets",
          ),
        ]);
    }
    await tx
      .query(
        `UPDATE need_claims SET funded_at = $2, funded_amount = $3, loan_reference = $4, pledge_id = $5 WHERE id = $1`,
        [claim.id, now, input.amount, input.loanReference.trim(), input.pledgeId ?? null],
      )
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === "23514")
          throw new AppError("CONFLICT", {
            zh: "该融资需求已撤回或结束，不能记录放款",
            en: "The need was withdrawn or closed; the funding cannot be recorded",
            details: { field: "claimId" },
          });
        throw e;
      });
    const greenFinancingId = await recordInGreenBook(tx, actor, now, claim, input);
    await appendAudit(tx, actor, now, {
      action: "market.claim.fund",
      entityType: "need_claim",
      entityId: claim.id,
      orgId: claim.enterprise_org_id,
      details: {
        needId: claim.need_id,
        amount: input.amount,
        loanReference: input.loanReference.trim(),
        pledgeId: input.pledgeId ?? null,
        greenFinancingId,
      },
    });
    return toClaimView((await readClaim(tx, claim.id))!);
  });
}

/**
 * A loan for a certified green project is a green loan of the institution's book: recorded (labelled with the
 * project's category) in the same transaction, so it counts in the green-finance statistics from the day it is drawn.
 * Nothing is recorded for a need without a project, or when the institution booked the same reference already.
 */
async function recordInGreenBook(
  tx: Queryable,
  actor: Actor,
  now: Date,
  claim: ClaimRow,
  input: FundInput,
): Promise<string | null> {
  const need = (
    await tx.query<{ project_id: string | null; tenor_months: number; purpose: string; description: string }>(
      "SELECT project_id, tenor_months, purpose, description FROM financing_needs WHERE id = $1",
      [claim.need_id],
    )
  ).rows[0];
  if (!need?.project_id) return null;
  const reference = input.loanReference.trim().slice(0, 80);
  const booked = await tx.query<{ id: string }>(
    "SELECT id FROM green_financings WHERE org_id = $1 AND instrument = 'loan' AND reference = $2",
    [actor.orgId, reference],
  );
  if (booked.rows[0]) return booked.rows[0].id;
  const start = chinaDate(now);
  const maturity = new Date(`${start}T00:00:00Z`);
  maturity.setUTCMonth(maturity.getUTCMonth() + need.tenor_months);
  const row = await insertGreenFinancing(tx, actor, now, {
    instrument: "loan",
    reference,
    projectId: need.project_id,
    borrowerOrgId: claim.enterprise_org_id,
    amount: input.amount,
    startDate: start,
    maturityDate: maturity.toISOString().slice(0, 10),
    useOfProceeds: (need.description.trim() || `绿色金融超市融资需求 ${need.purpose}`).slice(0, 500),
    ...(claim.rate !== null && /^\d{1,2}(\.\d{1,4})?$/.test(claim.rate) ? { ratePercent: claim.rate } : {}),
  });
  return row.id;
}
