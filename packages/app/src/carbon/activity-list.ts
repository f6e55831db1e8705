/**
 * An enterprise's monthly activity figures for a year: read by the enterprise itself, the district, or a holder of
 * the enterprise's consent grant of scope "carbon" (each such read logged in the enterprise's grant access log).
 */
import { loadActivityItems } from "@greenfin/reference";
import { authorizeRead, requirePermission } from "../access/tenancy";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";

export interface ActivityRowView {
  meter: string;
  /** YYYY-MM */
  month: string;
  item: string;
  quantity: string;
  unit: string;
  /** The quantity in the item's working unit, or null when the unit entered is of another dimension. */
  workingQuantity: string | null;
  workingUnit: string;
  note: string | null;
  updatedAt: string;
}

export interface ActivityList {
  enterpriseId: string;
  year: number;
  rows: ActivityRowView[];
}

interface Row {
  meter: string;
  month: string;
  item: string;
  quantity: string;
  unit: string;
  quantity_working: string | null;
  note: string | null;
  updated_at: Date;
}

export async function listActivity(
  p: Platform,
  actor: Actor,
  enterpriseId: string,
  opts: { year: number },
): Promise<ActivityList> {
  requirePermission(actor, "read");
  const year = opts.year;
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw AppError.validation([
      { path: "year", messageZh: "年份应在 2000–2100 之间", messageEn: "The year must be 2000–2100" },
    ]);
  const org = await p.db.query<{ kind: string }>("SELECT kind FROM organisations WHERE id = $1", [enterpriseId]);
  // The same answer as for an enterprise the actor may not read, so the id's existence is not given away.
  if (org.rows[0]?.kind !== "enterprise") throw AppError.notFound("carbon_activity");
  await authorizeRead(p, actor, {
    ownerOrgId: enterpriseId,
    scope: "carbon",
    resource: `carbon_activity:${enterpriseId}:${year}`,
    // Enterprises report their activity data to the district.
    submittedToDistrict: true,
  });
  const r = await p.db.query<Row>(
    `SELECT meter, to_char(month, 'YYYY-MM') AS month, item, quantity, unit, quantity_working, note, updated_at
       FROM carbon_activity WHERE org_id = $1 AND month >= $2::date AND month < $3::date
      ORDER BY month, item, meter`,
    [enterpriseId, `${year}-01-01`, `${year + 1}-01-01`],
  );
  const working = new Map(loadActivityItems().items.map((i) => [i.code, i.units[0]!]));
  return {
    enterpriseId,
    year,
    rows: r.rows.map((x) => ({
      meter: x.meter,
      month: x.month,
      item: x.item,
      quantity: x.quantity,
      unit: x.unit,
      workingQuantity: x.quantity_working,
      workingUnit: working.get(x.item) ?? x.unit,
      note: x.note,
      updatedAt: x.updated_at.toISOString(),
    })),
  };
}
