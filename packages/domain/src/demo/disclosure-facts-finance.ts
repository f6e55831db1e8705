import { ELECTRICITY_TCE_PER_MWH } from "../units/units";
import { dec, sig4, toUnits, unitsText } from "./demo-figures";
import { between, chance } from "./demo-random";
import type { FactContext, FactSheet, Revenue } from "./disclosure-facts";
import { FUEL_FACTORS, GRID_FACTOR } from "./disclosure-intensities";

/** Litres of petrol to tonnes (density 0.73 kg/L, an illustrative round figure). */
const PETROL_T_PER_L = 0.00073;
/** 10^-7 tce per kWh (0.1229 tce per MWh), a whole number. */
const TCE7_PER_KWH = Math.round(Number(ELECTRICITY_TCE_PER_MWH) * 10_000);

/**
 * A bank's, insurer's or wealth manager's own operations (offices, cars, canteens) and its green business: green
 * loans and their share of all loans, green bonds and insurance, and what the financed projects save.
 */
export function financialInstitution(s: FactSheet, c: FactContext, revenue: Revenue, employees: number): void {
  const { profile: p, drivers, rng, mistake } = c;
  const kwh = Math.round(employees * between(rng, 4000, 7000) * drivers.efficiency);
  // The slip: a MWh reading typed into the kWh field; otherwise kWh, or MWh for those who count in MWh.
  if (mistake === "office_power_mwh_as_kwh") s.set("F-OPS-001", unitsText(kwh, 3), "kWh");
  else if (p.electricityUnit === "MWh") s.set("F-OPS-001", unitsText(kwh, 3), "MWh");
  else s.set("F-OPS-001", String(kwh), "kWh");
  const petrolL = Math.round(employees * between(rng, 20, 60));
  const gasM3 = Math.round(employees * between(rng, 5, 20));
  // Direct energy in 10^-3 tce, so that the total below is an exact sum.
  const petrolTce = toUnits(petrolL * PETROL_T_PER_L * Number(FUEL_FACTORS.gasoline.tcePerUnit), 3);
  const gasTce = toUnits(gasM3 * Number(FUEL_FACTORS.natural_gas.tcePerUnit), 3);
  const scope1 = toUnits(
    (petrolTce / 1000) * Number(FUEL_FACTORS.gasoline.tco2PerTce) +
      (gasTce / 1000) * Number(FUEL_FACTORS.natural_gas.tco2PerTce),
    2,
  );
  const scope2 = toUnits((kwh / 1000) * Number(GRID_FACTOR), 2);
  // Electricity converted at 0.1229 tce/MWh and rounded to kilograms, as an office would report it.
  const indirect = Math.round((kwh * TCE7_PER_KWH) / 10_000);
  s.set("E-GHG-001", unitsText(scope1, 2));
  s.set("E-GHG-002", unitsText(scope2, 2));
  s.set("E-GHG-004", unitsText(scope1 + scope2, 2));
  if (employees > 0) s.set("E-GHG-022", sig4((scope1 + scope2) / 100 / employees));
  s.set("E-ENE-001", unitsText(petrolTce + gasTce + indirect, 3));
  s.set("E-ENE-002", unitsText(petrolTce + gasTce, 3));
  s.set("E-ENE-003", unitsText(indirect, 3));
  s.set("E-ENE-004", unitsText(kwh, 3));
  s.member("E-ENE-005", "fuel_type=gasoline", String(petrolL), "L");
  s.member("E-ENE-005", "fuel_type=natural_gas", String(gasM3), "m3");
  const water = String(Math.round(employees * between(rng, 20, 40)));
  s.set("E-WAT-001", water);
  s.set("F-OPS-002", water);
  s.set("F-OPS-003", dec(employees * between(rng, 0.01, 0.04), 2));
  s.set("F-OPS-004", String(petrolL), "L");

  // The business, scaled by revenue (itself scaled by staff): loans, or premiums and investments, in 亿元.
  const revenueYi = revenue.trueWan / 10_000;
  const kind = p.org.kind;
  s.set("F-FIN-006", p.tier === "large" && chance(rng, 0.7));
  if (kind === "bank") {
    const loans = revenueYi * (25 + 4 * p.aumPerHead);
    const share = 3 + p.aumPerHead + 3 * drivers.progress + between(rng, -0.5, 0.5);
    const green = toUnits((loans * share) / 100, 2);
    s.set("F-FIN-007", unitsText(green, 2));
    s.set("F-FIN-008", dec((green / 100 / loans) * 100, 2));
    s.set("F-FIN-010", dec((loans * (8 - 2 * drivers.progress)) / 100, 2));
    const avoided = Math.round((green / 100) * between(rng, 1500, 3000));
    s.set("F-FIN-011", String(avoided));
    s.set("F-FIN-012", String(Math.round(avoided / 2.5)));
    s.set("F-FIN-013", dec(loans * between(rng, 0.003, 0.015), 2));
    if (p.tier === "large") s.set("E-GHG-018", dec(loans * between(rng, 1500, 2500), 0));
  } else {
    s.set("F-FIN-010", dec(revenueYi * between(rng, 0.1, 0.3), 2));
    s.set("F-FIN-013", dec(revenueYi * (kind === "wealth_manager" ? between(rng, 5, 20) : between(rng, 0.2, 1)), 2));
    if (kind === "insurer") s.set("F-FIN-014", dec(revenueYi * between(rng, 0.05, 0.15), 2));
  }
}

/** A fund manager's green-investment figures under the AMAC guideline and EDCI, sized by its assets under management. */
export function fundManager(s: FactSheet, c: FactContext, employees: number): void {
  const { profile: p, drivers, rng, mistake } = c;
  const aum = employees * p.aumPerHead;
  const greenFund = p.org.nameZh.includes("绿色");
  const share = (greenFund ? between(rng, 50, 70) : between(rng, 10, 35)) + 5 * drivers.progress;
  const green = toUnits((aum * share) / 100, 2);
  // The slip: the 万元 figure typed into the 亿元 field.
  if (mistake === "green_investment_wan_as_yi") s.set("M-FND-006", String(green * 100), "yi_yuan");
  else s.set("M-FND-006", unitsText(green, 2));
  s.set("M-FND-007", dec((green / 100 / aum) * 100, 2));
  s.set("M-FND-001", true);
  s.set("M-FND-002", true);
  s.set("M-FND-003", chance(rng, 0.7));
  s.set("M-FND-004", greenFund || chance(rng, 0.3));
  s.set("M-FND-005", true);
  s.set("M-FND-008", String(rng.int(1, 4)));
  s.set("M-FND-009", dec(between(rng, 60, 100), 2));
  s.set("M-FND-011", dec(between(rng, 40, 100), 2));
  s.set("M-FND-012", true);
  s.set("M-FND-015", String(rng.int(2, 20)));
}
