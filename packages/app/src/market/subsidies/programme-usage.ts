/**
 * How a programme's budget is used, for the district: budget, committed (approved and paid), paid, remaining and
 * pending (submitted, not yet decided), with the same figures by the loans' catalogue category and by institution.
 * The totals are the database's own (`committed` and `paid` on the programme, kept by its trigger).
 */
import Decimal from "decimal.js";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import { categoryRef } from "../../green/green-catalogue";
import type { Platform } from "../../platform";
import { requireSubsidyManager, requireSubsidyReader } from "./subsidy-access";
import { visibleProgramme, yuan } from "./subsidy-rows";

export interface UsageLine {
  committed: string;
  paid: string;
  pending: string;
  approvedCount: number;
  paidCount: number;
  pendingCount: number;
}

export interface ProgrammeUsage {
  programmeId: string;
  budget: string;
  committed: string;
  paid: string;
  remaining: string;
  pending: string;
  byCategory: (UsageLine & { categoryCode: string; nameZh: string; nameEn: string })[];
  byInstitution: (UsageLine & { institutionId: string; institutionName: string })[];
}

interface GroupRow {
  key: string;
  name: string;
  committed: string;
  paid: string;
  pending: string;
  approved_count: number;
  paid_count: number;
  pending_count: number;
}

const SUMS = `coalesce(sum(a.subsidy_amount) FILTER (WHERE a.status IN ('approved','paid')), 0)::text AS committed,
       coalesce(sum(a.subsidy_amount) FILTER (WHERE a.status = 'paid'), 0)::text AS paid,
       coalesce(sum(a.subsidy_amount) FILTER (WHERE a.status = 'submitted'), 0)::text AS pending,
       (count(*) FILTER (WHERE a.status = 'approved'))::int AS approved_count,
       (count(*) FILTER (WHERE a.status = 'paid'))::int AS paid_count,
       (count(*) FILTER (WHERE a.status = 'submitted'))::int AS pending_count`;

const line = (r: GroupRow): UsageLine => ({
  committed: yuan(r.committed),
  paid: yuan(r.paid),
  pending: yuan(r.pending),
  approvedCount: Number(r.approved_count),
  paidCount: Number(r.paid_count),
  pendingCount: Number(r.pending_count),
});

export async function programmeUsage(p: Platform, actor: Actor, programmeId: string): Promise<ProgrammeUsage> {
  requireSubsidyReader(actor);
  const programme = await visibleProgramme(p.db, actor, programmeId);
  if (!programme) throw AppError.notFound("subsidy_programme");
  requireSubsidyManager(actor, "read");
  const byCategory = await p.db.query<GroupRow>(
    `SELECT a.category_code AS key, a.category_code AS name, ${SUMS}
       FROM subsidy_applications a WHERE a.programme_id = $1 AND a.status <> 'rejected'
      GROUP BY a.category_code ORDER BY a.category_code`,
    [programme.id],
  );
  const byInstitution = await p.db.query<GroupRow>(
    `SELECT a.org_id AS key, o.name_zh AS name, ${SUMS}
       FROM subsidy_applications a JOIN organisations o ON o.id = a.org_id
      WHERE a.programme_id = $1 AND a.status <> 'rejected'
      GROUP BY a.org_id, o.name_zh ORDER BY o.name_zh, a.org_id`,
    [programme.id],
  );
  const pending = byInstitution.rows.reduce((s, r) => s.plus(r.pending), new Decimal(0));
  return {
    programmeId: programme.id,
    budget: yuan(programme.budget),
    committed: yuan(programme.committed),
    paid: yuan(programme.paid),
    remaining: yuan(new Decimal(programme.budget).minus(programme.committed)),
    pending: yuan(pending),
    byCategory: byCategory.rows.map((r) => {
      const ref = categoryRef(r.key);
      return { categoryCode: r.key, nameZh: ref?.nameZh ?? r.key, nameEn: ref?.nameEn ?? r.key, ...line(r) };
    }),
    byInstitution: byInstitution.rows.map((r) => ({ institutionId: r.key, institutionName: r.name, ...line(r) })),
  };
}
