import { type Assessment, Trace, uncovered } from "./pcaf-assessment";
import { attribute, attributionLines } from "./pcaf-attribution";
import { Dec, show } from "./pcaf-decimal";
import type { PcafIndex } from "./pcaf-reference-index";
import type { PcafEvidence } from "./pcaf-result-types";
import type { PcafPosition } from "./pcaf-types";

/**
 * Sovereign debt, PCAF 5.7: production emissions (excluding LULUCF) × exposure in USD / PPP-adjusted GDP. The CNY
 * exposure is converted at the data year's average rate; the latest data year up to the reporting year is used.
 */
export function assessSovereign(position: PcafPosition, year: number, index: PcafIndex): Assessment {
  const trace = new Trace();
  const country = position.country as string;
  const data = index.sovereign(country, year);
  if (!data) {
    trace.line(
      `${index.data.ref} 没有 ${country} ${year} 年及以前的主权数据：未覆盖`,
      `${index.data.ref} has no sovereign data for ${country} up to ${year}: not covered`,
    );
    return uncovered(null, null, trace);
  }
  const at = (q: { value: string; unit: string; source: string; verification: string }, part: string) => ({
    ...q,
    id: `${data.id}.${part}`,
  });
  trace.factor(at(data.cnyPerUsd, "cny_per_usd"));
  trace.factor(at(data.pppGdp, "ppp_gdp"));
  trace.factor(at(data.productionEmissionsExclLulucf, "production_excl_lulucf"));
  const exposureUsd = new Dec(position.outstanding).div(data.cnyPerUsd.value);
  trace.line(
    `美元敞口 = 余额 ÷ ${data.year} 年平均汇率 = ${position.outstanding} ÷ ${data.cnyPerUsd.value} = ${show(exposureUsd, 2)} USD`,
    `exposure in USD = outstanding ÷ ${data.year} average rate = ${position.outstanding} ÷ ${data.cnyPerUsd.value} = ${show(exposureUsd, 2)} USD`,
  );
  const attribution = attribute(
    exposureUsd,
    { kind: "ppp_gdp", value: new Dec(data.pppGdp.value) },
    new Dec(index.data.attributionCap.value),
  );
  trace.lines(attributionLines(attribution, { zh: "美元敞口", en: "exposure in USD" }));
  const emissions = new Dec(data.productionEmissionsExclLulucf.value);
  const financed = attribution.factor.times(emissions);
  const inclLulucf = attribution.factor.times(data.productionEmissionsInclLulucf.value);
  trace.line(
    `投融资排放 = 归因因子 × ${data.year} 年生产排放（不含 LULUCF）${show(emissions)} = ${show(financed)} tCO2e；含 LULUCF 为 ${show(inclLulucf)} tCO2e`,
    `financed emissions = attribution factor × ${data.year} production emissions excl. LULUCF ${show(emissions)} = ${show(financed)} tCO2e; incl. LULUCF ${show(inclLulucf)} tCO2e`,
  );
  const table = index.data.dataQuality.tables.find((t) => t.id === "sovereign");
  const evidence = (table?.evidence.find((e) => e.option === data.dataQualityOption)?.evidence ??
    "country_inventory") as PcafEvidence;
  return {
    sector: null,
    attribution,
    emissions: { scope12: emissions, scope3: null },
    financedScope12: financed,
    financedScope3: null,
    evidence,
    intensity: null,
    factors: trace.factors,
    zh: trace.zh,
    en: trace.en,
  };
}
