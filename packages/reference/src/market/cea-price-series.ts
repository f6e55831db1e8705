import type { CarbonFactorSet } from "../carbon/load-carbon-factor-set";

export interface DerivedPricePoint {
  readonly date: string;
  readonly price: string;
  readonly basis: "year_end_close" | "annual_average";
  readonly source: string;
  readonly note: string;
}

/**
 * CEA reference points from the carbon factor set's annual records, each dated at its year's end (when the figure is
 * known): the year-end close where the set has one, else the annual average (2025's close is not verified).
 */
export function ceaPricePoints(carbon: CarbonFactorSet): DerivedPricePoint[] {
  return carbon.ets.ceaPrices.flatMap((p): DerivedPricePoint[] => {
    const price = p.yearEndClose ?? p.averagePrice;
    if (price === null) return [];
    return [
      {
        date: `${p.year}-12-31`,
        price,
        basis: p.yearEndClose !== null ? "year_end_close" : "annual_average",
        source: `${carbon.ref} ets.ceaPrices ${p.year}: ${p.source} (${p.verification})`,
        note: p.note,
      },
    ];
  });
}
