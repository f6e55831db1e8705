import table from "./disclosure-intensities.json" with { type: "json" };

/** What kind of operation a sector runs: decides which environmental and product indicators apply at all. */
export type SectorKind =
  | "heavy"
  | "manufacturing"
  | "utility"
  | "construction"
  | "transport"
  | "trade"
  | "services"
  | "agriculture";

export type FuelType = "raw_coal" | "coke" | "natural_gas" | "fuel_oil" | "gasoline" | "diesel" | "lpg";

/** Illustrative demo intensities per 万元 of revenue (see the note in disclosure-intensities.json). */
export interface SectorIntensity {
  readonly kind: SectorKind;
  readonly scope1: number;
  readonly processShare: number;
  readonly fuels: Readonly<Partial<Record<FuelType, number>>>;
  readonly electricity: number;
  readonly water: number;
  readonly hazardousWaste: number;
  readonly generalWaste: number;
  /** Typical share of women among employees, in percent. */
  readonly femaleShare: number;
  readonly materials?: number;
  readonly packaging?: number;
  /** First reporting year in which the sector is in a carbon emissions trading market. */
  readonly etsFrom?: number;
}

export interface FuelFactor {
  readonly unit: "t" | "m3";
  readonly tcePerUnit: string;
  readonly tco2PerTce: string;
}

// JSON widens literal unions to strings; the history tests check every sector yields valid disclosures.
const data = table as unknown as {
  gridFactorTco2PerMwh: string;
  fuels: Record<FuelType, FuelFactor>;
  default: SectorIntensity;
  sectors: Record<string, SectorIntensity>;
};

export const GRID_FACTOR = data.gridFactorTco2PerMwh;
export const FUEL_FACTORS: Readonly<Record<FuelType, FuelFactor>> = data.fuels;

/** The intensities for a canonical industry code ("C2641", "D4415"): its class if listed, else its division. */
export function sectorIntensity(industryCode: string | null): SectorIntensity {
  const digits = (industryCode ?? "").replace(/^[A-T]/, "");
  return data.sectors[digits.slice(0, 4)] ?? data.sectors[digits.slice(0, 2)] ?? data.default;
}
