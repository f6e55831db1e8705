import { Dec, fixed } from "./pcaf-decimal";
import type { PcafBucket, PcafPortfolioResult } from "./pcaf-result-types";

export interface PcafChange {
  readonly previous: string | null;
  readonly current: string | null;
  /** current − previous; null when either is missing. */
  readonly change: string | null;
  /** change ÷ previous × 100, 2 dp; null when previous is missing or zero. */
  readonly changePercent: string | null;
}

export interface PcafComparisonRow {
  readonly key: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly outstanding: PcafChange;
  readonly financedScope12Tco2e: PcafChange;
  readonly weightedDataQuality: PcafChange;
}

export interface PcafComparison {
  readonly previousYear: number;
  readonly currentYear: number;
  /** Both runs used the same reference data: otherwise changes mix method and portfolio effects. */
  readonly sameReference: boolean;
  readonly total: PcafComparisonRow;
  readonly byAssetClass: readonly PcafComparisonRow[];
  readonly bySector: readonly PcafComparisonRow[];
  readonly waci: PcafChange;
  readonly carbonFootprint: PcafChange;
}

function change(previous: string | null | undefined, current: string | null | undefined): PcafChange {
  const p = previous ?? null;
  const c = current ?? null;
  if (p === null || c === null) return { previous: p, current: c, change: null, changePercent: null };
  const delta = new Dec(c).minus(p);
  return {
    previous: p,
    current: c,
    change: delta.toFixed(),
    changePercent: new Dec(p).isZero() ? null : fixed(delta.div(p).times(100), 2),
  };
}

function row(key: string, previous: PcafBucket | undefined, current: PcafBucket | undefined): PcafComparisonRow {
  const named = (current ?? previous) as PcafBucket;
  return {
    key,
    nameZh: named.nameZh,
    nameEn: named.nameEn,
    outstanding: change(previous?.outstanding, current?.outstanding),
    financedScope12Tco2e: change(previous?.financedScope12Tco2e, current?.financedScope12Tco2e),
    weightedDataQuality: change(previous?.weightedDataQuality, current?.weightedDataQuality),
  };
}

function rows(previous: readonly PcafBucket[], current: readonly PcafBucket[]): PcafComparisonRow[] {
  const before = new Map(previous.map((b) => [b.key, b]));
  const after = new Map(current.map((b) => [b.key, b]));
  const keys = [...current.map((b) => b.key), ...previous.map((b) => b.key).filter((k) => !after.has(k))];
  return keys.map((k) => row(k, before.get(k), after.get(k)));
}

/** Year-on-year changes of two portfolio results (a group present in one year only shows null for the other). */
export function comparePcafResults(previous: PcafPortfolioResult, current: PcafPortfolioResult): PcafComparison {
  return {
    previousYear: previous.year,
    currentYear: current.year,
    sameReference: previous.referenceSha256 === current.referenceSha256,
    total: row("total", previous.total, current.total),
    byAssetClass: rows(previous.byAssetClass, current.byAssetClass),
    bySector: rows(previous.bySector, current.bySector),
    waci: change(previous.waci.value, current.waci.value),
    carbonFootprint: change(previous.carbonFootprint, current.carbonFootprint),
  };
}
