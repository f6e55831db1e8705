/**
 * A financial institution (with `write`) applies, on behalf of the enterprise it lent to, for a subsidy of the interest
 * on one of its own green loans. The programme must be open (a draft does not exist for it); the loan must be the
 * institution's own (another's: NOT_FOUND), a loan, to an enterprise registered on the platform, labelled with a
 * catalogue category under one of the programme's prefixes, and its term must overlap the programme's period and the
 * stated interest period. Every such problem is listed with its field. The subsidy is computed here
 * (packages/domain/src/market/subsidy-computation.ts) with its trace, capped by what the loan's other applications leave of the per-loan cap. One
 * application per loan and interest period, and no two overlapping periods of one loan (CONFLICT). The database holds
 * both lines under concurrency too (0011_interest_subsidies.sql: a loan's applications are inserted one at a time);
 * one that lost such a race is a CONFLICT to retry. Saved with its audit entry in one transaction.
 */
import { type TSubsidyApplicationInput, zSubsidyApplicationInput } from "@greenfin/contracts";
import { canonicalJson, computeSubsidy } from "@greenfin/domain";
import Decimal from "decimal.js";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError, type FieldProblem } from "../../errors/app-error";
import { zodProblems } from "../../errors/zod-problems";
import type { Platform } from "../../platform";
import { requireApplicant } from "./subsidy-access";
import {
  fieldProblem,
  isIsoDate,
  type SubsidyApplicationView,
  toApplicationView,
  UUID,
  visibleApplication,
  visibleProgramme,
} from "./subsidy-rows";

export type SubsidyApplicationInput = TSubsidyApplicationInput;

interface LoanRow {
  id: string;
  org_id: string;
  instrument: string;
  reference: string;
  borrower_org_id: string | null;
  borrower_kind: string | null;
  amount: string;
  start_date: string;
  maturity_date: string | null;
  category_code: string | null;
}

/** A catalogue code under a prefix, by whole segment ("4.2" covers "4.2.1", not "4.21.1"). */
export const underPrefix = (code: string, prefix: string) => code === prefix || code.startsWith(`${prefix}.`);

const overlapping = (periodStart: string, periodEnd: string) =>
  new AppError("CONFLICT", {
    zh: `该笔贷款的计息期 ${periodStart} 至 ${periodEnd} 已有贴息申请（或与已有申请的计息期重叠）`,
    en: `the loan already has a subsidy application for an interest period overlapping ${periodStart} to ${periodEnd}`,
    details: { field: "periodStart", periodStart, periodEnd },
  });

