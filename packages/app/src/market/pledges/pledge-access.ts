/**
 * Who may do what in the carbon pledge registry. An enterprise records and reads its own holdings (with `write` to
 * record) and reads the pledges on them; the district records holdings for any enterprise and reads everything; a
 * financial institution registers and releases pledges (with `write`) on the holdings of an enterprise that opened
 * its `financing` data to it by consent grant, and reads the pledges it holds. Row-level security in
 * 0009_carbon_pledges.sql holds the same line below.
 */
import { isFinancialInstitution } from "@greenfin/domain";
import { requirePermission } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";

export function requireHoldingWriter(actor: Actor): void {
  if (actor.orgKind !== "enterprise" && actor.orgKind !== "district")
    throw AppError.forbidden(
      "只有企业本身或管委会可以登记碳资产持有量",
      "Only the enterprise itself or the district records carbon-asset holdings",
    );
  requirePermission(actor, "write");
}

export function requirePledgee(actor: Actor, permission: "read" | "write"): void {
  if (!isFinancialInstitution(actor.orgKind))
    throw AppError.forbidden(
      "只有金融机构可以作为质权人办理碳资产质押",
      "Only a financial institution registers, releases and monitors carbon-asset pledges",
    );
  requirePermission(actor, permission);
}

/** Enterprises, institutions and the district read the registry (each its own part); others do not. */
export function requireRegistryReader(actor: Actor): void {
  if (actor.orgKind !== "enterprise" && actor.orgKind !== "district" && !isFinancialInstitution(actor.orgKind))
    throw AppError.forbidden();
  requirePermission(actor, "read");
}
