import type { Queryable } from "@greenfin/db";
import { canonicalNumber, type NormalisedValue } from "@greenfin/domain";
import { type BulkColumn, insertJson, insertUnnest } from "./bulk-insert";

/** Rows of the disclosure tables as the demo seed writes them: ids are chosen here, timestamps are ISO text. */
export interface DisclosureRowIn {
  id: string;
  orgId: string;
  entityKind: string;
  reviewerOrgId: string;
  year: number;
  frameworks: readonly string[];
  catalogueVersion: string;
  status: string;
  revision: number;
  firstSubmittedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RevisionRowIn {
  id: string;
  disclosureId: string;
  orgId: string;
  revision: number;
  /** JSON text of the frozen values, completeness and warnings. */
  submittedValues: string;
  valuesHash: string;
  completeness: string;
  warnings: string;
  submittedBy: string | null;
  submittedAt: string;
  outcome: "pending" | "returned" | "accepted";
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface ValueRowIn {
  disclosureId: string;
  orgId: string;
  indicatorId: string;
  dimension: string;
  payload: string | null;
  canonicalValue: string | null;
  canonicalUnit: string | null;
  reason: string | null;
  location: string;
  updatedBy: string | null;
  updatedAt: string;
}

export interface CommentRowIn {
  revisionId: string;
  disclosureId: string;
  orgId: string;
  reviewerOrgId: string;
  indicatorId: string;
  dimension: string;
  comment: string;
  authorId: string | null;
  createdAt: string;
}

const col = <R>(name: string, type: string, value: (r: R) => unknown, select?: string): BulkColumn<R> =>
  select ? { name, type, value, select } : { name, type, value };

const DISCLOSURES: BulkColumn<DisclosureRowIn>[] = [
  col("id", "uuid", (r) => r.id),
  col("org_id", "uuid", (r) => r.orgId),
  col("entity_kind", "text", (r) => r.entityKind),
  col("reviewer_org_id", "uuid", (r) => r.reviewerOrgId),
  col("period_year", "int", (r) => r.year),
  col("period_start", "date", (r) => `${r.year}-01-01`),
  col("period_end", "date", (r) => `${r.year}-12-31`),
  // A text[] per row cannot pass through unnest (it would flatten), so the list travels joined by commas.
  col("frameworks", "text", (r) => r.frameworks.join(","), "string_to_array(u.frameworks, ',')"),
  col("catalogue_version", "text", (r) => r.catalogueVersion),
  col("status", "text", (r) => r.status),
  col("revision", "int", (r) => r.revision),
  col("first_submitted_at", "timestamptz", (r) => r.firstSubmittedAt),
  col("created_by", "uuid", (r) => r.createdBy),
  col("created_at", "timestamptz", (r) => r.createdAt),
  col("updated_at", "timestamptz", (r) => r.updatedAt),
];

const REVISIONS: BulkColumn<RevisionRowIn>[] = [
  col("id", "uuid", (r) => r.id),
  col("disclosure_id", "uuid", (r) => r.disclosureId),
  col("org_id", "uuid", (r) => r.orgId),
  col("revision", "int", (r) => r.revision),
  col("submitted_values", "jsonb", (r) => r.submittedValues),
  col("values_hash", "text", (r) => r.valuesHash),
  col("completeness", "jsonb", (r) => r.completeness),
  col("warnings", "jsonb", (r) => r.warnings),
  col("submitted_by", "uuid", (r) => r.submittedBy),
  col("submitted_at", "timestamptz", (r) => r.submittedAt),
  col("outcome", "text", (r) => r.outcome),
  col("decided_by", "uuid", (r) => r.decidedBy),
  col("decided_at", "timestamptz", (r) => r.decidedAt),
  col("decision_note", "text", (r) => r.decisionNote),
];

const VALUES: BulkColumn<ValueRowIn>[] = [
  col("disclosure_id", "uuid", (r) => r.disclosureId),
  col("org_id", "uuid", (r) => r.orgId),
  col("indicator_id", "text", (r) => r.indicatorId),
  col("dimension", "text", (r) => r.dimension),
  col("payload", "jsonb", (r) => r.payload),
  col("canonical_value", "numeric", (r) => r.canonicalValue),
  col("canonical_unit", "text", (r) => r.canonicalUnit),
  col("not_disclosed_reason", "text", (r) => r.reason),
  col("location", "jsonb", (r) => r.location),
  col("updated_by", "uuid", (r) => r.updatedBy),
  col("updated_at", "timestamptz", (r) => r.updatedAt),
];

const COMMENTS: BulkColumn<CommentRowIn>[] = [
  col("revision_id", "uuid", (r) => r.revisionId),
  col("disclosure_id", "uuid", (r) => r.disclosureId),
  col("org_id", "uuid", (r) => r.orgId),
  col("reviewer_org_id", "uuid", (r) => r.reviewerOrgId),
  col("indicator_id", "text", (r) => r.indicatorId),
  col("dimension", "text", (r) => r.dimension),
  col("comment", "text", (r) => r.comment),
  col("author_id", "uuid", (r) => r.authorId),
  col("created_at", "timestamptz", (r) => r.createdAt),
];

export interface DisclosureRowsIn {
  disclosures: DisclosureRowIn[];
  revisions: RevisionRowIn[];
  /** Drafts that have no revision yet. */
  values: ValueRowIn[];
  comments: CommentRowIn[];
  /** Disclosures whose working draft is their last revision, copied over in the database. */
  draftsFromRevisions: string[];
}

/**
 * A submitted disclosure's draft is its last revision: the database copies each revision's frozen values into
 * draft rows (their location names the revision, as for values read back from one), instead of the seed sending
 * every value a second time.
 */
const COPY_DRAFTS = `INSERT INTO disclosure_values (disclosure_id, org_id, indicator_id, dimension, payload, canonical_value,
      canonical_unit, not_disclosed_reason, location, updated_by, updated_at)
  SELECT r.disclosure_id, r.org_id, v->>'indicatorId', v->>'dimension', NULLIF(v->'payload', 'null'::jsonb),
         (v #>> '{payload,number,canonical}')::numeric, v #>> '{payload,number,canonicalUnit}', v->>'notDisclosedReason',
         jsonb_build_object('source', 'form', 'field',
           'revision ' || r.revision || ': ' || (v->>'indicatorId') || '#' || (v->>'dimension')),
         r.submitted_by, r.submitted_at
    FROM disclosures d JOIN disclosure_revisions r ON r.disclosure_id = d.id AND r.revision = d.revision
         CROSS JOIN LATERAL jsonb_array_elements(r.submitted_values) AS v
   WHERE d.id = ANY($1::uuid[])`;

/**
 * Writes the rows parents first and returns how many draft rows there are. Revisions carry large JSON documents,
 * so they go as JSON (see insertJson); everything else through unnest.
 */
export async function insertDisclosureRows(tx: Queryable, rows: DisclosureRowsIn): Promise<number> {
  await insertUnnest(tx, "disclosures", DISCLOSURES, rows.disclosures, 2000);
  await insertJson(tx, "disclosure_revisions", REVISIONS, rows.revisions, 200);
  await insertUnnest(tx, "disclosure_values", VALUES, rows.values, 2000);
  const copied = await tx.query(COPY_DRAFTS, [rows.draftsFromRevisions]);
  await insertUnnest(tx, "disclosure_review_comments", COMMENTS, rows.comments, 2000);
  return rows.values.length + copied.rowCount;
}

/** The working-draft rows of a disclosure that has no revision yet, one per checked value. */
export function addDraftRows(
  rows: DisclosureRowsIn,
  t: { readonly id: string; readonly orgId: string; readonly filer: string | null },
  checked: { readonly values: readonly NormalisedValue[] },
  savedAt: string,
): void {
  for (const v of checked.values) {
    const p = v.payload;
    rows.values.push({
      disclosureId: t.id,
      orgId: t.orgId,
      indicatorId: v.indicatorId,
      dimension: v.dimension,
      payload: p ? JSON.stringify(p) : null,
      canonicalValue: canonicalNumber(v),
      canonicalUnit: p && (p.kind === "number" || p.kind === "percent") ? p.number.canonicalUnit : null,
      reason: v.notDisclosedReason,
      location: JSON.stringify(v.location),
      updatedBy: t.filer,
      updatedAt: savedAt,
    });
  }
}
