import { type RandomGenerator, unsafeUniformIntDistribution, xoroshiro128plus } from "pure-rand";

/**
 * A deterministic random source: the same seed always yields the same sequence, on every
 * machine. The demo generator and property tests rely on that.
 */
export class SeededRandom {
  readonly #rng: RandomGenerator;

  constructor(seed: number) {
    this.#rng = xoroshiro128plus(seed | 0);
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.#rng);
  }

  /** A number in [0, 1) with 2^-30 resolution (enough for sampling, never used for money). */
  unit(): number {
    return this.int(0, 2 ** 30 - 1) / 2 ** 30;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("pick from an empty list");
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Picks by weight; weights need not sum to one. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.unit() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return (items[items.length - 1] as readonly [T, number])[0];
  }

  /** A log-normally distributed number: plausible for firm sizes and revenues. */
  logNormal(median: number, sigma: number): number {
    // Box–Muller on two uniforms; 1 - unit() keeps the logarithm finite.
    const z = Math.sqrt(-2 * Math.log(1 - this.unit())) * Math.cos(2 * Math.PI * this.unit());
    return median * Math.exp(sigma * z);
  }
}
