/**
 * The factor set as the accounting reads it: the shape `loadCarbonFactorSet` of @greenfin/reference returns,
 * restated here because the domain imports no other layer. Values are decimal strings, never floats.
 */
export type VerificationStatus = "verified" | "verified-secondary" | "derived-secondary" | "UNVERIFIED";
export type RegionLevel = "national" | "regional_grid" | "provincial";

export interface FactorRecord {
  readonly id: string;
  readonly value: string;
  readonly unit: string;
  readonly gas: string;
  readonly gwpSet: string;
  readonly region: {
    readonly level: RegionLevel;
    readonly key: string;
    readonly nameZh: string;
    readonly nameEn: string;
  };
  readonly validYears: { readonly from: number | null; readonly to: number | null };
  readonly source: string;
  readonly verification: string;
  readonly status: VerificationStatus;
  readonly note: string;
}

export type ElectricityFactorKind =
  | "location_average"
  | "residual_excl_market_nonfossil"
  | "fossil_only"
  | "enterprise_reporting"
  | "carbon_footprint";

export interface ElectricityFactor extends FactorRecord {
  readonly kind: ElectricityFactorKind;
}

export interface FuelFactor extends FactorRecord {
  readonly block: "A" | "B";
  readonly activityUnit: "t" | "wan_m3";
  readonly ncv: { readonly value: string; readonly unit: string };
  readonly carbonContent: { readonly value: string; readonly unit: string };
  readonly oxidation: string;
}

export interface Province {
  readonly key: string;
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly aliases: readonly string[];
  readonly grid: string;
}

export type ActivityUse =
  | "scope1_combustion"
  | "scope1_process"
  | "scope2_location"
  | "scope2_heat"
  | "scope2_market_deduction"
  | "scope3_spend"
  | "intensity";

export interface ItemMapping {
  readonly item: string;
  readonly use: ActivityUse;
  readonly units: readonly string[];
  readonly nameZh: string;
  readonly nameEn: string;
  /** The unit the factor applies to; null keeps the row's unit (product output). */
  readonly basisUnit: string | null;
  readonly factorId: string | null;
  readonly densityId: string | null;
}

export interface Band {
  readonly upTo: string | null;
}

export interface CarbonEfficiencyMethod {
  readonly id: string;
  readonly standard: string;
  readonly source: string;
  readonly verification: string;
  readonly industryAverage: {
    readonly method: "total_co2_over_total_value_added" | "mean_of_intensities";
    readonly definition: string;
  };
  readonly kGrades: readonly (Band & { readonly grade: number })[];
  readonly levels: readonly (Band & { readonly key: string; readonly nameZh: string; readonly nameEn: string })[];
  readonly colours: {
    readonly mapping: readonly {
      readonly grade: number;
      readonly colour: string;
      readonly nameZh: string;
      readonly nameEn: string;
    }[];
    readonly source: string;
    readonly status: VerificationStatus;
  };
}

export interface CeaPrice {
  readonly year: number;
  readonly averagePrice: string | null;
  readonly yearEndClose: string | null;
  readonly unit: string;
  readonly source: string;
  readonly verification: string;
  readonly status: VerificationStatus;
  readonly note: string;
}

export interface EtsReference {
  readonly coveredSectors: readonly {
    readonly key: string;
    readonly nameZh: string;
    readonly nameEn: string;
    readonly coveredFrom: string;
    readonly gbt4754: readonly string[];
  }[];
  readonly ceaPrices: readonly CeaPrice[];
}

export interface CarbonFactorSetData {
  /** "cn-carbon-factors@2026.1": recorded with every figure. */
  readonly ref: string;
  readonly version: string;
  readonly electricity: {
    readonly provinces: readonly Province[];
    readonly grids: readonly { readonly key: string; readonly nameZh: string; readonly nameEn: string }[];
    readonly factors: readonly ElectricityFactor[];
  };
  readonly fuels: readonly FuelFactor[];
  readonly process: readonly FactorRecord[];
  readonly heat: readonly FactorRecord[];
  readonly densities: readonly FactorRecord[];
  readonly spend: readonly FactorRecord[];
  readonly items: readonly ItemMapping[];
  readonly carbonEfficiency: CarbonEfficiencyMethod;
  readonly ets: EtsReference;
}
