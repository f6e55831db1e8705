/**
 * The PostgreSQL job queue with the workers of two server processes, and kill -9 of a process in the middle of a
 * job. Jobs are held at a known point by a lock the test takes on the table they touch next (audit_log for an audit
 * verification, rating_results for a rating run), never by sleeps; the lease (a job is another worker's once its
 * worker has been silent that long) is 5 s, long enough that a busy CI machine never loses a live worker's job.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditChainReport, backends, countOf } from "./support/db-checks";
import { HttpSession, ok } from "./support/http-session";
import { type JobState, jobState, workerPid } from "./support/jobs";
import { createProcessDatabase, type ProcessDatabase } from "./support/process-database";
import { killAllServers, type ServerProcess, startServer } from "./support/server-process";
import { type HeldLock, holdTableLock } from "./support/table-lock";
import { waitFor } from "./support/wait-for";

const LEASE_SECONDS = 5;
const VERIFY_JOBS = 40;
const RATING_RUNS = 4;
const RUN = { methodology: "enterprise-esg@2026.1", periodYear: 2024, asOf: "2026-03-01" };

let pdb: ProcessDatabase;
const servers: ServerProcess[] = [];
let lock: HeldLock | undefined;
let district: HttpSession;
let rating: HttpSession;

interface Started {
  run: { id: string };
  job: { id: string };
}

const start = async (port: number) => {
  const s = await startServer({ databaseUrl: pdb.url, port, leaseSeconds: LEASE_SECONDS });
  servers.push(s);
  return s;
};
const alive = () => servers.filter((s) => !s.exited);
/** No job queued or running (the processes' own start-up work done), so a held lock stops only the test's jobs. */
const queueIdle = () =>
  waitFor(
    "an idle queue",
    async () => (await countOf(pdb.db, "SELECT count(*) AS n FROM jobs WHERE status IN ('queued', 'running')")) === 0,
  );
const finished = (id: string) => async () => {
  const j = await jobState(pdb.db, id);
  return j.status === "succeeded" || j.status === "failed" ? j : null;
};

beforeAll(async () => {
  pdb = await createProcessDatabase();
  await Promise.all([start(19340), start(19341)]);
  district = await HttpSession.login(servers[0]!.url, "admin@district.demo");
  rating = await HttpSession.login(servers[0]!.url, "analyst@rating.demo");
});

afterAll(async () => {
  await lock?.release();
  await killAllServers();
  await pdb?.drop();
});

