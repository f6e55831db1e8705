import type { CarbonValuation } from "./carbon-valuation";
import { Dec, fractionOf, isNonNegativeDecimal, isPercent, percent, plain, yuan, yuanDown } from "./market-decimal";
import { marketProblem, refuseIf } from "./market-errors";
import { step, type TraceStep } from "./market-trace";

export interface MaxLoan {
  /** collateral value × LTV cap, rounded down to the fen so the loan never exceeds the cap. */
  readonly maxLoan: string;
  readonly ltvCapPercent: string;
  readonly trace: readonly TraceStep[];
}

/** The largest loan a valued pledge supports under a product's LTV cap for that asset kind. */
export function maxLoan(valuation: Pick<CarbonValuation, "exactValue">, ltvCapPercent: string): MaxLoan {
  refuseIf(
    isPercent(ltvCapPercent)
      ? []
      : [marketProblem("invalid", "ltvCapPercent", "抵质押率上限应在 0 至 100 之间", "LTV cap must be in [0, 100]")],
  );
  const loan = new Dec(valuation.exactValue).times(fractionOf(ltvCapPercent));
  return {
    maxLoan: yuanDown(loan),
    ltvCapPercent,
    trace: [
      step(
        "maximum loan",
        "collateral value × LTV cap, rounded down to the fen",
        `${valuation.exactValue} × ${ltvCapPercent} %`,
        `${yuanDown(loan)} yuan`,
      ),
    ],
  };
}

export interface LoanToValue {
  /** outstanding ÷ collateral value, percent to 2 places half-even (the exact ratio decides). */
  readonly ltvPercent: string;
  /** The exact fraction, at 40 significant digits. */
  readonly ltv: string;
  readonly trace: readonly TraceStep[];
}

/** LTV of an existing loan against its pledge's current collateral value (which must be positive). */
export function loanToValue(outstanding: string, valuation: Pick<CarbonValuation, "exactValue">): LoanToValue {
  const value = new Dec(valuation.exactValue);
  refuseIf([
    ...(isNonNegativeDecimal(outstanding)
      ? []
      : [marketProblem("invalid", "outstanding", "贷款余额应为非负数", "outstanding must be a decimal ≥ 0")]),
    ...(value.gt(0)
      ? []
      : [marketProblem("invalid", "valuation", "押品价值为零，无法计算抵质押率", "collateral value is zero: no LTV")]),
  ]);
  const ltv = new Dec(outstanding).div(value);
  return {
    ltvPercent: percent(ltv),
    ltv: plain(ltv),
    trace: [
      step(
        "loan-to-value",
        "outstanding ÷ collateral value",
        `${yuan(new Dec(outstanding))} ÷ ${valuation.exactValue}`,
        `${percent(ltv)} %`,
      ),
    ],
  };
}
