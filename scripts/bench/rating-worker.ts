/**
 * One worker of the rating benchmark: pass one over the whole synthetic universe (every worker needs the universe's
 * peer statistics), then pass two over its share (entity i when i mod workers = index). Each rating is hashed and
 * counted, then dropped; only its hash is kept, as the engine's own streamRatings does.
 */
import { getHeapStatistics } from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { hashRating, startRatingRun } from "@greenfin/domain";
import { syntheticMethodology } from "./rating-methodology";
import { referenceRun } from "./rating-reference";
import { syntheticEntities } from "./rating-universe";

export interface WorkerTask {
  readonly size: number;
  readonly index: number;
  readonly workers: number;
  readonly asOf: string;
  /** Run the reference (rating-reference.ts) instead of the engine. */
  readonly reference?: boolean;
}

export interface WorkerReport {
  readonly inputsHash: string;
  readonly methodologyHash: string;
  readonly entityCount: number;
  readonly hashes: [string, string][];
  readonly grades: Record<string, number>;
  readonly passOneSeconds: number;
  readonly passTwoSeconds: number;
  readonly heapBaseMiB: number;
  /** Heap still held after pass one and a full GC: the peer statistics and one input hash per entity. */
  readonly heapRetainedMiB: number;
  readonly heapPeakMiB: number;
}

const MiB = 2 ** 20;
const heap = () => getHeapStatistics().used_heap_size;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

function run({ size, index, workers, asOf }: WorkerTask): WorkerReport {
  const methodology = syntheticMethodology();
  const { entity } = syntheticEntities(methodology, asOf);
  gc();
  const base = heap();
  let peak = base;
  const sample = (i: number) => {
    if (i % 500 === 0) peak = Math.max(peak, heap());
  };

  let started = performance.now();
  const builder = startRatingRun({ methodology, asOf });
  for (let i = 0; i < size; i++) {
    builder.add(entity(i));
    sample(i);
  }
  const context = builder.finish();
  const passOneSeconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, heap());
  gc();
  const retained = heap() - base;

  started = performance.now();
  const hashes: [string, string][] = [];
  const grades: Record<string, number> = {};
  for (let i = index; i < size; i += workers) {
    const rating = context.rate(entity(i));
    hashes.push([rating.entityId, hashRating(rating)]);
    grades[rating.grade] = (grades[rating.grade] ?? 0) + 1;
    sample(hashes.length);
  }
  const passTwoSeconds = (performance.now() - started) / 1000;
  peak = Math.max(peak, heap());
  return {
    inputsHash: context.inputsHash,
    methodologyHash: context.methodologyHash,
    entityCount: context.entityCount,
    hashes,
    grades,
    passOneSeconds,
    passTwoSeconds,
    heapBaseMiB: base / MiB,
    heapRetainedMiB: retained / MiB,
    heapPeakMiB: (peak - base) / MiB,
  };
}

/** The reference's report, in the engine's shape (no hashes; heap figures not measured). */
function runReference({ size, index, workers, asOf }: WorkerTask): WorkerReport {
  const { entity } = syntheticEntities(syntheticMethodology(), asOf);
  const r = referenceRun(entity, size, index, workers);
  return {
    inputsHash: "",
    methodologyHash: "",
    entityCount: size,
    hashes: [],
    grades: r.grades,
    passOneSeconds: r.passOneSeconds,
    passTwoSeconds: r.passTwoSeconds,
    heapBaseMiB: 0,
    heapRetainedMiB: 0,
    heapPeakMiB: 0,
  };
}

const task = workerData as WorkerTask;
parentPort?.postMessage(task.reference ? runReference(task) : run(task));
