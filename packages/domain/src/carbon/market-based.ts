import type { ItemPeriod, LineContext } from "./build-lines";
import type { MarketBased } from "./carbon-account-types";
import { Dec, quantity } from "./carbon-decimal";
import type { EmissionLine } from "./emission-line";
import { lookupGridFactor } from "./factor-lookup";
import { activityTimesFactor } from "./line-formulas";

const total = (groups: readonly ItemPeriod[], item: string) =>
  groups.filter((g) => g.item === item).reduce((acc, g) => acc.plus(g.quantity), new Dec(0));
const keys = (groups: readonly ItemPeriod[], items: readonly string[]) =>
  groups.filter((g) => items.includes(g.item)).flatMap((g) => g.rowKeys);

/**
 * Scope 2 market-based, for the year: electricity less green power and green certificates (never below zero;
 * instruments beyond consumption are reported as excess), the remainder × the national factor excluding
 * market-traded non-fossil power (else the location factor, said in the trace); purchased heat as location-based.
 */
export function marketBased(
  ctx: LineContext,
  groups: readonly ItemPeriod[],
  heatLines: readonly EmissionLine[],
): MarketBased {
  const electricity = total(groups, "electricity");
  const greenPower = total(groups, "green_power");
  const certificates = total(groups, "green_certificate");
  const instruments = greenPower.plus(certificates);
  const deducted = Dec.min(instruments, electricity);
  const excess = instruments.minus(deducted);
  const remainder = electricity.minus(deducted);
  const trace: string[] = [
    `electricity ${quantity(electricity)} MWh − green power ${quantity(greenPower)} MWh − green certificates ${quantity(certificates)} MWh` +
      ` → deducted ${quantity(deducted)} MWh, remainder ${quantity(remainder)} MWh`,
  ];
  if (excess.gt(0)) trace.push(`instruments exceed consumption by ${quantity(excess)} MWh: reported, not carried`);
  let choice: ReturnType<typeof lookupGridFactor>;
  try {
    choice = lookupGridFactor(ctx.set, { ...ctx.grid, basis: "residual" });
  } catch {
    choice = lookupGridFactor(ctx.set, ctx.grid);
    trace.push("no residual (excluding market-traded non-fossil) factor: the location-based factor is used instead");
  }
  trace.push(...choice.trace);
  const computed = activityTimesFactor(remainder, "MWh", choice.use, "electricity not covered by instruments");
  const line: EmissionLine = {
    scope: "scope2_market",
    category: "electricity",
    item: "electricity",
    period: String(ctx.year),
    activity: { quantity: quantity(remainder), unit: "MWh" },
    rowKeys: keys(groups, ["electricity", "green_power", "green_certificate"]),
    factors: [choice.use],
    emissions: computed.emissions,
    formula: computed.formula,
    trace,
  };
  const heat = heatLines.map((l) => ({ ...l, scope: "scope2_market" as const }));
  return {
    electricityMWh: quantity(electricity),
    greenPowerMWh: quantity(greenPower),
    greenCertificateMWh: quantity(certificates),
    deductedMWh: quantity(deducted),
    excessMWh: quantity(excess),
    remainderMWh: quantity(remainder),
    residualFactor: choice.use,
    lines: [line, ...heat],
    trace,
  };
}
