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

/**
 * Replaces the draft's rows for the changed keys with their new values (a removed value deletes its row), in two
 * statements whatever the number of values, so a 10 000-row workbook costs two round trips, not 10 000.
 */
export async function writeDraftValues(
  tx: Queryable,
  d: { id: string; orgId: string },
  values: readonly NormalisedValue[],
  changedKeys: readonly string[],
  by: string | null,
  at: Date,
): Promise<void> {
  const byKey = new Map(values.map((v) => [valueKey(v.indicatorId, v.dimension), v]));
  const removed = changedKeys.filter((k) => !byKey.has(k)).map((k) => k.split("#") as [string, string]);
  if (removed.length)
    await tx.query(
      `DELETE FROM disclosure_values v USING unnest($2::text[], $3::text[]) AS r(indicator_id, dimension)
        WHERE v.disclosure_id = $1 AND v.indicator_id = r.indicator_id AND v.dimension = r.dimension`,
      [d.id, removed.map((r) => r[0]), removed.map((r) => r[1] ?? "")],
    );
  const rows = changedKeys.flatMap((k) => {
    const v = byKey.get(k);
    return v ? [v] : [];
  });
  if (rows.length === 0) return;
  const numberOf = (v: NormalisedValue) =>
    v.payload && (v.payload.kind === "number" || v.payload.kind === "percent") ? v.payload.number : null;
  await tx.query(
    `INSERT INTO disclosure_values (disclosure_id, org_id, indicator_id, dimension, payload, canonical_value, canonical_unit,
                                    not_disclosed_reason, location, updated_by, updated_at)
     SELECT $1, $2, r.indicator_id, r.dimension, r.payload, r.canonical_value, r.canonical_unit, r.reason, r.location, $3, $4
       FROM unnest($5::text[], $6::text[], $7::jsonb[], $8::numeric[], $9::text[], $10::text[], $11::jsonb[])
         AS r(indicator_id, dimension, payload, canonical_value, canonical_unit, reason, location)
     ON CONFLICT (disclosure_id, indicator_id, dimension) DO UPDATE SET payload = EXCLUDED.payload,
       canonical_value = EXCLUDED.canonical_value, canonical_unit = EXCLUDED.canonical_unit,
       not_disclosed_reason = EXCLUDED.not_disclosed_reason, location = EXCLUDED.location,
       updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
    [
      d.id,
      d.orgId,
      by,
      at,
      rows.map((v) => v.indicatorId),
      rows.map((v) => v.dimension),
      rows.map((v) => (v.payload === null ? null : JSON.stringify(v.payload))),
      rows.map((v) => canonicalNumber(v)),
      rows.map((v) => numberOf(v)?.canonicalUnit ?? null),
      rows.map((v) => v.notDisclosedReason),
      rows.map((v) => JSON.stringify(v.location)),
    ],
  );
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
