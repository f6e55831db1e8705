/** Labels of the domain enums the needs side shows (purposes, collateral kinds, rules, stages). */
import { COLLATERAL_KINDS, FINANCE_PURPOSES } from "@greenfin/contracts";
import type { TFunction } from "i18next";

export type CollateralKind = (typeof COLLATERAL_KINDS)[number];
export type FinancePurpose = (typeof FINANCE_PURPOSES)[number];

/** Collateral that is a carbon asset: choosing an offer on such a need opens the holdings to the bank by default. */
export const CARBON_COLLATERAL: readonly CollateralKind[] = [
  "cea-allowance",
  "ccer",
  "emission-right",
  "carbon-sink-income",
];

export const purposeOptions = (t: TFunction) =>
  FINANCE_PURPOSES.map((p) => ({ value: p, label: t(`market.purpose.${p}`) }));

export const collateralOptions = (t: TFunction) =>
  COLLATERAL_KINDS.map((k) => ({ value: k, label: t(`market.collateral.${k}`) }));

export const purposeLabel = (t: TFunction, p: string) =>
  t(`market.purpose.${p}` as "market.purpose.refinancing", { defaultValue: p });

export const collateralLabel = (t: TFunction, k: string) =>
  t(`market.collateral.${k}` as "market.collateral.none", { defaultValue: k });

export const productName = (p: { nameZh: string; nameEn: string } | null | undefined, en: boolean) =>
  p ? (en ? p.nameEn || p.nameZh : p.nameZh || p.nameEn) : "—";
