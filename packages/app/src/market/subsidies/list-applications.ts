/**
 * Subsidy applications as each reader sees them: an institution its own, an enterprise those made for its loans, the
 * district every one. Filters: programme, status. One application by id for its parties and the district (else
 * NOT_FOUND).
 */
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requireSubsidyReader } from "./subsidy-access";
import {
  APPLICATION_SELECT,
  type ApplicationRow,
  type ApplicationStatus,
  applicationScope,
  type SubsidyApplicationView,
  toApplicationView,
  UUID,
  visibleApplication,
} from "./subsidy-rows";

export interface ApplicationQuery {
  programmeId?: string;
  status?: ApplicationStatus;
}

export async function listApplications(
  p: Platform,
  actor: Actor,
  query: ApplicationQuery = {},
): Promise<SubsidyApplicationView[]> {
  requireSubsidyReader(actor);
  const params: unknown[] = [];
  const where = [applicationScope(actor, params)];
  if (query.programmeId !== undefined) {
    if (!UUID.test(query.programmeId)) return [];
    params.push(query.programmeId);
    where.push(`a.programme_id = $${params.length}`);
  }
  if (query.status) {
    params.push(query.status);
    where.push(`a.status = $${params.length}`);
  }
  const r = await p.db.query<ApplicationRow>(
    `${APPLICATION_SELECT} WHERE ${where.join(" AND ")} ORDER BY a.submitted_at DESC, a.id`,
    params,
  );
  return r.rows.map(toApplicationView);
}

export async function getApplication(
  p: Platform,
  actor: Actor,
  applicationId: string,
): Promise<SubsidyApplicationView> {
  requireSubsidyReader(actor);
  const row = await visibleApplication(p.db, actor, applicationId);
  if (!row) throw AppError.notFound("subsidy_application");
  return toApplicationView(row);
}
