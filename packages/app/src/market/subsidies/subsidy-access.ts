/**
 * Who may do what with interest subsidies. The district sets up, opens and closes programmes and pays (with `write`)
 * and decides applications (with `review`); a financial institution applies (with `write`) for its own green loans and
 * reads its applications; an enterprise reads the applications made for its loans; institutions and enterprises read
 * programmes once opened. Row-level security in 0011_interest_subsidies.sql holds the same line below.
 */
import { isFinancialInstitution } from "@greenfin/domain";
import { requirePermission } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";

export function requireSubsidyManager(actor: Actor, permission: "write" | "review" | "read"): void {
  if (actor.orgKind !== "district")
    throw AppError.forbidden("只有管委会可以管理贴息政策和审批贴息", "Only the district runs subsidy programmes");
  requirePermission(actor, permission);
}

export function requireApplicant(actor: Actor): void {
  if (!isFinancialInstitution(actor.orgKind))
    throw AppError.forbidden("只有金融机构可以代企业申请贴息", "Only a financial institution applies for a subsidy");
  requirePermission(actor, "write");
}

/** The district, institutions and enterprises read (each its own part); rating agencies and verifiers do not. */
export function requireSubsidyReader(actor: Actor): void {
  if (actor.orgKind !== "district" && actor.orgKind !== "enterprise" && !isFinancialInstitution(actor.orgKind))
    throw AppError.forbidden();
  requirePermission(actor, "read");
}
