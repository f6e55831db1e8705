import Decimal from "decimal.js";

/** Units whose quantities add up across companies (emissions, energy, water, mass, money, people). */
export const ADDITIVE_UNITS = [
  "tCO2e",
  "tCO2",
  "tce",
  "MWh",
  "kWh",
  "m3",
  "t",
  "wan_yuan",
  "yi_yuan",
  "count",
  "fte",
  "ha",
  "h",
] as const;

export interface PortfolioCompanyFigures {
  readonly companyId: string;
  /** The fund's share of the company, in percent (0 < x ≤ 100), as a decimal string. */
  readonly ownershipPct: string;
  /** Canonical totals (dimension "") by indicator id. */
  readonly values: ReadonlyMap<string, string>;
}

export interface PortfolioMetric {
  readonly indicatorId: string;
  readonly unit: string;
  /** Plain sum over reporting companies. */
  readonly sum: string;
  /** Σ value × ownership ÷ 100: the fund's attributable share (the equity-share view EDCI and PCAF take). */
  readonly ownershipWeighted: string;
  readonly reported: number;
  readonly companies: number;
  readonly trace: readonly string[];
}

/**
 * Fund-level aggregates of portfolio-company disclosures: for each additive indicator, the sum and the
 * ownership-weighted sum over the companies that reported it, with the terms written out.
 */
export function aggregatePortfolio(
  indicators: readonly { readonly id: string; readonly unit: string | null; readonly type: string }[],
  companies: readonly PortfolioCompanyFigures[],
): PortfolioMetric[] {
  const additive = new Set<string>(ADDITIVE_UNITS);
  const out: PortfolioMetric[] = [];
  for (const ind of indicators) {
    if (ind.type !== "number" || !ind.unit || !additive.has(ind.unit)) continue;
    let sum = new Decimal(0);
    let weighted = new Decimal(0);
    const trace: string[] = [];
    let reported = 0;
    for (const c of companies) {
      const v = c.values.get(ind.id);
      if (v === undefined) continue;
      reported++;
      sum = sum.plus(v);
      const share = new Decimal(v).times(c.ownershipPct).div(100);
      weighted = weighted.plus(share);
      trace.push(`${c.companyId}: ${v} ${ind.unit} × ${c.ownershipPct}% = ${share.toDecimalPlaces(6).toFixed()}`);
    }
    if (reported === 0) continue;
    out.push({
      indicatorId: ind.id,
      unit: ind.unit,
      sum: sum.toDecimalPlaces(6).toFixed(),
      ownershipWeighted: weighted.toDecimalPlaces(6).toFixed(),
      reported,
      companies: companies.length,
      trace,
    });
  }
  return out;
}
