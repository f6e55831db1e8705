/**
 * Who may do what in the marketplace. Institutions (bank, insurer, wealth manager, fund manager) publish products and
 * claim needs (with `write`); enterprises post needs and choose offers (with `write`); the district reads everything
 * and watches service levels. Row-level security in 0010_market_needs.sql holds the same line below.
 */
import { isFinancialInstitution } from "@greenfin/domain";
import { requirePermission } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";

export function requireInstitution(actor: Actor, permission: "read" | "write", what: { zh: string; en: string }): void {
  if (!isFinancialInstitution(actor.orgKind))
    throw AppError.forbidden(`只有金融机构可以${what.zh}`, `Only a financial institution may ${what.en}`);
  requirePermission(actor, permission);
}

export function requireEnterprise(actor: Actor, permission: "read" | "write", what: { zh: string; en: string }): void {
  if (actor.orgKind !== "enterprise")
    throw AppError.forbidden(`只有企业可以${what.zh}`, `Only an enterprise may ${what.en}`);
  requirePermission(actor, permission);
}

/** Enterprises, institutions and the district use the marketplace; rating agencies and verifiers do not. */
export function requireMarketReader(actor: Actor): void {
  if (actor.orgKind !== "enterprise" && actor.orgKind !== "district" && !isFinancialInstitution(actor.orgKind))
    throw AppError.forbidden();
  requirePermission(actor, "read");
}
