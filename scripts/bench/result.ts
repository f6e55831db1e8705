/**
 * One benchmark's figures. `ratio` is GreenFin's cost over the reference's for the same work: the reference's
 * throughput over GreenFin's, in the same unit (for a fixed amount of work that is seconds over reference seconds);
 * 1 means GreenFin runs at the reference's speed, 3 that the same work costs it three times as long.
 */
export interface Throughput {
  value: number;
  unit: string;
}

export interface Reference {
  /** What the reference does, stated so that a reader can judge it. */
  name: string;
  seconds: number;
  throughput: Throughput;
}

export interface Result {
  name: string;
  seconds: number;
  throughput: Throughput;
  /** Peak resident set of the process doing the work, in MiB (see the note for what it includes). */
  peakRssMiB: number;
  reference: Reference | null;
  ratio: number | null;
  note: string;
}

export function result(r: Omit<Result, "ratio">): Result {
  const ratio =
    r.reference && r.reference.throughput.value > 0 && r.throughput.value > 0
      ? r.reference.throughput.value / r.throughput.value
      : null;
  return { ...r, ratio };
}

/** A throughput of `work` units done in `seconds`. */
export const per = (work: number, seconds: number, unit: string): Throughput => ({
  value: seconds > 0 ? work / seconds : 0,
  unit,
});

export const count = (x: number) => Math.round(x).toLocaleString("en");
export const mib = (bytes: number) => bytes / 2 ** 20;
