/**
 * The rating run's background job. Pass one streams the universe to build peer statistics and the inputs hash;
 * pass two streams it again, rates each entity and writes its immutable result, batch by batch. The run stays
 * "running" (its results unseen) until the last batch is written. If the process dies, the job is claimed again:
 * when the recomputed inputs hash equals the one recorded, results already written are exactly what would be
 * written again, so they are kept and the rest is completed; when the inputs changed meanwhile, the run fails
 * and a new run must be started.
 */
import type { Queryable } from "@greenfin/db";
import { canonicalJson, type EntityRating, runResultHash, startRatingRun } from "@greenfin/domain";
import { loadRatingMethodology } from "@greenfin/reference";
import type { JobHandler } from "../jobs/job-worker";
import type { Platform } from "../platform";
import { insertResults } from "./insert-results";
import { methodologyRef, type RatingRunRow } from "./rating-run-row";
import { forEachUniverseBatch, type UniverseEntity, type UniverseQuery, universeSize } from "./rating-universe";

type RunRow = Pick<
  RatingRunRow,
  "id" | "org_id" | "methodology_id" | "methodology_version" | "period_year" | "as_of" | "status" | "inputs_hash"
> & { created_at: Date };

async function runRow(db: Queryable, id: string): Promise<RunRow> {
  const r = await db.query<RunRow>(
    `SELECT id, org_id, methodology_id, methodology_version, period_year, to_char(as_of, 'YYYY-MM-DD') AS as_of,
            status, inputs_hash, created_at FROM rating_runs WHERE id = $1`,
    [id],
  );
  if (!r.rows[0]) throw new Error(`rating run ${id} does not exist`);
  return r.rows[0];
}

const pillar = (r: EntityRating, id: string) => r.pillars.find((x) => x.id === id)?.score ?? null;

export const ratingRunHandler: JobHandler = async (p, ctx) => {
  const { runId } = ctx.job.payload as { runId: string };
  const run = await runRow(p.db, runId);
  if (run.status !== "running") return { runId, status: run.status };
  try {
    return await executeRun(p, run, ctx.progress);
  } catch (error) {
    if (ctx.job.attempts >= ctx.job.max_attempts || isInputsChanged(error)) await failRun(p.db, runId, error);
    throw error;
  }
};

class InputsChanged extends Error {}
const isInputsChanged = (e: unknown) => e instanceof InputsChanged;

async function failRun(db: Queryable, runId: string, error: unknown) {
  await db.query("UPDATE rating_runs SET status = 'failed', error = $2 WHERE id = $1 AND status = 'running'", [
    runId,
    error instanceof Error ? error.message : String(error),
  ]);
}

async function executeRun(p: Platform, run: RunRow, progress: (f: number, m?: string) => Promise<void>) {
  const methodology = loadRatingMethodology(methodologyRef(run));
  const q: UniverseQuery = { methodology, periodYear: run.period_year, asOf: run.as_of };
  const total = await universeSize(p.db, q);
  const builder = startRatingRun({ methodology, asOf: run.as_of });
  let seen = 0;
  await forEachUniverseBatch(p.db, q, async (batch) => {
    for (const e of batch) builder.add(e.input);
    seen += batch.length;
    await progress((0.3 * seen) / Math.max(total, 1), `1/2 ${seen} / ${total}`);
  });
  const context = builder.finish();
  if (run.inputs_hash && run.inputs_hash !== context.inputsHash)
    throw new InputsChanged("The run's inputs changed after it started; start a new run");
  if (!run.inputs_hash)
    await p.db.query("UPDATE rating_runs SET inputs_hash = $2, methodology_hash = $3 WHERE id = $1", [
      run.id,
      context.inputsHash,
      context.methodologyHash,
    ]);

  const grades = methodology.scale.grades.map((g) => g.grade);
  const counts = new Map(grades.map((g) => [g, 0]));
  const hashes = new Map<string, string>();
  let rated = 0;
  await forEachUniverseBatch(p.db, q, async (batch: readonly UniverseEntity[]) => {
    const rows = batch.map((e) => {
      const rating = context.rate(e.input);
      const explanation = canonicalJson(rating);
      counts.set(rating.grade, (counts.get(rating.grade) ?? 0) + 1);
      return {
        rating,
        explanation,
        sources: e.sources,
        pillars: { E: pillar(rating, "E"), S: pillar(rating, "S"), G: pillar(rating, "G") },
      };
    });
    const written = await insertResults(p.db, run.id, rows);
    for (const [id, hash] of written) hashes.set(id, hash);
    rated += batch.length;
    await progress(0.3 + (0.7 * rated) / Math.max(context.entityCount, 1), `2/2 ${rated} / ${context.entityCount}`);
  });
  const resultHash = runResultHash(context.inputsHash, hashes);
  const gradeCounts = grades.map((grade) => ({ grade, count: counts.get(grade) ?? 0 }));
  await p.db.transaction(async (tx) => {
    const previous = await tx.query<{ id: string }>(
      `SELECT id FROM rating_runs
        WHERE methodology_id = $1 AND status = 'published' AND id <> $2
        ORDER BY period_year DESC, published_at DESC LIMIT 1`,
      [run.methodology_id, run.id],
    );
    await tx.query(
      `UPDATE rating_runs SET status = 'completed', result_hash = $2, entity_count = $3, grade_counts = $4::jsonb,
              previous_run_id = $5, completed_at = $6 WHERE id = $1 AND status = 'running'`,
      [
        run.id,
        resultHash,
        context.entityCount,
        JSON.stringify(gradeCounts),
        previous.rows[0]?.id ?? null,
        p.clock.now(),
      ],
    );
  });
  return { runId: run.id, entityCount: context.entityCount, inputsHash: context.inputsHash, resultHash };
}
