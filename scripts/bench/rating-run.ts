/**
 * One size of the rating benchmark, in a process of its own so that its peak RSS is its own:
 * `node --expose-gc --import tsx scripts/bench/rating-run.ts <entities> [workers]` prints one JSON line.
 * With `verify` as the third argument it also rates the universe with streamRatings on this thread and checks that
 * the split run gives the same inputs and result hashes.
 */
import { Worker } from "node:worker_threads";
import { runResultHash, streamRatings } from "@greenfin/domain";
import { syntheticMethodology } from "./rating-methodology";
import { syntheticEntities } from "./rating-universe";
import type { WorkerReport, WorkerTask } from "./rating-worker";

export const BENCH_AS_OF = "2026-06-30";

export interface RunReport {
  readonly entities: number;
  readonly workers: number;
  readonly seconds: number;
  readonly passOneSeconds: number;
  readonly passTwoSeconds: number;
  readonly entitiesPerSecond: number;
  readonly peakRssMiB: number;
  readonly baseRssMiB: number;
  /** Per worker: heap held after pass one, and the highest heap above its start. */
  readonly heapRetainedMiB: number;
  readonly heapPeakMiB: number;
  readonly inputsHash: string;
  readonly resultHash: string;
  readonly gradeCounts: Record<string, number>;
  /** Set with `verify`: the single-thread streamRatings run's throughput, and that its hashes matched. */
  readonly singleThread?: { readonly entitiesPerSecond: number; readonly sameHashes: boolean };
  /** The reference (rating-reference.ts) on as many workers, after the engine: wall seconds of the whole run. */
  readonly referenceSeconds: number;
}

/** A worker thread does not inherit tsx's loader: it registers it, then loads the TypeScript worker module. */
const BOOT = `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))})
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL("./rating-worker.ts", import.meta.url).href)}); })`;

function work(task: WorkerTask): Promise<WorkerReport> {
  return new Promise((resolve, reject) => {
    // Room for 100,000 entities' peer values (about 1 GiB of exact decimals per worker) above V8's default limit.
    const worker = new Worker(BOOT, { eval: true, workerData: task, resourceLimits: { maxOldGenerationSizeMb: 8192 } });
    worker.once("message", resolve);
    worker.once("error", reject);
    // Settles nothing once a report arrived; otherwise the worker died (out of memory, say) without one.
    worker.once("exit", (code) => reject(new Error(`a rating worker exited with ${code} and no report`)));
  });
}

async function main() {
  const size = Number(process.argv[2]);
  const workers = Number(process.argv[3] ?? 2);
  const verify = process.argv[4] === "verify";
  const baseRss = process.memoryUsage().rss;
  const started = performance.now();
  const reports = await Promise.all(
    Array.from({ length: workers }, (_, index) => work({ size, index, workers, asOf: BENCH_AS_OF })),
  );
  const seconds = (performance.now() - started) / 1000;
  const [first] = reports as [WorkerReport];
  if (reports.some((r) => r.inputsHash !== first.inputsHash || r.entityCount !== size))
    throw new Error("the workers disagree on the universe");
  const gradeCounts: Record<string, number> = {};
  for (const r of reports) for (const [g, n] of Object.entries(r.grades)) gradeCounts[g] = (gradeCounts[g] ?? 0) + n;
  const resultHash = runResultHash(
    first.inputsHash,
    reports.flatMap((r) => r.hashes),
  );
  // Read before the reference runs, so that the peak is the engine's.
  const peakRssMiB = process.resourceUsage().maxRSS / 1024;
  const refStarted = performance.now();
  const refReports = await Promise.all(
    Array.from({ length: workers }, (_, index) => work({ size, index, workers, asOf: BENCH_AS_OF, reference: true })),
  );
  const referenceSeconds = (performance.now() - refStarted) / 1000;
  const refRated = refReports.reduce((sum, r) => sum + Object.values(r.grades).reduce((a, b) => a + b, 0), 0);
  if (refRated !== size) throw new Error(`the reference rated ${refRated} entities, not ${size}`);
  let singleThread: RunReport["singleThread"];
  if (verify) {
    const methodology = syntheticMethodology();
    const t = performance.now();
    const summary = streamRatings(
      { methodology, entities: syntheticEntities(methodology, BENCH_AS_OF).universe(size), asOf: BENCH_AS_OF },
      () => {},
    );
    singleThread = {
      entitiesPerSecond: size / ((performance.now() - t) / 1000),
      sameHashes: summary.inputsHash === first.inputsHash && summary.resultHash === resultHash,
    };
  }
  const report: RunReport = {
    entities: size,
    workers,
    seconds,
    passOneSeconds: Math.max(...reports.map((r) => r.passOneSeconds)),
    passTwoSeconds: Math.max(...reports.map((r) => r.passTwoSeconds)),
    entitiesPerSecond: size / seconds,
    peakRssMiB,
    baseRssMiB: baseRss / 2 ** 20,
    heapRetainedMiB: Math.max(...reports.map((r) => r.heapRetainedMiB)),
    heapPeakMiB: Math.max(...reports.map((r) => r.heapPeakMiB)),
    inputsHash: first.inputsHash,
    resultHash,
    gradeCounts,
    ...(singleThread ? { singleThread } : {}),
    referenceSeconds,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();
