/**
 * Who may do what with a disclosure, in one place beside the tenancy module:
 * - its organisation edits the draft and submits (write permission), and reads everything;
 * - its reviewer (the district, or the fund manager for a portfolio company) reads what was submitted and decides
 *   (review permission);
 * - a consent-grant holder (scope "disclosures") reads accepted and published revisions only, and each read is
 *   logged in the grantor's access log.
 * Anything else is NOT_FOUND, exactly as for an id that does not exist.
 */
import type { Queryable } from "@greenfin/db";
import type { Actor } from "../context/actor";
import { type DisclosureRow, disclosureColumns } from "../disclosure/disclosure-row";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { authorizeRead, requirePermission } from "./tenancy";

export type DisclosureAccess = "write" | "read" | "review";

export interface DisclosureReadBasis {
  readonly row: DisclosureRow;
  /** "owner", "reviewer" (incl. the district) or "grant": a grantee sees only accepted and published revisions. */
  readonly basis: "owner" | "reviewer" | "grant";
}

export async function loadDisclosure(
  p: Platform,
  actor: Actor,
  id: string,
  access: DisclosureAccess,
  db: Queryable = p.db,
): Promise<DisclosureReadBasis> {
  // Writers and reviewers lock the row, so concurrent intakes and decisions on one disclosure run one at a time.
  const lock = access === "read" ? "" : " FOR UPDATE";
  const r = await db.query<DisclosureRow>(`SELECT ${disclosureColumns()} FROM disclosures WHERE id = $1${lock}`, [id]);
  const row = r.rows[0];
  if (!row) throw AppError.notFound("disclosure");
  const submitted = row.first_submitted_at !== null;
  const isOwner = row.org_id === actor.orgId;
  // The district reviews enterprises and institutions; a fund manager alone sees its portfolio companies' returns.
  const isReviewer = submitted && row.reviewer_org_id === actor.orgId;

  if (access === "write") {
    if (!isOwner) throw AppError.notFound("disclosure");
    requirePermission(actor, "write");
    return { row, basis: "owner" };
  }
  if (access === "review") {
    if (!submitted || row.reviewer_org_id !== actor.orgId) throw AppError.notFound("disclosure");
    requirePermission(actor, "review");
    return { row, basis: "reviewer" };
  }
  requirePermission(actor, "read");
  if (isOwner) return { row, basis: "owner" };
  if (isReviewer) return { row, basis: "reviewer" };
  if (row.status !== "accepted" && row.status !== "published") throw AppError.notFound("disclosure");
  await authorizeRead(
    p,
    actor,
    { ownerOrgId: row.org_id, scope: "disclosures", resource: `disclosure:${row.id}`, submittedToDistrict: false },
    db,
  );
  return { row, basis: "grant" };
}
