/**
 * The "pcaf.run" job: streams the book's positions in keyset batches (file order) through the domain's streaming
 * portfolio calculation, with the platform's carbon accounts for the counterparties that consented, writes each
 * batch of position results as it goes, and on completion stores the summary (canonical JSON and its hash), the
 * hashes, what the platform supplied and the year-on-year comparison's source, in one transaction with its audit
 * entry. Until then the run is invisible to every reader but its own institution (which sees its status).
 *
 * A stop (the worker shutting down) is honoured between batches; the job goes back to the queue, and any attempt
 * restarts the run cleanly: results written by an earlier attempt are deleted and everything is recomputed, consents
 * and accounts read afresh. After the last attempt fails, the run is marked failed (audited).
 */
import { createHash } from "node:crypto";
import type { Queryable } from "@greenfin/db";
import {
  canonicalJson,
  type OrgKind,
  type PcafCounterparty,
  type PcafPortfolioResult,
  type PcafPosition,
  startPcafPortfolio,
} from "@greenfin/domain";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { type JobHandler, JobInterrupted } from "../jobs/job-worker";
import type { Platform } from "../platform";
import { insertPcafResults, type ResultRow } from "./insert-pcaf-results";
import { type PlatformLookup, platformEmissionsFor } from "./pcaf-platform-emissions";
import { decodeCounterparty, decodePosition } from "./pcaf-position-codec";
import { referenceOfRun } from "./start-pcaf-run";

/** Positions calculated and written together: small enough that the embedded database keeps answering requests. */
export const PCAF_RUN_BATCH = 2_000;

interface RunRow {
  id: string;
  org_id: string;
  org_kind: OrgKind;
  book_id: string;
  year: number;
  status: string;
  reference: string;
  created_by: string | null;
  position_count: number;
}

async function runRow(db: Queryable, runId: string): Promise<RunRow> {
  const r = await db.query<RunRow>(
    `SELECT r.id, r.org_id, o.kind AS org_kind, r.book_id, r.year, r.status, r.reference, r.created_by, b.position_count
       FROM pcaf_runs r JOIN pcaf_books b ON b.id = r.book_id JOIN organisations o ON o.id = r.org_id
      WHERE r.id = $1`,
    [runId],
  );
  if (!r.rows[0]) throw new Error(`pcaf run ${runId} does not exist`);
  return r.rows[0];
}

/** The member who started the run, acting through the job: whose grants open the accounts, and who reads them. */
const institutionOf = (run: RunRow): Actor => ({
  userId: run.created_by,
  orgId: run.org_id,
  orgKind: run.org_kind,
  role: "viewer",
  via: "session",
});

async function loadCounterparties(db: Queryable, bookId: string): Promise<Map<string, PcafCounterparty>> {
  const r = await db.query<{ record: string }>(
    "SELECT record FROM pcaf_book_counterparties WHERE book_id = $1 ORDER BY row_no",
    [bookId],
  );
  return new Map(r.rows.map((x) => decodeCounterparty(x.record)).map((c) => [c.id, c]));
}

/** The book's positions in file order, a batch at a time (keyset on row_no). */
async function* positionBatches(
  db: Queryable,
  bookId: string,
  size: number,
): AsyncGenerator<{ rowNo: number; position: PcafPosition }[]> {
  let after = 0;
  for (;;) {
    const r = await db.query<{ row_no: number; position: string }>(
      "SELECT row_no, position FROM pcaf_book_positions WHERE book_id = $1 AND row_no > $2 ORDER BY row_no LIMIT $3",
      [bookId, after, size],
    );
    if (r.rows.length === 0) return;
    yield r.rows.map((x) => ({ rowNo: x.row_no, position: decodePosition(x.position) }));
    after = r.rows[r.rows.length - 1]!.row_no;
  }
}

export interface ExecuteOptions {
  readonly progress?: (fraction: number, message?: string) => Promise<void>;
  readonly signal?: AbortSignal;
  readonly batchSize?: number;
}

