import type { EnterpriseSize } from "../identity/organisation-kinds";

/** Kinds of collateral a need may offer and a product may accept; "none" is an unsecured (信用) loan. */
export const COLLATERAL_KINDS = [
  "none",
  "real-estate",
  "equipment",
  "receivables",
  "deposit",
  "guarantee",
  "cea-allowance",
  "ccer",
  "emission-right",
  "carbon-sink-income",
] as const;
export type CollateralKind = (typeof COLLATERAL_KINDS)[number];

export const FINANCE_PURPOSES = ["project-investment", "technical-retrofit", "working-capital", "refinancing"] as const;
export type FinancePurpose = (typeof FINANCE_PURPOSES)[number];

/** Data an enterprise may consent to share with responding institutions. */
export const DATA_CONSENTS = ["esg", "carbon"] as const;
export type DataConsent = (typeof DATA_CONSENTS)[number];

/** A closed range; either bound may be absent. Amounts in 元, tenors in months. */
export interface EligibilityRange {
  readonly min?: number;
  readonly max?: number;
}

/** A product's eligibility rules; an absent or empty rule places no condition. */
export interface ProductEligibilityRules {
  /** GB/T 4754-2017 code prefixes: "C" (a section), "C31" (a division), "C3110" (a class). */
  readonly industries?: readonly string[];
  /** 2025 green-finance catalogue code prefixes, by whole segment: "3.2" matches "3.2.1" but not "3.20". */
  readonly catalogueCategories?: readonly string[];
  /** Lowest ESG grade accepted, on the scale passed to matching (best first, e.g. AAA … C). */
  readonly minEsgGrade?: string;
  /** Highest (worst) carbon-efficiency grade accepted; grade 1 is the most efficient. */
  readonly maxCarbonGrade?: number;
  readonly amount?: EligibilityRange;
  readonly tenorMonths?: EligibilityRange;
  readonly collateral?: readonly CollateralKind[];
  readonly enterpriseSizes?: readonly EnterpriseSize[];
  readonly purposes?: readonly FinancePurpose[];
  readonly requiredConsents?: readonly DataConsent[];
}

export interface MarketProduct {
  readonly id: string;
  readonly institutionId: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly family: string;
  /** Annual rate (or premium rate) in percent; the lower bound ranks products. */
  readonly rate?: { readonly min: number; readonly max: number };
  readonly rules: ProductEligibilityRules;
}

/** A financing need with what is known of the enterprise; an absent field is "unknown", never "fails". */
export interface FinancingNeed {
  readonly amount: number;
  readonly tenorMonths: number;
  readonly purpose?: FinancePurpose;
  /** The linked certified project's 2025 catalogue code. */
  readonly projectCategory?: string;
  /** Collateral offered; [] offers none (unsecured), absent means not stated. */
  readonly collateralOffered?: readonly CollateralKind[];
  readonly enterprise: {
    readonly industry?: string;
    readonly size?: EnterpriseSize;
    readonly esgGrade?: string;
    readonly carbonGrade?: number;
  };
  /** Consents granted to responding institutions; a consent not listed is not given. */
  readonly consents: readonly DataConsent[];
}

export const RULE_KEYS = [
  "industry",
  "catalogueCategory",
  "esgGrade",
  "carbonGrade",
  "amount",
  "tenor",
  "collateral",
  "enterpriseSize",
  "purpose",
  "consent",
] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

export type RuleOutcome = "met" | "not-met" | "unknown";

export interface RuleReason {
  readonly rule: RuleKey;
  readonly outcome: RuleOutcome;
  readonly zh: string;
  readonly en: string;
}

type Labels<K extends string> = Readonly<Record<K, { readonly zh: string; readonly en: string }>>;

/** Names a reason prints instead of codes. */
export const COLLATERAL_LABELS: Labels<CollateralKind> = {
  none: { zh: "无担保（信用）", en: "unsecured" },
  "real-estate": { zh: "不动产抵押", en: "real-estate mortgage" },
  equipment: { zh: "设备抵押", en: "equipment" },
  receivables: { zh: "应收账款质押", en: "receivables" },
  deposit: { zh: "存单质押", en: "deposit" },
  guarantee: { zh: "第三方保证", en: "third-party guarantee" },
  "cea-allowance": { zh: "碳排放配额", en: "CEA allowances" },
  ccer: { zh: "CCER", en: "CCERs" },
  "emission-right": { zh: "排污权", en: "emission rights" },
  "carbon-sink-income": { zh: "碳汇预期收益", en: "carbon-sink future income" },
};

export const PURPOSE_LABELS: Labels<FinancePurpose> = {
  "project-investment": { zh: "项目投资", en: "project investment" },
  "technical-retrofit": { zh: "技术改造", en: "technical retrofit" },
  "working-capital": { zh: "流动资金", en: "working capital" },
  refinancing: { zh: "再融资", en: "refinancing" },
};

export const SIZE_LABELS: Labels<"large" | "medium" | "small" | "micro"> = {
  large: { zh: "大型", en: "large" },
  medium: { zh: "中型", en: "medium" },
  small: { zh: "小型", en: "small" },
  micro: { zh: "微型", en: "micro" },
};

export const CONSENT_LABELS: Labels<DataConsent> = {
  esg: { zh: "ESG评级", en: "ESG grade" },
  carbon: { zh: "碳效等级", en: "carbon-efficiency grade" },
};
