/**
 * The district decides a submitted application (with `review`) and records its payment (with `write`). Approval commits
 * the subsidy against the programme's budget atomically: the database's guarded UPDATE (0011_interest_subsidies.sql)
 * decides, so twenty approvals at once never commit more than the budget; one that does not fit is refused as
 * CONFLICT naming budget, committed and remaining (a first look here answers early with the same figures). A rejection
 * needs a note. An application is decided once (CONFLICT); only an approved one is paid. Parties other than the
 * district may read an application but not decide it (FORBIDDEN); others do not see it (NOT_FOUND). Audited in the
 * same transaction.
 */
import type { Queryable } from "@greenfin/db";
import Decimal from "decimal.js";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requireSubsidyManager, requireSubsidyReader } from "./subsidy-access";
import {
  type ApplicationRow,
  fieldProblem,
  type SubsidyApplicationView,
  toApplicationView,
  visibleApplication,
  yuan,
} from "./subsidy-rows";

export interface DecisionInput {
  decision: "approve" | "reject";
  note?: string;
}

export interface PaidInput {
  /** The treasury's payment voucher or transfer reference. */
  paymentReference: string;
}

interface DbError {
  code?: string;
  constraint?: string;
  detail?: string;
}

export function overBudget(budget: string, committed: string, requested: string): AppError {
  const remaining = yuan(new Decimal(budget).minus(committed));
  const b = yuan(budget);
  const c = yuan(committed);
  const r = yuan(requested);
  const zh = `贴息预算不足：预算 ${b} 元，已承诺 ${c} 元，剩余 ${remaining} 元，本次申请 ${r} 元`;
  const en = `Not enough subsidy budget left: budget ${b} yuan, committed ${c} yuan, remaining ${remaining} yuan, this application ${r} yuan`;
  return new AppError("CONFLICT", {
    zh,
    en,
    details: {
      field: "decision",
      problems: [fieldProblem("decision", zh, en)],
      budget: b,
      committed: c,
      remaining,
      requested: r,
    },
  });
}

/** The application as a deciding district sees it: its parties may read but not act; others do not see it. */
async function forDistrict(
  tx: Queryable,
  actor: Actor,
  applicationId: string,
  permission: "review" | "write",
): Promise<ApplicationRow> {
  requireSubsidyReader(actor);
  const app = await visibleApplication(tx, actor, applicationId);
  if (!app) throw AppError.notFound("subsidy_application");
  requireSubsidyManager(actor, permission);
  return app;
}

const alreadyDecided = (app: ApplicationRow) =>
  new AppError("CONFLICT", {
    zh: `该贴息申请已是「${app.status}」状态`,
    en: `the subsidy application is already ${app.status}`,
    details: { field: "status", status: app.status },
  });

export async function decideApplication(
  p: Platform,
  actor: Actor,
  applicationId: string,
  input: DecisionInput,
): Promise<SubsidyApplicationView> {
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const app = await forDistrict(tx, actor, applicationId, "review");
    if (input.decision !== "approve" && input.decision !== "reject")
      throw AppError.validation([fieldProblem("decision", "应为 approve 或 reject", "approve or reject")]);
    const note = input.note?.trim() || null;
    if (input.decision === "reject" && !note)
      throw AppError.validation([fieldProblem("note", "驳回须说明理由", "a rejection needs a note")]);
    if (app.status !== "submitted") throw alreadyDecided(app);
    const status = input.decision === "approve" ? "approved" : "rejected";
    if (status === "approved") {
      // A first look, for a clear answer; the trigger's guarded UPDATE is what decides under concurrency.
      const g = (
        await tx.query<{ budget: string; committed: string }>(
          "SELECT budget::text AS budget, committed::text AS committed FROM subsidy_programmes WHERE id = $1",
          [app.programme_id],
        )
      ).rows[0]!;
      if (new Decimal(g.committed).plus(app.subsidy_amount).gt(g.budget))
        throw overBudget(g.budget, g.committed, app.subsidy_amount);
    }
    const updated = await tx
      .query<{ id: string }>(
        `UPDATE subsidy_applications SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5
          WHERE id = $1 AND status = 'submitted' RETURNING id`,
        [app.id, status, actor.userId, now, note],
      )
      .catch((e: unknown) => {
        const err = e as DbError;
        if (
          err.code === "23514" &&
          (err.constraint === "subsidy_programmes_within_budget" || /remaining budget/.test(String(e)))
        ) {
          const d = JSON.parse(err.detail ?? "{}") as { budget?: string; committed?: string };
          throw overBudget(d.budget ?? "0", d.committed ?? d.budget ?? "0", app.subsidy_amount);
        }
        throw e;
      });
    if (updated.rows.length === 0) {
      // Decided by a simultaneous request.
      const now_ = await visibleApplication(tx, actor, app.id);
      throw alreadyDecided(now_ ?? app);
    }
    await appendAudit(tx, actor, now, {
      action: status === "approved" ? "market.subsidy.approve" : "market.subsidy.reject",
      entityType: "subsidy_application",
      entityId: app.id,
      orgId: app.enterprise_org_id,
      details: {
        programmeId: app.programme_id,
        institutionId: app.org_id,
        greenFinancingId: app.green_financing_id,
        subsidyAmount: yuan(app.subsidy_amount),
        note,
      },
    });
    return toApplicationView((await visibleApplication(tx, actor, app.id))!);
  });
}

export async function markPaid(
  p: Platform,
  actor: Actor,
  applicationId: string,
  input: PaidInput,
): Promise<SubsidyApplicationView> {
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const app = await forDistrict(tx, actor, applicationId, "write");
    const reference = input.paymentReference?.trim();
    if (!reference)
      throw AppError.validation([
        fieldProblem("paymentReference", "须填写拨付凭证号", "name the payment's voucher or transfer reference"),
      ]);
    const updated = await tx.query<{ id: string }>(
      `UPDATE subsidy_applications SET status = 'paid', paid_by = $2, paid_at = $3, payment_reference = $4
        WHERE id = $1 AND status = 'approved' RETURNING id`,
      [app.id, actor.userId, now, reference],
    );
    if (updated.rows.length === 0)
      throw new AppError("CONFLICT", {
        zh: `只有已批准的贴息申请才能登记拨付；该申请是「${app.status}」`,
        en: `only an approved application is paid; this one is ${app.status}`,
        details: { field: "status", status: app.status },
      });
    await appendAudit(tx, actor, now, {
      action: "market.subsidy.paid",
      entityType: "subsidy_application",
      entityId: app.id,
      orgId: app.enterprise_org_id,
      details: {
        programmeId: app.programme_id,
        subsidyAmount: yuan(app.subsidy_amount),
        paymentReference: reference,
      },
    });
    return toApplicationView((await visibleApplication(tx, actor, app.id))!);
  });
}
