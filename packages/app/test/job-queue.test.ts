import { randomUUID } from "node:crypto";
import {
  type Actor,
  AppError,
  enqueueJob,
  getJob,
  type JobHandler,
  JobInterrupted,
  runJobNow,
  runOneJob,
  startWorker,
} from "@greenfin/app";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";
import { claimJob, completeJob, reportProgress } from "../src/jobs/job-queue";

let p: TestPlatform;
let bank: Actor;
let otherBank: Actor;
let district: Actor;

beforeEach(async () => {
  p = await openTestPlatform();
  bank = await actorFor(p, "bank-qinwan", "admin");
  const other = await p.db.query<{ demo_key: string }>(
    "SELECT demo_key FROM organisations WHERE kind = 'bank' AND demo_key <> 'bank-qinwan' ORDER BY demo_key LIMIT 1",
  );
  otherBank = await actorFor(p, other.rows[0]!.demo_key, "admin");
  district = await actorFor(p, "district-qinwan", "admin");
});
afterEach(() => p.close());

interface JobState {
  status: string;
  attempts: number;
  error: string | null;
  locked_by: string | null;
  lease_ms: number | null;
  backoff_ms: number;
  due: boolean;
}

/** The queue's own bookkeeping, with intervals measured inside one row so no wall clock is involved. */
async function jobState(id: string): Promise<JobState> {
  const r = await p.db.query<JobState>(
    `SELECT status, attempts, error, locked_by,
            (extract(epoch FROM locked_until - updated_at) * 1000)::int AS lease_ms,
            (extract(epoch FROM run_after - updated_at) * 1000)::int AS backoff_ms,
            run_after <= now() AS due
       FROM jobs WHERE id = $1`,
    [id],
  );
  return r.rows[0]!;
}

