/**
 * Carbon-account fixtures on a seeded test database: activity rows written straight to `carbon_activity`, and three
 * demo enterprises made one industry's peers so the district's yearly run grades them.
 */
import type { Platform } from "@greenfin/app";

/** The same quantity in each of a year's twelve months (replacing what the month had for the item). */
export async function putMonths(
  p: Platform,
  orgId: string,
  item: string,
  quantity: string,
  unit: string,
  year = 2025,
): Promise<void> {
  await p.db.query(
    `INSERT INTO carbon_activity (org_id, meter, month, item, quantity, unit, updated_at)
     SELECT $1, 'main', make_date($2, m, 1), $3, $4::numeric, $5, now() FROM generate_series(1, 12) AS m
     ON CONFLICT (org_id, meter, month, item) DO UPDATE SET quantity = EXCLUDED.quantity`,
    [orgId, year, item, quantity, unit],
  );
}

/** Each enterprise's monthly electricity, in kWh: 1 200, 2 400 and 600 MWh a year. */
export const PEER_KWH = ["100000", "200000", "50000"] as const;

/**
 * The first three demo enterprises (by demo key) made chemical-resin makers (GB/T 4754 C2651), one industry's peers,
 * each with a year of electricity (PEER_KWH a month) and 1 000 万元 of value added, all of it in December (twelve
 * months of 83.333… would not be exact). Returns them in demo-key order.
 */
export async function seedResinPeers(p: Platform, year = 2025): Promise<{ id: string; key: string }[]> {
  const r = await p.db.query<{ id: string; demo_key: string }>(
    `UPDATE organisations SET industry_code = 'C2651' WHERE id IN (
       SELECT id FROM organisations WHERE kind = 'enterprise' ORDER BY demo_key LIMIT 3)
     RETURNING id, demo_key`,
  );
  r.rows.sort((a, b) => (a.demo_key < b.demo_key ? -1 : 1));
  const firms = r.rows.map((x) => ({ id: x.id, key: x.demo_key }));
  for (const [i, f] of firms.entries()) {
    await putMonths(p, f.id, "electricity", PEER_KWH[i] as string, "kWh", year);
    await p.db.query(
      `INSERT INTO carbon_activity (org_id, meter, month, item, quantity, unit, updated_at)
       VALUES ($1, 'main', make_date($2, 12, 1), 'value_added', 1000, 'wan_yuan', now())`,
      [f.id, year],
    );
  }
  return firms;
}
