import Decimal from "decimal.js";
import { CANONICAL_UNITS, UNITS, type UnitDefinition } from "./units";

/**
 * Exact unit conversion. Arithmetic runs in a private Decimal constructor with 50 significant digits and a single
 * division at the end, and every result is then rounded to {@link CONVERSION_DECIMAL_PLACES} decimal places,
 * half-to-even ({@link Decimal.ROUND_HALF_EVEN}), and written in plain notation without trailing zeros
 * ("0.1229", "2500", "3.4120842375").
 */
export const CONVERSION_DECIMAL_PLACES = 10;

const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -100, toExpPos: 100 });

export type UnitErrorCode = "UNKNOWN_UNIT" | "INCOMPATIBLE_UNITS" | "INVALID_NUMBER";

/** Thrown for an unknown unit, units of different dimensions, or a value that is not a finite decimal number. */
export class UnitConversionError extends Error {
  override name = "UnitConversionError";
  constructor(
    readonly code: UnitErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const BY_ID: ReadonlyMap<string, UnitDefinition> = new Map(UNITS.map((u) => [u.id, u]));

export function findUnit(id: string): UnitDefinition | undefined {
  return BY_ID.get(id);
}

function unitOf(id: string): UnitDefinition {
  const unit = BY_ID.get(id);
  if (!unit) throw new UnitConversionError("UNKNOWN_UNIT", `Unknown unit "${id}"`);
  return unit;
}

const DECIMAL_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function parse(value: string): Decimal {
  const text = value.trim().replaceAll(",", "");
  if (!DECIMAL_TEXT.test(text)) throw new UnitConversionError("INVALID_NUMBER", `"${value}" is not a decimal number`);
  return new D(text);
}

const show = (d: Decimal) => d.toDecimalPlaces(CONVERSION_DECIMAL_PLACES, D.ROUND_HALF_EVEN).toFixed();
const per = (u: UnitDefinition) => u.per ?? "1";

export interface Conversion {
  /** The value in the target unit, rounded as described at {@link CONVERSION_DECIMAL_PLACES}. */
  readonly value: string;
  /** The value in the dimension's canonical unit, rounded the same way. */
  readonly canonical: string;
  /** The steps taken, in words, for an explanation. */
  readonly trace: string[];
}

/**
 * Converts `value` (a decimal string; thousands separators "," are ignored) from one unit to another of the same
 * dimension: value × factor(from) ÷ per(from) × per(to) ÷ factor(to), computed as one fraction so that rounding
 * happens once.
 */
export function convert(value: string, from: string, to: string): Conversion {
  const source = unitOf(from);
  const target = unitOf(to);
  if (source.dimension !== target.dimension) {
    throw new UnitConversionError(
      "INCOMPATIBLE_UNITS",
      `Cannot convert ${from} (${source.dimension}) to ${to} (${target.dimension})`,
    );
  }
  const v = parse(value);
  const canonicalUnit = CANONICAL_UNITS[source.dimension];
  const canonical = v.times(source.factor).dividedBy(per(source));
  const result = v
    .times(source.factor)
    .times(per(target))
    .dividedBy(new D(per(source)).times(target.factor));
  const step = (u: UnitDefinition) => (u.per ? `× ${u.factor} ÷ ${u.per}` : `× ${u.factor}`);
  const back = (u: UnitDefinition) => (u.per ? `× ${u.per} ÷ ${u.factor}` : `÷ ${u.factor}`);
  const trace = [
    `${v.toFixed()} ${from} ${step(source)} = ${show(canonical)} ${canonicalUnit} (canonical unit of ${source.dimension})`,
    `${show(canonical)} ${canonicalUnit} ${back(target)} = ${show(result)} ${to}`,
    `rounded to ${CONVERSION_DECIMAL_PLACES} decimal places, half-to-even`,
  ];
  if (source.source) trace.push(`${source.id}: ${source.source}`);
  if (target.source && target.source !== source.source) trace.push(`${target.id}: ${target.source}`);
  return { value: show(result), canonical: show(canonical), trace };
}

/** Converts to the dimension's canonical unit. */
export function toCanonical(value: string, from: string): Conversion {
  return convert(value, from, CANONICAL_UNITS[unitOf(from).dimension]);
}
