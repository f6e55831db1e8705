import { createHash } from "node:crypto";
import type { Queryable } from "@greenfin/db";
import { canonicalJson, canonicalNumber, type NormalisedValue, valueKey } from "@greenfin/domain";
import { toNormalised, type ValueRow } from "./disclosure-row";

export async function draftValues(db: Queryable, disclosureId: string): Promise<NormalisedValue[]> {
  const r = await db.query<ValueRow>(
    `SELECT indicator_id, dimension, payload, not_disclosed_reason, location FROM disclosure_values
      WHERE disclosure_id = $1 ORDER BY indicator_id, dimension`,
    [disclosureId],
  );
  return r.rows.map(toNormalised);
}

/** Replaces the draft's rows for the changed keys with their new values (a removed value deletes its row). */
export async function writeDraftValues(
  tx: Queryable,
  d: { id: string; orgId: string },
  values: readonly NormalisedValue[],
  changedKeys: readonly string[],
  by: string | null,
  at: Date,
): Promise<void> {
  const changed = new Set(changedKeys);
  const byKey = new Map(values.map((v) => [valueKey(v.indicatorId, v.dimension), v]));
  for (const key of changed) {
    const [indicatorId, dimension = ""] = key.split("#") as [string, string?];
    const v = byKey.get(key);
    if (!v) {
      await tx.query(
        "DELETE FROM disclosure_values WHERE disclosure_id = $1 AND indicator_id = $2 AND dimension = $3",
        [d.id, indicatorId, dimension],
      );
      continue;
    }
    const n = canonicalNumber(v);
    const unit =
      v.payload && (v.payload.kind === "number" || v.payload.kind === "percent")
        ? v.payload.number.canonicalUnit
        : null;
    await tx.query(
      `INSERT INTO disclosure_values (disclosure_id, org_id, indicator_id, dimension, payload, canonical_value, canonical_unit, not_disclosed_reason, location, updated_by, updated_at)
       VALUES ($1,$2,$3,$4,$5::jsonb,$6,$7,$8,$9::jsonb,$10,$11)
       ON CONFLICT (disclosure_id, indicator_id, dimension) DO UPDATE SET payload = EXCLUDED.payload,
         canonical_value = EXCLUDED.canonical_value, canonical_unit = EXCLUDED.canonical_unit,
         not_disclosed_reason = EXCLUDED.not_disclosed_reason, location = EXCLUDED.location,
         updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
      [
        d.id,
        d.orgId,
        v.indicatorId,
        v.dimension,
        JSON.stringify(v.payload),
        n,
        unit,
        v.notDisclosedReason,
        JSON.stringify(v.location),
        by,
        at,
      ],
    );
  }
}

/** What a revision stores and hashes: values without where they were typed (that is the intake log's business). */
export const frozenValues = (values: readonly NormalisedValue[]) =>
  [...values]
    .sort((a, b) => valueKey(a.indicatorId, a.dimension).localeCompare(valueKey(b.indicatorId, b.dimension)))
    .map((v) => ({
      indicatorId: v.indicatorId,
      dimension: v.dimension,
      payload: v.payload,
      notDisclosedReason: v.notDisclosedReason,
    }));

export type FrozenValue = ReturnType<typeof frozenValues>[number];

export function valuesHash(values: readonly FrozenValue[]): string {
  return createHash("sha256").update(canonicalJson(values)).digest("hex");
}

/** A frozen value read back as a normalised one (its location is the revision itself). */
export const thawed = (v: FrozenValue, revision: number): NormalisedValue => ({
  ...v,
  location: { source: "form", field: `revision ${revision}: ${valueKey(v.indicatorId, v.dimension)}` },
});
