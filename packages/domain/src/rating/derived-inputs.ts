import Decimal from "decimal.js";
import type { RatingValue } from "./rating-types";

/**
 * Rating inputs the platform derives rather than the entity enters (declared as `derivedInputs` in each methodology's
 * tree.json). Each figure comes with the arithmetic written out, so a rating's explanation can show where it came from.
 */
export interface DerivedInputs {
  readonly values: Map<string, RatingValue>;
  /** Input id → how it was computed. */
  readonly trace: Map<string, string>;
}

const fixed = (d: Decimal, dp: number) => d.toDecimalPlaces(dp, Decimal.ROUND_HALF_EVEN).toFixed(dp);

/**
 * DQ-COMPLETENESS: the share, in percent (2 dp), of the indicators the entity's frameworks ask of it for the period
 * (each counted once) that carry a disclosed value. `asked` empty gives no figure (nothing was asked).
 */
export function disclosureCompleteness(asked: readonly string[], disclosed: ReadonlySet<string>): DerivedInputs {
  const values = new Map<string, RatingValue>();
  const trace = new Map<string, string>();
  const ids = [...new Set(asked)];
  if (ids.length > 0) {
    const filled = ids.filter((id) => disclosed.has(id)).length;
    const pct = fixed(new Decimal(filled).times(100).dividedBy(ids.length), 2);
    values.set("DQ-COMPLETENESS", pct);
    trace.set("DQ-COMPLETENESS", `${filled} of ${ids.length} indicators asked were disclosed = ${pct} %`);
  }
  return { values, trace };
}

/** One holding of a fund manager: a link to a portfolio company, and that company's accepted disclosure (if any). */
export interface PortfolioHolding {
  readonly companyId: string;
  /** Percent, 0 < x ≤ 100, decimal text. */
  readonly ownershipPct: string;
  /** Amount invested in yuan, decimal text. */
  readonly investedCny: string;
  /** Canonical totals of the company's accepted portfolio-company disclosure for the period; null when it has none. */
  readonly values: ReadonlyMap<string, RatingValue> | null;
}

const num = (v: RatingValue | undefined): Decimal | null => (typeof v === "string" ? new Decimal(v) : null);

/**
 * The PF-* inputs of the fund-manager methodology from the manager's active holdings, as its tree.json defines them:
 * PF-COMPANIES (distinct companies), PF-GHG-FOOTPRINT (Σ ownership × E-GHG-004 ÷ Σ invested in 百万元, over reporters),
 * PF-RENEWABLE-SHARE (Σ ownership × E-ENE-006 ÷ Σ ownership × E-ENE-001 × 100), PF-ESG-POLICY-SHARE (companies with
 * P-PC-001 true ÷ all companies × 100) and PF-WOMEN-BOARD (ownership-weighted mean of G-GOV-013). A figure no holding
 * reported is left out (the methodology's missing-data policy then applies).
 */
export function portfolioRatingInputs(holdings: readonly PortfolioHolding[]): DerivedInputs {
  const values = new Map<string, RatingValue>();
  const trace = new Map<string, string>();
  const companies = new Set(holdings.map((h) => h.companyId));
  values.set("PF-COMPANIES", String(companies.size));
  trace.set("PF-COMPANIES", `${companies.size} portfolio companies held (${holdings.length} holdings)`);
  if (holdings.length === 0) return { values, trace };

  let attributed = new Decimal(0);
  let invested = new Decimal(0);
  let ghgReporters = 0;
  let renewable = new Decimal(0);
  let energy = new Decimal(0);
  let energyReporters = 0;
  let womenWeighted = new Decimal(0);
  let womenOwnership = new Decimal(0);
  let womenReporters = 0;
  const withPolicy = new Set<string>();
  for (const h of holdings) {
    const own = new Decimal(h.ownershipPct);
    const ghg = num(h.values?.get("E-GHG-004"));
    if (ghg) {
      attributed = attributed.plus(own.dividedBy(100).times(ghg));
      invested = invested.plus(new Decimal(h.investedCny).dividedBy(1_000_000));
      ghgReporters++;
    }
    const ren = num(h.values?.get("E-ENE-006"));
    const tot = num(h.values?.get("E-ENE-001"));
    if (ren && tot) {
      renewable = renewable.plus(own.times(ren));
      energy = energy.plus(own.times(tot));
      energyReporters++;
    }
    const women = num(h.values?.get("G-GOV-013"));
    if (women) {
      womenWeighted = womenWeighted.plus(own.times(women));
      womenOwnership = womenOwnership.plus(own);
      womenReporters++;
    }
    if (h.values?.get("P-PC-001") === true) withPolicy.add(h.companyId);
  }
  if (ghgReporters > 0 && invested.greaterThan(0)) {
    const v = fixed(attributed.dividedBy(invested), 4);
    values.set("PF-GHG-FOOTPRINT", v);
    trace.set(
      "PF-GHG-FOOTPRINT",
      `Σ ownership × Scope 1+2 = ${fixed(attributed, 4)} tCO2e over ${ghgReporters} reporting holdings ÷ ${fixed(invested, 6)} 百万元 invested = ${v} tCO2e/百万元`,
    );
  }
  if (energyReporters > 0 && energy.greaterThan(0)) {
    const v = fixed(renewable.dividedBy(energy).times(100), 2);
    values.set("PF-RENEWABLE-SHARE", v);
    trace.set(
      "PF-RENEWABLE-SHARE",
      `Σ ownership × renewable ${fixed(renewable, 4)} ÷ Σ ownership × total energy ${fixed(energy, 4)} × 100 = ${v} % (${energyReporters} holdings)`,
    );
  }
  const policy = fixed(new Decimal(withPolicy.size).times(100).dividedBy(companies.size), 2);
  values.set("PF-ESG-POLICY-SHARE", policy);
  trace.set(
    "PF-ESG-POLICY-SHARE",
    `${withPolicy.size} of ${companies.size} companies have an ESG policy = ${policy} %`,
  );
  if (womenReporters > 0 && womenOwnership.greaterThan(0)) {
    const v = fixed(womenWeighted.dividedBy(womenOwnership), 2);
    values.set("PF-WOMEN-BOARD", v);
    trace.set(
      "PF-WOMEN-BOARD",
      `Σ ownership × women on board ${fixed(womenWeighted, 4)} ÷ Σ ownership ${fixed(womenOwnership, 4)} = ${v} % (${womenReporters} holdings)`,
    );
  }
  return { values, trace };
}
