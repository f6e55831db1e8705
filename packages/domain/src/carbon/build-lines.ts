import { type ActivityRow, itemMapping, rowKey, toBasisUnit } from "./activity-rows";
import { Dec, quantity } from "./carbon-decimal";
import type { EmissionCategory, EmissionLine, EmissionScope } from "./emission-line";
import {
  type FacilityFactor,
  type FactorChoice,
  type FactorUse,
  facilityUse,
  factorById,
  type GridLookup,
  lookupGridFactor,
  recordUse,
} from "./factor-lookup";
import type { ActivityUse, CarbonFactorSetData, FuelFactor, ItemMapping } from "./factor-set-types";
import { activityTimesFactor, type Computed, combustion } from "./line-formulas";

/** Rows of one item in one month (meters summed), in the factor's basis unit. */
export interface ItemPeriod {
  readonly item: string;
  readonly mapping: ItemMapping;
  readonly period: string;
  quantity: Dec;
  readonly unit: string;
  readonly rowKeys: string[];
  readonly trace: string[];
  readonly densities: FactorUse[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Groups valid rows by (item, month), converting each to its item's basis unit first. */
export function groupRows(
  set: CarbonFactorSetData,
  rows: readonly ActivityRow[],
  year: number,
  facility: readonly FacilityFactor[],
): ItemPeriod[] {
  const groups = new Map<string, ItemPeriod>();
  const sorted = [...rows].sort((a, b) => compare(rowKey(a), rowKey(b)));
  for (const row of sorted) {
    const mapping = itemMapping(set, row.item) as ItemMapping;
    const density = facility.find((f) => f.item === row.item && f.unit === "t/m3");
    const q = toBasisUnit(set, row, mapping, year, density);
    const id = `${row.item}|${row.month}|${q.unit}`;
    let g = groups.get(id);
    if (!g) {
      g = {
        item: row.item,
        mapping,
        period: row.month,
        quantity: new Dec(0),
        unit: q.unit,
        rowKeys: [],
        trace: [],
        densities: [],
      };
      groups.set(id, g);
    }
    g.quantity = g.quantity.plus(q.value);
    g.rowKeys.push(rowKey(row));
    g.trace.push(...q.trace.map((t) => `${rowKey(row)}: ${t}`));
    if (q.density && !g.densities.some((d) => d.id === q.density?.id)) g.densities.push(q.density);
  }
  return [...groups.values()];
}

const SCOPE: Partial<Record<ActivityUse, [EmissionScope, EmissionCategory, string]>> = {
  scope1_combustion: ["scope1", "combustion", "fuel"],
  scope1_process: ["scope1", "process", "output"],
  scope2_location: ["scope2_location", "electricity", "electricity"],
  scope2_heat: ["scope2_location", "heat", "heat"],
  scope3_spend: ["scope3", "spend", "spend"],
};

export interface LineContext {
  readonly set: CarbonFactorSetData;
  readonly year: number;
  readonly facility: readonly FacilityFactor[];
  readonly grid: Omit<GridLookup, "facility">;
}

/** The factor of an item: the enterprise's own when supplied, else the set's (electricity through the fallback). */
export function factorFor(ctx: LineContext, mapping: ItemMapping): FactorChoice & { fuel: FuelFactor | null } {
  const own = ctx.facility.find((f) => f.item === mapping.item && f.unit !== "t/m3");
  if (mapping.use === "scope2_location")
    return { ...lookupGridFactor(ctx.set, { ...ctx.grid, ...(own ? { facility: own } : {}) }), fuel: null };
  if (own)
    return { use: facilityUse(own, ctx.year), trace: [`facility-specific ${own.id} (${own.evidence})`], fuel: null };
  const record = factorById(ctx.set, mapping.factorId as string);
  const fuel = ctx.set.fuels.find((f) => f.id === record.id) ?? null;
  return {
    use: recordUse(ctx.set, record, null),
    trace: [`default ${record.id} = ${record.value} ${record.unit} [${record.status}]`],
    fuel,
  };
}

/** The emission line of one item-period, or null for items that are not emissions (economic, instruments). */
export function lineFor(ctx: LineContext, g: ItemPeriod): EmissionLine | null {
  const kind = SCOPE[g.mapping.use];
  if (!kind) return null;
  const [scope, category, what] = kind;
  const choice = factorFor(ctx, g.mapping);
  const computed: Computed = choice.fuel
    ? combustion(g.quantity, g.unit, choice.fuel)
    : activityTimesFactor(g.quantity, g.unit, choice.use, what);
  return {
    scope,
    category,
    item: g.item,
    period: g.period,
    activity: { quantity: quantity(g.quantity), unit: g.unit },
    rowKeys: g.rowKeys,
    factors: [choice.use, ...g.densities],
    emissions: computed.emissions,
    formula: computed.formula,
    trace: [...g.trace, ...choice.trace],
  };
}
