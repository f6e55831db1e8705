/**
 * Labels of the desk side's codes (families, sub-types, asset kinds, collateral…) with a fallback to the code itself,
 * so a code the UI has no text for yet still shows.
 */
import { useCallback } from "react";
import { useTranslation } from "react-i18next";

export type DeskLabelGroup =
  | "family"
  | "subType"
  | "productStatus"
  | "collateral"
  | "size"
  | "purpose"
  | "consent"
  | "assetKind";

export function useDeskLabel() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (group: DeskLabelGroup, code: string | null | undefined): string => {
      if (!code) return "—";
      const key = `marketDesk.${group}.${code}`;
      return i18n.exists(key) ? (t as unknown as (k: string) => string)(key) : code;
    },
    [t, i18n],
  );
}

/** Family → the sub-types it admits (the server checks the pairing: packages/app/src/market/needs/product-schema.ts). */
export const SUB_TYPES_BY_FAMILY = {
  green_credit: [
    "carbon_quota_pledge",
    "ccer_future_income_pledge",
    "emission_right_pledge",
    "carbon_sink_pledge",
    "carbon_neutral",
    "blue",
    "sustainability_linked",
    "carbon_disclosure_linked",
    "transition",
  ],
  green_bond: ["green", "blue", "transition", "sustainability_linked"],
  wealth: ["green", "carbon_neutral", "esg"],
  insurance: ["green", "green_building_guarantee", "carbon_sink_pledge"],
} as const;

export const FAMILY_COLORS: Record<string, string> = {
  green_credit: "green",
  green_bond: "blue",
  wealth: "purple",
  insurance: "gold",
};

/** The ESG scale's grades, best first (the server refuses a grade not on the rating methodology's scale). */
export const ESG_GRADES = ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"] as const;

// The domain's code lists (packages/domain/src/market-service/eligibility-types.ts); the web reaches only the contracts.
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
export const FINANCE_PURPOSES = ["project-investment", "technical-retrofit", "working-capital", "refinancing"] as const;
export const DATA_CONSENTS = ["esg", "carbon"] as const;
export const ENTERPRISE_SIZES = ["large", "medium", "small", "micro"] as const;
