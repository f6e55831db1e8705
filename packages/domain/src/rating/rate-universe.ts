import { canonicalJson } from "../audit/canonical-json";
import { compileMethodology } from "./compile-methodology";
import { dayNumber } from "./controversy-decay";
import type { RatingMethodology } from "./methodology-types";
import { isDisclosed, observe, scoreWithoutPeers } from "./observe-indicator";
import { peerStatisticsBuilder } from "./peer-statistics";
import { rateOneEntity } from "./rate-entity";
import { isPositive } from "./rating-decimal";
import { entityInputHash, hashRating, runInputsHash, runResultHash, sha256Hex } from "./rating-hashes";
import {
  type EntityRating,
  type RatedEntityInput,
  type RateUniverseInput,
  RatingInputError,
  type RatingRunSummary,
} from "./rating-types";

/** A rating run after pass one: it knows the universe's peer statistics and rates entities one at a time. */
export interface RatingContext {
  readonly methodology: { readonly id: string; readonly version: string };
  readonly asOf: string;
  readonly methodologyHash: string;
  readonly inputsHash: string;
  readonly entityCount: number;
  /** Rates one entity of the universe; it must be exactly the entity given to pass one. */
  rate(entity: RatedEntityInput): EntityRating;
}

export interface RatingRunBuilder {
  /** Pass one: adds an entity's disclosed values to its industry group's peer statistics. */
  add(entity: RatedEntityInput): void;
  finish(): RatingContext;
}

/**
 * Starts a rating run for callers that stream the universe themselves (a database cursor, batches): `add` every
 * entity, `finish`, then `rate` each entity again. Only per-group sorted values and one hash per entity are kept.
 */
export function startRatingRun(input: {
  readonly methodology: RatingMethodology;
  readonly asOf: string;
}): RatingRunBuilder {
  const { methodology: source, asOf } = input;
  dayNumber(asOf, "asOf");
  const methodology = compileMethodology(source);
  const builder = peerStatisticsBuilder(methodology.indicators);
  const inputHashes = new Map<string, string>();
  let finished = false;
  return {
    add(entity) {
      if (finished) throw new RangeError("This rating run is finished; start another to add entities");
      const hash = entityInputHash(methodology, entity);
      if (inputHashes.has(entity.id)) throw new RatingInputError(`Entity ${entity.id} appears twice in the universe`);
      inputHashes.set(entity.id, hash);
      const group = methodology.groupOf(entity.industryCode);
      for (const indicator of methodology.indicators) {
        const weight = group.weights.get(indicator.keyIssue);
        if (!indicator.peerColumn || !weight || !isPositive(weight)) continue;
        // A ranked value is kept as its text (checked above by entityInputHash): a quarter of a decimal's memory.
        if (indicator.peerColumn === "values") {
          const text = entity.values.get(indicator.id);
          if (typeof text === "string") builder.add(group.id, indicator.id, text);
          continue;
        }
        const seen = observe(indicator, entity.values);
        if (isDisclosed(seen)) builder.add(group.id, indicator.id, scoreWithoutPeers(indicator, seen).score);
      }
    },
    finish() {
      finished = true;
      const peers = builder.finish();
      const methodologyHash = sha256Hex(canonicalJson(source));
      const context = { methodology, peers, asOf };
      return {
        methodology: { id: source.id, version: source.version },
        asOf,
        methodologyHash,
        inputsHash: runInputsHash(asOf, methodologyHash, inputHashes),
        entityCount: inputHashes.size,
        rate(entity) {
          const hash = entityInputHash(methodology, entity);
          if (inputHashes.get(entity.id) !== hash)
            throw new RatingInputError(`Entity ${entity.id} is not the one the run's peer statistics were built from`);
          return rateOneEntity(context, entity, hash);
        },
      };
    },
  };
}

/**
 * Rates a universe in two passes over `entities` — peer statistics, then entity by entity — handing each rating to
 * `onRating` as soon as it is made, so explanations are never all held at once. Returns the run's summary with
 * the inputs hash and a hash of all results.
 */
export function streamRatings(input: RateUniverseInput, onRating: (rating: EntityRating) => void): RatingRunSummary {
  const builder = startRatingRun(input);
  for (const entity of input.entities) builder.add(entity);
  const context = builder.finish();
  const ratingHashes = new Map<string, string>();
  const grades = input.methodology.scale.grades.map((g) => g.grade);
  const counts = new Map(grades.map((g) => [g, 0]));
  for (const entity of input.entities) {
    if (ratingHashes.has(entity.id)) throw new RatingInputError(`Entity ${entity.id} appears twice in the universe`);
    const rating = context.rate(entity);
    ratingHashes.set(entity.id, hashRating(rating));
    counts.set(rating.grade, (counts.get(rating.grade) ?? 0) + 1);
    onRating(rating);
  }
  if (ratingHashes.size !== context.entityCount)
    throw new RangeError(
      `The universe gave ${context.entityCount} entities in pass one but ${ratingHashes.size} in pass two: pass an iterable that can be read twice (an array), not a one-shot generator`,
    );
  return {
    methodology: context.methodology,
    asOf: context.asOf,
    methodologyHash: context.methodologyHash,
    inputsHash: context.inputsHash,
    resultHash: runResultHash(context.inputsHash, ratingHashes),
    entityCount: context.entityCount,
    gradeCounts: grades.map((grade) => ({ grade, count: counts.get(grade) ?? 0 })),
  };
}

/** Rates a universe small enough to hold every explanation: the ratings in input order and the run summary. */
export function rateUniverse(input: RateUniverseInput): { summary: RatingRunSummary; ratings: EntityRating[] } {
  const ratings: EntityRating[] = [];
  const summary = streamRatings(input, (rating) => ratings.push(rating));
  return { summary, ratings };
}
