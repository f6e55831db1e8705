/**
 * Inputs of the PCAF Part A calculation: positions and counterparties as in docs/carbon-data-formats.md
 * (sections 2 and 3), emissions the platform accounted itself, and the reference data it reads. Amounts are
 * plain decimal text in yuan, emissions in tCO2e: never binary floats.
 */

export const PCAF_ASSET_CLASSES = [
  "listed_equity",
  "corporate_bond",
  "business_loan",
  "project_finance",
  "commercial_real_estate",
  "mortgage",
  "motor_vehicle_loan",
  "sovereign_debt",
] as const;
export type PcafAssetClass = (typeof PCAF_ASSET_CLASSES)[number];

/** Where a counterparty's emissions come from (`emissions_source`); `physical_activity` is GreenFin's extension. */
export const EMISSIONS_SOURCES = ["verified", "reported", "platform", "physical_activity"] as const;
export type EmissionsSource = (typeof EMISSIONS_SOURCES)[number];

export interface PcafPosition {
  readonly id: string;
  readonly assetClass: PcafAssetClass;
  /** Counterparty id; null for mortgages, vehicle loans, sovereign debt and CRE without a borrower record. */
  readonly counterparty: string | null;
  /** Yuan (CNY). */
  readonly outstanding: string;
  /** Canonical GB/T 4754 code ("C30"), when the position names one. */
  readonly sector: string | null;
  readonly propertyValue: string | null;
  readonly floorAreaM2: string | null;
  readonly buildingType: string | null;
  readonly vehicleValue: string | null;
  readonly vehicleType: string | null;
  readonly projectTotal: string | null;
  readonly projectEmissionsTco2e: string | null;
  /** ISO 3166 alpha-2, upper case. */
  readonly country: string | null;
}

export interface PcafCounterparty {
  readonly id: string;
  readonly name: string | null;
  /** Canonical GB/T 4754 code. */
  readonly sector: string;
  readonly revenue: string | null;
  readonly totalAssets: string | null;
  readonly evic: string | null;
  readonly totalEquityAndDebt: string | null;
  readonly scope1Tco2e: string | null;
  readonly scope2Tco2e: string | null;
  readonly scope3Tco2e: string | null;
  readonly emissionsSource: EmissionsSource | null;
}

/** A counterparty's emissions from its GreenFin carbon account (granted to the institution), supplied by the caller. */
export interface PlatformEmissions {
  readonly counterparty: string;
  readonly scope1Tco2e: string;
  readonly scope2Tco2e: string;
  readonly scope3Tco2e: string | null;
  /** Third-party verified account: data quality 1 instead of 2. */
  readonly verified: boolean;
  /** Which account and year the figures come from, for the trace. */
  readonly accountRef: string;
}

/** A reference record's provenance, copied into every trace that uses it. */
export interface PcafProvenance {
  readonly source: string;
  readonly verification: string;
}

export interface PcafDataQualityRow {
  readonly score: number;
  readonly option: string;
  readonly condition: string;
}

export interface PcafDataQualityTable {
  readonly id: string;
  readonly rows: readonly PcafDataQualityRow[];
  /** Which kind of evidence answers which option of the table. */
  readonly evidence: readonly { readonly evidence: string; readonly option: string }[];
}

export interface PcafAssetClassInfo extends PcafProvenance {
  readonly id: string;
  readonly pcafSection: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly attributionFormula: string;
  readonly attributionFormulaZh: string;
  readonly financedEmissionsFormula: string;
  /** Denominators in order of preference (companies: EVIC, then total equity + debt, then total assets). */
  readonly denominators: readonly string[];
  readonly dataQualityTable: string;
}

export interface PcafSectorFactor extends PcafProvenance {
  readonly id: string;
  /** Canonical GB/T 4754 section or division code. */
  readonly code: string;
  readonly basis: "revenue" | "asset";
  /** tCO2e per million CNY of revenue or of assets. */
  readonly value: string;
  readonly unit: string;
}

export interface PcafBuildingFactor extends PcafProvenance {
  readonly id: string;
  readonly buildingType: string;
  readonly defaultFor: string | null;
  /** kgCO2e per m² per year. */
  readonly perM2: string;
  /** kgCO2e per building (dwelling) per year. */
  readonly perBuilding: string;
}

export interface PcafVehicleFactor extends PcafProvenance {
  readonly id: string;
  readonly vehicleType: string;
  readonly default: boolean;
  /** tCO2e per vehicle per year. */
  readonly value: string;
}

export interface PcafQuantity extends PcafProvenance {
  readonly value: string;
  readonly unit: string;
}

export interface PcafSovereign {
  readonly id: string;
  readonly country: string;
  readonly year: number;
  readonly productionEmissionsExclLulucf: PcafQuantity;
  readonly productionEmissionsInclLulucf: PcafQuantity;
  readonly pppGdp: PcafQuantity;
  readonly cnyPerUsd: PcafQuantity;
  readonly dataQualityOption: string;
}

/**
 * The reference data the calculation reads, as `loadPcafReference` in @greenfin/reference returns it (structurally:
 * the domain imports no other layer). Factors live only there.
 */
export interface PcafReferenceData {
  /** "pcaf@2022.2" */
  readonly ref: string;
  /** SHA-256 over the version's SHA256SUMS file: names the exact data in every result. */
  readonly sha256: string;
  readonly assetClasses: readonly PcafAssetClassInfo[];
  readonly attributionCap: PcafProvenance & { readonly value: string };
  readonly dataQuality: { readonly tables: readonly PcafDataQualityTable[] };
  readonly scope3PhaseIn: readonly { readonly fromYear: number; readonly gbt4754Codes: readonly string[] }[];
  readonly sectorFactors: readonly PcafSectorFactor[];
  readonly buildingFactors: readonly PcafBuildingFactor[];
  readonly vehicleFactors: readonly PcafVehicleFactor[];
  readonly sovereigns: readonly PcafSovereign[];
  readonly industry: {
    readonly sections: readonly { readonly code: string; readonly nameZh: string; readonly nameEn: string }[];
    /** Two-digit division → section letter ("30" → "C"). */
    readonly divisionSection: Readonly<Record<string, string>>;
  };
}

/** A problem in an input file: where, and why in both languages. Row 1 is the header. */
export interface PcafRowError {
  readonly row: number;
  readonly column: string;
  readonly messageZh: string;
  readonly messageEn: string;
}

/** Thrown when the calculation is handed input the parsers would have refused. */
export class PcafInputError extends Error {
  override name = "PcafInputError";
}