export async function applyForSubsidy(
  p: Platform,
  actor: Actor,
  input: SubsidyApplicationInput,
): Promise<SubsidyApplicationView> {
  requireApplicant(actor);
  const parsed = zSubsidyApplicationInput.safeParse(input);
  if (!parsed.success) throw AppError.validation(zodProblems(parsed.error));
  const v = parsed.data;
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const programme = await visibleProgramme(tx, actor, v.programmeId);
    if (!programme) throw AppError.notFound("subsidy_programme");
    const loan = UUID.test(v.greenFinancingId)
      ? (
          await tx.query<LoanRow>(
            `SELECT f.id, f.org_id, f.instrument, f.reference, f.borrower_org_id, o.kind AS borrower_kind,
                    f.amount::text AS amount, to_char(f.start_date, 'YYYY-MM-DD') AS start_date,
                    to_char(f.maturity_date, 'YYYY-MM-DD') AS maturity_date, f.category_code
               FROM green_financings f LEFT JOIN organisations o ON o.id = f.borrower_org_id
              WHERE f.id = $1 AND f.org_id = $2`,
            [v.greenFinancingId, actor.orgId],
          )
        ).rows[0]
      : undefined;
    if (!loan) throw AppError.notFound("green_financing");

    const problems: FieldProblem[] = [];
    if (programme.status !== "open")
      problems.push(
        fieldProblem("programmeId", "该贴息政策已关闭，不再受理申请", "the programme is closed to applications"),
      );
    if (loan.instrument !== programme.instrument)
      problems.push(
        fieldProblem(
          "greenFinancingId",
          `本政策只贴息贷款，这笔融资是 ${loan.instrument}`,
          `the programme subsidises loans only; this financing is a ${loan.instrument}`,
        ),
      );
    if (!loan.category_code || !programme.category_prefixes.some((x) => underPrefix(loan.category_code!, x)))
      problems.push(
        fieldProblem(
          "greenFinancingId",
          `贷款的绿色分类「${loan.category_code ?? "未标识"}」不在本政策支持的分类（${programme.category_prefixes.join("、")}）之内`,
          `the loan's category "${loan.category_code ?? "unlabelled"}" is not under the programme's categories (${programme.category_prefixes.join(", ")})`,
        ),
      );
    if (!loan.borrower_org_id || loan.borrower_kind !== "enterprise")
      problems.push(
        fieldProblem(
          "greenFinancingId",
          "贷款的借款人须为平台上登记的企业，贴息才能拨付给它",
          "the loan's borrower must be an enterprise registered on the platform, to receive the subsidy",
        ),
      );
    if (loan.start_date > programme.period_end || (loan.maturity_date ?? "9999-12-31") < programme.period_start)
      problems.push(
        fieldProblem(
          "greenFinancingId",
          `贷款期限（${loan.start_date} 至 ${loan.maturity_date ?? "—"}）与政策期限（${programme.period_start} 至 ${programme.period_end}）没有重叠`,
          `the loan's term (${loan.start_date} to ${loan.maturity_date ?? "open"}) does not overlap the programme's period (${programme.period_start} to ${programme.period_end})`,
        ),
      );
    const datesOk = isIsoDate(v.periodStart) && isIsoDate(v.periodEnd);
    if (!datesOk) {
      for (const key of ["periodStart", "periodEnd"] as const)
        if (!isIsoDate(v[key])) problems.push(fieldProblem(key, "日期应为 YYYY-MM-DD", "a date YYYY-MM-DD"));
    } else if (v.periodEnd < v.periodStart)
      problems.push(fieldProblem("periodEnd", "计息期结束日不能早于开始日", "the period cannot end before it starts"));
    if (new Decimal(v.interestPaid).lte(0))
      problems.push(fieldProblem("interestPaid", "已付利息须大于零", "the interest paid must be above zero"));
    if (v.principal !== undefined) {
      const principal = new Decimal(v.principal);
      if (principal.lte(0))
        problems.push(fieldProblem("principal", "本金须大于零", "the principal must be above zero"));
      else if (principal.gt(loan.amount))
        problems.push(
          fieldProblem(
            "principal",
            `本金不能超过贷款金额 ${loan.amount} 元`,
            `the principal cannot exceed the loan's amount of ${loan.amount} yuan`,
          ),
        );
    } else if (programme.kind === "rate_points")
      problems.push(
        fieldProblem("principal", "按贴息点数计算须填写本金", "a rate-points programme needs the principal"),
      );
    if (problems.length) throw AppError.validation(problems);

    const clash = await tx.query(
      `SELECT 1 FROM subsidy_applications
        WHERE green_financing_id = $1 AND status <> 'rejected' AND period_start <= $3 AND period_end >= $2`,
      [loan.id, v.periodStart, v.periodEnd],
    );
    if (clash.rows.length) throw overlapping(v.periodStart, v.periodEnd);
    const claimed = await tx.query<{ total: string }>(
      `SELECT coalesce(sum(subsidy_amount), 0)::text AS total FROM subsidy_applications
        WHERE programme_id = $1 AND green_financing_id = $2 AND status <> 'rejected'`,
      [programme.id, loan.id],
    );
    const outcome = computeSubsidy(
      {
        kind: programme.kind,
        rate: new Decimal(programme.rate).toFixed(),
        periodStart: programme.period_start,
        periodEnd: programme.period_end,
        perLoanCap: programme.per_loan_cap === null ? null : new Decimal(programme.per_loan_cap).toFixed(2),
      },
      {
        periodStart: v.periodStart,
        periodEnd: v.periodEnd,
        principal: v.principal ?? null,
        interestPaid: v.interestPaid,
        loanStart: loan.start_date,
        loanEnd: loan.maturity_date,
        alreadyClaimed: new Decimal(claimed.rows[0]!.total).toFixed(2),
      },
    );
    if (!outcome.ok) throw AppError.validation(outcome.problems);
    const c = outcome.computation;
    const inserted = await tx
      .query<{ id: string }>(
        `INSERT INTO subsidy_applications (programme_id, org_id, green_financing_id, loan_reference, enterprise_org_id,
                                           category_code, period_start, period_end, principal, interest_paid,
                                           subsidy_amount, computation, note, submitted_by, submitted_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12::jsonb,$13,$14,$15) RETURNING id`,
        [
          programme.id,
          actor.orgId,
          loan.id,
          loan.reference,
          loan.borrower_org_id,
          loan.category_code,
          v.periodStart,
          v.periodEnd,
          v.principal ?? null,
          v.interestPaid,
          c.amount,
          canonicalJson(c),
          v.note ?? null,
          actor.userId,
          now,
        ],
      )
      .catch((e: unknown) => {
        const err = e as { code?: string; constraint?: string };
        // Another application for the same loan got in first (the trigger serialises a loan's applications).
        if (err.code === "23505" || err.code === "23P01") throw overlapping(v.periodStart, v.periodEnd);
        if (
          err.code === "23514" &&
          (err.constraint === "subsidy_applications_per_loan_cap" || /per-loan cap/.test(String(e)))
        )
          throw new AppError("CONFLICT", {
            zh: "同一笔贷款的另一份贴息申请刚刚提交，单笔上限已变化，请重新申请",
            en: "another application for the same loan was made at the same moment and changed what is left of the per-loan cap; apply again",
            details: { field: "greenFinancingId" },
          });
        throw e;
      });
    const id = inserted.rows[0]!.id;
    await appendAudit(tx, actor, now, {
      action: "market.subsidy.apply",
      entityType: "subsidy_application",
      entityId: id,
      orgId: loan.borrower_org_id,
      details: {
        programmeId: programme.id,
        greenFinancingId: loan.id,
        loanReference: loan.reference,
        periodStart: v.periodStart,
        periodEnd: v.periodEnd,
        principal: v.principal ?? null,
        interestPaid: v.interestPaid,
        subsidyAmount: c.amount,
      },
    });
    return toApplicationView((await visibleApplication(tx, actor, id))!);
  });
}
