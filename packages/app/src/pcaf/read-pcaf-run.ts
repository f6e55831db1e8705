/**
 * One run whole: the portfolio figures by asset class and sector, WACI and footprint, Scope 3 coverage, how the
 * counterparties' emissions were found on the platform, and the change on the institution's run of the year before
 * (the one fixed when this run completed) through the domain's comparison.
 */
import type { TPcafRunDetail } from "@greenfin/contracts";
import { comparePcafResults, type PcafPortfolioResult } from "@greenfin/domain";
import type { Actor } from "../context/actor";
import type { Platform } from "../platform";
import { loadVisibleRun, type PcafRunRow, previousSummary, summaryOf, toRunSummary } from "./pcaf-run-view";

const NO_PLATFORM = { counterparties: 0, onPlatform: 0, accountsUsed: 0, withoutConsent: 0, withoutAccount: 0 };

async function comparisonFor(
  p: Platform,
  run: PcafRunRow,
  current: PcafPortfolioResult,
): Promise<TPcafRunDetail["comparison"]> {
  const previous = await previousSummary(p.db, run);
  if (!previous || !run.previous_run_id) return null;
  const c = comparePcafResults(previous, current);
  return {
    previousRunId: run.previous_run_id,
    previousYear: c.previousYear,
    sameReference: c.sameReference,
    total: c.total,
    byAssetClass: [...c.byAssetClass],
    waci: c.waci,
    carbonFootprint: c.carbonFootprint,
  };
}

export async function getPcafRun(p: Platform, actor: Actor, runId: string): Promise<TPcafRunDetail> {
  const run = await loadVisibleRun(p.db, actor, runId);
  const result = summaryOf(run);
  return {
    ...toRunSummary(run, result),
    byAssetClass: [...(result?.byAssetClass ?? [])],
    bySector: [...(result?.bySector ?? [])],
    waciDetail: result?.waci ?? { value: null, outstanding: "0", positions: 0 },
    scope3: result?.scope3 ?? { requiredPositions: 0, missingPositions: 0 },
    platform: { ...NO_PLATFORM, ...(run.platform_counts ?? {}) },
    comparison: result ? await comparisonFor(p, run, result) : null,
    error: run.error,
  };
}
