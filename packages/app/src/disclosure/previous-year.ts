import type { Queryable } from "@greenfin/db";
import { canonicalNumber, valueKey } from "@greenfin/domain";
import type { DisclosureRow } from "./disclosure-row";
import { type FrozenValue, thawed } from "./disclosure-values";

/**
 * Canonical numbers of the same organisation's previous-year disclosure (same template kind and reviewer), from its
 * last accepted revision, or failing that its last submitted one: the base for year-on-year warnings.
 */
export async function previousYearValues(db: Queryable, d: DisclosureRow): Promise<Map<string, string>> {
  const r = await db.query<{ submitted_values: FrozenValue[]; revision: number }>(
    `SELECT v.submitted_values, v.revision FROM disclosures d JOIN disclosure_revisions v ON v.disclosure_id = d.id
      WHERE d.org_id = $1 AND d.entity_kind = $2 AND d.reviewer_org_id = $3 AND d.period_year = $4
      ORDER BY (v.outcome = 'accepted') DESC, v.revision DESC LIMIT 1`,
    [d.org_id, d.entity_kind, d.reviewer_org_id, d.period_year - 1],
  );
  const out = new Map<string, string>();
  const row = r.rows[0];
  if (!row) return out;
  for (const v of row.submitted_values) {
    const n = canonicalNumber(thawed(v, row.revision));
    if (n !== null) out.set(valueKey(v.indicatorId, v.dimension), n);
  }
  return out;
}
