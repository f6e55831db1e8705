import type { Queryable } from "@greenfin/db";

/** Who acts in the seeded disclosure history. */
export interface DemoPeople {
  /** The user who files for each organisation (its administrator), by demo key; most enterprises have none. */
  readonly filer: ReadonlyMap<string, string>;
  /** The district's reviewer, who decides every revision (its administrator if it has no reviewer). */
  readonly reviewer: string | null;
  readonly districtId: string;
}

export async function demoPeople(tx: Queryable): Promise<DemoPeople> {
  const r = await tx.query<{
    demo_key: string;
    kind: string;
    org_id: string;
    user_id: string | null;
    role: string | null;
  }>(
    `SELECT o.demo_key, o.kind, o.id AS org_id, m.user_id, m.role
       FROM organisations o LEFT JOIN memberships m ON m.org_id = o.id AND m.role IN ('admin', 'reviewer')
      WHERE m.user_id IS NOT NULL OR o.kind = 'district'`,
  );
  const filer = new Map<string, string>();
  let reviewer: string | null = null;
  let districtId = "";
  for (const row of r.rows) {
    if (row.kind === "district") {
      districtId = row.org_id;
      if (row.user_id && (row.role === "reviewer" || !reviewer)) reviewer = row.user_id;
    } else if (row.role === "admin" && row.user_id) filer.set(row.demo_key, row.user_id);
  }
  if (!districtId) throw new Error("the demo district must be seeded before its disclosures");
  return { filer, reviewer, districtId };
}
