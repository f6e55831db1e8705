/**
 * A run of a book: recorded as queued with the reference data version it will use, and computed by the "pcaf.run"
 * job (execute-pcaf-run.ts). An upload starts the book's first run; POST …/runs starts another (the counterparties'
 * carbon accounts or consents may have changed since). Both are audited.
 */
import { randomUUID } from "node:crypto";
import type { Queryable } from "@greenfin/db";
import { loadPcafReference } from "@greenfin/reference";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { enqueueJob } from "../jobs/job-queue";
import type { Platform } from "../platform";
import { requireInstitution, requireOwnBook } from "./pcaf-access";

export const PCAF_RUN_JOB = "pcaf.run";

/** The reference data a run recorded ("pcaf@2022.2"), loaded again: runs reproduce with the version they used. */
export const referenceOfRun = (ref: string) => loadPcafReference(ref.replace(/^pcaf@/, ""));

export interface PcafRunStarted {
  runId: string;
  jobId: string;
}

/** Queues a run of the book inside the caller's transaction. */
export async function queuePcafRun(
  tx: Queryable,
  p: Platform,
  actor: Actor,
  book: { id: string; year: number },
): Promise<PcafRunStarted> {
  const runId = randomUUID();
  const reference = loadPcafReference();
  const now = p.clock.now();
  const job = await enqueueJob(tx, actor, PCAF_RUN_JOB, { runId }, { maxAttempts: 3 });
  await tx.query(
    `INSERT INTO pcaf_runs (id, org_id, book_id, year, status, job_id, reference, created_by, created_at)
     VALUES ($1,$2,$3,$4,'queued',$5,$6,$7,$8)`,
    [runId, actor.orgId, book.id, book.year, job.id, reference.ref, actor.userId, now],
  );
  await appendAudit(tx, actor, now, {
    action: "pcaf.run.start",
    entityType: "pcaf_run",
    entityId: runId,
    orgId: actor.orgId,
    details: { bookId: book.id, year: book.year, reference: reference.ref, jobId: job.id },
  });
  return { runId, jobId: job.id };
}

/** Calculates a stored book again, as a new run. */
export async function rerunPcafBook(p: Platform, actor: Actor, bookId: string): Promise<PcafRunStarted> {
  requireInstitution(actor, "write");
  return p.db.transaction(async (tx) => {
    const r = await tx.query<{ id: string; org_id: string; year: number }>(
      "SELECT id, org_id, year FROM pcaf_books WHERE id = $1",
      [bookId],
    );
    return queuePcafRun(tx, p, actor, requireOwnBook(actor, r.rows[0]));
  });
}
