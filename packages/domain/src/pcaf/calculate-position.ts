import { assessCorporate } from "./assess-corporate";
import { assessProject } from "./assess-project";
import { assessBuilding, assessVehicle } from "./assess-real-assets";
import { assessSovereign } from "./assess-sovereign";
import type { Assessment } from "./pcaf-assessment";
import { attributionView } from "./pcaf-attribution";
import { EMISSION_PLACES, fixed } from "./pcaf-decimal";
import { readSector } from "./pcaf-industry";
import type { PcafIndex } from "./pcaf-reference-index";
import type { PcafPositionResult } from "./pcaf-result-types";
import {
  type PcafAssetClass,
  type PcafCounterparty,
  PcafInputError,
  type PcafPosition,
  type PlatformEmissions,
} from "./pcaf-types";

export interface PositionContext {
  readonly index: PcafIndex;
  readonly year: number;
  readonly counterparties: ReadonlyMap<string, PcafCounterparty>;
  readonly platform: ReadonlyMap<string, PlatformEmissions>;
}

/** Classes whose counterparty's Scope 3 PCAF phases in (Table 5-2). */
const CORPORATE: ReadonlySet<PcafAssetClass> = new Set([
  "listed_equity",
  "corporate_bond",
  "business_loan",
  "project_finance",
]);

function counterpartyOf(position: PcafPosition, ctx: PositionContext): PcafCounterparty | undefined {
  const cp = position.counterparty === null ? undefined : ctx.counterparties.get(position.counterparty);
  if (position.counterparty !== null && !cp)
    throw new PcafInputError(`${position.id}: counterparty ${position.counterparty} is not in the counterparties`);
  return cp;
}

function assess(position: PcafPosition, ctx: PositionContext): Assessment {
  const cp = counterpartyOf(position, ctx);
  switch (position.assetClass) {
    case "listed_equity":
    case "corporate_bond":
    case "business_loan":
      if (!cp) throw new PcafInputError(`${position.id}: ${position.assetClass} needs a counterparty`);
      return assessCorporate(position, cp, ctx.platform.get(cp.id), ctx.index);
    case "project_finance":
      if (!cp || position.projectTotal === null)
        throw new PcafInputError(`${position.id}: project finance needs a counterparty and project_total`);
      return assessProject(position, cp, ctx.index);
    case "commercial_real_estate":
    case "mortgage":
      if (position.propertyValue === null) throw new PcafInputError(`${position.id}: property_value is required`);
      // CRE is real-estate activity (K) unless the position or its borrower says otherwise; a mortgage is a household's.
      return assessBuilding(
        position,
        position.sector ?? cp?.sector ?? (position.assetClass === "mortgage" ? null : "K"),
        ctx.index,
      );
    case "motor_vehicle_loan":
      if (position.vehicleValue === null) throw new PcafInputError(`${position.id}: vehicle_value is required`);
      return assessVehicle(position, position.sector ?? cp?.sector ?? null, ctx.index);
    case "sovereign_debt":
      if (position.country === null) throw new PcafInputError(`${position.id}: country is required`);
      return assessSovereign(position, ctx.year, ctx.index);
    default:
      throw new PcafInputError(`${(position as PcafPosition).id}: unknown asset class`);
  }
}

/** One position's financed emissions, data-quality score and explanation trace (pure: same input, same result). */
export function calculatePosition(position: PcafPosition, ctx: PositionContext): PcafPositionResult {
  const a = assess(position, ctx);
  const info = ctx.index.assetClass(position.assetClass);
  const dq = a.evidence === null ? null : ctx.index.dataQuality(info.dataQualityTable, a.evidence);
  const scope3Required = CORPORATE.has(position.assetClass) && ctx.index.scope3Required(a.sector, ctx.year);
  const zh = [...a.zh];
  const en = [...a.en];
  if (dq) {
    zh.push(`数据质量得分 ${dq.score}（PCAF ${info.pcafSection}，${dq.option}）`);
    en.push(`data quality score ${dq.score} (PCAF ${info.pcafSection}, ${dq.option})`);
  }
  if (scope3Required && a.financedScope3 === null) {
    zh.push(`PCAF 表 5-2：${ctx.year} 年该行业须报告范围三，但缺少数据`);
    en.push(`PCAF Table 5-2: Scope 3 is due for this sector in ${ctx.year} but missing`);
  }
  return {
    positionId: position.id,
    assetClass: position.assetClass,
    counterparty: position.counterparty,
    sector: a.sector,
    section: a.sector === null ? null : (readSector(a.sector, ctx.index.data.industry)?.section ?? null),
    outstanding: position.outstanding,
    attribution: a.attribution && attributionView(a.attribution),
    emissions: a.emissions && {
      scope12Tco2e: fixed(a.emissions.scope12, EMISSION_PLACES),
      scope3Tco2e: a.emissions.scope3 && fixed(a.emissions.scope3, EMISSION_PLACES),
    },
    financedScope12Tco2e: a.financedScope12 && fixed(a.financedScope12, EMISSION_PLACES),
    financedScope3Tco2e: a.financedScope3 && fixed(a.financedScope3, EMISSION_PLACES),
    dataQuality: dq && a.evidence && { score: dq.score, option: dq.option, evidence: a.evidence },
    revenueIntensity: a.intensity && fixed(a.intensity, EMISSION_PLACES),
    scope3Required,
    factors: a.factors,
    explanation: { zh, en },
    reference: ctx.index.data.ref,
  };
}
