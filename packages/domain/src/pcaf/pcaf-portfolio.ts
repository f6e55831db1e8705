import { calculatePosition, type PositionContext } from "./calculate-position";
import { BucketSum } from "./pcaf-bucket";
import { Dec, fixed, MILLION, ZERO } from "./pcaf-decimal";
import { canonicalJson, counterpartiesHash, platformHash, StreamHash, sha256Hex } from "./pcaf-hashes";
import { indexPcafReference } from "./pcaf-reference-index";
import type { PcafBucket, PcafPortfolioResult, PcafPositionResult } from "./pcaf-result-types";
import {
  PCAF_ASSET_CLASSES,
  type PcafCounterparty,
  PcafInputError,
  type PcafPosition,
  type PcafReferenceData,
  type PlatformEmissions,
} from "./pcaf-types";

export interface PcafRunInput {
  readonly reference: PcafReferenceData;
  /** Reporting year: picks sovereign data and the Scope 3 phase-in. */
  readonly year: number;
  readonly counterparties: ReadonlyMap<string, PcafCounterparty>;
  /** Emissions of counterparties with a GreenFin carbon account, which the platform fills in itself. */
  readonly platformEmissions?: readonly PlatformEmissions[];
}

export interface PcafPortfolioBuilder {
  /** Calculates one position, hands its result to `onPosition` and adds it to the totals. */
  add(position: PcafPosition): PcafPositionResult;
  finish(): PcafPortfolioResult;
}

const HOUSEHOLDS = { nameZh: "住户（按揭与车贷）", nameEn: "Households (mortgages, vehicle loans)" };
const SOVEREIGNS = { nameZh: "主权", nameEn: "Sovereigns" };

/**
 * A portfolio calculation fed one position at a time, so a book of a million positions needs no array of traces:
 * each result goes to `onPosition` and only totals (per asset class and GB/T 4754 section) and two running hashes
 * are kept. The inputs hash depends on the order positions are added in.
 */
export function startPcafPortfolio(
  input: PcafRunInput,
  onPosition: (result: PcafPositionResult) => void = () => {},
): PcafPortfolioBuilder {
  const index = indexPcafReference(input.reference);
  const platform = input.platformEmissions ?? [];
  const ctx: PositionContext = {
    index,
    year: input.year,
    counterparties: input.counterparties,
    platform: new Map(platform.map((p) => [p.counterparty, p])),
  };
  if (!Number.isInteger(input.year)) throw new PcafInputError(`year must be an integer, got ${input.year}`);
  const total = new BucketSum();
  const byClass = new Map<string, BucketSum>();
  const bySector = new Map<string, BucketSum>();
  const inputs = new StreamHash();
  const outputs = new StreamHash();
  const ids = new Set<string>();
  let waciWeighted: Dec = ZERO;
  let waciOutstanding: Dec = ZERO;
  let waciPositions = 0;
  let scope3Required = 0;
  let scope3Missing = 0;
  let finished = false;
  const bucket = (map: Map<string, BucketSum>, key: string) => {
    const sum = map.get(key) ?? new BucketSum();
    map.set(key, sum);
    return sum;
  };

  return {
    add(position) {
      if (finished) throw new PcafInputError("the portfolio is already finished");
      if (ids.has(position.id)) throw new PcafInputError(`position ${position.id} is added twice`);
      ids.add(position.id);
      const result = calculatePosition(position, ctx);
      inputs.add(position);
      outputs.add(result);
      total.add(result);
      bucket(byClass, result.assetClass).add(result);
      bucket(bySector, result.section ?? (result.assetClass === "sovereign_debt" ? "sovereign" : "households")).add(
        result,
      );
      if (result.revenueIntensity !== null) {
        const outstanding = new Dec(result.outstanding);
        waciWeighted = waciWeighted.plus(outstanding.times(result.revenueIntensity));
        waciOutstanding = waciOutstanding.plus(outstanding);
        waciPositions++;
      }
      if (result.scope3Required) {
        scope3Required++;
        if (result.financedScope3Tco2e === null) scope3Missing++;
      }
      onPosition(result);
      return result;
    },

    finish() {
      finished = true;
      const ref = input.reference;
      const inputsHash = sha256Hex(
        canonicalJson({
          counterparties: counterpartiesHash(input.counterparties),
          platform: platformHash(platform),
          positions: inputs.digest(),
          reference: ref.ref,
          referenceSha256: ref.sha256,
          year: input.year,
        }),
      );
      const sectorName = (key: string) =>
        key === "households"
          ? HOUSEHOLDS
          : key === "sovereign"
            ? SOVEREIGNS
            : (index.sectionName(key) ?? { nameZh: key, nameEn: key });
      const covered = total.coveredOutstanding;
      const summary = {
        reference: ref.ref,
        referenceSha256: ref.sha256,
        year: input.year,
        inputsHash,
        total: total.view("total", { nameZh: "合计", nameEn: "Total" }),
        byAssetClass: PCAF_ASSET_CLASSES.filter((c) => byClass.has(c)).map((c): PcafBucket => {
          const info = index.assetClass(c);
          return (byClass.get(c) as BucketSum).view(c, { nameZh: info.nameZh, nameEn: info.nameEn });
        }),
        bySector: [...bySector.keys()].sort().map((k) => (bySector.get(k) as BucketSum).view(k, sectorName(k))),
        waci: {
          value: waciOutstanding.gt(0) ? fixed(waciWeighted.div(waciOutstanding), 4) : null,
          outstanding: waciOutstanding.toFixed(),
          positions: waciPositions,
        },
        carbonFootprint: covered.gt(0) ? fixed(total.financedScope12.div(covered.div(MILLION)), 4) : null,
        scope3: { requiredPositions: scope3Required, missingPositions: scope3Missing },
      };
      const resultHash = sha256Hex(canonicalJson({ positions: outputs.digest(), summary }));
      return { ...summary, resultHash };
    },
  };
}

/** The whole portfolio at once, for tests and small books: every position's result and the totals. */
export function calculatePcafPortfolio(input: PcafRunInput & { readonly positions: Iterable<PcafPosition> }): {
  readonly result: PcafPortfolioResult;
  readonly positions: readonly PcafPositionResult[];
} {
  const positions: PcafPositionResult[] = [];
  const builder = startPcafPortfolio(input, (r) => positions.push(r));
  for (const p of input.positions) builder.add(p);
  return { result: builder.finish(), positions };
}
