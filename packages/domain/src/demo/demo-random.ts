import { SeededRandom } from "../random/seeded-random";

/**
 * A random stream of its own for one part of the demo (an organisation, a year), derived from the district's seed
 * and a label: adding an organisation or a draw elsewhere does not shift anyone else's figures.
 */
export function streamFor(seed: number, label: string): SeededRandom {
  // FNV-1a over the label, mixed with the seed: cheap, stable on every platform, good enough to decorrelate streams.
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return new SeededRandom(h | 0);
}

/** A number uniformly in [lo, hi). */
export const between = (rng: SeededRandom, lo: number, hi: number) => lo + (hi - lo) * rng.unit();

export const chance = (rng: SeededRandom, p: number) => rng.unit() < p;