/** Waits (a few milliseconds at a time) until the database's own clock has passed the job's lease. */
async function waitForLeaseToLapse(id: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const r = await p.db.query<{ lapsed: boolean }>("SELECT locked_until < now() AS lapsed FROM jobs WHERE id = $1", [
      id,
    ]);
    if (r.rows[0]!.lapsed) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the lease of job ${id} never lapsed`);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "(resolved)";
}

describe("the job queue", () => {
  it("runs a queued job with its payload and stores the result with progress 1", async () => {
    const job = await enqueueJob(p.db, bank, "test.echo", { n: 21 });
    expect(job).toMatchObject({ type: "test.echo", status: "queued", progress: 0, attempts: 0, result: null });
    const seen: unknown[] = [];
    const handlers: Record<string, JobHandler> = {
      "test.echo": async (_p, ctx) => {
        seen.push(ctx.job.payload);
        return { doubled: (ctx.job.payload as { n: number }).n * 2 };
      },
    };
    expect(await runOneJob(p, "worker-a", { handlers })).toBe(true);
    expect(seen).toEqual([{ n: 21 }]);
    expect(await getJob(p, bank, job.id)).toMatchObject({
      id: job.id,
      status: "succeeded",
      progress: 1,
      result: { doubled: 42 },
      error: null,
      attempts: 1,
    });
    expect(await jobState(job.id)).toMatchObject({ locked_by: null, lease_ms: null });
    // Nothing is left to do, and a finished job is not run again.
    expect(await runOneJob(p, "worker-a", { handlers })).toBe(false);
    expect(seen).toHaveLength(1);
  });

  it("claims only the types its handlers know", async () => {
    const job = await enqueueJob(p.db, bank, "test.other", {});
    const ran: string[] = [];
    expect(await runOneJob(p, "w", { handlers: { "test.echo": async (_p, c) => ran.push(c.job.id) } })).toBe(false);
    expect(ran).toEqual([]);
    expect((await getJob(p, bank, job.id)).status).toBe("queued");
  });

  it("runs one named job now, even one not yet due, and never a job that is not queued", async () => {
    const job = await enqueueJob(p.db, bank, "test.echo", { n: 2 });
    await p.db.query("UPDATE jobs SET run_after = now() + interval '1 hour' WHERE id = $1", [job.id]);
    const other = await enqueueJob(p.db, bank, "test.echo", { n: 3 });
    const ran: unknown[] = [];
    const handlers: Record<string, JobHandler> = {
      "test.echo": async (_p, c) => {
        ran.push(c.job.payload);
        return { ok: true };
      },
    };
    expect(await runJobNow(p, job.id, "w", { handlers })).toBe(true);
    expect(ran).toEqual([{ n: 2 }]);
    expect((await getJob(p, bank, job.id)).status).toBe("succeeded");
    expect((await getJob(p, bank, other.id)).status).toBe("queued");
    expect(await runJobNow(p, job.id, "w", { handlers })).toBe(false);
    expect(await runJobNow(p, randomUUID(), "w", { handlers })).toBe(false);
    expect(ran).toHaveLength(1);
  });

  it("gives a long job back to the queue, the attempt not counted, when its worker stops", async () => {
    const job = await enqueueJob(p.db, bank, "test.long", {});
    let started!: () => void;
    const running = new Promise<void>((resolve) => {
      started = resolve;
    });
    const handlers: Record<string, JobHandler> = {
      "test.long": async (_p, ctx) => {
        started();
        while (!ctx.signal.aborted) await new Promise((r) => setTimeout(r, 5));
        throw new JobInterrupted();
      },
    };
    const worker = startWorker(p, { handlers, pollMs: 10 });
    await running;
    await worker.stop();
    expect(await jobState(job.id)).toMatchObject({ status: "queued", attempts: 0, locked_by: null, due: true });
  });

  it("retries a failing job with backoff and marks it failed after max_attempts", async () => {
    const job = await enqueueJob(p.db, bank, "test.flaky", { x: 1 }, { maxAttempts: 2 });
    let calls = 0;
    const errors: string[] = [];
    const opts = {
      handlers: {
        "test.flaky": async () => {
          calls += 1;
          throw new Error(`boom ${calls}`);
        },
      } satisfies Record<string, JobHandler>,
      onError: (error: unknown) => errors.push((error as Error).message),
    };

    expect(await runOneJob(p, "worker-a", opts)).toBe(true);
    expect(await getJob(p, bank, job.id)).toMatchObject({ status: "queued", attempts: 1, error: "boom 1" });
    // Back in the queue, but not before 1 s × 2^attempts.
    expect(await jobState(job.id)).toMatchObject({ locked_by: null, backoff_ms: 2000, due: false });
    expect(await runOneJob(p, "worker-a", opts)).toBe(false);
    expect(calls).toBe(1);

    // Time passes for the queue (it reads the database's clock): the retry is due.
    await p.db.query("UPDATE jobs SET run_after = now() WHERE id = $1", [job.id]);
    expect(await runOneJob(p, "worker-b", opts)).toBe(true);
    expect(await getJob(p, bank, job.id)).toMatchObject({ status: "failed", attempts: 2, error: "boom 2" });
    expect(errors).toEqual(["boom 1", "boom 2"]);

    // A failed job stays failed, however long one waits.
    await p.db.query("UPDATE jobs SET run_after = now() WHERE id = $1", [job.id]);
    expect(await runOneJob(p, "worker-b", opts)).toBe(false);
    expect(calls).toBe(2);
  });

  it("does not hand a job to a second worker while the first one's lease holds", async () => {
    const job = await enqueueJob(p.db, bank, "test.slow", {});
    const claimed = await claimJob(p.db, "worker-a", 60_000, ["test.slow"]);
    expect(claimed).toMatchObject({ id: job.id, status: "running", attempts: 1 });
    expect(await jobState(job.id)).toMatchObject({ locked_by: "worker-a", lease_ms: 60_000 });
    const ran: string[] = [];
    expect(await runOneJob(p, "worker-b", { handlers: { "test.slow": async (_p, c) => ran.push(c.job.id) } })).toBe(
      false,
    );
    expect(ran).toEqual([]);
  });

  it("keeps the job of a live worker that reports no progress for longer than its lease", async () => {
    const job = await enqueueJob(p.db, bank, "test.quiet", {});
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = runOneJob(p, "worker-a", { leaseMs: 300, handlers: { "test.quiet": () => gate.then(() => "done") } });
    // Until the database's clock is well past the lease the claim gave, the heartbeat alone keeps the job.
    let firstLeaseEnd: string | null = null;
    for (let i = 0; i < 500 && !firstLeaseEnd; i++) {
      const r = await p.db.query<{ until: string | null }>(
        "SELECT locked_until::text AS until FROM jobs WHERE id = $1",
        [job.id],
      );
      firstLeaseEnd = r.rows[0]!.until;
      if (!firstLeaseEnd) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    for (let i = 0; i < 500; i++) {
      const r = await p.db.query<{ past: boolean }>("SELECT now() > $1::timestamptz + interval '600 ms' AS past", [
        firstLeaseEnd,
      ]);
      if (r.rows[0]!.past) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const stolen: string[] = [];
    expect(await runOneJob(p, "worker-b", { handlers: { "test.quiet": async (_p, c) => stolen.push(c.job.id) } })).toBe(
      false,
    );
    release();
    expect(await first).toBe(true);
    expect(stolen).toEqual([]);
    expect(await getJob(p, bank, job.id)).toMatchObject({ status: "succeeded", attempts: 1, result: "done" });
  });

  it("gives the job of a worker that died to another worker once its lease lapses, and runs it once", async () => {
    const job = await enqueueJob(p.db, bank, "test.orphan", { k: "v" });
    // worker-dead claims the job with a 50 ms lease and is never heard from again.
    const claimed = await claimJob(p.db, "worker-dead", 50, ["test.orphan"]);
    expect(claimed).toMatchObject({ id: job.id, attempts: 1, locked_by: "worker-dead" });
    expect(await jobState(job.id)).toMatchObject({ status: "running", lease_ms: 50 });
    await waitForLeaseToLapse(job.id);

    const runs: string[] = [];
    const handlers: Record<string, JobHandler> = {
      "test.orphan": async (_p, ctx) => {
        runs.push(ctx.job.id);
        return { by: "worker-b", attempt: ctx.job.attempts };
      },
    };
    expect(await runOneJob(p, "worker-b", { handlers })).toBe(true);
    expect(await runOneJob(p, "worker-c", { handlers })).toBe(false);
    expect(runs).toEqual([job.id]);
    expect(await getJob(p, bank, job.id)).toMatchObject({
      status: "succeeded",
      attempts: 2,
      result: { by: "worker-b", attempt: 2 },
    });

    // Should the dead worker wake up, it can neither report progress nor overwrite the result.
    expect(await reportProgress(p.db, job.id, "worker-dead", 60_000, 0.3, "late")).toBe(false);
    await completeJob(p.db, job.id, "worker-dead", { by: "worker-dead" });
    expect(await getJob(p, bank, job.id)).toMatchObject({
      status: "succeeded",
      progress: 1,
      message: null,
      result: { by: "worker-b", attempt: 2 },
    });
  });

  it("fails, rather than reruns, a job whose workers died more often than it may be attempted", async () => {
    const job = await enqueueJob(p.db, bank, "test.doomed", {}, { maxAttempts: 1 });
    expect(await claimJob(p.db, "worker-dead", 50, ["test.doomed"])).toMatchObject({ id: job.id, attempts: 1 });
    await waitForLeaseToLapse(job.id);
    const runs: string[] = [];
    expect(await runOneJob(p, "worker-b", { handlers: { "test.doomed": async (_p, c) => runs.push(c.job.id) } })).toBe(
      false,
    );
    expect(runs).toEqual([]);
    expect(await getJob(p, bank, job.id)).toMatchObject({
      status: "failed",
      attempts: 1,
      error: "worker lost too many times",
    });
  });

  it("runs each of many jobs exactly once when two workers race for them", async () => {
    const n = 12;
    const ids = new Set<string>();
    for (let i = 0; i < n; i++) ids.add((await enqueueJob(p.db, bank, "test.race", { i })).id);
    const executions = new Map<string, number>();
    const byWorker = new Map<string, number>();
    const work = (workerId: string): JobHandler => {
      return async (_p, ctx) => {
        executions.set(ctx.job.id, (executions.get(ctx.job.id) ?? 0) + 1);
        byWorker.set(workerId, (byWorker.get(workerId) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return { workerId };
      };
    };
    const drain = async (workerId: string) => {
      const handlers = { "test.race": work(workerId) };
      while (await runOneJob(p, workerId, { handlers })) {
        /* keep claiming */
      }
    };
    await Promise.all([drain("worker-1"), drain("worker-2")]);

    expect([...executions.keys()].sort()).toEqual([...ids].sort());
    expect([...executions.values()]).toEqual(Array.from({ length: n }, () => 1));
    expect((byWorker.get("worker-1") ?? 0) + (byWorker.get("worker-2") ?? 0)).toBe(n);
    const r = await p.db.query<{ status: string; attempts: number; n: string }>(
      "SELECT status, attempts, count(*) AS n FROM jobs WHERE type = 'test.race' GROUP BY status, attempts",
    );
    expect(r.rows).toEqual([{ status: "succeeded", attempts: 1, n: String(n) }]);
  });

  it("shows progress through getJob while the job runs, and refuses reports from a worker that lost it", async () => {
    const job = await enqueueJob(p.db, bank, "test.progress", {});
    const during: unknown[] = [];
    const handlers: Record<string, JobHandler> = {
      "test.progress": async (_p, ctx) => {
        await ctx.progress(0.25, "a quarter");
        during.push(await getJob(p, bank, job.id));
        await ctx.progress(0.5);
        during.push(await getJob(p, bank, job.id));
        await ctx.progress(7, "clamped");
        during.push(await getJob(p, bank, job.id));
        // Another worker has no say over this job.
        during.push(await reportProgress(p.db, job.id, "worker-intruder", 60_000, 0.9, "not mine"));
        during.push(await getJob(p, bank, job.id));
        return "done";
      },
    };
    expect(await runOneJob(p, "worker-a", { handlers })).toBe(true);
    expect(during).toEqual([
      expect.objectContaining({ status: "running", progress: 0.25, message: "a quarter" }),
      expect.objectContaining({ status: "running", progress: 0.5, message: null }),
      expect.objectContaining({ status: "running", progress: 1, message: "clamped" }),
      false,
      expect.objectContaining({ status: "running", progress: 1, message: "clamped" }),
    ]);
    // Once the job is finished, not even its own worker may report on it.
    expect(await reportProgress(p.db, job.id, "worker-a", 60_000, 0.1, "after the end")).toBe(false);
    expect(await getJob(p, bank, job.id)).toMatchObject({ status: "succeeded", progress: 1, result: "done" });
  });

  it("extends the lease with each progress report", async () => {
    const job = await enqueueJob(p.db, bank, "test.lease", {});
    await claimJob(p.db, "worker-a", 50, ["test.lease"]);
    expect(await jobState(job.id)).toMatchObject({ lease_ms: 50 });
    expect(await reportProgress(p.db, job.id, "worker-a", 90_000, 0.4, null)).toBe(true);
    expect(await jobState(job.id)).toMatchObject({ status: "running", locked_by: "worker-a", lease_ms: 90_000 });
  });

  it("shows a job to the organisation that started it and to the district, to no one else", async () => {
    const job = await enqueueJob(p.db, bank, "test.private", {});
    expect((await getJob(p, bank, job.id)).id).toBe(job.id);
    expect((await getJob(p, district, job.id)).id).toBe(job.id);
    expect(await codeOf(getJob(p, otherBank, job.id))).toBe("NOT_FOUND");
    // A colleague with the lowest role in the same organisation sees it too.
    expect((await getJob(p, await actorFor(p, "bank-qinwan", "viewer"), job.id)).id).toBe(job.id);

    const systemJob = await enqueueJob(p.db, null, "test.system", {});
    expect((await getJob(p, district, systemJob.id)).id).toBe(systemJob.id);
    expect(await codeOf(getJob(p, bank, systemJob.id))).toBe("NOT_FOUND");

    expect(await codeOf(getJob(p, district, randomUUID()))).toBe("NOT_FOUND");
  });
});
