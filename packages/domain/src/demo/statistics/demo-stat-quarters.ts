/**
 * The quarterly template's figures. A bank's loan figures are its monthly books read at the quarter's end (balances)
 * or added over its three months (new lending), so the two templates agree; the rest (bonds, borrowers, rates,
 * pension, digital) follow growth paths to the bank's share of the district's end figures. Insurers, the wealth
 * manager and the fund managers report their own metrics from NON_BANK_END. Illustrative figures (see profiles).
 */
import { Dec } from "../../rating/rating-decimal";
import { between, chance, streamFor } from "../demo-random";
import type { BankMonth, BankShares } from "./demo-stat-bank-months";
import { DISTRICT_END, NON_BANK_END } from "./demo-stat-profiles";
import { wan } from "./demo-stat-split";
import type { DemoStatValue } from "./demo-stat-types";
import { ValueList } from "./demo-stat-values";

const grown = (end: number, growth: number, quartersBeforeEnd: number) =>
  end * (1 + growth) ** (-quartersBeforeEnd / 4);
const addMaps = (maps: readonly ReadonlyMap<string, Dec>[]) => {
  const out = new Map<string, Dec>();
  for (const m of maps) for (const [k, v] of m) out.set(k, (out.get(k) ?? new Dec(0)).plus(v));
  return out;
};
const sum = (ds: readonly Dec[]) => ds.reduce((s, d) => s.plus(d), new Dec(0));
const pct = (x: number) => Math.min(99.5, Math.max(0, x)).toFixed(2);

/** Figures of one bank for each quarter (index 0 = oldest of `count`), from its three months' books per quarter. */
export function bankQuarters(
  seed: number,
  bankKey: string,
  institutionType: string,
  shares: BankShares & { readonly size: number },
  quarters: readonly (readonly [BankMonth, BankMonth, BankMonth])[],
): DemoStatValue[][] {
  const rng = streamFor(seed, `stat-bank-q:${bankKey}`);
  const e = DISTRICT_END;
  const avgInclusiveLoan = between(rng, 900_000, 1_500_000);
  const avgTechLoan = between(rng, 5_000_000, 9_000_000);
  const rateOffset = between(rng, -0.4, 0.4);
  const custodian = !["rural_commercial_bank", "policy_bank_branch"].includes(institutionType);
  const retail = institutionType !== "policy_bank_branch";
  const onlineBase = between(rng, 90, 94);
  let accounts = 0;
  let scenarios = 0;
  return quarters.map((months, j) => {
    const before = quarters.length - 1 - j;
    const last = months[2];
    const v = new ValueList()
      .items("green_loan_balance", last.green, last.greenByUse)
      .items("green_loan_balance_by_industry", last.green, last.greenBySection)
      .items("green_loan_new", sum(months.map((m) => m.greenNew)), addMaps(months.map((m) => m.greenNewByUse)))
      .items(
        "green_loan_new_by_industry",
        sum(months.map((m) => m.greenNew)),
        addMaps(months.map((m) => m.greenNewBySection)),
      )
      .total("green_loan_marketplace_new", sum(months.map((m) => m.market)), "marketplace")
      .total(
        "green_bond_underwritten",
        chance(rng, 0.25)
          ? 0
          : wan(grown(e.greenBondsUnderwrittenPerQuarter * shares.green, 0.3, before) * between(rng, 0.4, 1.6)),
      )
      .total(
        "green_bond_held",
        wan(grown(e.greenBondsHeldByBanks * shares.green, 0.25, before) * between(rng, 0.97, 1.03)),
      )
      .total("inclusive_loan_balance", last.inclusive)
      .total("inclusive_loan_borrowers", Math.round(last.inclusive.toNumber() / avgInclusiveLoan))
      .total("inclusive_loan_new", sum(months.map((m) => m.inclusiveNew)))
      .total("inclusive_loan_rate", (4.9 + rateOffset - 0.08 * j + between(rng, -0.1, 0.1)).toFixed(2))
      .total("agri_loan_balance", last.agri)
      .total("tech_sme_loan_balance", last.tech)
      .total("tech_sme_borrowers", Math.round(last.tech.toNumber() / avgTechLoan));
    // Accounts and scenarios only grow (closures are rare in the demo): never below the quarter before.
    accounts = retail
      ? Math.max(
          accounts,
          Math.round(
            grown(e.personalPensionAccounts * shares.size, e.pensionAccountsGrowth, before) * between(rng, 0.995, 1),
          ),
        )
      : 0;
    scenarios = retail
      ? Math.max(scenarios, Math.round(grown(e.ecnyScenarios * shares.size, 0.5, before) * between(rng, 0.98, 1)))
      : 0;
    v.total("personal_pension_accounts", accounts)
      .total(
        "annuity_assets_custody",
        custodian ? wan(grown(e.annuityCustody * shares.size, 0.12, before) * between(rng, 0.99, 1.01)) : 0,
      )
      .total(
        "pension_industry_loan_balance",
        wan(grown(e.pensionIndustryLoans * shares.inclusive, 0.35, before) * between(rng, 0.97, 1.03)),
      )
      .total(
        "digital_transactions",
        Math.round(grown(16_000_000 * shares.size, 0.1, before) * between(rng, 0.93, 1.07)),
      )
      .total("online_transaction_share", pct(onlineBase + 0.4 * j + between(rng, -0.3, 0.3)))
      .total("ecny_scenarios", scenarios);
    return v.values;
  });
}

/** Figures of an insurer, the wealth manager or a fund manager for `count` quarters (index 0 = oldest). */
export function nonBankQuarters(seed: number, key: string, institutionType: string, count: number): DemoStatValue[][] {
  const rng = streamFor(seed, `stat-q:${key}`);
  const profile = NON_BANK_END[institutionType];
  if (!profile) return [];
  const scale = between(rng, 0.5, 1.5);
  const holdsBonds = profile.bondsHeld > 0 && chance(rng, 0.85);
  return Array.from({ length: count }, (_, j) => {
    const before = count - 1 - j;
    const v = new ValueList().total(
      "green_bond_held",
      holdsBonds ? wan(grown(profile.bondsHeld * scale, 0.22, before) * between(rng, 0.97, 1.03)) : 0,
    );
    if (profile.premium !== undefined) {
      // Premiums are seasonal: more written in the first quarter, when policies renew.
      const season = j % 4 === 0 ? 1.3 : 0.9;
      const premium = grown(profile.premium * scale, 0.25, before) * season * between(rng, 0.9, 1.1);
      v.total("green_insurance_premium", wan(premium)).total(
        "green_insurance_sum_insured",
        wan(premium * (profile.sumInsuredPerPremium ?? 100) * between(rng, 0.9, 1.1)),
      );
    }
    if (profile.esgAssets !== undefined)
      v.total("esg_product_assets", wan(grown(profile.esgAssets * scale, 0.2, before) * between(rng, 0.96, 1.04)));
    v.total(
      "digital_transactions",
      Math.round(grown(profile.trades * scale, 0.1, before) * between(rng, 0.9, 1.1)),
    ).total("online_transaction_share", pct(profile.online + 0.35 * j + between(rng, -0.5, 0.5)));
    return v.values;
  });
}
