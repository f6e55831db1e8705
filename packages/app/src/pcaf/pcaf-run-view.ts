/**
 * A run as readers see it: its stored row turned into the contract's summary (figures only once completed), and the
 * stored summary read back as the domain's PcafPortfolioResult for the detail, the comparison and the exports.
 */

import type { TPcafRunSummary } from "@greenfin/contracts";
import type { Queryable } from "@greenfin/db";
import type { PcafPortfolioResult } from "@greenfin/domain";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import { requirePcafReader, requireRunVisible } from "./pcaf-access";

export interface PcafRunRow {
  id: string;
  org_id: string;
  book_id: string;
  year: number;
  status: TPcafRunSummary["status"];
  job_id: string | null;
  reference: string;
  reference_sha256: string | null;
  inputs_hash: string | null;
  result_hash: string | null;
  summary: string | null;
  summary_sha256: string | null;
  platform_counts: Record<string, number> | null;
  previous_run_id: string | null;
  created_at: Date;
  completed_at: Date | null;
  error: string | null;
}

export const RUN_COLUMNS = `r.id, r.org_id, r.book_id, r.year, r.status, r.job_id, r.reference, r.reference_sha256,
  r.inputs_hash, r.result_hash, r.summary, r.summary_sha256, r.platform_counts, r.previous_run_id, r.created_at,
  r.completed_at, r.error`;

/** The run, if the actor may see it (NOT_FOUND otherwise, exactly as for an id that does not exist). */
export async function loadVisibleRun(db: Queryable, actor: Actor, runId: string): Promise<PcafRunRow> {
  requirePcafReader(actor);
  const r = await db.query<PcafRunRow>(`SELECT ${RUN_COLUMNS} FROM pcaf_runs r WHERE r.id = $1`, [runId]);
  const run = r.rows[0];
  if (!run) throw AppError.notFound("pcaf_run");
  requireRunVisible(actor, run);
  return run;
}

export const summaryOf = (run: Pick<PcafRunRow, "summary">): PcafPortfolioResult | null =>
  run.summary === null ? null : (JSON.parse(run.summary) as PcafPortfolioResult);

export function toRunSummary(run: PcafRunRow, result = summaryOf(run)): TPcafRunSummary {
  return {
    id: run.id,
    bookId: run.book_id,
    year: run.year,
    status: run.status,
    jobId: run.job_id,
    reference: run.reference,
    inputsHash: run.inputs_hash,
    resultHash: run.result_hash,
    startedAt: run.created_at.toISOString(),
    completedAt: run.completed_at?.toISOString() ?? null,
    total: result?.total ?? null,
    waci: result?.waci.value ?? null,
    carbonFootprint: result?.carbonFootprint ?? null,
  };
}

/** The result of the run this one is compared with (the institution's run of the year before, fixed at completion). */
export async function previousSummary(
  db: Queryable,
  run: Pick<PcafRunRow, "previous_run_id">,
): Promise<PcafPortfolioResult | null> {
  if (!run.previous_run_id) return null;
  const r = await db.query<{ summary: string | null }>("SELECT summary FROM pcaf_runs WHERE id = $1", [
    run.previous_run_id,
  ]);
  return r.rows[0] ? summaryOf(r.rows[0]) : null;
}
