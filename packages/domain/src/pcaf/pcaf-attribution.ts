import { ATTRIBUTION_PLACES, Dec, fixed, show } from "./pcaf-decimal";
import type { PcafAttribution } from "./pcaf-result-types";
import type { PcafCounterparty } from "./pcaf-types";

export interface Denominator {
  readonly kind: string;
  readonly value: Dec;
}

export interface AttributionCalc {
  readonly factor: Dec;
  readonly uncapped: Dec;
  readonly capped: boolean;
  readonly numerator: Dec;
  readonly denominator: Denominator;
}

/** How each denominator is named in an explanation. */
export const DENOMINATOR_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  evic: { zh: "企业价值（含现金，EVIC）", en: "EVIC (enterprise value including cash)" },
  total_equity_and_debt: { zh: "权益与负债合计", en: "total equity + debt" },
  total_assets: { zh: "总资产（PCAF 脚注 59：无权益与负债数据时的替代）", en: "total assets (PCAF fn 59 fallback)" },
  project_total: { zh: "项目权益与负债合计", en: "total project equity + debt" },
  property_value: { zh: "发放时物业价值", en: "property value at origination" },
  vehicle_value: { zh: "发放时车辆价值", en: "vehicle value at origination" },
  ppp_gdp: { zh: "购买力平价调整后的 GDP（国际元）", en: "PPP-adjusted GDP (international USD)" },
};

const COUNTERPARTY_FIELD: Readonly<Record<string, keyof PcafCounterparty>> = {
  evic: "evic",
  total_equity_and_debt: "totalEquityAndDebt",
  total_assets: "totalAssets",
};

/** The first denominator of the asset class's preference list that the counterparty has (above zero). */
export function companyDenominator(counterparty: PcafCounterparty, order: readonly string[]): Denominator | null {
  for (const kind of order) {
    const field = COUNTERPARTY_FIELD[kind];
    const text = field && (counterparty[field] as string | null);
    if (text) {
      const value = new Dec(text);
      if (value.gt(0)) return { kind, value };
    }
  }
  return null;
}

/** numerator ÷ denominator, capped (PCAF: never more than the whole of the emissions is attributed). */
export function attribute(numerator: Dec, denominator: Denominator, cap: Dec): AttributionCalc {
  const uncapped = numerator.div(denominator.value);
  const capped = uncapped.gt(cap);
  return { factor: capped ? cap : uncapped, uncapped, capped, numerator, denominator };
}

export function attributionView(a: AttributionCalc): PcafAttribution {
  return {
    factor: fixed(a.factor, ATTRIBUTION_PLACES),
    uncapped: fixed(a.uncapped, ATTRIBUTION_PLACES),
    capped: a.capped,
    numerator: a.numerator.toFixed(),
    denominator: { kind: a.denominator.kind, value: a.denominator.value.toFixed() },
  };
}

/** "归因因子 = 余额 ÷ EVIC = 100 ÷ 1000 = 0.1" in both languages, with the cap when it bit. */
export function attributionLines(a: AttributionCalc, numeratorName: { zh: string; en: string }) {
  const name = DENOMINATOR_NAMES[a.denominator.kind] ?? { zh: a.denominator.kind, en: a.denominator.kind };
  const ratio = `${show(a.numerator)} ÷ ${show(a.denominator.value)} = ${show(a.uncapped, ATTRIBUTION_PLACES)}`;
  const zh = [`归因因子 = ${numeratorName.zh} ÷ ${name.zh} = ${ratio}`];
  const en = [`attribution factor = ${numeratorName.en} ÷ ${name.en} = ${ratio}`];
  if (a.capped) {
    zh.push(`归因因子超过上限，按 ${show(a.factor)} 计`);
    en.push(`attribution factor above the cap: ${show(a.factor)} used`);
  }
  return { zh, en };
}
