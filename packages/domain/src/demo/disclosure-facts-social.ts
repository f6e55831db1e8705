import { dec, splitUnits, unitsText } from "./demo-figures";
import { between, chance } from "./demo-random";
import { type FactContext, type FactSheet, noise, type Revenue } from "./disclosure-facts";

const INDUSTRIAL = new Set(["heavy", "manufacturing", "utility", "construction", "transport", "agriculture"]);
const HOURS_PER_EMPLOYEE = 2000;

/** Splits a head count by weights into whole people that add up to it exactly. */
const people = (total: number, weights: readonly number[]) => splitUnits(total, weights).map(String);

/**
 * Employees (by gender, age and contract, adding up to the head count), safety, training, community, innovation,
 * suppliers, payments to small firms, products and data: any organisation, sized by its staff and revenue.
 */
export function workforceAndSociety(s: FactSheet, c: FactContext, revenue: Revenue, employees: number): void {
  const { profile: p, drivers, rng } = c;
  const rev = revenue.trueWan;
  const industrial = INDUSTRIAL.has(p.sector.kind);

  const female = Math.min(employees, Math.max(0, Math.round((employees * p.femaleShare) / 100)));
  s.set("S-EMP-001", String(employees));
  s.member("S-EMP-002", "gender=female", String(female));
  s.member("S-EMP-002", "gender=male", String(employees - female));
  // Large firms keep HR statistics by age and contract too; each breakdown adds up to the head count.
  const young = between(rng, 0.15, 0.35);
  const old = between(rng, 0.08, 0.25);
  const permanent = between(rng, 0.85, 0.98);
  if (p.tier === "large") {
    const ages = people(employees, [young, 1 - young - old, old]);
    for (const [i, band] of ["under_30", "30_50", "over_50"].entries())
      s.member("S-EMP-002", `age_band=${band}`, ages[i] as string);
    const contracts = people(employees, [permanent, (1 - permanent) / 2, (1 - permanent) / 2]);
    for (const [i, type] of ["permanent", "temporary", "dispatched"].entries())
      s.member("S-EMP-002", `employment_type=${type}`, contracts[i] as string);
  }
  if (employees > 0) s.set("S-EMP-003", dec((female / employees) * 100, 2));

  const hires = Math.round(employees * between(rng, 0.06, 0.25));
  const femaleHires = Math.round((hires * p.femaleShare) / 100);
  s.set("S-EMP-004", String(hires));
  s.member("S-EMP-004", "gender=female", String(femaleHires));
  s.member("S-EMP-004", "gender=male", String(hires - femaleHires));
  s.set("S-EMP-005", dec(between(rng, 3, 18), 2));
  const net = employees - (drivers.previous?.employees ?? employees);
  s.set("S-EMP-006", String(net));
  s.set("S-EMP-007", String(net));
  s.set("S-EMP-008", chance(rng, 0.7) ? "100" : dec(between(rng, 97, 100), 2));
  s.set("S-EMP-011", dec(between(rng, 1, 1.25), 2), "ratio");
  const surveyed = p.tier !== "micro" && chance(rng, 0.7);
  s.set("S-EMP-014", surveyed);
  if (surveyed) s.set("S-EMP-015", dec(between(rng, 60, 95), 2));

  // Safety: recordable injuries in proportion to hours worked, with the rate recomputed from them.
  const injuries = Math.round(employees * (industrial ? between(rng, 0, 0.012) : between(rng, 0, 0.002)));
  const hours = employees * HOURS_PER_EMPLOYEE;
  s.set("S-OHS-001", "0");
  s.set("S-OHS-002", "0");
  s.set("S-OHS-003", String(injuries));
  if (hours > 0) s.set("S-OHS-004", dec((injuries / hours) * 1_000_000, 2));
  s.set("S-OHS-005", String(injuries * rng.int(5, 30)));
  s.set("S-OHS-006", "0");
  s.set("S-OHS-008", dec(rev * (industrial ? between(rng, 0.002, 0.015) : between(rng, 0.0002, 0.001)), 2));
  s.set("S-TRN-001", dec(Math.min(100, (70 + 25 * drivers.progress) * noise(rng, 0.05)), 2));
  s.set("S-TRN-002", dec(between(rng, 8, 40), 1));

  s.set("S-COM-001", dec(rev * between(rng, 0.0002, 0.002), 2));
  s.set("S-COM-002", String(Math.round(employees * between(rng, 0.5, 4))));
  s.set("S-RUR-001", dec(rev * between(rng, 0, 0.001), 2));

  // Innovation: R&D spending and its share of revenue as entered.
  const rdShare =
    p.sector.kind === "services"
      ? between(rng, 0.03, 0.15)
      : industrial
        ? between(rng, 0.015, 0.06)
        : between(rng, 0.002, 0.02);
  const rd = dec(rev * rdShare, 2);
  s.set("S-INN-001", rd);
  if (revenue.statedWan > 0) s.set("S-INN-002", dec((Number(rd) / revenue.statedWan) * 100, 2));
  s.set("S-INN-003", String(Math.round(employees * between(rng, 0.03, 0.3))));
  s.member("S-INN-004", "region=中国境内", String(Math.round(employees * between(rng, 0, 0.05))));
  s.set("S-ETH-001", p.org.industryCode?.startsWith("C27") === true);
  s.set("S-ETH-002", false);

  // Suppliers, with their regions adding up to the total and the assessed ones among them.
  const suppliers = Math.max(3, Math.round(Math.sqrt(rev) * between(rng, 0.5, 2)));
  const regions = people(suppliers, [between(rng, 0.4, 0.7), between(rng, 0.2, 0.5), between(rng, 0, 0.1)]);
  s.set("S-SUP-001", String(suppliers));
  for (const [i, region] of ["山东省", "国内其他省份", "境外"].entries())
    s.member("S-SUP-002", `supplier_region=${region}`, regions[i] as string);
  s.set("S-SUP-003", dec(between(rng, 20, 100), 2));
  s.set("S-SUP-004", String(Math.round(suppliers * between(rng, 0.05, 0.5))));

  // Overdue payments to small firms, in cents: part of all overdue payments.
  const overdue = chance(rng, 0.1) ? Math.round(rev * between(rng, 0.0005, 0.003) * 100) : 0;
  s.set("S-SME-001", unitsText(overdue, 2));
  s.set("S-SME-002", unitsText(Math.ceil(overdue * between(rng, 1, 2)), 2));
  s.set("S-SME-003", dec(between(rng, 5, 30), 2));
  s.set("S-SME-004", String(rng.pick([30, 45, 60, 60, 90])), "day");

  if (industrial || p.sector.kind === "trade") s.set("S-PRD-001", "0");
  s.set("S-PRD-003", String(Math.round(employees * between(rng, 0, 0.05))));
  s.set("S-PRD-004", chance(rng, 0.6) ? "100" : dec(between(rng, 95, 100), 2));
  if (industrial) s.set("S-PRD-007", "0");
  s.set("S-DAT-001", "0");
  s.set("S-DAT-005", true);
}
