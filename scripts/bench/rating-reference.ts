/**
 * The rating benchmark's reference, run by the same workers over the same generated universe in the same two passes:
 * pass one collects every numeric input's values per industry code into arrays and sorts them (Float64Array); pass
 * two scores each entity of the worker's share as the plain mean of its inputs' scores — a numeric value's percentile
 * among its industry's (binary search), 100 or 0 for a boolean, 50 for an option — and buckets it into a grade.
 * Floating point, no methodology tree, no materiality weights, no missing-value policies, no controversies, no
 * explanations, no hashes: the least a peer-relative rating of the same inputs must do.
 */
import type { RatedEntityInput } from "@greenfin/domain";

const GRADES = ["CCC", "B", "BB", "BBB", "A", "AA", "AAA"];

/** The index of the first element of the sorted `xs` that is not below `x`. */
function lowerBound(xs: Float64Array, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function referenceRun(
  entity: (i: number) => RatedEntityInput,
  size: number,
  index: number,
  workers: number,
): { passOneSeconds: number; passTwoSeconds: number; grades: Record<string, number> } {
  let started = performance.now();
  const collected = new Map<string, number[]>();
  for (let i = 0; i < size; i++) {
    const e = entity(i);
    for (const [input, value] of e.values)
      if (typeof value === "string") {
        const key = `${e.industryCode}|${input}`;
        const xs = collected.get(key);
        if (xs) xs.push(Number(value));
        else collected.set(key, [Number(value)]);
      }
  }
  const peers = new Map<string, Float64Array>();
  for (const [key, xs] of collected) peers.set(key, Float64Array.from(xs).sort());
  collected.clear();
  const passOneSeconds = (performance.now() - started) / 1000;

  started = performance.now();
  const grades: Record<string, number> = {};
  for (let i = index; i < size; i += workers) {
    const e = entity(i);
    let sum = 0;
    let n = 0;
    for (const [input, value] of e.values) {
      n++;
      if (typeof value === "boolean") sum += value ? 100 : 0;
      else if (typeof value === "string") {
        const xs = peers.get(`${e.industryCode}|${input}`)!;
        sum += (100 * lowerBound(xs, Number(value))) / xs.length;
      } else sum += 50;
    }
    const grade = GRADES[Math.min(GRADES.length - 1, Math.floor(((n ? sum / n : 0) / 100) * GRADES.length))]!;
    grades[grade] = (grades[grade] ?? 0) + 1;
  }
  return { passOneSeconds, passTwoSeconds: (performance.now() - started) / 1000, grades };
}
