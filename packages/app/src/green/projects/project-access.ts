/**
 * Who may do what in the green project library, in one place (mirrored by the row-level security of
 * 0008_green_projects.sql):
 *
 * - an enterprise member with `write` submits its own projects; a financial institution or a verification body
 *   (a consultant for its client) with `write` submits for an enterprise it names;
 * - the owner and the submitter see their projects in every status, and with `write` resubmit, withdraw, add
 *   documents and report benefits;
 * - reviewers — members of the district or of a verification body with `review` — see every project and decide
 *   submitted ones, never one their own organisation submitted or owns;
 * - financial institutions see certified projects (the library); the district reads everything.
 *
 * A project the reader may not see does not exist for it (NOT_FOUND); a visible one it may not act on is FORBIDDEN.
 */
import { isFinancialInstitution, roleAllows } from "@greenfin/domain";
import { requirePermission } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";

export interface ProjectParties {
  org_id: string;
  submitted_by_org_id: string;
  status: string;
}

/** Organisation kinds that may enter a project for an enterprise. */
export const isProxySubmitter = (actor: Actor) => isFinancialInstitution(actor.orgKind) || actor.orgKind === "verifier";

export const isReviewerOrg = (actor: Actor) => actor.orgKind === "district" || actor.orgKind === "verifier";

/** The actor's organisation owns or entered the project. */
export const isParty = (actor: Actor, p: ProjectParties) =>
  p.org_id === actor.orgId || p.submitted_by_org_id === actor.orgId;

export function canSee(actor: Actor, p: ProjectParties): boolean {
  if (isParty(actor, p) || isReviewerOrg(actor)) return true;
  return isFinancialInstitution(actor.orgKind) && p.status === "certified";
}

/** The project as the actor may see it, else NOT_FOUND (as for an id that does not exist). */
export function requireVisible<T extends ProjectParties>(actor: Actor, p: T | undefined): T {
  if (!p || !canSee(actor, p)) throw AppError.notFound("green_project");
  return p;
}

/** A SQL condition on green_projects `g` limiting rows to those the actor may see. */
export function visibleFilter(actor: Actor, params: unknown[]): string {
  if (isReviewerOrg(actor)) return "TRUE";
  params.push(actor.orgId);
  const me = `$${params.length}`;
  const own = `(g.org_id = ${me} OR g.submitted_by_org_id = ${me})`;
  return isFinancialInstitution(actor.orgKind) ? `(${own} OR g.status = 'certified')` : own;
}

/** Enterprises submit their own projects; institutions and verification bodies for an enterprise. */
export function requireSubmitter(actor: Actor): void {
  if (actor.orgKind !== "enterprise" && !isProxySubmitter(actor))
    throw AppError.forbidden(
      "只有企业或代企业申报的金融机构、核查机构可以申报绿色项目",
      "Only an enterprise, or an institution or verification body on its behalf, submits green projects",
    );
  requirePermission(actor, "write");
}

/** Owner or submitter with `write` (after the project was found visible). */
export function requirePartyWriter(actor: Actor, p: ProjectParties): void {
  if (!isParty(actor, p))
    throw AppError.forbidden(
      "只有项目所有方或申报方可以执行此操作",
      "Only the project's owner or submitter may do this",
    );
  requirePermission(actor, "write");
}

/** Reviewers: members of the district or of a verification body with `review` (checked before any lookup). */
export function requireReviewerRole(actor: Actor): void {
  if (!isReviewerOrg(actor))
    throw AppError.forbidden(
      "只有管委会或核查机构的审核人员可以认定项目",
      "Only reviewers of the district or of a verification body decide on projects",
    );
  requirePermission(actor, "review");
}

/** A reviewer never decides a project its own organisation submitted or owns. */
export function requireNoConflict(actor: Actor, p: ProjectParties): void {
  if (isParty(actor, p))
    throw AppError.forbidden(
      "利益回避：不能认定本机构申报或拥有的项目",
      "Conflict of interest: a reviewer cannot decide a project its own organisation submitted or owns",
    );
}

/** District and verification bodies read the corrections reviewers made. */
export function requireCorrectionsReader(actor: Actor): void {
  if (!isReviewerOrg(actor)) throw AppError.forbidden();
  requirePermission(actor, "read");
}

/** The reader's buttons on a project page. */
export function projectCan(actor: Actor, p: ProjectParties) {
  const partyWriter = isParty(actor, p) && roleAllows(actor.role, "write");
  const open = p.status === "submitted" || p.status === "returned";
  return {
    edit: partyWriter && open,
    withdraw: partyWriter && open,
    review: isReviewerOrg(actor) && roleAllows(actor.role, "review") && !isParty(actor, p) && p.status === "submitted",
    finance: isFinancialInstitution(actor.orgKind) && roleAllows(actor.role, "write") && p.status === "certified",
    reportBenefits: partyWriter && p.status === "certified",
    addDocuments: partyWriter && (open || p.status === "certified"),
  };
}
