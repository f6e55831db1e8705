/**
 * Rating benchmark: a synthetic universe of 150-indicator entities (rating-methodology.ts, rating-universe.ts) rated
 * with full explanations, each size in a process of its own (rating-run.ts) so that its peak RSS is its own. The
 * entities are generated as the passes need them and each rating is hashed and dropped, so what grows with the
 * universe is only the engine's pass-one state: per industry group and indicator the sorted peer values (exact
 * decimals), and one input hash per entity — reported as the heap retained after pass one.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Result } from "../bench";
import type { RunReport } from "./rating-run";

const RUN = fileURLToPath(new URL("./rating-run.ts", import.meta.url));
/**
 * Three decades for the memory curve; the first also checks the split against streamRatings on one thread. About four
 * minutes on the reference machine, where the 100k run alone takes some three and a half. Two workers: its two vCPUs
 * rate about 1.25× what one thread does.
 */
export const RATING_BENCH_SIZES = [1_000, 10_000, 100_000];
const WORKERS = 2;

function runSize(entities: number, workers: number, verify = false): Promise<RunReport> {
  return new Promise((resolve, reject) => {
    const args = [
      "--expose-gc",
      "--import",
      "tsx",
      RUN,
      String(entities),
      String(workers),
      ...(verify ? ["verify"] : []),
    ];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(JSON.parse(out) as RunReport) : reject(new Error(`rating-run ${entities} exited ${code}`)),
    );
  });
}

const n = (x: number) => x.toLocaleString("en");
const mib = (x: number) => `${x.toFixed(0)} MiB`;

function result(r: RunReport): Result {
  const verified = r.singleThread
    ? `; the same inputs and result hashes as streamRatings on one thread (${r.singleThread.entitiesPerSecond.toFixed(0)} entities/s there, warm-up included)`
    : "";
  return {
    name: `rate ${n(r.entities)} entities × 150 indicators, full explanations (synthetic methodology, ${r.workers} worker threads)`,
    seconds: r.seconds,
    note:
      `${r.entitiesPerSecond.toFixed(0)} entities/s; pass one ${r.passOneSeconds.toFixed(1)} s, pass two ${r.passTwoSeconds.toFixed(1)} s; ` +
      `peak RSS ${mib(r.peakRssMiB)} (process at start ${mib(r.baseRssMiB)}); per worker: heap retained after pass one ` +
      `${mib(r.heapRetainedMiB)} (peer values + input hashes), peak heap +${mib(r.heapPeakMiB)}${verified}`,
  };
}

export async function benchRating(): Promise<Result[]> {
  const results: Result[] = [];
  for (const [i, size] of RATING_BENCH_SIZES.entries()) {
    const r = await runSize(size, WORKERS, i === 0);
    // Splitting pass two over workers must give the run streamRatings gives on one thread.
    if (r.singleThread && !r.singleThread.sameHashes) throw new Error("the workers and streamRatings disagree");
    results.push(result(r));
  }
  return results;
}
