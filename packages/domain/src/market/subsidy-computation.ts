/**
 * The subsidy an application asks for, computed exactly (decimal.js) with every step traced. Pure: figures in, amount
 * and trace out. The two kinds of rule (0011_interest_subsidies.sql):
 *   rate_points     subsidy = principal × rate / 100 × eligible days / 365, never more than the interest paid for the
 *                   eligible days (interest paid × eligible days / days of the interest period);
 *   interest_share  subsidy = interest paid × eligible days / days of the interest period × rate / 100.
 * Eligible days are the days of the interest period (both ends counted) inside the programme's period and the loan's
 * term. The result is rounded to the fen (half up), then capped by what is left of the per-loan cap.
 */
import Decimal from "decimal.js";

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** A problem with the figures, on the field it concerns (the app reports it as a validation error). */
export interface SubsidyProblem {
  path: string;
  messageZh: string;
  messageEn: string;
}

export type SubsidyKind = "rate_points" | "interest_share";

export interface SubsidyRule {
  kind: SubsidyKind;
  /** Percentage points a year (rate_points) or percent of the interest paid (interest_share), decimal text. */
  rate: string;
  periodStart: string;
  periodEnd: string;
  /** Yuan, or null: no cap beyond the budget. */
  perLoanCap: string | null;
}

export interface SubsidyClaim {
  periodStart: string;
  periodEnd: string;
  /** Yuan; needed by rate_points. */
  principal: string | null;
  interestPaid: string;
  loanStart: string;
  loanEnd: string | null;
  /** What the loan's other applications in the programme (not rejected) already ask for, yuan. */
  alreadyClaimed: string;
}

export interface TraceStep {
  step: string;
  zh: string;
  en: string;
  value: string;
}

export interface SubsidyComputation {
  kind: SubsidyKind;
  rate: string;
  periodDays: number;
  eligibleStart: string;
  eligibleEnd: string;
  eligibleDays: number;
  uncapped: string;
  capRemaining: string | null;
  amount: string;
  trace: TraceStep[];
}

export type SubsidyOutcome = { ok: true; computation: SubsidyComputation } | { ok: false; problems: SubsidyProblem[] };

const problem = (path: string, zh: string, en: string): SubsidyProblem => ({
  path,
  messageZh: `${path}：${zh}`,
  messageEn: `${path}: ${en}`,
});

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
/** Days from start to end, both counted. */
export const daysInclusive = (start: string, end: string) => dayNumber(end) - dayNumber(start) + 1;
/** ISO dates sort as text. */
const maxDate = (...d: string[]) => [...d].sort().at(-1) as string;
const minDate = (...d: string[]) => [...d].sort()[0] as string;
/** Decimal text without trailing zeros. */
const text = (d: Decimal) => d.toFixed();
const fen = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

