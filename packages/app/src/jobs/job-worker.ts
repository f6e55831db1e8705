import { randomUUID } from "node:crypto";
import type { Platform } from "../platform";
import {
  claimJob,
  claimJobById,
  completeJob,
  failExhaustedJobs,
  failJob,
  type JobRow,
  reportProgress,
} from "./job-queue";

export interface JobContext {
  job: JobRow;
  /** Reports progress (0..1) for the web app's bars, and keeps the lease alive. */
  progress(fraction: number, message?: string): Promise<void>;
}

export type JobHandler = (p: Platform, ctx: JobContext) => Promise<unknown>;

export interface WorkerOptions {
  handlers: Record<string, JobHandler>;
  pollMs?: number;
  leaseMs?: number;
  onError?: (error: unknown, job: JobRow) => void;
}

/** Runs one claimed job to its end; returns false when there was nothing to do. */
export async function runOneJob(p: Platform, workerId: string, opts: WorkerOptions): Promise<boolean> {
  const leaseMs = opts.leaseMs ?? 60_000;
  await failExhaustedJobs(p.db);
  const job = await claimJob(p.db, workerId, leaseMs, Object.keys(opts.handlers));
  if (!job) return false;
  await runClaimed(p, job, workerId, leaseMs, opts);
  return true;
}

/**
 * Runs one named job here and now, through the same handler, lease and retry bookkeeping as the worker.
 * Returns false when the job is not queued (already run, running elsewhere, or unknown). A failed attempt is
 * recorded on the job (and retried later by the worker) rather than thrown.
 */
export async function runJobNow(
  p: Platform,
  jobId: string,
  workerId: string,
  opts: Omit<WorkerOptions, "pollMs">,
): Promise<boolean> {
  const leaseMs = opts.leaseMs ?? 60_000;
  const job = await claimJobById(p.db, jobId, workerId, leaseMs);
  if (!job) return false;
  if (!opts.handlers[job.type]) {
    await failJob(p.db, job, workerId, `no handler for job type ${job.type}`);
    return false;
  }
  await runClaimed(p, job, workerId, leaseMs, opts);
  return true;
}

async function runClaimed(p: Platform, job: JobRow, workerId: string, leaseMs: number, opts: WorkerOptions) {
  const handler = opts.handlers[job.type]!;
  try {
    const result = await handler(p, {
      job,
      progress: async (fraction, message) => {
        await reportProgress(p.db, job.id, workerId, leaseMs, fraction, message ?? null);
      },
    });
    await completeJob(p.db, job.id, workerId, result);
  } catch (error) {
    opts.onError?.(error, job);
    await failJob(p.db, job, workerId, error instanceof Error ? error.message : String(error));
  }
}

/** Polls the queue until stopped; `stop()` waits for the job in hand to finish. */
export function startWorker(p: Platform, opts: WorkerOptions) {
  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  let stopping = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopping) {
      let worked = false;
      try {
        worked = await runOneJob(p, workerId, opts);
      } catch (error) {
        opts.onError?.(error, { id: "?", type: "?" } as JobRow);
      }
      if (!worked && !stopping) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, opts.pollMs ?? 500);
          wake = () => {
            clearTimeout(t);
            resolve();
          };
        });
      }
    }
  })();
  return {
    workerId,
    /** Looks for work now rather than at the next poll. */
    nudge: () => wake?.(),
    async stop() {
      stopping = true;
      wake?.();
      await loop;
    },
  };
}
