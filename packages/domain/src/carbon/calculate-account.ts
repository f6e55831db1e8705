import { accountInputProblems, accountInputsHash, provinceOf } from "./account-inputs";
import { groupRows, type LineContext, lineFor } from "./build-lines";
import type { AccountInput, CarbonAccount, PeriodTotals } from "./carbon-account-types";
import { Dec, sum, tonnes } from "./carbon-decimal";
import { CarbonInputError } from "./carbon-errors";
import type { EmissionLine, EmissionScope } from "./emission-line";
import type { CarbonFactorSetData } from "./factor-set-types";
import { intensityOver } from "./intensities";
import { marketBased } from "./market-based";

/** The method every account names: the formulas are GB/T 32150-2015's; the fallback rules are GreenFin's. */
export const CARBON_ACCOUNT_METHOD =
  "GreenFin carbon account 2026.1: GB/T 32150-2015 combustion and process form; Scope 2 location- and market-based";

const SCOPE_ORDER: readonly EmissionScope[] = ["scope1", "scope2_location", "scope3", "scope2_market"];
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byScopeItemPeriod = (a: EmissionLine, b: EmissionLine) =>
  SCOPE_ORDER.indexOf(a.scope) - SCOPE_ORDER.indexOf(b.scope) || compare(a.item, b.item) || compare(a.period, b.period);

const totalOf = (lines: readonly EmissionLine[], keep: (l: EmissionLine) => boolean) =>
  sum(lines.filter(keep).map((l) => l.emissions));

function warningsOf(lines: readonly EmissionLine[]): string[] {
  const out = new Set<string>();
  for (const l of lines) {
    for (const f of l.factors) if (f.unverified) out.add(`${f.id} is UNVERIFIED (${l.item}): ${f.verification}`);
    for (const t of l.trace) if (t.includes("latest earlier year")) out.add(`${l.item}: ${t}`);
  }
  return [...out].sort(compare);
}

/**
 * One enterprise's carbon account for a year, from its activity rows and a factor set: Scope 1 (combustion,
 * process), Scope 2 location- and market-based, optional Scope 3 by spend; totals by scope, month and item;
 * intensities; every line with its rows, factors (id, value, unit, version, source) and formula. Pure: the same
 * input and factor set give the same account, and a new factor set gives a new account, never a changed one.
 * Throws CarbonInputError with every problem when the input is not usable.
 */
export function calculateCarbonAccount(set: CarbonFactorSetData, input: AccountInput): CarbonAccount {
  const problems = accountInputProblems(set, input);
  if (problems.length) throw new CarbonInputError(problems);
  const options = input.options ?? {};
  const facility = options.facilityFactors ?? [];
  const province = provinceOf(set, input);
  const ctx: LineContext = {
    set,
    year: input.year,
    facility,
    grid: {
      year: input.year,
      province,
      basis: options.gridBasis ?? "location",
      allowUnverified: options.allowUnverified ?? false,
    },
  };
  const groups = groupRows(set, input.rows, input.year, facility);
  const lines = groups
    .map((g) => lineFor(ctx, g))
    .filter((l): l is EmissionLine => l !== null && (l.scope !== "scope3" || options.includeScope3 === true))
    .sort(byScopeItemPeriod);
  const market = marketBased(
    ctx,
    groups,
    lines.filter((l) => l.category === "heat"),
  );

  const scope1Combustion = totalOf(lines, (l) => l.category === "combustion");
  const scope1Process = totalOf(lines, (l) => l.category === "process");
  const scope1 = scope1Combustion.plus(scope1Process);
  const scope2Location = totalOf(lines, (l) => l.scope === "scope2_location");
  const scope2Market = sum(market.lines.map((l) => l.emissions));
  const scope3 = totalOf(lines, (l) => l.scope === "scope3");
  const location = scope1.plus(scope2Location);

  const months = [...new Set(lines.map((l) => l.period))].sort(compare);
  const byMonth = months.map((month): PeriodTotals & { month: string } => {
    const s1 = totalOf(lines, (l) => l.period === month && l.scope === "scope1");
    const s2 = totalOf(lines, (l) => l.period === month && l.scope === "scope2_location");
    const s3 = totalOf(lines, (l) => l.period === month && l.scope === "scope3");
    return { month, scope1: tonnes(s1), scope2Location: tonnes(s2), scope3: tonnes(s3), total: tonnes(s1.plus(s2)) };
  });
  const items = [...new Set(lines.map((l) => `${l.scope}|${l.item}`))];
  const byItem = items.map((key) => {
    const [scope, item] = key.split("|") as [string, string];
    return { item, scope, emissions: tonnes(totalOf(lines, (l) => l.scope === scope && l.item === item)) };
  });

  const warnings = warningsOf([...lines, ...market.lines]);
  if (options.includeScope3)
    warnings.push("Scope 3 by spend uses illustrative estimates, reported apart from Scope 1+2");
  if (new Dec(market.excessMWh).gt(0)) warnings.push(`green instruments exceed electricity by ${market.excessMWh} MWh`);

  return {
    enterpriseId: input.enterprise.id,
    industryCode: input.enterprise.industryCode,
    province: province ? { key: province.key, nameZh: province.nameZh, nameEn: province.nameEn } : null,
    year: input.year,
    calculatedOn: input.calculatedOn,
    method: CARBON_ACCOUNT_METHOD,
    factorSet: set.ref,
    inputsHash: accountInputsHash(input),
    totals: {
      scope1: tonnes(scope1),
      scope1Combustion: tonnes(scope1Combustion),
      scope1Process: tonnes(scope1Process),
      scope2Location: tonnes(scope2Location),
      scope2Market: tonnes(scope2Market),
      scope3: options.includeScope3 ? tonnes(scope3) : null,
      totalLocationBased: tonnes(location),
      totalMarketBased: tonnes(scope1.plus(scope2Market)),
      unit: "tCO2",
    },
    lines,
    byMonth,
    byItem,
    marketBased: market,
    intensities: {
      perRevenue: intensityOver(location, groups, "revenue", "revenue (万元)"),
      perValueAdded: intensityOver(location, groups, "value_added", "value added (万元)"),
      perProductOutput: intensityOver(location, groups, "product_output", "product output"),
    },
    warnings,
  };
}
