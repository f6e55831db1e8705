import { ELECTRICITY_TCE_PER_MWH } from "../units/units";
import { dec, sig4, splitUnits, toUnits, unitsText } from "./demo-figures";
import { between, chance } from "./demo-random";
import { type FactContext, type FactSheet, noise, type Revenue } from "./disclosure-facts";
import { FUEL_FACTORS, type FuelType, GRID_FACTOR } from "./disclosure-intensities";
import { inCarbonMarket } from "./disclosure-profile";

/** An outdated regional factor a filer might copy by mistake, well above the national average. */
const WRONG_GRID_FACTOR = 0.9419;
/** 0.1229 tce per MWh as a whole number of 10^-7 tce per 10^-3 MWh: MWh × 0.1229 computed exactly. */
const TCE7_PER_KWH = Math.round(Number(ELECTRICITY_TCE_PER_MWH) * 10_000);

/** Scope 3 categories an enterprise of each kind typically reports, with rough weights. */
const SCOPE3: Record<string, readonly (readonly [number, number])[]> = {
  heavy: [
    [1, 55],
    [4, 15],
    [10, 20],
    [6, 1],
    [7, 2],
  ],
  manufacturing: [
    [1, 65],
    [4, 12],
    [9, 6],
    [12, 8],
    [6, 2],
    [7, 3],
  ],
  utility: [
    [1, 40],
    [3, 45],
    [6, 2],
    [7, 3],
  ],
  default: [
    [1, 50],
    [4, 20],
    [6, 10],
    [7, 20],
  ],
};
const SCOPE3_PER_WAN: Record<string, number> = {
  heavy: 0.6,
  manufacturing: 0.4,
  utility: 0.3,
  construction: 0.5,
  trade: 0.3,
};

const POLLUTING = new Set(["heavy", "manufacturing", "utility"]);

/**
 * Greenhouse gases, energy, water, pollutants, waste and compliance of an enterprise (or a fund manager's offices),
 * from its sector's intensities and this year's revenue. Totals are built from their parts in whole units, so they
 * equal the sums exactly; intensities divide by the revenue as entered.
 */
