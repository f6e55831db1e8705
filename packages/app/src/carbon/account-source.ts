/**
 * What carbon accounts are computed from: each enterprise (its USCC, industry and province) and its activity rows for
 * the year, read from `carbon_activity` for a whole batch of enterprises in one query each (the yearly job accounts
 * tens of thousands), in the order the account's inputs hash does not depend on anyway.
 */
import type { Queryable } from "@greenfin/db";
import type { ActivityRow, EnterpriseProfile } from "@greenfin/domain";
import { AppError } from "../errors/app-error";

/**
 * The zone's enterprises are in Qingdao, Shandong: the provincial grid factor applies unless an enterprise has a
 * factor of its own. (Organisations carry no province yet; when they do, it replaces this.)
 */
export const DISTRICT_PROVINCE = "Shandong";

export interface AccountSubject {
  orgId: string;
  profile: EnterpriseProfile;
}

/** The enterprises, in the order asked; an id that is not an enterprise with a USCC is not found. */
export async function accountSubjects(db: Queryable, orgIds: readonly string[]): Promise<AccountSubject[]> {
  const r = await db.query<{ id: string; uscc: string | null; industry_code: string | null; kind: string }>(
    "SELECT id, uscc, industry_code, kind FROM organisations WHERE id = ANY($1::uuid[])",
    [orgIds],
  );
  const byId = new Map(r.rows.map((o) => [o.id, o]));
  return orgIds.map((orgId) => {
    const org = byId.get(orgId);
    if (org?.kind !== "enterprise" || !org.uscc) throw AppError.notFound("carbon_account");
    return { orgId, profile: { id: org.uscc, industryCode: org.industry_code, province: DISTRICT_PROVINCE } };
  });
}

/** Each subject's activity rows of the year (an empty list when it has none). */
export async function activityRowsOf(
  db: Queryable,
  subjects: readonly AccountSubject[],
  year: number,
): Promise<Map<string, ActivityRow[]>> {
  const out = new Map(subjects.map((s) => [s.orgId, [] as ActivityRow[]]));
  const uscc = new Map(subjects.map((s) => [s.orgId, s.profile.id]));
  const r = await db.query<{
    org_id: string;
    meter: string;
    month: string;
    item: string;
    quantity: string;
    unit: string;
  }>(
    `SELECT org_id, meter, to_char(month, 'YYYY-MM') AS month, item, quantity::text AS quantity, unit
       FROM carbon_activity
      WHERE org_id = ANY($1::uuid[]) AND month >= make_date($2, 1, 1) AND month < make_date($2 + 1, 1, 1)
      ORDER BY org_id, meter, month, item`,
    [subjects.map((s) => s.orgId), year],
  );
  for (const row of r.rows)
    out.get(row.org_id)?.push({
      ref: `${row.meter} ${row.month} ${row.item}`,
      enterprise: uscc.get(row.org_id)!,
      meter: row.meter,
      month: row.month,
      item: row.item,
      quantity: row.quantity,
      unit: row.unit,
    });
  return out;
}
