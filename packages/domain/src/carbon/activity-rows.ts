import { isValidUscc } from "../identity/uscc";
import { convert, findUnit } from "../units/convert";
import { Dec, NON_NEGATIVE_DECIMAL, quantity } from "./carbon-decimal";
import { type CarbonProblem, problem } from "./carbon-errors";
import type { FacilityFactor, FactorUse } from "./factor-lookup";
import { facilityUse, factorById, recordUse } from "./factor-lookup";
import type { CarbonFactorSetData, ItemMapping } from "./factor-set-types";

/** One row of an activity file (docs/carbon-data-formats.md §1), with where it came from. */
export interface ActivityRow {
  /** Where the row is, for messages: "line 5", "Sheet1 row 5". */
  readonly ref: string;
  readonly enterprise: string;
  /** Empty means "main". */
  readonly meter: string;
  readonly month: string;
  readonly item: string;
  readonly quantity: string;
  readonly unit: string;
  readonly note?: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The row's key: (enterprise, meter, month, item). */
export const rowKey = (r: ActivityRow): string => `${r.enterprise}|${r.meter || "main"}|${r.month}|${r.item}`;

export const itemMapping = (set: CarbonFactorSetData, item: string): ItemMapping | undefined =>
  set.items.find((i) => i.item === item);

/** Every problem of every row (format, item, unit, quantity, duplicate keys); an empty list means all are usable. */
export function validateActivityRows(rows: readonly ActivityRow[], set: CarbonFactorSetData): CarbonProblem[] {
  const problems: CarbonProblem[] = [];
  const seen = new Map<string, string>();
  for (const r of rows) {
    if (!isValidUscc(r.enterprise))
      problems.push(
        problem(
          r.ref,
          "enterprise",
          `"${r.enterprise}" 不是有效的统一社会信用代码`,
          `"${r.enterprise}" is not a valid USCC`,
        ),
      );
    if (!MONTH.test(r.month))
      problems.push(
        problem(r.ref, "month", `月份应为 YYYY-MM，而不是 "${r.month}"`, `month must be YYYY-MM, not "${r.month}"`),
      );
    const mapping = itemMapping(set, r.item);
    if (!mapping) problems.push(problem(r.ref, "item", `未知的项目 "${r.item}"`, `unknown activity item "${r.item}"`));
    else if (!mapping.units.includes(r.unit))
      problems.push(
        problem(
          r.ref,
          "unit",
          `${r.item} 的单位应为 ${mapping.units.join("、")}，而不是 "${r.unit}"`,
          `${r.item} takes ${mapping.units.join(", ")}, not "${r.unit}"`,
        ),
      );
    if (!NON_NEGATIVE_DECIMAL.test(r.quantity))
      problems.push(
        problem(
          r.ref,
          "quantity",
          `数量应为非负数（不含千位分隔符），而不是 "${r.quantity}"`,
          `quantity must be a non-negative number without separators, not "${r.quantity}"`,
        ),
      );
    const key = rowKey(r);
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(
        problem(
          r.ref,
          "",
          `与 ${first} 的键（企业、计量点、月份、项目）重复`,
          `same key (enterprise, meter, month, item) as ${first}`,
        ),
      );
    else seen.set(key, r.ref);
  }
  return problems;
}

export interface BasisQuantity {
  readonly value: Dec;
  readonly unit: string;
  readonly trace: readonly string[];
  /** The density used to turn litres into tonnes, if any. */
  readonly density: FactorUse | null;
}

/**
 * The row's quantity in the unit its factor applies to: the domain units table for units of one dimension
 * (kWh → MWh, m3 → 10⁴ m3, yuan → 万元), and litres → m3 × density (t/m3) → t for liquid fuels.
 */
export function toBasisUnit(
  set: CarbonFactorSetData,
  row: ActivityRow,
  mapping: ItemMapping,
  year: number,
  facilityDensity: FacilityFactor | undefined,
): BasisQuantity {
  const target = mapping.basisUnit ?? (row.unit === "kWh" ? "MWh" : row.unit);
  if (row.unit === target) return { value: new Dec(row.quantity), unit: target, trace: [], density: null };
  const from = findUnit(row.unit);
  const to = findUnit(target);
  if (from && to && from.dimension === to.dimension) {
    const c = convert(row.quantity, row.unit, target);
    return {
      value: new Dec(c.value),
      unit: target,
      trace: [`${row.quantity} ${row.unit} = ${c.value} ${target}`],
      density: null,
    };
  }
  if (from?.dimension === "volume" && target === "t" && mapping.densityId) {
    const density = facilityDensity
      ? facilityUse(facilityDensity, year)
      : recordUse(set, factorById(set, mapping.densityId), null);
    const m3 = convert(row.quantity, row.unit, "m3").value;
    const t = new Dec(m3).times(density.value);
    return {
      value: t,
      unit: "t",
      trace: [
        `${row.quantity} ${row.unit} = ${m3} m3; × density ${density.value} t/m3 (${density.id}${density.unverified ? ", UNVERIFIED" : ""}) = ${quantity(t)} t`,
      ],
      density,
    };
  }
  throw new RangeError(`${row.ref}: cannot convert ${row.unit} to ${target} for ${row.item}`);
}
