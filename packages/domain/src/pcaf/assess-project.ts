import { assetEstimate } from "./assess-corporate";
import { type Assessment, Trace } from "./pcaf-assessment";
import { attribute, attributionLines } from "./pcaf-attribution";
import { Dec, show } from "./pcaf-decimal";
import type { PcafIndex } from "./pcaf-reference-index";
import type { PcafCounterparty, PcafPosition } from "./pcaf-types";

/**
 * Project finance, PCAF 5.3: project emissions × outstanding / total project equity + debt. Without the project's
 * own emissions (taken as reported, unverified: DQ 2), an asset-based estimate on the financed amount (DQ 5).
 */
export function assessProject(position: PcafPosition, cp: PcafCounterparty, index: PcafIndex): Assessment {
  const trace = new Trace();
  const sector = position.sector ?? cp.sector;
  const outstanding = new Dec(position.outstanding);
  const attribution = attribute(
    outstanding,
    { kind: "project_total", value: new Dec(position.projectTotal as string) },
    new Dec(index.data.attributionCap.value),
  );
  trace.lines(attributionLines(attribution, { zh: "余额", en: "outstanding" }));
  if (position.projectEmissionsTco2e === null) return assetEstimate(sector, outstanding, attribution, index, trace);
  const emissions = new Dec(position.projectEmissionsTco2e);
  const financed = attribution.factor.times(emissions);
  trace.line(
    `投融资排放 = 归因因子 × 项目排放 = ${show(attribution.factor, 12)} × ${show(emissions)} = ${show(financed)} tCO2e`,
    `financed emissions = attribution factor × project emissions = ${show(attribution.factor, 12)} × ${show(emissions)} = ${show(financed)} tCO2e`,
  );
  return {
    sector,
    attribution,
    emissions: { scope12: emissions, scope3: null },
    financedScope12: financed,
    financedScope3: null,
    evidence: "reported",
    intensity: null,
    factors: trace.factors,
    zh: trace.zh,
    en: trace.en,
  };
}
