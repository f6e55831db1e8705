import { Dec, percent, plain } from "../../market/market-decimal";
import type { StatPeriod } from "../statistics-types";
import type { StatBook } from "./stat-book";
import { type StatBasis, statFigure } from "./stat-figure";
import { type StatQuartiles, statQuartiles } from "./stat-quartiles";

/** The fewest peers (other institutions of the same kind) for which quartiles are published. */
export const MIN_PEERS = 4;

export interface PeerComparisonQuery {
  readonly orgId: string;
  readonly metric: string;
  readonly period: StatPeriod;
  readonly item?: string | null;
  readonly basis?: StatBasis;
  /** Every institution's kind (bank, insurer …), by org id. */
  readonly kinds: Readonly<Record<string, string>>;
  /** Defaults to MIN_PEERS. */
  readonly minPeers?: number;
}

/** Where the institution's own figure falls among its peers' quartiles. */
export type PeerPosition = "below-p25" | "p25-median" | "median-p75" | "above-p75";

export interface PeerComparison {
  readonly orgId: string;
  readonly kind: string | null;
  readonly metric: string;
  readonly item: string | null;
  readonly period: StatPeriod;
  /** The institution's own figure; null when it did not report. */
  readonly own: string | null;
  /** The district figure (all institutions); how many institutions it counts, never who. */
  readonly district: string | null;
  readonly districtInstitutions: number;
  /** own ÷ district total, exact and in percent to 2 places; null for ratios or without a positive total. */
  readonly share: string | null;
  readonly sharePercent: string | null;
  readonly shareReason: string | null;
  /** Quartiles of the peers' figures (same kind, reported, the institution itself left out); null when suppressed. */
  readonly peers: StatQuartiles | null;
  /** How many peers reported it (shown or not): the count a withheld quartile's explanation gives. */
  readonly peersReported: number;
  readonly peersReason: string | null;
  readonly position: PeerPosition | null;
  /** Names no other institution and shows no single peer's figure. */
  readonly trace: readonly string[];
}

/**
 * An institution's figure against the district's and its peers': its share of the district total and the quartiles
 * of the other institutions of its kind that reported the metric, suppressed below `minPeers` peers.
 */
export function peerComparison(book: StatBook, query: PeerComparisonQuery): PeerComparison {
  const minPeers = query.minPeers ?? MIN_PEERS;
  const district = statFigure(book, query);
  const kind = query.kinds[query.orgId] ?? null;
  const ownOrg = district.institutions.find((o) => o.orgId === query.orgId);
  const own = ownOrg?.value ?? null;
  const counted = district.institutions.length;
  const trace: string[] = [
    `${district.metric}${district.item === null ? "" : ` [${district.item}]`} ${query.period} (${district.basis}): ${query.orgId} ${own ?? "did not report"}`,
    `district ${district.value ?? `none (${district.reason})`} over ${counted} institution${counted === 1 ? "" : "s"}`,
  ];

  let share: string | null = null;
  let sharePercent: string | null = null;
  let shareReason: string | null = null;
  if (district.kind === "ratio") shareReason = "a ratio is not a part of a total: no share";
  else if (own === null) shareReason = `${query.orgId} did not report it`;
  else if (district.value === null || !new Dec(district.value).gt(0))
    shareReason = "the district total is not positive";
  else {
    const s = new Dec(own).div(district.value);
    share = plain(s);
    sharePercent = percent(s);
    trace.push(`share = ${own} ÷ ${district.value} = ${share} = ${sharePercent} %`);
  }
  if (shareReason) trace.push(`no share: ${shareReason}`);

  let peers: StatQuartiles | null = null;
  let peersReason: string | null = null;
  let position: PeerPosition | null = null;
  let peersReported = 0;
  if (kind === null) peersReason = `the kind of ${query.orgId} is not known`;
  else {
    const values = district.institutions
      .filter((o) => o.orgId !== query.orgId && query.kinds[o.orgId] === kind && o.value !== null)
      .map((o) => o.value!);
    peersReported = values.length;
    if (values.length < minPeers) {
      peersReason = `${values.length} peer${values.length === 1 ? "" : "s"} of kind ${kind} reported it, fewer than ${minPeers}: quartiles suppressed so no institution can be identified`;
    } else {
      peers = statQuartiles(values);
      trace.push(`peers: the other ${values.length} institutions of kind ${kind} that reported it`, ...peers.trace);
      if (own !== null) position = positionOf(new Dec(own), peers);
    }
  }
  if (peersReason) trace.push(`no peer quartiles: ${peersReason}`);
  if (position) trace.push(`${query.orgId} is ${position}`);

  return {
    orgId: query.orgId,
    kind,
    metric: district.metric,
    item: district.item,
    period: query.period,
    own,
    district: district.value,
    districtInstitutions: counted,
    share,
    sharePercent,
    shareReason,
    peers,
    peersReported,
    peersReason,
    position,
    trace,
  };
}

/** Below p25, from p25 up to the median, from the median up to p75, at or above p75 (lower bounds inclusive). */
function positionOf(own: Dec, q: StatQuartiles): PeerPosition {
  if (own.lt(q.p25)) return "below-p25";
  if (own.lt(q.median)) return "p25-median";
  if (own.lt(q.p75)) return "median-p75";
  return "above-p75";
}
