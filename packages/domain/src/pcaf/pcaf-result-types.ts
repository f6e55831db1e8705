import type { PcafAssetClass } from "./pcaf-types";

/** Which evidence an emissions figure rests on; each maps to one option of the asset class's PCAF DQ table. */
export type PcafEvidence =
  | "verified"
  | "reported"
  | "platform"
  | "platform_verified"
  | "physical_activity"
  | "revenue_estimate"
  | "asset_estimate"
  | "floor_area_estimate"
  | "building_count_estimate"
  | "vehicle_type_estimate"
  | "vehicle_average_estimate"
  | "country_inventory"
  | "country_unverified";

export interface PcafFactorUse {
  readonly id: string;
  readonly value: string;
  readonly unit: string;
  readonly source: string;
  readonly verification: string;
}

export interface PcafAttribution {
  /** Capped factor, 12 dp. */
  readonly factor: string;
  /** Before the cap, 12 dp. */
  readonly uncapped: string;
  readonly capped: boolean;
  /** Outstanding (or, for sovereign debt, the exposure in USD). */
  readonly numerator: string;
  readonly denominator: { readonly kind: string; readonly value: string };
}

/** One position's result and explanation trace: the formula in words, the inputs and every factor used. */
export interface PcafPositionResult {
  readonly positionId: string;
  readonly assetClass: PcafAssetClass;
  readonly counterparty: string | null;
  /** GB/T 4754 code the position is classed under, and its section (null: households or sovereign). */
  readonly sector: string | null;
  readonly section: string | null;
  readonly outstanding: string;
  readonly attribution: PcafAttribution | null;
  /** Emissions of the whole counterparty / project / building / vehicle / country, tCO2e. */
  readonly emissions: { readonly scope12Tco2e: string; readonly scope3Tco2e: string | null } | null;
  /** tCO2e, 6 dp; null when not covered. */
  readonly financedScope12Tco2e: string | null;
  readonly financedScope3Tco2e: string | null;
  readonly dataQuality: { readonly score: number; readonly option: string; readonly evidence: PcafEvidence } | null;
  /** Counterparty (Scope 1 + 2) / revenue in million CNY, for WACI; 6 dp. */
  readonly revenueIntensity: string | null;
  readonly scope3Required: boolean;
  readonly factors: readonly PcafFactorUse[];
  readonly explanation: { readonly zh: readonly string[]; readonly en: readonly string[] };
  readonly reference: string;
}

/** Totals of a group of positions (an asset class, a sector, the portfolio). */
export interface PcafBucket {
  readonly key: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly positions: number;
  readonly outstanding: string;
  readonly coveredOutstanding: string;
  /** Covered ÷ outstanding, 4 dp; null when nothing is outstanding. */
  readonly coverage: string | null;
  readonly financedScope12Tco2e: string;
  readonly financedScope3Tco2e: string;
  /** PCAF Box 8: Σ(outstanding × score) / Σ outstanding over covered positions, 2 dp. */
  readonly weightedDataQuality: string | null;
  readonly weightedDataQualityScope3: string | null;
  /** Covered outstanding per data-quality score "1".."5". */
  readonly outstandingByScore: Readonly<Record<string, string>>;
}

export interface PcafPortfolioResult {
  readonly reference: string;
  readonly referenceSha256: string;
  readonly year: number;
  readonly inputsHash: string;
  readonly resultHash: string;
  readonly total: PcafBucket;
  readonly byAssetClass: readonly PcafBucket[];
  readonly bySector: readonly PcafBucket[];
  /** tCO2e per million CNY revenue; over positions with a revenue intensity, weights renormalised among them. */
  readonly waci: { readonly value: string | null; readonly outstanding: string; readonly positions: number };
  /** Financed Scope 1 + 2 per million CNY of covered outstanding, 4 dp. */
  readonly carbonFootprint: string | null;
  readonly scope3: { readonly requiredPositions: number; readonly missingPositions: number };
}
