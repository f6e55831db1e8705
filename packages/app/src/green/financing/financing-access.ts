/**
 * Who may do what with green financings. Financial institutions (bank, insurer, wealth manager, fund manager) record
 * and relabel their own with `write` and read their own; the district reads every institution's; an enterprise reads
 * the financings linked to its own projects; nobody else reads any. Another institution's financing does not exist
 * for the reader (NOT_FOUND); the row-level security of 0008_green_projects.sql holds the same line below.
 */
import { isFinancialInstitution } from "@greenfin/domain";
import { requirePermission } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";

export function requireFinancingWriter(actor: Actor): void {
  if (!isFinancialInstitution(actor.orgKind))
    throw AppError.forbidden(
      "只有金融机构可以登记和标识绿色融资",
      "Only a financial institution records and labels green financings",
    );
  requirePermission(actor, "write");
}

/** Institutions, the district and enterprises read (each its own part); rating agencies and verifiers do not. */
export function requireFinancingReader(actor: Actor): void {
  if (!isFinancialInstitution(actor.orgKind) && actor.orgKind !== "district" && actor.orgKind !== "enterprise")
    throw AppError.forbidden();
  requirePermission(actor, "read");
}

/** Statistics: an institution for its own book, the district for the zone or one institution. */
export function requireStatisticsReader(actor: Actor): "institution" | "district" {
  if (actor.orgKind === "district") {
    requirePermission(actor, "read");
    return "district";
  }
  if (!isFinancialInstitution(actor.orgKind))
    throw AppError.forbidden(
      "只有金融机构和管委会可以查看绿色融资统计",
      "Only financial institutions and the district see green-financing statistics",
    );
  requirePermission(actor, "read");
  return "institution";
}
