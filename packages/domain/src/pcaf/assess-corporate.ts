import { type Assessment, Trace, uncovered } from "./pcaf-assessment";
import { type AttributionCalc, attribute, attributionLines, companyDenominator } from "./pcaf-attribution";
import { Dec, MILLION, show } from "./pcaf-decimal";
import type { PcafIndex } from "./pcaf-reference-index";
import type { PcafEvidence } from "./pcaf-result-types";
import type { PcafCounterparty, PcafPosition, PlatformEmissions } from "./pcaf-types";

interface Reported {
  readonly scope12: Dec;
  readonly scope3: Dec | null;
  readonly evidence: PcafEvidence;
  readonly score: number;
  readonly label: { zh: string; en: string };
}

const SOURCE_LABEL: Record<string, { zh: string; en: string }> = {
  verified: { zh: "经核查的报告排放", en: "verified reported emissions" },
  reported: { zh: "未经核查的报告排放", en: "unverified reported emissions" },
  platform: {
    zh: "平台核算排放（能源活动数据 × 排放因子）",
    en: "platform-accounted emissions (energy data × factors)",
  },
  physical_activity: { zh: "基于产量的物理活动排放", en: "production-based physical-activity emissions" },
};

const dec = (text: string | null) => (text === null ? null : new Dec(text));

/**
 * The counterparty's own emissions with the best PCAF data quality: the file's figures (by `emissions_source`,
 * none given = reported) or the platform's carbon account (DQ 2, or 1 when verified); a tie goes to the platform.
 */
function reportedEmissions(
  cp: PcafCounterparty,
  platform: PlatformEmissions | undefined,
  index: PcafIndex,
): Reported | null {
  const candidates: Reported[] = [];
  if (platform) {
    const evidence: PcafEvidence = platform.verified ? "platform_verified" : "platform";
    candidates.push({
      scope12: new Dec(platform.scope1Tco2e).plus(platform.scope2Tco2e),
      scope3: dec(platform.scope3Tco2e),
      evidence,
      score: index.dataQuality("corporate", evidence).score,
      label: {
        zh: `GreenFin 碳账户 ${platform.accountRef}${platform.verified ? "（经核查）" : ""}`,
        en: `GreenFin carbon account ${platform.accountRef}${platform.verified ? " (verified)" : ""}`,
      },
    });
  }
  if (cp.scope1Tco2e !== null && cp.scope2Tco2e !== null) {
    const evidence = cp.emissionsSource ?? "reported";
    const fileCandidate: Reported = {
      scope12: new Dec(cp.scope1Tco2e).plus(cp.scope2Tco2e),
      scope3: dec(cp.scope3Tco2e),
      evidence,
      score: index.dataQuality("corporate", evidence).score,
      label: SOURCE_LABEL[evidence] ?? { zh: evidence, en: evidence },
    };
    if (!candidates[0] || fileCandidate.score < candidates[0].score) candidates.unshift(fileCandidate);
  }
  return candidates[0] ?? null;
}

