/**
 * Rating benchmark: a synthetic universe of 150-indicator entities (rating-methodology.ts, rating-universe.ts) rated
 * with full explanations, each size in a process of its own (rating-run.ts) so that its peak RSS is its own. The
 * entities are generated as the passes need them and each rating is hashed and dropped, so what grows with the
 * universe is only the engine's pass-one state: per industry group and indicator the sorted peer values (exact
 * decimals), and one input hash per entity — reported as the heap retained after pass one.
 */
import { fileURLToPath } from "node:url";
import { runBenchChild } from "./bench-database";
import type { RunReport } from "./rating-run";
import { per, type Result, result } from "./result";

const RUN = fileURLToPath(new URL("./rating-run.ts", import.meta.url));
/**
 * Decades for the memory curve (GF_BENCH_RATING_SIZES, comma-separated); the first also checks the split against
 * streamRatings on one thread. The 100,000 run alone takes some three and a half minutes on an idle two-vCPU
 * machine, so the default stops at 20,000. Two workers: two vCPUs rate about 1.25× what one thread does.
 */
export const RATING_BENCH_SIZES = (process.env.GF_BENCH_RATING_SIZES ?? "1000,10000,20000")
  .split(",")
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const WORKERS = 2;

const runSize = (entities: number, workers: number, verify = false) =>
  runBenchChild<RunReport>(RUN, [String(entities), String(workers), ...(verify ? ["verify"] : [])]);

const n = (x: number) => x.toLocaleString("en");
const mib = (x: number) => `${x.toFixed(0)} MiB`;

function sizeResult(r: RunReport): Result {
  const verified = r.singleThread
    ? `; the same inputs and result hashes as streamRatings on one thread (${r.singleThread.entitiesPerSecond.toFixed(0)} entities/s there, warm-up included)`
    : "";
  return result({
    name: `rating: rate ${n(r.entities)} entities × 150 indicators, full explanations (synthetic methodology, ${r.workers} worker threads)`,
    seconds: r.seconds,
    throughput: per(r.entities, r.seconds, "entities/s"),
    peakRssMiB: r.peakRssMiB,
    reference: {
      name: `the same universe generated on as many workers in the same two passes, scored as the mean of float peer percentiles (rating-reference.ts)`,
      seconds: r.referenceSeconds,
      throughput: per(r.entities, r.referenceSeconds, "entities/s"),
    },
    note:
      `child process; pass one ${r.passOneSeconds.toFixed(1)} s, pass two ${r.passTwoSeconds.toFixed(1)} s; ` +
      `RSS at start ${mib(r.baseRssMiB)}; per worker: heap retained after pass one ` +
      `${mib(r.heapRetainedMiB)} (peer values + input hashes), peak heap +${mib(r.heapPeakMiB)}${verified}`,
  });
}

export async function benchRating(): Promise<Result[]> {
  const results: Result[] = [];
  for (const [i, size] of RATING_BENCH_SIZES.entries()) {
    const r = await runSize(size, WORKERS, i === 0);
    // Splitting pass two over workers must give the run streamRatings gives on one thread.
    if (r.singleThread && !r.singleThread.sameHashes) throw new Error("the workers and streamRatings disagree");
    results.push(sizeResult(r));
  }
  return results;
}
