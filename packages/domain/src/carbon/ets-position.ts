import { Dec, NON_NEGATIVE_DECIMAL, tonnes, yuan } from "./carbon-decimal";
import { CarbonInputError, problem } from "./carbon-errors";
import type { CeaPrice, EtsReference } from "./factor-set-types";

export type PriceBasis = "annual_average" | "year_end_close";

export interface EtsPositionInput {
  /** Allowances allocated for the compliance year, tCO2. */
  readonly allocated: string;
  /** Verified emissions of the same year, tCO2. */
  readonly verified: string;
  /** The year whose CEA price values the balance. */
  readonly priceYear: number;
  readonly priceBasis: PriceBasis;
}

export interface EtsPosition {
  /** allocated − verified, tCO2: positive a surplus, negative a deficit. */
  readonly balance: string;
  readonly position: "surplus" | "deficit" | "balanced";
  readonly price: {
    readonly year: number;
    readonly basis: PriceBasis;
    readonly value: string;
    readonly unit: string;
    readonly source: string;
    readonly verification: string;
  };
  /** balance × price, yuan with 2 places (negative: the cost of covering a deficit at that price). */
  readonly value: string;
  readonly trace: readonly string[];
}

const priceOf = (p: CeaPrice, basis: PriceBasis) => (basis === "annual_average" ? p.averagePrice : p.yearEndClose);

/**
 * An ETS compliance position: the allowance balance and its value at a year's CEA price (annual average or year-end
 * close, as data). When that year has no such price, the latest earlier year with one is used and said so.
 */
export function etsPosition(input: EtsPositionInput, ets: EtsReference): EtsPosition {
  const problems = [
    ...(NON_NEGATIVE_DECIMAL.test(input.allocated)
      ? []
      : [problem("input", "allocated", "配额应为非负数", "allocated must be a non-negative decimal")]),
    ...(NON_NEGATIVE_DECIMAL.test(input.verified)
      ? []
      : [problem("input", "verified", "核查排放量应为非负数", "verified must be a non-negative decimal")]),
  ];
  if (problems.length) throw new CarbonInputError(problems);
  const trace: string[] = [];
  const priced = ets.ceaPrices
    .filter((p) => p.year <= input.priceYear && priceOf(p, input.priceBasis) !== null)
    .sort((a, b) => b.year - a.year)[0];
  if (!priced)
    throw new CarbonInputError([
      problem(
        "input",
        "priceYear",
        `${input.priceYear} 年及以前没有 CEA 价格`,
        `no CEA ${input.priceBasis} for ${input.priceYear} or earlier`,
      ),
    ]);
  if (priced.year !== input.priceYear)
    trace.push(`no CEA ${input.priceBasis} for ${input.priceYear}; latest earlier year ${priced.year} used`);
  const price = priceOf(priced, input.priceBasis) as string;
  const balance = new Dec(input.allocated).minus(input.verified);
  const value = balance.times(price);
  trace.push(`balance = allocated ${input.allocated} t − verified ${input.verified} t = ${tonnes(balance)} t`);
  trace.push(
    `value = ${tonnes(balance)} t × ${price} yuan/t (CEA ${priced.year} ${input.priceBasis}) = ${yuan(value)} yuan`,
  );
  return {
    balance: tonnes(balance),
    position: balance.isZero() ? "balanced" : balance.gt(0) ? "surplus" : "deficit",
    price: {
      year: priced.year,
      basis: input.priceBasis,
      value: price,
      unit: priced.unit,
      source: priced.source,
      verification: priced.verification,
    },
    value: yuan(value),
    trace,
  };
}

/** Whether an industry code falls in a sector the national ETS covers (longest-prefix match on GB/T 4754 codes). */
export function etsSectorOf(industryCode: string, ets: EtsReference): EtsReference["coveredSectors"][number] | null {
  return ets.coveredSectors.find((s) => s.gbt4754.some((c) => industryCode.startsWith(c))) ?? null;
}