export function enterpriseEnvironment(s: FactSheet, c: FactContext, revenue: Revenue, employees: number): void {
  const { profile: p, drivers, rng, mistake } = c;
  const sector = p.sector;
  const rev = revenue.trueWan;
  const stated = revenue.statedWan;
  const eff = drivers.efficiency;

  // Direct emissions (in cents of a tonne) and the fuels behind them.
  const scope1 = toUnits(rev * sector.scope1 * p.emissionFactor * eff * noise(rng, 0.04), 2);
  const combustion = toUnits((scope1 / 100) * (1 - sector.processShare), 2);
  let directTce = 0;
  for (const [fuel, share] of Object.entries(sector.fuels) as [FuelType, number][]) {
    const f = FUEL_FACTORS[fuel];
    const tce = toUnits(((combustion / 100) * share) / Number(f.tco2PerTce), 2);
    directTce += tce;
    const amount = tce / 100 / Number(f.tcePerUnit);
    if (amount > 0) s.member("E-ENE-005", `fuel_type=${fuel}`, dec(amount, f.unit === "m3" ? 0 : 2), f.unit);
  }

  // Purchased electricity (in kWh, i.e. 10^-3 MWh), green power and Scope 2.
  const kwh = toUnits(rev * sector.electricity * p.electricityFactor * eff * noise(rng, 0.04), 3);
  const greenKwh = toUnits((kwh / 1000) * p.greenPower * (0.6 + 0.4 * drivers.progress), 3);
  const factor = mistake === "scope2_grid_factor" ? WRONG_GRID_FACTOR : Number(GRID_FACTOR);
  const scope2 = toUnits((kwh / 1000) * factor, 2);
  const total = scope1 + scope2;
  s.set("E-GHG-001", unitsText(scope1, 2));
  s.set("E-GHG-002", unitsText(scope2, 2));
  s.set("E-GHG-003", unitsText(toUnits(((kwh - greenKwh) / 1000) * factor, 2), 2));
  s.set("E-GHG-004", unitsText(total, 2));
  if (stated > 0) s.set("E-GHG-007", sig4(total / 100 / stated));
  if (employees > 0) s.set("E-GHG-022", sig4(total / 100 / employees));
  s.member("E-GHG-011", "emission_source=化石燃料燃烧", unitsText(combustion, 2));
  if (scope1 > combustion) s.member("E-GHG-011", "emission_source=工业生产过程", unitsText(scope1 - combustion, 2));
  s.member("E-GHG-011", "emission_source=外购电力", unitsText(scope2, 2));

  const scope3 = toUnits(rev * (SCOPE3_PER_WAN[sector.kind] ?? 0.05) * p.emissionFactor * noise(rng, 0.15), 2);
  const categories = SCOPE3[sector.kind] ?? (SCOPE3.default as readonly (readonly [number, number])[]);
  const parts = splitUnits(
    scope3,
    categories.map(([, w]) => w),
  );
  s.set("E-GHG-005", unitsText(scope3, 2));
  for (const [i, [cat]] of categories.entries())
    s.member("E-GHG-006", `scope3_category=${cat}`, unitsText(parts[i] as number, 2));

  const ets = inCarbonMarket(p, drivers.year);
  s.set(
    "E-GHG-008",
    sector.kind === "utility" ? "MEE_sector_guidelines" : rng.pick(["GB/T32150", "ISO14064-1", "GHG_Protocol"]),
  );
  s.set("E-GHG-009", "operational_control");
  s.set("E-GHG-010", ets || (p.tier === "large" && chance(rng, 0.5)));
  // The slip: kilograms typed into the tonnes field.
  const reduced = toUnits((total / 100) * between(rng, 0.01, 0.04), 2);
  s.set("E-GHG-012", mistake === "reduction_kg_as_t" ? unitsText(reduced * 1000, 2) : unitsText(reduced, 2));
  // The slip: the amount in yuan typed into the 万元 field.
  const spent = toUnits(rev * between(rng, 0.001, 0.008), 2);
  s.set("E-GHG-013", unitsText(mistake === "reduction_spend_yuan_as_wan" ? spent * 10_000 : spent, 2));
  s.set("E-GHG-014", ets);
  s.set("E-GHG-016", ets ? dec((scope1 / 100) * between(rng, 0, 0.02), 0) : "0");
  s.set("E-GHG-017", ets ? dec((scope1 / 100) * between(rng, 0, 0.05), 0) : "0");

  // Energy in 10^-7 tce: direct fuels plus purchased electricity, typed in MWh (the platform converts) or in tce.
  const byMwh = p.indirectEnergyUnit === "MWh";
  const indirect = byMwh ? kwh * TCE7_PER_KWH : toUnits(((kwh / 1000) * TCE7_PER_KWH) / 10_000, 2) * 100_000;
  const energy = directTce * 100_000 + indirect;
  s.set("E-ENE-001", unitsText(energy, 7));
  s.set("E-ENE-002", unitsText(directTce, 2));
  s.set("E-ENE-003", byMwh ? unitsText(kwh, 3) : unitsText(indirect / 100_000, 2), byMwh ? "MWh" : "tce");
  // The slip: the kWh reading typed into a field left on MWh.
  const slip = mistake === "electricity_kwh_as_mwh";
  if (slip || p.electricityUnit === "kWh") s.set("E-ENE-004", String(kwh), slip ? "MWh" : "kWh");
  else s.set("E-ENE-004", unitsText(kwh, 3), "MWh");
  const renewable = greenKwh * TCE7_PER_KWH;
  s.set("E-ENE-006", unitsText(renewable, 7));
  // The slip: the share typed as a fraction (0.12) into a percentage field.
  const share = energy > 0 ? renewable / energy : 0;
  s.set("E-ENE-007", mistake === "renewable_share_as_fraction" ? dec(share, 4) : dec(share * 100, 2));
  if (stated > 0) s.set("E-ENE-008", sig4(energy / 1e7 / stated));
  s.set("E-ENE-011", unitsText(greenKwh, 3));

  // Water, in whole cubic metres.
  const water = Math.max(1, Math.round(rev * sector.water * p.waterFactor * eff * noise(rng, 0.06)));
  s.set("E-WAT-001", String(water));
  s.set("E-WAT-002", String(Math.round(water * between(rng, 0.15, 0.4))));
  if (stated > 0) s.set("E-WAT-003", sig4(water / stated));
  const polluting = POLLUTING.has(sector.kind);
  if (polluting) s.set("E-WAT-004", String(Math.round(water * between(rng, 0.1, 0.6))));

  // Pollutants: only where there is plant that emits them.
  const wastewater = Math.round(water * between(rng, 0.6, 0.85));
  s.set("E-POL-001", String(wastewater));
  if (polluting || sector.kind === "agriculture") {
    s.set("E-POL-002", dec((wastewater * between(rng, 30, 120)) / 1e6, 3));
    s.set("E-POL-003", dec((wastewater * between(rng, 2, 10)) / 1e6, 3));
  }
  const burnt = combustion / 100;
  if (polluting && burnt > 0) {
    s.set("E-POL-006", dec(burnt * between(rng, 0.0002, 0.0008), 3));
    s.set("E-POL-007", dec(burnt * between(rng, 0.0005, 0.0012), 3));
    s.set("E-POL-008", dec(burnt * between(rng, 0.00005, 0.0002), 3));
    s.set("E-POL-009", dec(rev * (sector.kind === "heavy" ? 0.0004 : 0.00005) * noise(rng, 0.3), 3));
  }
  s.set("E-POL-010", polluting && sector.kind !== "manufacturing" && p.tier !== "micro");

  // Waste (in kilograms, so the disposed part never exceeds what was generated) and circularity.
  const hazardous = toUnits(rev * sector.hazardousWaste * p.wasteFactor * noise(rng, 0.1), 3);
  const general = toUnits(rev * sector.generalWaste * p.wasteFactor * noise(rng, 0.1), 3);
  // The slip: kilograms typed into the tonnes field.
  s.set("E-WST-001", mistake === "hazardous_kg_as_t" ? String(hazardous) : unitsText(hazardous, 3));
  s.set("E-WST-002", unitsText(general, 3));
  s.set("E-WST-006", unitsText(Math.floor((hazardous + general) * between(rng, 0.2, 0.6)), 3));
  s.set("E-CIR-001", unitsText(Math.floor(general * between(rng, 0.3, 0.8)), 3));
  if (sector.materials) {
    s.set("E-CIR-003", dec(rev * sector.materials * noise(rng, 0.1), 1));
    s.set("E-CIR-004", dec(between(rng, 0, 30), 2));
  }
  if (sector.packaging) s.set("E-CIR-005", dec(rev * sector.packaging * noise(rng, 0.1), 2));
  if (sector.kind !== "services" && sector.kind !== "trade") {
    s.set(
      "E-BIO-001",
      ["agriculture", "utility", "construction"].includes(sector.kind) && chance(rng, 0.4) ? "1" : "0",
    );
    if (sector.kind === "agriculture" || sector.kind === "heavy") s.set("E-BIO-002", dec(between(rng, 0.5, 20), 1));
  }

  // Compliance and environmental spending: a fine now and then, always with its count.
  const fined = polluting && chance(rng, 0.06);
  s.set("E-CMP-001", fined ? "1" : "0");
  s.set("E-CMP-002", fined ? dec(between(rng, 1, 20), 2) : "0");
  s.set("E-CMP-003", "0");
  s.set("E-CMP-004", polluting ? p.tier !== "micro" : chance(rng, 0.3));
  s.set("E-CMP-005", dec(rev * (polluting ? between(rng, 0.002, 0.015) : between(rng, 0.0001, 0.001)), 2));
}
