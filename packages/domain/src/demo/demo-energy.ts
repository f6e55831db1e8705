/**
 * Monthly activity data for the demo district's enterprises: electricity, fuels, process output, revenue and value
 * added for each month of the demo years, in the rows of the activity format (docs/carbon-data-formats.md). The
 * orders of magnitude come from the same illustrative sector intensities the demo disclosures use, so an
 * enterprise's carbon account and its disclosed figures tell a similar story; they are not statistics.
 */
import { dec, splitUnits, toUnits, unitsText } from "./demo-figures";
import { between, chance, streamFor } from "./demo-random";
import type { DemoOrganisation } from "./demo-types";
import { FUEL_FACTORS, type FuelType, sectorIntensity } from "./disclosure-intensities";

export interface DemoActivityRow {
  /** The enterprise's unified social credit code. */
  enterprise: string;
  meter: string;
  /** YYYY-MM */
  month: string;
  item: string;
  quantity: string;
  unit: string;
}

/** Years of monthly data every demo enterprise gets. */
export const DEMO_ENERGY_YEARS = [2024, 2025] as const;

/** Month weights of electricity (summer cooling, winter heating) and of heating fuels. */
const ELECTRICITY_SEASON = [105, 86, 100, 94, 97, 104, 116, 118, 101, 94, 96, 104];
const HEATING_SEASON = [150, 130, 110, 80, 60, 50, 45, 45, 55, 80, 115, 140];
const FLAT = [100, 92, 100, 98, 100, 100, 101, 101, 100, 101, 101, 106];

/** Share of revenue that is value added, by the kind of operation (rough, illustrative). */
const VALUE_ADDED_SHARE: Record<string, number> = {
  heavy: 0.24,
  manufacturing: 0.22,
  utility: 0.35,
  construction: 0.2,
  transport: 0.3,
  trade: 0.12,
  services: 0.45,
  agriculture: 0.4,
};

/** Process output per tonne of process CO2 (the inverse of the IPCC Tier 1 factors the accounting uses). */
const PROCESS_ITEM: Record<string, { item: string; tco2PerT: number }> = {
  "3011": { item: "clinker", tco2PerT: 0.52 },
  "30": { item: "clinker", tco2PerT: 0.52 },
  "31": { item: "crude_steel_bof", tco2PerT: 1.46 },
  "3216": { item: "primary_aluminium", tco2PerT: 1.6 },
};

function processItemFor(industryCode: string) {
  const digits = industryCode.replace(/^[A-T]/, "");
  return PROCESS_ITEM[digits.slice(0, 4)] ?? PROCESS_ITEM[digits.slice(0, 2)];
}

/** Everything one enterprise reports for the demo years, month by month. */
export function demoEnterpriseActivity(seed: number, org: DemoOrganisation): DemoActivityRow[] {
  if (org.kind !== "enterprise" || !org.uscc || !org.revenueCny || !org.industryCode) return [];
  const sector = sectorIntensity(org.industryCode);
  const rng = streamFor(seed, `energy:${org.key}`);
  const baseWan = Number(org.revenueCny) / 10_000;
  // Each firm is more or less efficient than its sector, and greener or not; both persist across years.
  const efficiency = between(rng, 0.7, 1.35);
  const greenShare = chance(rng, 0.25) ? between(rng, 0.05, 0.4) : 0;
  const twoMeters = baseWan > 20_000 && chance(rng, 0.5);
  const rows: DemoActivityRow[] = [];
  const add = (month: string, item: string, quantity: string, unit: string, meter = "main") => {
    if (quantity !== "0") rows.push({ enterprise: org.uscc as string, meter, month, item, quantity, unit });
  };
  for (const [y, year] of DEMO_ENERGY_YEARS.entries()) {
    // Revenue grows a little each year; efficiency improves a little (the district's transition).
    const revenueWan = baseWan * (1 + between(rng, -0.03, 0.09)) ** y;
    const yearEff = efficiency * (1 - 0.03 * y * between(rng, 0, 1));
    const months = (weights: readonly number[], annual: number, places: number) =>
      splitUnits(toUnits(annual, places), weights);
    const m = (i: number) => `${year}-${String(i + 1).padStart(2, "0")}`;

    const revenue = months(FLAT, revenueWan, 2);
    const va = months(FLAT, revenueWan * (VALUE_ADDED_SHARE[sector.kind] ?? 0.3) * between(rng, 0.85, 1.15), 2);
    const kwh = months(ELECTRICITY_SEASON, revenueWan * sector.electricity * 1000 * yearEff, 0);
    const green = kwh.map((k) => Math.round(k * greenShare));
    for (let i = 0; i < 12; i++) {
      add(m(i), "revenue", unitsText(revenue[i] as number, 2), "wan_yuan");
      add(m(i), "value_added", unitsText(va[i] as number, 2), "wan_yuan");
      if (twoMeters) {
        const [a, b] = splitUnits(kwh[i] as number, [62, 38]);
        add(m(i), "electricity", String(a), "kWh", "main");
        add(m(i), "electricity", String(b), "kWh", "workshop-2");
      } else add(m(i), "electricity", String(kwh[i]), "kWh");
      add(m(i), "green_power", String(green[i]), "kWh");
    }

    const scope1 = revenueWan * sector.scope1 * yearEff;
    const combustion = scope1 * (1 - sector.processShare);
    for (const [fuel, share] of Object.entries(sector.fuels) as [FuelType, number][]) {
      const f = FUEL_FACTORS[fuel];
      const annual = (combustion * share) / Number(f.tco2PerTce) / Number(f.tcePerUnit);
      const heating = sector.kind === "services" || sector.kind === "trade";
      const places = f.unit === "m3" ? 0 : 2;
      const split = months(heating && fuel === "natural_gas" ? HEATING_SEASON : FLAT, annual, places);
      for (let i = 0; i < 12; i++) add(m(i), fuel, unitsText(split[i] as number, places), f.unit);
    }

    const process = processItemFor(org.industryCode);
    if (process && sector.processShare > 0) {
      const tonnes = months(FLAT, (scope1 * sector.processShare) / process.tco2PerT, 2);
      for (let i = 0; i < 12; i++) {
        add(m(i), process.item, unitsText(tonnes[i] as number, 2), "t");
        add(m(i), "product_output", dec(((tonnes[i] as number) / 100) * between(rng, 1.05, 1.3), 2), "t");
      }
    }
  }
  return rows;
}
