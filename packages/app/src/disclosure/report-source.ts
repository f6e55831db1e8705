import type { NormalisedValue } from "@greenfin/domain";
import { loadDisclosure } from "../access/disclosure-access";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import type { DisclosureRow } from "./disclosure-row";
import { draftValues, type FrozenValue, frozenValues, thawed, valuesHash } from "./disclosure-values";

export interface ReportSource {
  row: DisclosureRow;
  values: NormalisedValue[];
  revision: number;
  /** "draft" for the owner's preview of an unsubmitted draft. */
  status: string;
  valuesHash: string;
  submittedAt: string;
  decidedAt: string | null;
}

/**
 * The values a report or export is made from: the named revision, else the latest one the reader may see (a grantee:
 * the latest accepted), else for the owner a preview of the draft (revision 0).
 */
export async function reportSource(p: Platform, actor: Actor, id: string, revision?: number): Promise<ReportSource> {
  const { row, basis } = await loadDisclosure(p, actor, id, "read");
  const r = await p.db.query<{
    revision: number;
    submitted_values: FrozenValue[];
    values_hash: string;
    submitted_at: Date;
    outcome: string;
    decided_at: Date | null;
  }>(
    `SELECT revision, submitted_values, values_hash, submitted_at, outcome, decided_at FROM disclosure_revisions
      WHERE disclosure_id = $1 AND ($2::int IS NULL OR revision = $2) AND ($3 OR outcome = 'accepted')
      ORDER BY revision DESC LIMIT 1`,
    [row.id, revision ?? null, basis !== "grant"],
  );
  const rev = r.rows[0];
  if (rev) {
    const status = rev.revision === row.revision ? row.status : rev.outcome;
    return {
      row,
      values: rev.submitted_values.map((v) => thawed(v, rev.revision)),
      revision: rev.revision,
      status,
      valuesHash: rev.values_hash,
      submittedAt: rev.submitted_at.toISOString(),
      decidedAt: rev.decided_at?.toISOString() ?? null,
    };
  }
  if (revision !== undefined || basis !== "owner") throw AppError.notFound("revision");
  const values = await draftValues(p.db, row.id);
  return {
    row,
    values,
    revision: 0,
    status: "draft",
    valuesHash: valuesHash(frozenValues(values)),
    submittedAt: row.updated_at.toISOString(),
    decidedAt: null,
  };
}
