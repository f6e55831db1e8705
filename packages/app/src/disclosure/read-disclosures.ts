import type { NormalisedValue } from "@greenfin/domain";
import { loadDisclosure } from "../access/disclosure-access";
import { logGrantedReads, requirePermission } from "../access/tenancy";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";
import { type Completeness, completenessOf } from "./completeness";
import { contextOfRow } from "./disclosure-context";
import { type DisclosureRow, disclosureColumns, periodOf } from "./disclosure-row";
import { draftValues, type FrozenValue, thawed } from "./disclosure-values";

interface ListedRow extends DisclosureRow {
  name_zh: string;
  name_en: string;
  org_kind: string;
  last_completeness: Completeness | null;
}

const summary = (r: ListedRow) => ({
  id: r.id,
  organisation: { id: r.org_id, nameZh: r.name_zh, nameEn: r.name_en, kind: r.org_kind },
  entityKind: r.entity_kind,
  reviewerOrgId: r.reviewer_org_id,
  period: periodOf(r),
  frameworks: r.frameworks,
  catalogueVersion: r.catalogue_version,
  status: r.status,
  revision: r.revision,
  firstSubmittedAt: r.first_submitted_at?.toISOString() ?? null,
  updatedAt: r.updated_at.toISOString(),
});

const LIST_SELECT = `SELECT ${disclosureColumns("d.")}, o.name_zh, o.name_en, o.kind AS org_kind,
    (SELECT r.completeness FROM disclosure_revisions r WHERE r.disclosure_id = d.id ORDER BY r.revision DESC LIMIT 1) AS last_completeness
  FROM disclosures d JOIN organisations o ON o.id = d.org_id`;

/**
 * "own": the organisation's disclosures. "review": what it reviews (the district: every submitted enterprise and
 * institution disclosure; a fund manager: its portfolio companies'). "granted": accepted or published disclosures
 * of organisations that granted it "disclosures" (each listed organisation's grant log records the read).
 */
export async function listDisclosures(p: Platform, actor: Actor, view: "own" | "review" | "granted") {
  requirePermission(actor, "read");
  let where: string;
  const params: unknown[] = [actor.orgId];
  if (view === "own") where = "d.org_id = $1";
  else if (view === "review") where = "d.first_submitted_at IS NOT NULL AND d.reviewer_org_id = $1";
  else
    where = `d.status IN ('accepted','published') AND d.org_id <> $1 AND EXISTS (SELECT 1 FROM consent_grants g
      WHERE g.grantor_org_id = d.org_id AND g.grantee_org_id = $1 AND g.scope = 'disclosures' AND g.revoked_at IS NULL
        AND g.valid_from <= $2 AND g.expires_at > $2)`;
  if (view === "granted") params.push(p.clock.now());
  const r = await p.db.query<ListedRow>(`${LIST_SELECT} WHERE ${where} ORDER BY d.period_year DESC, o.name_zh`, params);
  if (view === "granted")
    await logGrantedReads(
      p,
      actor,
      "disclosures",
      r.rows.map((x) => x.org_id),
      "disclosure-list:",
    );
  // The owner sees its drafts' live completeness; others the completeness frozen with the last revision. One query
  // at a time: inside a request they share its transaction's single connection.
  const out = [];
  for (const x of r.rows)
    out.push({
      ...summary(x),
      completeness:
        view === "own" ? completenessOf(contextOfRow(x), await draftValues(p.db, x.id)) : (x.last_completeness ?? []),
    });
  return out;
}

interface RevisionRow {
  id: string;
  revision: number;
  submitted_values: FrozenValue[];
  values_hash: string;
  completeness: unknown;
  warnings: unknown;
  submitted_at: Date;
  outcome: "pending" | "returned" | "accepted";
  decided_at: Date | null;
  decision_note: string | null;
}

/**
 * One disclosure with its values: the owner sees its working draft; a reviewer the latest submitted revision; a
 * grantee the latest accepted one. Plus completeness per framework, revisions, review comments and evidence.
 */
export async function getDisclosure(p: Platform, actor: Actor, id: string) {
  const { row, basis } = await loadDisclosure(p, actor, id, "read");
  const ctx = contextOfRow(row);
  const revisions = (
    await p.db.query<RevisionRow>(
      `SELECT id, revision, submitted_values, values_hash, completeness, warnings, submitted_at, outcome, decided_at, decision_note
         FROM disclosure_revisions WHERE disclosure_id = $1 ORDER BY revision DESC`,
      [row.id],
    )
  ).rows;
  let values: NormalisedValue[];
  let shownRevision: number | null = null;
  if (basis === "owner") values = await draftValues(p.db, row.id);
  else {
    const rev = basis === "grant" ? revisions.find((v) => v.outcome === "accepted") : revisions[0];
    values = rev ? rev.submitted_values.map((v) => thawed(v, rev.revision)) : [];
    shownRevision = rev?.revision ?? null;
  }
  const comments = (
    await p.db.query<{
      id: string;
      revision: number;
      indicator_id: string;
      dimension: string;
      comment: string;
      created_at: Date;
    }>(
      `SELECT c.id, v.revision, c.indicator_id, c.dimension, c.comment, c.created_at FROM disclosure_review_comments c
         JOIN disclosure_revisions v ON v.id = c.revision_id WHERE c.disclosure_id = $1 ORDER BY c.created_at DESC`,
      [row.id],
    )
  ).rows;
  const org = (
    await p.db.query<{ name_zh: string; name_en: string; kind: string }>(
      "SELECT name_zh, name_en, kind FROM organisations WHERE id = $1",
      [row.org_id],
    )
  ).rows[0];
  return {
    id: row.id,
    organisation: { id: row.org_id, nameZh: org?.name_zh ?? "", nameEn: org?.name_en ?? "", kind: org?.kind ?? "" },
    entityKind: row.entity_kind,
    reviewerOrgId: row.reviewer_org_id,
    period: periodOf(row),
    frameworks: [...row.frameworks],
    catalogueVersion: row.catalogue_version,
    status: row.status,
    revision: row.revision,
    access: basis,
    shownRevision,
    values: values.map((v) => ({
      indicatorId: v.indicatorId,
      dimension: v.dimension,
      payload: v.payload,
      notDisclosedReason: v.notDisclosedReason,
    })),
    completeness: completenessOf(ctx, values),
    revisions: revisions.map((v) => ({
      revision: v.revision,
      valuesHash: v.values_hash,
      submittedAt: v.submitted_at.toISOString(),
      outcome: v.outcome,
      decidedAt: v.decided_at?.toISOString() ?? null,
      decisionNote: v.decision_note,
      warnings: basis === "grant" ? [] : v.warnings,
    })),
    comments:
      basis === "grant"
        ? []
        : comments.map((c) => ({
            id: c.id,
            revision: c.revision,
            indicatorId: c.indicator_id,
            dimension: c.dimension,
            comment: c.comment,
            createdAt: c.created_at.toISOString(),
          })),
  };
}
