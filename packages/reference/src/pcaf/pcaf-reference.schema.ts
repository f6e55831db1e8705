import { z } from "zod";

/** Plain decimal text: factors are kept as their sources write them, never as binary floats. */
const zDecimal = z.string().regex(/^\d+(\.\d+)?$/, "a non-negative decimal string");
const provenance = { source: z.string().min(1), verification: z.string().min(1) };
const zSectorCode = z.string().regex(/^[A-T](\d{2})?$/, "a GB/T 4754 section or division code like C30");

export const PCAF_ASSET_CLASS_IDS = [
  "listed_equity",
  "corporate_bond",
  "business_loan",
  "project_finance",
  "commercial_real_estate",
  "mortgage",
  "motor_vehicle_loan",
  "sovereign_debt",
] as const;

const zMeta = z.object({
  id: z.literal("pcaf"),
  version: z.string().regex(/^\d{4}\.\d+$/),
  status: z.enum(["draft", "released"]),
  name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  standing: z.string().min(1),
  sources: z.array(z.string().min(1)).min(1),
  verificationLegend: z.record(z.string(), z.string()),
  gaps: z.array(z.string()),
  rounding: z.string().min(1),
});

const zDqTable = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  rows: z
    .array(z.object({ score: z.number().int().min(1).max(5), option: z.string().min(1), condition: z.string().min(1) }))
    .min(1),
  evidence: z.array(z.object({ evidence: z.string().min(1), option: z.string().min(1) })).min(1),
});

const zMethod = z.object({
  assetClasses: z.array(
    z.object({
      id: z.enum(PCAF_ASSET_CLASS_IDS),
      pcafSection: z.string().regex(/^5\.[1-7]$/),
      pcafAssetClass: z.string().min(1),
      pcafAssetClassZh: z.string().min(1),
      nameZh: z.string().min(1),
      nameEn: z.string().min(1),
      attributionFormula: z.string().min(1),
      attributionFormulaZh: z.string().min(1),
      financedEmissionsFormula: z.string().min(1),
      denominators: z.array(z.string().min(1)).min(1),
      dataQualityTable: z.string().min(1),
      ...provenance,
    }),
  ),
  attributionCap: z.object({ value: zDecimal, ...provenance }),
  denominatorFallback: z.object({ rule: z.string().min(1), ...provenance }),
  dataQuality: z.object({ scale: z.string(), note: z.string(), ...provenance, tables: z.array(zDqTable).min(1) }),
  weightedDataQualityScore: z.object({ formula: z.string().min(1), requirements: z.array(z.string()), ...provenance }),
  scope3PhaseIn: z.array(
    z.object({
      fromYear: z.number().int(),
      pcafSectors: z.string(),
      gbt4754Codes: z.array(z.union([zSectorCode, z.literal("*")])),
      ...provenance,
    }),
  ),
  metrics: z.record(z.string(), z.object({ formula: z.string().min(1), unit: z.string().min(1), ...provenance })),
});

const factorId = z.string().regex(/^pcaf_[a-z]+(\.[a-z0-9_]+)+$/);

const zSectorFactors = z.object({
  factors: z.array(
    z.object({
      id: factorId,
      code: zSectorCode,
      level: z.enum(["section", "division"]),
      nameZh: z.string().min(1),
      basis: z.enum(["revenue", "asset"]),
      value: zDecimal,
      unit: z.enum(["tCO2e/million CNY revenue", "tCO2e/million CNY assets"]),
      dataQualityOption: z.string().min(1),
      ...provenance,
      note: z.string(),
    }),
  ),
});

const zBuildingFactors = z.object({
  factors: z.array(
    z.object({
      id: factorId,
      buildingType: z.string().regex(/^[a-z_]+$/),
      nameZh: z.string().min(1),
      nameEn: z.string().min(1),
      defaultFor: z.enum(["commercial_real_estate", "mortgage"]).nullable(),
      perM2: zDecimal,
      perM2Unit: z.literal("kgCO2e/m2/year"),
      perBuilding: zDecimal,
      perBuildingUnit: z.string().min(1),
      typicalFloorAreaM2: zDecimal,
      ...provenance,
      note: z.string(),
    }),
  ),
});

const zVehicleFactors = z.object({
  factors: z.array(
    z.object({
      id: factorId,
      vehicleType: z.string().regex(/^[a-z_]+$/),
      nameZh: z.string().min(1),
      nameEn: z.string().min(1),
      default: z.boolean(),
      value: zDecimal,
      unit: z.literal("tCO2e/vehicle/year"),
      dataQualityOption: z.string().min(1),
      ...provenance,
      note: z.string(),
    }),
  ),
});

const zQuantity = z.object({ value: zDecimal, unit: z.string().min(1), ...provenance });

const zSovereigns = z.object({
  countries: z.array(
    z.object({
      id: factorId,
      country: z.string().regex(/^[A-Z]{2}$/),
      nameZh: z.string().min(1),
      nameEn: z.string().min(1),
      year: z.number().int().min(1990).max(2100),
      productionEmissionsExclLulucf: zQuantity,
      productionEmissionsInclLulucf: zQuantity,
      pppGdp: zQuantity,
      cnyPerUsd: zQuantity,
      dataQualityOption: z.string().min(1),
      note: z.string(),
    }),
  ),
});

/** The files of one version directory `data/pcaf/pcaf-<version>/`. */
export const zPcafReferenceFiles = z.object({
  meta: zMeta,
  method: zMethod,
  sectorFactors: zSectorFactors,
  buildingFactors: zBuildingFactors,
  vehicleFactors: zVehicleFactors,
  sovereigns: zSovereigns,
});
export type PcafReferenceFiles = z.output<typeof zPcafReferenceFiles>;

/** File name of each part, as listed in SHA256SUMS. */
export const PCAF_FILES = {
  meta: "meta.json",
  method: "method.json",
  sectorFactors: "sector-factors.json",
  buildingFactors: "building-factors.json",
  vehicleFactors: "vehicle-factors.json",
  sovereigns: "sovereigns.json",
} as const satisfies Record<keyof PcafReferenceFiles, string>;