export function computeSubsidy(rule: SubsidyRule, claim: SubsidyClaim): SubsidyOutcome {
  const trace: TraceStep[] = [];
  const periodDays = daysInclusive(claim.periodStart, claim.periodEnd);
  trace.push({
    step: "period",
    zh: `计息期 ${claim.periodStart} 至 ${claim.periodEnd}，共 ${periodDays} 天（含首尾）`,
    en: `interest period ${claim.periodStart} to ${claim.periodEnd}: ${periodDays} days, both ends counted`,
    value: String(periodDays),
  });
  const eligibleStart = maxDate(claim.periodStart, rule.periodStart, claim.loanStart);
  const eligibleEnd = minDate(claim.periodEnd, rule.periodEnd, ...(claim.loanEnd ? [claim.loanEnd] : []));
  if (eligibleEnd < eligibleStart)
    return {
      ok: false,
      problems: [
        problem(
          "periodStart",
          `计息期与贴息政策期限（${rule.periodStart} 至 ${rule.periodEnd}）或贷款期限（${claim.loanStart} 至 ${claim.loanEnd ?? "—"}）没有重叠`,
          `the interest period does not overlap the programme's period (${rule.periodStart} to ${rule.periodEnd}) or the loan's term (${claim.loanStart} to ${claim.loanEnd ?? "open"})`,
        ),
      ],
    };
  const eligibleDays = daysInclusive(eligibleStart, eligibleEnd);
  trace.push({
    step: "eligibleDays",
    zh: `可贴息天数：计息期、政策期限与贷款期限的重叠 ${eligibleStart} 至 ${eligibleEnd}，共 ${eligibleDays} 天`,
    en: `eligible days: the overlap of the interest period, the programme's period and the loan's term, ${eligibleStart} to ${eligibleEnd}: ${eligibleDays} days`,
    value: String(eligibleDays),
  });
  const rate = new D(rule.rate);
  const interestPaid = new D(claim.interestPaid);
  const eligibleInterest = interestPaid.times(eligibleDays).dividedBy(periodDays);
  trace.push({
    step: "eligibleInterest",
    zh: `可贴息天数对应的已付利息 = ${claim.interestPaid} × ${eligibleDays} ÷ ${periodDays} = ${text(eligibleInterest)} 元`,
    en: `interest paid for the eligible days = ${claim.interestPaid} × ${eligibleDays} ÷ ${periodDays} = ${text(eligibleInterest)} yuan`,
    value: text(eligibleInterest),
  });
  let uncapped: Decimal;
  if (rule.kind === "rate_points") {
    if (claim.principal === null)
      return {
        ok: false,
        problems: [problem("principal", "按贴息点数计算须填写本金", "a rate-points programme needs the principal")],
      };
    const byRate = new D(claim.principal)
      .times(rate)
      .times(eligibleDays)
      .dividedBy(100 * 365);
    trace.push({
      step: "byRate",
      zh: `本金 × 贴息点数 × 天数 ÷ 365 = ${claim.principal} × ${rule.rate}% × ${eligibleDays} ÷ 365 = ${text(byRate)} 元`,
      en: `principal × rate points × days ÷ 365 = ${claim.principal} × ${rule.rate} % × ${eligibleDays} ÷ 365 = ${text(byRate)} yuan`,
      value: text(byRate),
    });
    uncapped = D.min(byRate, eligibleInterest);
    trace.push({
      step: "notAboveInterest",
      zh: `贴息不超过所付利息：取 ${text(byRate)} 与 ${text(eligibleInterest)} 的较小者 = ${text(uncapped)} 元`,
      en: `no more than the interest paid: the lesser of ${text(byRate)} and ${text(eligibleInterest)} = ${text(uncapped)} yuan`,
      value: text(uncapped),
    });
  } else {
    uncapped = eligibleInterest.times(rate).dividedBy(100);
    trace.push({
      step: "byShare",
      zh: `已付利息 × 贴息比例 = ${text(eligibleInterest)} × ${rule.rate}% = ${text(uncapped)} 元`,
      en: `interest paid × subsidised share = ${text(eligibleInterest)} × ${rule.rate} % = ${text(uncapped)} yuan`,
      value: text(uncapped),
    });
  }
  const rounded = fen(uncapped);
  trace.push({
    step: "round",
    zh: `四舍五入到分：${rounded.toFixed(2)} 元`,
    en: `rounded half up to the fen: ${rounded.toFixed(2)} yuan`,
    value: rounded.toFixed(2),
  });
  let amount = rounded;
  let capRemaining: Decimal | null = null;
  if (rule.perLoanCap !== null) {
    capRemaining = D.max(new D(rule.perLoanCap).minus(claim.alreadyClaimed), 0);
    amount = D.min(rounded, capRemaining);
    trace.push({
      step: "perLoanCap",
      zh: `单笔贷款上限 ${rule.perLoanCap} 元，已申请 ${claim.alreadyClaimed} 元，尚余 ${capRemaining.toFixed(2)} 元：贴息 ${amount.toFixed(2)} 元`,
      en: `per-loan cap ${rule.perLoanCap} yuan, already applied for ${claim.alreadyClaimed} yuan, ${capRemaining.toFixed(2)} yuan left: subsidy ${amount.toFixed(2)} yuan`,
      value: amount.toFixed(2),
    });
  }
  if (amount.lte(0))
    return {
      ok: false,
      problems: [
        capRemaining?.isZero()
          ? problem(
              "greenFinancingId",
              `该笔贷款已用完本政策的单笔上限 ${rule.perLoanCap} 元`,
              `the loan has used up the programme's per-loan cap of ${rule.perLoanCap} yuan`,
            )
          : problem("interestPaid", "按此计算贴息为零", "the subsidy comes to zero"),
      ],
    };
  return {
    ok: true,
    computation: {
      kind: rule.kind,
      rate: rule.rate,
      periodDays,
      eligibleStart,
      eligibleEnd,
      eligibleDays,
      uncapped: rounded.toFixed(2),
      capRemaining: capRemaining === null ? null : capRemaining.toFixed(2),
      amount: amount.toFixed(2),
      trace,
    },
  };
}
