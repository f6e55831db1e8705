/**
 * Who may do what with the district statistics. A financial institution reports (with `write`) and reads its own
 * reports; the district reads all and decides (with `review`). Row-level security in 0013_district_statistics.sql holds
 * the same line below. Another institution's report is NOT_FOUND, never FORBIDDEN.
 */
import { isFinancialInstitution } from "@greenfin/domain";
import { requirePermission } from "../access/tenancy";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";

export function requireReporter(actor: Actor, permission: "read" | "write"): void {
  if (!isFinancialInstitution(actor.orgKind))
    throw AppError.forbidden("只有金融机构可以填报统计报表", "Only a financial institution may report statistics");
  requirePermission(actor, permission);
}

/** Institutions (their own reports) and the district (all of them). */
export function requireStatReader(actor: Actor): void {
  if (actor.orgKind !== "district" && !isFinancialInstitution(actor.orgKind)) throw AppError.forbidden();
  requirePermission(actor, "read");
}
