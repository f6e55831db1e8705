/**
 * Who may do what with ratings. Rating agencies run ratings: analysts (write) start runs and propose grade
 * overrides, reviewers (review) decide overrides and publish — never deciding their own proposal. The district
 * sees every run. A published result is also seen by the rated organisation and by those it granted the
 * "rating" scope (through the tenancy module's `authorizeRead`, which logs each granted read).
 */
import { requirePermission } from "../access/tenancy";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";

/** The actor belongs to a rating agency and its role allows `permission`. */
export function requireRatingAgency(actor: Actor, permission: "write" | "review"): void {
  if (actor.orgKind !== "rating_agency")
    throw AppError.forbidden("只有评级机构可以执行此操作", "Only a rating agency can do this");
  requirePermission(actor, permission);
}

/** The district or a rating agency: those who record controversies. */
export function requireControversyRecorder(actor: Actor): void {
  if (actor.orgKind !== "district" && actor.orgKind !== "rating_agency")
    throw AppError.forbidden(
      "只有管委会或评级机构可以登记争议事件",
      "Only the district or a rating agency can record controversies",
    );
  requirePermission(actor, "write");
}

/** The actor ran the run (its agency) or regulates the district: it sees the run whole, published or not. */
export const seesWholeRun = (actor: Actor, runOrgId: string): boolean =>
  actor.orgKind === "district" || actor.orgId === runOrgId;

/** A run of another agency, not yet published, does not exist as far as the actor can tell. */
export function requireRunVisible(actor: Actor, run: { org_id: string; status: string }): void {
  if (!seesWholeRun(actor, run.org_id) && run.status !== "published") throw AppError.notFound("rating_run");
}

/** Only the agency that ran it works on a run. */
export function requireOwnRun(actor: Actor, run: { org_id: string }): void {
  if (actor.orgId !== run.org_id) throw AppError.notFound("rating_run");
}
