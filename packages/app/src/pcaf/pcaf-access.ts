/**
 * Who may do what with financed emissions. Members of a financial institution (bank, insurer, wealth manager, fund
 * manager) upload, run and read their own books: analysts and admins write, every member reads. The district reads
 * any completed run and the zone's table; every other kind of organisation gets nothing. A run of another
 * institution, or one not yet completed for anyone but its own institution, does not exist as far as the reader can
 * tell (NOT_FOUND) — the row-level security of 0007_pcaf.sql holds the same line below.
 */
import { isFinancialInstitution, type Permission } from "@greenfin/domain";
import { requirePermission } from "../access/tenancy";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";

/** The actor is a member of a financial institution whose role allows `permission`. */
export function requireInstitution(actor: Actor, permission: Permission): void {
  if (!isFinancialInstitution(actor.orgKind))
    throw AppError.forbidden(
      "只有金融机构可以核算投融资碳排放",
      "Only a financial institution calculates financed emissions",
    );
  requirePermission(actor, permission);
}

/** A financial institution (its own books) or the district (every institution's completed runs) reads. */
export function requirePcafReader(actor: Actor): void {
  if (actor.orgKind === "district") requirePermission(actor, "read");
  else requireInstitution(actor, "read");
}

/** The run's own institution sees it in any state; the district once completed; nobody else at all. */
export function requireRunVisible(actor: Actor, run: { org_id: string; status: string }): void {
  const own = actor.orgId === run.org_id;
  if (!own && !(actor.orgKind === "district" && run.status === "completed")) throw AppError.notFound("pcaf_run");
}

/** Positions and exports exist only for a completed run; its own institution is told it is still being calculated. */
export function requireCompleted(run: { status: string }): void {
  if (run.status !== "completed")
    throw new AppError("CONFLICT", {
      zh: "该核算尚未完成，完成后才有头寸结果",
      en: "The run has not completed yet; its position results come when it has",
      details: { status: run.status },
    });
}

/** Only the institution that uploaded a book works on it; for anyone else it does not exist. */
export function requireOwnBook<T extends { org_id: string }>(actor: Actor, book: T | undefined): T {
  if (!book || book.org_id !== actor.orgId) throw AppError.notFound("pcaf_book");
  return book;
}