describe("the job queue across two processes", () => {
  it("runs every job exactly once, shared between both processes' workers, and loses none", async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    await queueIdle();
    lock = await holdTableLock(pdb.url, "audit_log", "ACCESS EXCLUSIVE");
    const verify = await Promise.all(
      Array.from({ length: VERIFY_JOBS }, (_, i) =>
        district.on((i % 2 ? b : a).url).post<{ id: string }>("/api/audit/verify"),
      ),
    );
    const verifyIds = verify.map((r) => ok(r).id);
    // Both workers hold a job at once (each waiting on the lock): two different jobs, one per process.
    const holders = await waitFor("a verification running in each process", async () => {
      const running = await pdb.db.query<JobState>(
        "SELECT * FROM jobs WHERE id = ANY($1::uuid[]) AND status = 'running'",
        [verifyIds],
      );
      const pids = new Set(running.rows.map(workerPid));
      return pids.size === 2 ? pids : null;
    });
    expect(holders).toEqual(new Set([a.pid, b.pid]));
    await lock.release();

    const runs = await Promise.all(
      Array.from({ length: RATING_RUNS }, (_, i) =>
        rating.on((i % 2 ? b : a).url).post<Started>("/api/rating/runs", RUN),
      ),
    );
    const started = runs.map((r) => ok(r, [202]));
    const ids = [...verifyIds, ...started.map((s) => s.job.id)];
    const jobs = await waitFor(
      "every job finished",
      async () => {
        const rows = (
          await pdb.db.query<JobState & { result: { ok?: boolean } | null }>(
            "SELECT * FROM jobs WHERE id = ANY($1::uuid[])",
            [ids],
          )
        ).rows;
        return rows.every((j) => j.status === "succeeded" || j.status === "failed") ? rows : null;
      },
      { timeoutMs: 90_000, intervalMs: 200 },
    );
    expect(jobs).toHaveLength(ids.length);
    for (const j of jobs)
      expect({ status: j.status, attempts: j.attempts }).toEqual({ status: "succeeded", attempts: 1 });
    for (const j of jobs.filter((x) => verifyIds.includes(x.id))) expect(j.result?.ok).toBe(true);
    const results = await pdb.db.query<{ n: string; entities: string; entity_count: number }>(
      `SELECT count(x.id) AS n, count(DISTINCT x.org_id) AS entities, r.entity_count
         FROM rating_runs r LEFT JOIN rating_results x ON x.run_id = r.id
        WHERE r.id = ANY($1::uuid[]) AND r.status = 'completed' GROUP BY r.id`,
      [started.map((s) => s.run.id)],
    );
    expect(results.rows).toHaveLength(RATING_RUNS);
    for (const r of results.rows) {
      expect(r.entity_count).toBeGreaterThan(0);
      expect(Number(r.n)).toBe(r.entity_count);
      expect(Number(r.entities)).toBe(r.entity_count);
    }
  });

  it("retries on the other process a job whose process was killed while running it", async () => {
    await queueIdle();
    lock = await holdTableLock(pdb.url, "audit_log", "ACCESS EXCLUSIVE");
    const job = ok(await district.on(servers[0]!.url).post<{ id: string }>("/api/audit/verify"));
    const running = await waitFor("the verification claimed", async () => {
      const j = await jobState(pdb.db, job.id);
      return j.status === "running" ? j : null;
    });
    expect(running.attempts).toBe(1);
    const victim = servers.find((s) => s.pid === workerPid(running))!;
    await victim.kill9();
    await lock.release();

    const done = await waitFor("the job retried after its lease", finished(job.id), { intervalMs: 200 });
    // With a single attempt allowed, the lost worker's lease running out used to fail the job: the request was lost.
    expect(done).toMatchObject({ status: "succeeded", attempts: 2, error: null });
    expect(alive()).toHaveLength(1); // only the other process was left to run it
    expect(
      (await pdb.db.query<{ result: { ok: boolean } }>("SELECT result FROM jobs WHERE id = $1", [job.id])).rows[0]!
        .result.ok,
    ).toBe(true);
  });

  it("completes a rating run killed mid-run exactly once, with the results of an uninterrupted run", async () => {
    const [owner] = alive() as [ServerProcess];
    const analyst = rating.on(owner.url);
    lock = await holdTableLock(pdb.url, "rating_results", "SHARE");
    const crashed = ok(await analyst.post<Started>("/api/rating/runs", RUN), [202]);
    // Mid-run: pass one done (progress reported, inputs hash recorded), the results' INSERT waiting on the lock.
    await waitFor("the rating job stopped at writing its results", async () => {
      const job = await jobState(pdb.db, crashed.job.id);
      const waiting = await backends(
        pdb.db,
        pdb.name,
        `application_name = '${owner.appName}' AND wait_event_type = 'Lock' AND query ILIKE 'INSERT INTO rating_results%'`,
      );
      return job.status === "running" && job.progress > 0 && waiting.length === 1;
    });
    expect(workerPid(await jobState(pdb.db, crashed.job.id))).toBe(owner.pid);
    expect((await runRow(crashed.run.id)).inputs_hash).not.toBeNull();

    await owner.kill9();
    // The dead process's INSERT may still finish once the lock goes (PostgreSQL notices a lost client only when it
    // answers): results the dead worker wrote must be kept, not doubled, by the worker that takes over.
    await lock.release();
    const fresh = await start(19342);
    const done = await waitFor("the job taken over and finished", finished(crashed.job.id));
    expect(done).toMatchObject({ status: "succeeded", attempts: 2, error: null });
    const interrupted = await runRow(crashed.run.id);
    expect(interrupted.status).toBe("completed");
    expect(interrupted.entity_count).toBeGreaterThan(0);
    const stored = await pdb.db.query<{ n: string; entities: string }>(
      "SELECT count(*) AS n, count(DISTINCT org_id) AS entities FROM rating_results WHERE run_id = $1",
      [crashed.run.id],
    );
    expect(stored.rows[0]).toEqual({ n: String(interrupted.entity_count), entities: String(interrupted.entity_count) });

    // The same run, never interrupted: the same entities, grades, inputs and result hash.
    const clean = ok(await analyst.on(fresh.url).post<Started>("/api/rating/runs", RUN), [202]);
    expect(await waitFor("the uninterrupted run finished", finished(clean.job.id))).toMatchObject({
      status: "succeeded",
      attempts: 1,
    });
    expect(interrupted).toEqual(await runRow(clean.run.id));
    expect(await countOf(pdb.db, "SELECT count(*) AS n FROM rating_results WHERE run_id = $1", [clean.run.id])).toBe(
      interrupted.entity_count,
    );
    expect(await auditChainReport(district.on(fresh.url))).toMatchObject({ ok: true, breaks: 0 });
  });
});

async function runRow(id: string) {
  const r = await pdb.db.query<{
    status: string;
    entity_count: number;
    inputs_hash: string | null;
    result_hash: string | null;
    grade_counts: unknown;
  }>("SELECT status, entity_count, inputs_hash, result_hash, grade_counts FROM rating_runs WHERE id = $1", [id]);
  return r.rows[0]!;
}
