/**
 * What a carbon account is computed from: the enterprise (its USCC, industry and province) and its activity rows
 * for the year, read from `carbon_activity` in the order the account's inputs hash does not depend on anyway.
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

export async function accountSubject(db: Queryable, orgId: string): Promise<AccountSubject> {
  const r = await db.query<{ uscc: string | null; industry_code: string | null; kind: string }>(
    "SELECT uscc, industry_code, kind FROM organisations WHERE id = $1",
    [orgId],
  );
  const org = r.rows[0];
  if (org?.kind !== "enterprise" || !org.uscc) throw AppError.notFound("carbon_account");
  return { orgId, profile: { id: org.uscc, industryCode: org.industry_code, province: DISTRICT_PROVINCE } };
}

export async function activityRowsFor(db: Queryable, subject: AccountSubject, year: number): Promise<ActivityRow[]> {
  const r = await db.query<{ meter: string; month: string; item: string; quantity: string; unit: string }>(
    `SELECT meter, to_char(month, 'YYYY-MM') AS month, item, quantity::text AS quantity, unit
       FROM carbon_activity
      WHERE org_id = $1 AND month >= make_date($2, 1, 1) AND month < make_date($2 + 1, 1, 1)
      ORDER BY meter, month, item`,
    [subject.orgId, year],
  );
  return r.rows.map((row) => ({
    ref: `${row.meter} ${row.month} ${row.item}`,
    enterprise: subject.profile.id,
    meter: row.meter,
    month: row.month,
    item: row.item,
    quantity: row.quantity,
    unit: row.unit,
  }));
}
