import type { CompiledIndicator, CompiledPoint } from "./compile-methodology";
import type { ScoreDirection } from "./methodology-types";
import { compareDec, Dec } from "./rating-decimal";
import { interpolate, percentileScore, type RuleScore } from "./score-rules";

/**
 * The disclosed values (or scores) of one indicator in one industry group, sorted: distinct keys ascending and, for
 * each, how many values are at or below it. Ranks are exact decimal comparisons; memory grows with the distinct
 * values, not with the explanations.
 */
export interface PeerColumn {
  readonly keys: readonly Dec[];
  readonly upTo: Uint32Array;
  readonly size: number;
}

export function buildColumn(values: readonly (Dec | string)[]): PeerColumn {
  const sorted = values.map((v) => (typeof v === "string" ? new Dec(v) : v)).sort(compareDec);
  const keys: Dec[] = [];
  const counts: number[] = [];
  for (const v of sorted) {
    const last = keys[keys.length - 1];
    if (last && compareDec(last, v) === 0) counts[counts.length - 1] = (counts[counts.length - 1] as number) + 1;
    else {
      keys.push(v);
      counts.push(1);
    }
  }
  const upTo = new Uint32Array(keys.length);
  let running = 0;
  counts.forEach((c, i) => {
    running += c;
    upTo[i] = running;
  });
  return { keys, upTo, size: running };
}

/** How many values of the column are smaller than `value`, and how many equal it. */
export function rankIn(column: PeerColumn, value: Dec): { below: number; equal: number } {
  let lo = 0;
  let hi = column.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareDec(column.keys[mid] as Dec, value) < 0) lo = mid + 1;
    else hi = mid;
  }
  const below = lo > 0 ? (column.upTo[lo - 1] as number) : 0;
  const equal =
    lo < column.keys.length && compareDec(column.keys[lo] as Dec, value) === 0
      ? (column.upTo[lo] as number) - below
      : 0;
  return { below, equal };
}

/** The value at a 0-based position of the sorted values (repeats counted). */
export function valueAt(column: PeerColumn, position: number): Dec {
  let lo = 0;
  let hi = column.keys.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((column.upTo[mid] as number) > position) hi = mid;
    else lo = mid + 1;
  }
  return column.keys[lo] as Dec;
}

type PercentileRule = {
  readonly direction: ScoreDirection;
  readonly minPeers: number;
  readonly fallback: readonly CompiledPoint[];
};

/**
 * A disclosed value ranked in its group's column (which includes it); below the rule's minimum number of peers the
 * fallback thresholds score it instead.
 */
export function scoreAgainstPeers(
  rule: PercentileRule,
  column: PeerColumn,
  value: Dec,
): RuleScore & { fallback: boolean } {
  if (column.size < rule.minPeers) return { ...interpolate(rule.fallback, value), fallback: true };
  const { below, equal } = rankIn(column, value);
  return {
    score: percentileScore(below, equal, column.size, rule.direction),
    basis: { below, equal, kind: "peer_percentile", peers: column.size },
    clamped: false,
    fallback: false,
  };
}

export interface GroupMedian {
  readonly median: Dec;
  readonly peers: number;
}

/** Median of the group's scores: the mean of the two middle ones (the same one twice when the count is odd). */
function medianOf(indicator: CompiledIndicator, column: PeerColumn): GroupMedian {
  const { rule } = indicator;
  const scoreAt = (position: number): Dec => {
    const key = valueAt(column, position);
    return rule.kind === "peer_percentile" ? scoreAgainstPeers(rule, column, key).score : key;
  };
  const n = column.size;
  const median = scoreAt(Math.floor((n - 1) / 2))
    .plus(scoreAt(Math.floor(n / 2)))
    .dividedBy(2);
  return { median, peers: n };
}

export interface PeerStatistics {
  /** The group's sorted disclosed values of a ranked indicator; empty when nobody disclosed (or for scores, kept only as their median). */
  column(groupId: string, indicatorId: string): PeerColumn;
  /** The median score of the group's disclosed values, or undefined when nobody in the group disclosed. */
  median(groupId: string, indicatorId: string): GroupMedian | undefined;
}

const EMPTY: PeerColumn = { keys: [], upTo: new Uint32Array(0), size: 0 };

/** Group id → indicator id → T: looked up for every indicator of every entity, so without building string keys. */
class ByGroup<T> {
  readonly #groups = new Map<string, Map<string, T>>();
  get(groupId: string, indicatorId: string): T | undefined {
    return this.#groups.get(groupId)?.get(indicatorId);
  }
  set(groupId: string, indicatorId: string, value: T): void {
    const byIndicator = this.#groups.get(groupId);
    if (byIndicator) byIndicator.set(indicatorId, value);
    else this.#groups.set(groupId, new Map([[indicatorId, value]]));
  }
  /** Every entry, each removed as it is visited. */
  *drain(): Generator<[string, string, T]> {
    for (const [groupId, byIndicator] of this.#groups) {
      for (const [indicatorId, value] of byIndicator) {
        byIndicator.delete(indicatorId);
        yield [groupId, indicatorId, value];
      }
      this.#groups.delete(groupId);
    }
  }
}

/** Pass one: collects values per group and indicator as entities stream by, then sorts them once. */
export function peerStatisticsBuilder(indicators: readonly CompiledIndicator[]) {
  // Disclosed values as their decimal text until sorted (a quarter of the memory of a decimal), scores as decimals.
  const pending = new ByGroup<(Dec | string)[]>();
  return {
    add(groupId: string, indicatorId: string, value: Dec | string): void {
      const list = pending.get(groupId, indicatorId);
      if (list) list.push(value);
      else pending.set(groupId, indicatorId, [value]);
    },
    finish(): PeerStatistics {
      const byId = new Map(indicators.map((i) => [i.id, i]));
      const columns = new ByGroup<PeerColumn>();
      const medians = new ByGroup<GroupMedian>();
      for (const [groupId, indicatorId, values] of pending.drain()) {
        const column = buildColumn(values);
        const indicator = byId.get(indicatorId);
        // A column of scores is only ever asked for its median: keep that, not the column.
        if (indicator?.peerColumn === "scores") medians.set(groupId, indicatorId, medianOf(indicator, column));
        else columns.set(groupId, indicatorId, column);
      }
      return {
        column: (groupId, indicatorId) => columns.get(groupId, indicatorId) ?? EMPTY,
        median(groupId, indicatorId) {
          let found = medians.get(groupId, indicatorId);
          if (found) return found;
          const column = columns.get(groupId, indicatorId);
          const indicator = byId.get(indicatorId);
          if (!column || !indicator) return undefined;
          found = medianOf(indicator, column);
          medians.set(groupId, indicatorId, found);
          return found;
        },
      };
    },
  };
}
