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
  | "assetKind"
  | "holdingSource";

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

export const FAMILY_COLORS: Record<string, string> = {
  green_credit: "green",
  green_bond: "blue",
  wealth: "purple",
  insurance: "gold",
};

/** The ESG scale's grades, best first (the server refuses a grade not on the rating methodology's scale). */
export const ESG_GRADES = ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"] as const;