async function complete(
  p: Platform,
  run: RunRow,
  result: PcafPortfolioResult,
  platform: PlatformLookup,
): Promise<void> {
  const summary = canonicalJson(result);
  const summarySha256 = createHash("sha256").update(summary, "utf8").digest("hex");
  await p.db.transaction(async (tx) => {
    const previous = await tx.query<{ id: string }>(
      `SELECT id FROM pcaf_runs WHERE org_id = $1 AND year = $2 AND status = 'completed'
        ORDER BY completed_at DESC LIMIT 1`,
      [run.org_id, run.year - 1],
    );
    const now = p.clock.now();
    await tx.query(
      `UPDATE pcaf_runs SET status = 'completed', reference_sha256 = $2, inputs_hash = $3, result_hash = $4,
              summary = $5, summary_sha256 = $6, platform_emissions = $7, platform_counts = $8::jsonb,
              previous_run_id = $9, completed_at = $10, error = NULL
        WHERE id = $1 AND status = 'running'`,
      [
        run.id,
        result.referenceSha256,
        result.inputsHash,
        result.resultHash,
        summary,
        summarySha256,
        canonicalJson(platform.emissions),
        JSON.stringify(platform.counts),
        previous.rows[0]?.id ?? null,
        now,
      ],
    );
    await appendAudit(tx, null, now, {
      action: "pcaf.run.complete",
      entityType: "pcaf_run",
      entityId: run.id,
      orgId: run.org_id,
      details: {
        bookId: run.book_id,
        year: run.year,
        positions: result.total.positions,
        reference: result.reference,
        inputsHash: result.inputsHash,
        resultHash: result.resultHash,
        summarySha256,
        platform: platform.counts,
      },
    });
  });
}

/** Computes the run from the start (clearing what an earlier attempt wrote) and completes it. */
export async function executePcafRun(p: Platform, runId: string, opts: ExecuteOptions = {}) {
  const run = await runRow(p.db, runId);
  if (run.status === "completed" || run.status === "failed") return { runId, status: run.status };
  await p.db.query("UPDATE pcaf_runs SET status = 'running' WHERE id = $1", [run.id]);
  await p.db.query("DELETE FROM pcaf_position_results WHERE run_id = $1", [run.id]);
  const reference = referenceOfRun(run.reference);
  const counterparties = await loadCounterparties(p.db, run.book_id);
  const platform = await platformEmissionsFor(
    p,
    institutionOf(run),
    [...counterparties.keys()],
    run.year,
    `pcaf_run:${run.id}:carbon_account:${run.year}:`,
  );
  const builder = startPcafPortfolio({
    reference,
    year: run.year,
    counterparties,
    platformEmissions: platform.emissions,
  });
  const size = opts.batchSize ?? PCAF_RUN_BATCH;
  let done = 0;
  // One batch is written while the next is calculated: on PostgreSQL the database works on the other core.
  let writing: Promise<void> = Promise.resolve();
  for await (const batch of positionBatches(p.db, run.book_id, size)) {
    if (opts.signal?.aborted) {
      await writing;
      throw new JobInterrupted();
    }
    const rows: ResultRow[] = batch.map(({ rowNo, position }) => {
      const result = builder.add(position);
      const cp = result.counterparty === null ? undefined : counterparties.get(result.counterparty);
      return {
        rowNo,
        result,
        counterpartyName: cp?.name ?? null,
        counterpartyOrgId: (cp && platform.consenting.get(cp.id)) ?? null,
      };
    });
    await writing;
    writing = insertPcafResults(p.db, { id: run.id, orgId: run.org_id }, rows);
    // Awaited at the next batch or the end; marked handled now so that a failure is not reported as unhandled first.
    writing.catch(() => undefined);
    done += batch.length;
    await opts.progress?.(done / Math.max(run.position_count, 1), `${done} / ${run.position_count}`);
  }
  await writing;
  const result = builder.finish();
  await complete(p, run, result, platform);
  return { runId, status: "completed", positions: done, inputsHash: result.inputsHash, resultHash: result.resultHash };
}

async function failRun(p: Platform, runId: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await p.db.transaction(async (tx) => {
    const r = await tx.query<{ org_id: string }>(
      "UPDATE pcaf_runs SET status = 'failed', error = $2 WHERE id = $1 AND status IN ('queued','running') RETURNING org_id",
      [runId, message.slice(0, 2000)],
    );
    if (r.rows[0])
      await appendAudit(tx, null, p.clock.now(), {
        action: "pcaf.run.fail",
        entityType: "pcaf_run",
        entityId: runId,
        orgId: r.rows[0].org_id,
        details: { error: message.slice(0, 500) },
      });
  });
}

export const pcafRunHandler: JobHandler = async (p, ctx) => {
  const { runId } = ctx.job.payload as { runId: string };
  try {
    return await executePcafRun(p, runId, { progress: ctx.progress, signal: ctx.signal });
  } catch (error) {
    if (!(error instanceof JobInterrupted) && ctx.job.attempts >= ctx.job.max_attempts) await failRun(p, runId, error);
    throw error;
  }
};
