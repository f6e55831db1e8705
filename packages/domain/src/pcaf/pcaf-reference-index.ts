import { readSector } from "./pcaf-industry";
import {
  type PcafAssetClass,
  type PcafAssetClassInfo,
  type PcafBuildingFactor,
  PcafInputError,
  type PcafReferenceData,
  type PcafSectorFactor,
  type PcafSovereign,
  type PcafVehicleFactor,
} from "./pcaf-types";

/** The reference data with the look-ups the calculation needs, built once per run. */
export interface PcafIndex {
  readonly data: PcafReferenceData;
  assetClass(id: PcafAssetClass): PcafAssetClassInfo;
  /** Score and option of a kind of evidence in a DQ table, exactly as the table lists it. */
  dataQuality(table: string, evidence: string): { score: number; option: string };
  /** The division's factor when there is one, else the section's. */
  sectorFactor(code: string, basis: "revenue" | "asset"): PcafSectorFactor | undefined;
  building(type: string | null, assetClass: PcafAssetClass): PcafBuildingFactor | undefined;
  vehicle(type: string | null): PcafVehicleFactor | undefined;
  /** The country's latest record for a year up to `year`. */
  sovereign(country: string, year: number): PcafSovereign | undefined;
  scope3Required(code: string | null, year: number): boolean;
  sectionName(code: string): { nameZh: string; nameEn: string } | undefined;
}

export function indexPcafReference(data: PcafReferenceData): PcafIndex {
  const classes = new Map(data.assetClasses.map((c) => [c.id, c]));
  const tables = new Map(data.dataQuality.tables.map((t) => [t.id, t]));
  const sectorFactors = new Map(data.sectorFactors.map((f) => [`${f.basis}:${f.code}`, f]));
  const sections = new Map(data.industry.sections.map((s) => [s.code, s]));
  return {
    data,
    assetClass(id) {
      const info = classes.get(id);
      if (!info) throw new PcafInputError(`${data.ref} has no asset class ${id}`);
      return info;
    },
    dataQuality(tableId, evidence) {
      const table = tables.get(tableId);
      const option = table?.evidence.find((e) => e.evidence === evidence)?.option;
      const row = table?.rows.find((r) => r.option === option);
      if (!row) throw new PcafInputError(`${data.ref}: DQ table ${tableId} has no option for ${evidence}`);
      return { score: row.score, option: row.option };
    },
    sectorFactor(code, basis) {
      const sector = readSector(code, data.industry);
      if (!sector) return undefined;
      return (
        (sector.division && sectorFactors.get(`${basis}:${sector.division}`)) ||
        sectorFactors.get(`${basis}:${sector.section}`)
      );
    },
    building(type, assetClass) {
      return type === null
        ? data.buildingFactors.find((b) => b.defaultFor === assetClass)
        : data.buildingFactors.find((b) => b.buildingType === type);
    },
    vehicle(type) {
      return type === null
        ? data.vehicleFactors.find((v) => v.default)
        : data.vehicleFactors.find((v) => v.vehicleType === type);
    },
    sovereign(country, year) {
      let best: PcafSovereign | undefined;
      for (const s of data.sovereigns)
        if (s.country === country && s.year <= year && (!best || s.year > best.year)) best = s;
      return best;
    },
    scope3Required(code, year) {
      const sector = code === null ? undefined : readSector(code, data.industry);
      return data.scope3PhaseIn.some(
        (p) =>
          p.fromYear <= year &&
          p.gbt4754Codes.some(
            (c) => c === "*" || (sector !== undefined && (c === sector.section || c === sector.division)),
          ),
      );
    },
    sectionName(code) {
      return sections.get(code);
    },
  };
}
