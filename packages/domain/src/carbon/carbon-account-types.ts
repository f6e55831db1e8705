import type { ActivityRow } from "./activity-rows";
import type { EmissionLine } from "./emission-line";
import type { FacilityFactor, FactorUse, GridBasis } from "./factor-lookup";

export interface EnterpriseProfile {
  /** The unified social credit code. */
  readonly id: string;
  /** GB/T 4754-2017 code ("C30", "C3011"), or null when unknown. */
  readonly industryCode: string | null;
  /** A province name, alias or code the factor set knows, or null (national factors). */
  readonly province: string | null;
}

export interface AccountOptions {
  /** "location" (facility → provincial → grid → national, the default) or the enterprise-reporting factor. */
  readonly gridBasis?: GridBasis;
  /** Add Scope 3 by spend (estimates, reported apart, never in Scope 1+2). */
  readonly includeScope3?: boolean;
  /** Let UNVERIFIED electricity factors be chosen (they are otherwise passed over). */
  readonly allowUnverified?: boolean;
  /** The enterprise's own factors (by item), or densities (item "diesel_density" / "gasoline_density"). */
  readonly facilityFactors?: readonly FacilityFactor[];
}

export interface AccountInput {
  readonly enterprise: EnterpriseProfile;
  readonly year: number;
  readonly rows: readonly ActivityRow[];
  /** The date the account is computed ("YYYY-MM-DD"), given by the caller: a recalculation is a new dated result. */
  readonly calculatedOn: string;
  readonly options?: AccountOptions;
}

export interface MarketBased {
  readonly electricityMWh: string;
  readonly greenPowerMWh: string;
  readonly greenCertificateMWh: string;
  /** Instruments actually deducted (never more than the electricity). */
  readonly deductedMWh: string;
  /** Instruments beyond the electricity consumed: reported, not carried to emissions. */
  readonly excessMWh: string;
  readonly remainderMWh: string;
  readonly residualFactor: FactorUse;
  readonly lines: readonly EmissionLine[];
  readonly trace: readonly string[];
}

export interface Intensity {
  /** tCO2 (Scope 1 + Scope 2 location-based) per unit of the denominator, 6 places; null without a denominator. */
  readonly value: string | null;
  readonly unit: string;
  readonly denominator: { readonly quantity: string; readonly unit: string } | null;
  readonly note: string;
}

export interface PeriodTotals {
  readonly scope1: string;
  readonly scope2Location: string;
  readonly scope3: string;
  /** Scope 1 + Scope 2 location-based. */
  readonly total: string;
}

export interface CarbonAccount {
  readonly enterpriseId: string;
  readonly industryCode: string | null;
  readonly province: { readonly key: string; readonly nameZh: string; readonly nameEn: string } | null;
  readonly year: number;
  readonly calculatedOn: string;
  readonly method: string;
  /** Factor set and version every figure was computed with. */
  readonly factorSet: string;
  /** SHA-256 of the canonical JSON of profile, year, options and rows (order-independent). */
  readonly inputsHash: string;
  readonly totals: {
    readonly scope1: string;
    readonly scope1Combustion: string;
    readonly scope1Process: string;
    readonly scope2Location: string;
    readonly scope2Market: string;
    /** null when Scope 3 was not asked for. */
    readonly scope3: string | null;
    readonly totalLocationBased: string;
    readonly totalMarketBased: string;
    readonly unit: "tCO2";
  };
  /** Scope 1, Scope 2 location-based and Scope 3 lines, one per item and month (meters summed). */
  readonly lines: readonly EmissionLine[];
  readonly byMonth: readonly (PeriodTotals & { readonly month: string })[];
  readonly byItem: readonly { readonly item: string; readonly scope: string; readonly emissions: string }[];
  readonly marketBased: MarketBased;
  readonly intensities: {
    readonly perRevenue: Intensity;
    readonly perValueAdded: Intensity;
    readonly perProductOutput: Intensity;
  };
  /** Figures computed with UNVERIFIED factors, year fallbacks, ignored items …, in words. */
  readonly warnings: readonly string[];
}

export type { ActivityRow };
