import { randomUUID } from "node:crypto";
import type { Platform } from "../platform";
import {
  claimJob,
  claimJobById,
  completeJob,
  failExhaustedJobs,
  failJob,
  type JobRow,
  renewLease,
  reportProgress,
  requeueJob,
} from "./job-queue";

export interface JobContext {
  job: JobRow;
  /** Reports progress (0..1) for the web app's bars, and keeps the lease alive. */
  progress(fraction: number, message?: string): Promise<void>;
  /**
   * Aborted when the worker is stopping. A long handler checks it between units of work that commit on their own
   * and throws `JobInterrupted`: the job goes back to the queue (the attempt not counted) and resumes later.
   */
  signal: AbortSignal;
}

/** Thrown by a handler that stopped early because its worker is stopping; the job is queued again. */
export class JobInterrupted extends Error {
  override name = "JobInterrupted";
  constructor() {
    super("the worker stopped; the job is queued again");
  }
}

export type JobHandler = (p: Platform, ctx: JobContext) => Promise<unknown>;

export interface WorkerOptions {
  handlers: Record<string, JobHandler>;
  pollMs?: number;
  leaseMs?: number;
  onError?: (error: unknown, job: JobRow) => void;
  /** The worker's stop signal, passed to handlers. */
  signal?: AbortSignal;
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
  // The lease is renewed while this process lives, even through a step that reports no progress for longer than the
  // lease (waiting on a lock, a long query): only a dead or frozen process loses its job to another worker.
  const heartbeat = setInterval(
    () => {
      renewLease(p.db, job.id, workerId, leaseMs).catch(() => undefined); // a failed renewal is retried next beat
    },
    Math.max(250, Math.floor(leaseMs / 3)),
  );
  heartbeat.unref();
  try {
    const result = await handler(p, {
      job,
      progress: async (fraction, message) => {
        await reportProgress(p.db, job.id, workerId, leaseMs, fraction, message ?? null);
      },
      signal: opts.signal ?? new AbortController().signal,
    });
    await completeJob(p.db, job.id, workerId, result);
  } catch (error) {
    if (error instanceof JobInterrupted) {
      await requeueJob(p.db, job.id, workerId);
      return;
    }
    opts.onError?.(error, job);
    await failJob(p.db, job, workerId, error instanceof Error ? error.message : String(error));
  } finally {
    clearInterval(heartbeat);
  }
}

/**
 * Polls the queue until stopped; `stop()` signals the job in hand (a long one returns its rest to the queue at its
 * next checkpoint) and waits for it.
 */
export function startWorker(p: Platform, opts: WorkerOptions) {
  const workerId = `${process.pid}-${randomUUID().slice(0, 8)}`;
  const stopSignal = new AbortController();
  const withSignal = { ...opts, signal: stopSignal.signal };
  let stopping = false;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopping) {
      let worked = false;
      try {
        worked = await runOneJob(p, workerId, withSignal);
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
      stopSignal.abort();
      wake?.();
      await loop;
    },
  };
}
