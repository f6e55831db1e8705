/**
 * How a book's positions and counterparties are stored: a position as a compact JSON array (a million of them must
 * be cheap to write and to stream back), a counterparty as the domain's object. Decoding gives back exactly what
 * the parsers produced, so a run computes the same inputs hash as the offline command on the same files.
 */
import type { PcafAssetClass, PcafCounterparty, PcafPosition } from "@greenfin/domain";

type Stored = [
  id: string,
  assetClass: PcafAssetClass,
  counterparty: string | null,
  outstanding: string,
  sector: string | null,
  propertyValue: string | null,
  floorAreaM2: string | null,
  buildingType: string | null,
  vehicleValue: string | null,
  vehicleType: string | null,
  projectTotal: string | null,
  projectEmissionsTco2e: string | null,
  country: string | null,
];

export function encodePosition(p: PcafPosition): string {
  const stored: Stored = [
    p.id,
    p.assetClass,
    p.counterparty,
    p.outstanding,
    p.sector,
    p.propertyValue,
    p.floorAreaM2,
    p.buildingType,
    p.vehicleValue,
    p.vehicleType,
    p.projectTotal,
    p.projectEmissionsTco2e,
    p.country,
  ];
  return JSON.stringify(stored);
}

export function decodePosition(text: string): PcafPosition {
  const [
    id,
    assetClass,
    counterparty,
    outstanding,
    sector,
    propertyValue,
    floorAreaM2,
    buildingType,
    vehicleValue,
    vehicleType,
    projectTotal,
    projectEmissionsTco2e,
    country,
  ] = JSON.parse(text) as Stored;
  return {
    id,
    assetClass,
    counterparty,
    outstanding,
    sector,
    propertyValue,
    floorAreaM2,
    buildingType,
    vehicleValue,
    vehicleType,
    projectTotal,
    projectEmissionsTco2e,
    country,
  };
}

export const encodeCounterparty = (c: PcafCounterparty): string => JSON.stringify(c);
export const decodeCounterparty = (text: string): PcafCounterparty => JSON.parse(text) as PcafCounterparty;
