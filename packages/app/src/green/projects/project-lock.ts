import type { Queryable } from "@greenfin/db";

export interface ProjectLockRow {
  id: string;
  ref_no: string;
  org_id: string;
  submitted_by_org_id: string;
  status: string;
  name: string;
  description: string;
  classification: string;
  fingerprint: string;
  operation_year: number | null;
}

const COLUMNS =
  "id, ref_no, org_id, submitted_by_org_id, status, name, description, classification, fingerprint, operation_year";

/** The project's row, without a lock (for checks before a transaction). */
export async function loadProjectParties(db: Queryable, id: string): Promise<ProjectLockRow | undefined> {
  const r = await db.query<ProjectLockRow>(`SELECT ${COLUMNS} FROM green_projects WHERE id = $1`, [id]);
  return r.rows[0];
}

/**
 * The project's row locked until the transaction ends, so that of two simultaneous changes the second sees the
 * first's outcome (and its status check refuses it). Under row-level security a row the actor may not update is not
 * returned at all.
 */
export async function lockProject(tx: Queryable, id: string): Promise<ProjectLockRow | undefined> {
  const r = await tx.query<ProjectLockRow>(`SELECT ${COLUMNS} FROM green_projects WHERE id = $1 FOR UPDATE`, [id]);
  return r.rows[0];
}
