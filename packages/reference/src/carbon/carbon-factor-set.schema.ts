import { z } from "zod";
import { ACTIVITY_ITEM_USES } from "./load-activity-items";

/** Plain decimal text ("0.5703"): factors are copied as their sources write them, never as binary floats. */
const zDecimal = z.string().regex(/^\d+(\.\d+)?$/, "a non-negative decimal string");
const zYear = z.number().int().min(1990).max(2100);

export const VERIFICATION_STATUSES = ["verified", "verified-secondary", "derived-secondary", "UNVERIFIED"] as const;
export const REGION_LEVELS = ["national", "regional_grid", "provincial"] as const;
export const ELECTRICITY_FACTOR_KINDS = [
  "location_average",
  "residual_excl_market_nonfossil",
  "fossil_only",
  "enterprise_reporting",
  "carbon_footprint",
] as const;

/** What every factor record keeps: its value and unit, where and when it applies, and where it comes from. */
const factorFields = {
  id: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/),
  value: zDecimal,
  unit: z.string().min(1),
  gas: z.string().min(1),
  gwpSet: z.string().min(1),
  region: z.object({
    level: z.enum(REGION_LEVELS),
    key: z.string().min(1),
    nameZh: z.string().min(1),
    nameEn: z.string().min(1),
  }),
  /** Inclusive; null = open (a default that does not depend on the year). */
  validYears: z.object({ from: zYear.nullable(), to: zYear.nullable() }),
  source: z.string().min(1),
  /** The reference's own wording, copied. */
  verification: z.string().min(1),
  /** The same, as one of the legend's labels, for code to act on. */
  status: z.enum(VERIFICATION_STATUSES),
  note: z.string(),
};

const zFactor = z.object({ ...factorFields, nameZh: z.string().min(1), nameEn: z.string().min(1) });
const zElectricityFactor = z.object({ ...factorFields, kind: z.enum(ELECTRICITY_FACTOR_KINDS) });
const zFuelFactor = z.object({
  ...factorFields,
  block: z.enum(["A", "B"]),
  fuelZh: z.string().min(1),
  fuelEn: z.string().min(1),
  activityUnit: z.enum(["t", "wan_m3"]),
  ncv: z.object({ value: zDecimal, unit: z.enum(["GJ/t", "GJ/wan_m3"]) }),
  carbonContent: z.object({ value: zDecimal, unit: z.literal("tC/TJ") }),
  oxidation: zDecimal,
});
const zDensity = z.object({ ...factorFields, fuel: z.string().min(1), nameZh: z.string(), nameEn: z.string() });
const zSpendFactor = zFactor.extend({ item: z.string().min(1), ghgProtocolCategory: z.number().int().min(1).max(15) });

const zMeta = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  version: z.string().regex(/^\d{4}\.\d+$/),
  status: z.enum(["draft", "released"]),
  name: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  standing: z.string().min(1),
  sources: z.array(z.string().min(1)).min(1),
  verificationLegend: z.record(z.string(), z.string()),
  /** The activity-item catalogue the item map was written against, pinned by hash. */
  activityItems: z.object({ version: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  gaps: z.array(z.string()),
  rounding: z.string().min(1),
});

const zElectricity = z.object({
  gridMembership: z.object({ source: z.string(), verification: z.string(), status: z.enum(VERIFICATION_STATUSES) }),
  grids: z.array(z.object({ key: z.string(), nameZh: z.string(), nameEn: z.string() })).min(1),
  provinces: z
    .array(
      z.object({
        key: z.string().regex(/^[a-z_]+$/),
        code: z.string().regex(/^\d{6}$/),
        nameZh: z.string().min(1),
        nameEn: z.string().min(1),
        aliases: z.array(z.string()),
        grid: z.string(),
      }),
    )
    .min(1),
  factors: z.array(zElectricityFactor).min(1),
});

const zItemMapping = z.object({
  item: z.string(),
  use: z.enum(ACTIVITY_ITEM_USES),
  units: z.array(z.string()).min(1),
  nameZh: z.string(),
  nameEn: z.string(),
  /** The unit the factor applies to; null = keep the row's unit (product output). */
  basisUnit: z.string().nullable(),
  factorId: z.string().nullable(),
  densityId: z.string().nullable(),
});

const zBound = z.object({ upTo: zDecimal.nullable() });
const zCarbonEfficiency = z.object({
  id: z.string(),
  standard: z.string(),
  source: z.string(),
  verification: z.string(),
  status: z.enum(VERIFICATION_STATUSES),
  intensity: z.object({ definition: z.string(), unit: z.literal("tCO2/wan_yuan") }),
  industryAverage: z.object({
    method: z.enum(["total_co2_over_total_value_added", "mean_of_intensities"]),
    definition: z.string(),
    status: z.enum(VERIFICATION_STATUSES),
  }),
  kGrades: z.array(zBound.extend({ grade: z.number().int().min(1) })).min(2),
  kGradeEdges: z.string(),
  levels: z.array(zBound.extend({ key: z.string(), nameZh: z.string(), nameEn: z.string() })).min(2),
  colours: z.object({
    mapping: z.array(z.object({ grade: z.number().int(), colour: z.string(), nameZh: z.string(), nameEn: z.string() })),
    source: z.string(),
    status: z.enum(VERIFICATION_STATUSES),
  }),
});

const zEts = z.object({
  market: z.string(),
  inclusionThreshold: z.object({ value: zDecimal, unit: z.string(), source: z.string(), verification: z.string() }),
  coveredSectors: z.array(
    z.object({
      key: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      coveredFrom: z.string(),
      gbt4754: z.array(z.string().regex(/^[A-T]\d{2,4}$/)).min(1),
      source: z.string(),
      verification: z.string(),
      status: z.enum(VERIFICATION_STATUSES),
    }),
  ),
  ceaPrices: z.array(
    z.object({
      year: zYear,
      averagePrice: zDecimal.nullable(),
      yearEndClose: zDecimal.nullable(),
      unit: z.literal("yuan/tCO2"),
      period: z.string(),
      source: z.string(),
      verification: z.string(),
      status: z.enum(VERIFICATION_STATUSES),
      note: z.string(),
    }),
  ),
});

/** The files of one factor-set version directory, `data/carbon/factors-<version>/`. */
export const zCarbonFactorSetFiles = z.object({
  meta: zMeta,
  electricity: zElectricity,
  fuels: z.object({ factors: z.array(zFuelFactor).min(1) }),
  process: z.object({ factors: z.array(zFactor).min(1) }),
  heat: z.object({ factors: z.array(zFactor).min(1) }),
  densities: z.object({ factors: z.array(zDensity) }),
  spend: z.object({ factors: z.array(zSpendFactor) }),
  items: z.object({ items: z.array(zItemMapping).min(1) }),
  carbonEfficiency: zCarbonEfficiency,
  ets: zEts,
});

export type CarbonFactorSetFiles = z.output<typeof zCarbonFactorSetFiles>;
