/**
 * How large each demo institution's figures are. ILLUSTRATIVE ONLY: district totals at the end of the history chosen
 * to be plausible for a Qingdao financial district — the local press reports green loans "over 32 billion yuan",
 * inclusive small-business loans "up 27 %", 344,600 personal pension accounts and agriculture-related loans "up over
 * 10 %" — then shared out among the institutions by type with a little noise. No figure is any real bank's.
 */

/** District totals at the last month of the history (yuan, or a count) and their growth over a year. */
export const DISTRICT_END = {
  greenLoanBalance: 34_500_000_000,
  greenGrowth: 0.3,
  inclusiveLoanBalance: 21_000_000_000,
  inclusiveGrowth: 0.27,
  agriLoanBalance: 27_000_000_000,
  agriGrowth: 0.105,
  techSmeLoanBalance: 9_200_000_000,
  techGrowth: 0.22,
  personalPensionAccounts: 344_600,
  pensionAccountsGrowth: 0.32,
  annuityCustody: 16_000_000_000,
  pensionIndustryLoans: 2_300_000_000,
  greenBondsUnderwrittenPerQuarter: 1_400_000_000,
  greenBondsHeldByBanks: 8_500_000_000,
  ecnyScenarios: 12_800,
} as const;

/** Each bank's weight in the district's lending by institution type (normalised over the banks present). */
export const BANK_TYPE_WEIGHT: Readonly<Record<string, number>> = {
  city_commercial_bank: 1.5,
  rural_commercial_bank: 0.9,
  national_bank_branch: 1.2,
  joint_stock_bank_branch: 0.55,
  policy_bank_branch: 0.8,
};

/** Tilts of a bank type's book: a rural bank lends more to agriculture, a policy bank more green, less inclusive. */
export const BANK_TYPE_TILT: Readonly<
  Record<string, { green: number; inclusive: number; agri: number; tech: number }>
> = {
  city_commercial_bank: { green: 1, inclusive: 1.3, agri: 0.8, tech: 1.3 },
  rural_commercial_bank: { green: 0.6, inclusive: 1.6, agri: 3, tech: 0.6 },
  national_bank_branch: { green: 1.1, inclusive: 1, agri: 1, tech: 1 },
  joint_stock_bank_branch: { green: 0.9, inclusive: 0.8, agri: 0.3, tech: 1.2 },
  policy_bank_branch: { green: 2.2, inclusive: 0.1, agri: 1.5, tech: 0.4 },
};

/** Shares of a green-loan book by level-1 catalogue use (others get the default). */
export const USE_SHARES: Readonly<Record<string, number>> = {
  "1": 0.18,
  "2": 0.12,
  "3": 0.07,
  "4": 0.32,
  "5": 0.06,
  "6": 0.19,
  "7": 0.03,
};
export const USE_SHARE_DEFAULT = 0.015;

/** Shares of a green-loan book by the borrower's GB/T 4754 section. */
export const SECTION_SHARES: Readonly<Record<string, number>> = { D: 0.3, C: 0.22, N: 0.16, G: 0.12, E: 0.1, A: 0.1 };

/** Quarterly scale of the non-bank institutions by kind and type (yuan unless named). */
export const NON_BANK_END: Readonly<
  Record<
    string,
    {
      bondsHeld: number;
      premium?: number;
      sumInsuredPerPremium?: number;
      esgAssets?: number;
      trades: number;
      online: number;
    }
  >
> = {
  property_insurer: {
    bondsHeld: 500_000_000,
    premium: 30_000_000,
    sumInsuredPerPremium: 450,
    trades: 180_000,
    online: 78,
  },
  life_insurer: { bondsHeld: 700_000_000, premium: 4_000_000, sumInsuredPerPremium: 120, trades: 90_000, online: 72 },
  wealth_management_subsidiary: { bondsHeld: 1_600_000_000, esgAssets: 6_500_000_000, trades: 400_000, online: 96 },
  vc_manager: { bondsHeld: 0, esgAssets: 250_000_000, trades: 400, online: 55 },
  pe_manager: { bondsHeld: 20_000_000, esgAssets: 600_000_000, trades: 600, online: 60 },
};

/** The bank that joins the district's statistics part-way through the history (from a July). */
export const JOINER_KEY = "bank-qiyun-qd";

export const RETURN_NOTE =
  "涉农贷款余额较上月变动较大，请核实口径（是否含票据贴现）并在备注中说明后重新报送。 / The agriculture-related loan balance moved a lot from last month; check the caliber (bill discounting included?) and resubmit with an explanation.";
