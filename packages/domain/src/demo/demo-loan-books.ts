/**
 * The demo banks' and insurers' books at a year end, as the records of the positions and counterparties files
 * (docs/carbon-data-formats.md, sections 2 and 3): business loans and project finance to demo enterprises,
 * commercial real estate, mortgages, vehicle loans, and, for insurers, corporate bonds, listed equity and
 * government bonds. Amounts are whole yuan in plain decimal text. Illustrative, not statistics.
 */
import { between, chance, streamFor } from "./demo-random";
import type { DemoOrganisation } from "./demo-types";

/** One row of a positions file, keyed by its column names. */
export type DemoPositionRecord = Record<string, string>;
/** One row of a counterparties file, keyed by its column names. */
export type DemoCounterpartyRecord = Record<string, string>;

export interface DemoLoanBook {
  /** The institution's demo key, e.g. "bank-qinwan". */
  institution: string;
  year: number;
  positions: DemoPositionRecord[];
}

/** Positions per institution: the city bank lends most in the district, branches less. */
const BOOK_SIZE: Record<string, number> = {
  city_commercial_bank: 220,
  rural_commercial_bank: 160,
  national_bank_branch: 90,
  joint_stock_bank_branch: 60,
  policy_bank_branch: 25,
  property_insurer: 30,
  life_insurer: 40,
};

const yuan = (x: number) => String(Math.max(1, Math.round(x)));

/** The enterprises a demo book may lend to: those with an industry and a revenue. */
function borrowers(orgs: readonly DemoOrganisation[]) {
  return orgs.filter((o) => o.kind === "enterprise" && o.uscc && o.revenueCny && o.industryCode);
}

/**
 * The counterparties file of the demo district: every enterprise a book may reference, with the balance-sheet
 * figures PCAF attributes by. Larger firms (revenue above 500 million yuan) are treated as listed and have an EVIC.
 */
export function demoCounterparties(seed: number, orgs: readonly DemoOrganisation[]): DemoCounterpartyRecord[] {
  return borrowers(orgs).map((o) => {
    const rng = streamFor(seed, `counterparty:${o.key}`);
    const revenue = Number(o.revenueCny);
    const assets = revenue * between(rng, 0.8, 2.2);
    const equityAndDebt = assets * between(rng, 0.75, 0.95);
    const listed = revenue > 500_000_000;
    return {
      counterparty: o.uscc as string,
      name: o.nameZh,
      sector: o.industryCode as string,
      revenue: yuan(revenue),
      total_assets: yuan(assets),
      total_equity_and_debt: yuan(equityAndDebt),
      evic: listed ? yuan(equityAndDebt * between(rng, 1.1, 2.4)) : "",
    };
  });
}

/** One institution's book for a year end; the same seed gives the same book. */
export function demoLoanBook(
  seed: number,
  institution: DemoOrganisation,
  orgs: readonly DemoOrganisation[],
  year: number,
): DemoLoanBook {
  const rng = streamFor(seed, `book:${institution.key}:${year}`);
  const pool = borrowers(orgs);
  const size = BOOK_SIZE[institution.institutionType ?? ""] ?? 0;
  const positions: DemoPositionRecord[] = [];
  const id = (kind: string) => `${institution.key}-${year}-${kind}-${String(positions.length + 1).padStart(4, "0")}`;
  const insurer = institution.kind === "insurer";
  // Books drift between years but keep most borrowers: pick by a per-institution stream, then age by year.
  const picks = streamFor(seed, `book-picks:${institution.key}`);
  const chosen = new Set<number>();
  while (pool.length > 0 && chosen.size < Math.min(size, pool.length)) chosen.add(picks.int(0, pool.length - 1));
  for (const index of chosen) {
    const o = pool[index] as DemoOrganisation;
    if (chance(rng, 0.08)) continue; // repaid this year
    const revenue = Number(o.revenueCny);
    const listed = revenue > 500_000_000;
    if (insurer) {
      if (!listed) continue;
      const bond = chance(rng, 0.6);
      positions.push({
        position_id: id(bond ? "BOND" : "EQ"),
        asset_class: bond ? "corporate_bond" : "listed_equity",
        counterparty: o.uscc as string,
        outstanding: yuan(revenue * between(rng, 0.002, 0.02)),
        currency: "CNY",
      });
      continue;
    }
    const project = chance(rng, 0.07);
    const outstanding = revenue * between(rng, 0.03, 0.25);
    positions.push({
      position_id: id(project ? "PF" : "BL"),
      asset_class: project ? "project_finance" : "business_loan",
      counterparty: o.uscc as string,
      outstanding: yuan(outstanding),
      currency: "CNY",
      ...(project ? { project_total: yuan(outstanding * between(rng, 1.4, 3)) } : {}),
    });
  }
  if (insurer) {
    positions.push({
      position_id: id("GOV"),
      asset_class: "sovereign_debt",
      outstanding: yuan(between(rng, 2e8, 9e8)),
      currency: "CNY",
      country: "CN",
    });
  } else if (size > 0) {
    for (let i = 0; i < Math.round(size / 6); i++) {
      const value = between(rng, 1.5e6, 6e6);
      positions.push({
        position_id: id("MTG"),
        asset_class: "mortgage",
        outstanding: yuan(value * between(rng, 0.3, 0.7)),
        currency: "CNY",
        property_value: yuan(value),
        floor_area_m2: String(Math.round(between(rng, 60, 160))),
      });
    }
    for (let i = 0; i < Math.round(size / 12); i++) {
      const value = between(rng, 1e5, 3.5e5);
      positions.push({
        position_id: id("CAR"),
        asset_class: "motor_vehicle_loan",
        outstanding: yuan(value * between(rng, 0.2, 0.7)),
        currency: "CNY",
        vehicle_value: yuan(value),
      });
    }
    for (let i = 0; i < Math.max(1, Math.round(size / 40)); i++) {
      const value = between(rng, 5e7, 4e8);
      positions.push({
        position_id: id("CRE"),
        asset_class: "commercial_real_estate",
        outstanding: yuan(value * between(rng, 0.3, 0.6)),
        currency: "CNY",
        property_value: yuan(value),
        floor_area_m2: String(Math.round(value / between(rng, 15_000, 40_000))),
      });
    }
  }
  return { institution: institution.key, year, positions };
}