/** Listed equity, corporate bonds and business loans: PCAF 5.1 / 5.2, company emissions × outstanding / EVIC (or E+D). */
export function assessCorporate(
  position: PcafPosition,
  cp: PcafCounterparty,
  platform: PlatformEmissions | undefined,
  index: PcafIndex,
): Assessment {
  const trace = new Trace();
  const info = index.assetClass(position.assetClass);
  const sector = position.sector ?? cp.sector;
  const outstanding = new Dec(position.outstanding);
  const cap = new Dec(index.data.attributionCap.value);
  const denominator = companyDenominator(cp, info.denominators);
  const attribution = denominator && attribute(outstanding, denominator, cap);
  if (attribution) trace.lines(attributionLines(attribution, { zh: "余额", en: "outstanding" }));
  else
    trace.line(
      "交易对手没有 EVIC、权益与负债合计或总资产，无法计算归因因子",
      "the counterparty has no EVIC, total equity + debt or total assets: no attribution factor",
    );
  const revenue = cp.revenue === null ? null : new Dec(cp.revenue);
  const intensityOf = (scope12: Dec) => (revenue?.gt(0) ? scope12.div(revenue.div(MILLION)) : null);

  const reported = reportedEmissions(cp, platform, index);
  if (reported && attribution) {
    const financedScope12 = attribution.factor.times(reported.scope12);
    const financedScope3 = reported.scope3 && attribution.factor.times(reported.scope3);
    trace.line(
      `企业排放（范围一+二）= ${show(reported.scope12)} tCO2e，来源：${reported.label.zh}`,
      `company emissions (Scope 1+2) = ${show(reported.scope12)} tCO2e, from ${reported.label.en}`,
    );
    trace.line(
      `投融资排放 = 归因因子 × 企业排放 = ${show(attribution.factor, 12)} × ${show(reported.scope12)} = ${show(financedScope12)} tCO2e`,
      `financed emissions = attribution factor × company emissions = ${show(attribution.factor, 12)} × ${show(reported.scope12)} = ${show(financedScope12)} tCO2e`,
    );
    if (financedScope3)
      trace.line(
        `范围三单独报告：${show(financedScope3)} tCO2e`,
        `Scope 3, reported separately: ${show(financedScope3)} tCO2e`,
      );
    return {
      sector,
      attribution,
      emissions: { scope12: reported.scope12, scope3: reported.scope3 },
      financedScope12,
      financedScope3,
      evidence: reported.evidence,
      intensity: intensityOf(reported.scope12),
      factors: trace.factors,
      zh: trace.zh,
      en: trace.en,
    };
  }
  if (reported)
    trace.line(
      "有报告排放但无法归因，改用资产法估算",
      "reported emissions cannot be attributed: asset-based estimate used",
    );

  const revenueFactor = index.sectorFactor(sector, "revenue");
  if (!reported && revenue !== null && attribution && revenueFactor) {
    trace.factor(revenueFactor);
    const emissions = revenue.div(MILLION).times(revenueFactor.value);
    const financed = attribution.factor.times(emissions);
    trace.line(
      `估算企业排放 = 营业收入（百万元）× 行业收入排放因子 ${revenueFactor.id} = ${show(revenue.div(MILLION))} × ${revenueFactor.value} = ${show(emissions)} tCO2e`,
      `estimated company emissions = revenue (million CNY) × sector revenue factor ${revenueFactor.id} = ${show(revenue.div(MILLION))} × ${revenueFactor.value} = ${show(emissions)} tCO2e`,
    );
    trace.line(
      `投融资排放 = 归因因子 × 估算排放 = ${show(financed)} tCO2e`,
      `financed emissions = attribution factor × estimated emissions = ${show(financed)} tCO2e`,
    );
    return {
      sector,
      attribution,
      emissions: { scope12: emissions, scope3: null },
      financedScope12: financed,
      financedScope3: null,
      evidence: "revenue_estimate",
      intensity: intensityOf(emissions),
      factors: trace.factors,
      zh: trace.zh,
      en: trace.en,
    };
  }
  return assetEstimate(sector, outstanding, attribution, index, trace);
}

/**
 * PCAF option 3b: outstanding (capped at the denominator, like the factor) × the sector's emissions per million
 * CNY of assets. The company's own emissions stay unknown.
 */
export function assetEstimate(
  sector: string,
  outstanding: Dec,
  attribution: AttributionCalc | null,
  index: PcafIndex,
  trace: Trace,
): Assessment {
  const factor = index.sectorFactor(sector, "asset");
  if (!factor) {
    trace.line(`行业 ${sector} 没有资产排放因子：未覆盖`, `no asset-based factor for sector ${sector}: not covered`);
    return uncovered(sector, attribution, trace);
  }
  trace.factor(factor);
  const amount = attribution?.capped ? attribution.denominator.value : outstanding;
  const financed = amount.div(MILLION).times(factor.value);
  trace.line(
    `投融资排放 = 余额（百万元）× 行业资产排放因子 ${factor.id} = ${show(amount.div(MILLION))} × ${factor.value} = ${show(financed)} tCO2e`,
    `financed emissions = outstanding (million CNY) × sector asset factor ${factor.id} = ${show(amount.div(MILLION))} × ${factor.value} = ${show(financed)} tCO2e`,
  );
  return {
    sector,
    attribution,
    emissions: null,
    financedScope12: financed,
    financedScope3: null,
    evidence: "asset_estimate",
    intensity: null,
    factors: trace.factors,
    zh: trace.zh,
    en: trace.en,
  };
}
