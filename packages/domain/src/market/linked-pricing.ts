import { fixed } from "../rating/rating-decimal";
import { dateProblems } from "./iso-date";
import { Dec, isPercent } from "./market-decimal";
import { type MarketProblem, marketProblem, refuseIf } from "./market-errors";
import { step, type TraceStep } from "./market-trace";
import type { AdjustmentRow, LprFixing, PricingTable } from "./pricing-types";

export interface PricingInput {
  readonly table: PricingTable;
  /** The pricing date: picks the LPR fixing in force. */
  readonly date: string;
  readonly lpr?: readonly LprFixing[];
  /** The borrower's published ESG grade (AAA…C), or null when unrated. */
  readonly esgGrade?: string | null;
  /** The carbon-efficiency grade 1 (best) … 5, or null when not graded. */
  readonly carbonGrade?: number | null;
  /** Disclosure completeness, percent 0–100, or null when nothing was disclosed. */
  readonly disclosureCompletenessPercent?: string | null;
  /** The cumulative sustainability-linked step (from `assessSll`), bp. */
  readonly sllStepBp?: number;
}

export interface PriceAdjustment {
  readonly key: "esg_grade" | "carbon_grade" | "disclosure" | "sll";
  /** What the borrower presented ("AA", "2", "87.5 %", "3 tests"). */
  readonly input: string;
  readonly bp: number;
  /** The table row used, or null when none applies. */
  readonly row: AdjustmentRow | null;
  readonly why: string;
}

export interface LinkedPrice {
  readonly productKey: string;
  readonly date: string;
  readonly baseRatePercent: string;
  readonly baseHow: string;
  readonly adjustments: readonly PriceAdjustment[];
  readonly adjustmentBeforeBoundsBp: number;
  readonly adjustmentBp: number;
  readonly rateBeforeBoundsPercent: string;
  /** base + bounded adjustment, then held within the floor and cap; percent, 2 places (exact). */
  readonly finalRatePercent: string;
  readonly boundsApplied: readonly string[];
  readonly trace: readonly TraceStep[];
}

const bpToPercent = (bp: number): Dec => new Dec(bp).div(100);
const signed = (bp: number) => (bp > 0 ? `+${bp}` : `${bp}`);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Rates are quoted to the basis point, so base ± whole bp stays exact at 2 places. */
const isRateText = (text: unknown): text is string => typeof text === "string" && /^\d+(\.\d{1,2})?$/.test(text);

function baseRate(input: PricingInput): { rate: Dec; how: string; problems: MarketProblem[] } {
  const { base } = input.table;
  if (base.kind === "fixed")
    return isRateText(base.ratePercent)
      ? { rate: new Dec(base.ratePercent), how: `fixed ${base.ratePercent} %`, problems: [] }
      : { rate: new Dec(0), how: "", problems: [] }; // reported by inputProblems
  const fixing = (input.lpr ?? [])
    .filter((f) => f.tenor === base.tenor && f.date <= input.date)
    .sort((a, b) => (a.date < b.date ? 1 : -1))[0];
  if (fixing && !isRateText(fixing.ratePercent))
    return { rate: new Dec(0), how: "", problems: [marketProblem("invalid", "lpr", "LPR 应为百分数", "bad LPR rate")] };
  if (!fixing)
    return {
      rate: new Dec(0),
      how: "",
      problems: [
        marketProblem(
          "no_price",
          "lpr",
          `${input.date} 前没有 ${base.tenor} LPR`,
          `no ${base.tenor} LPR by ${input.date}`,
        ),
      ],
    };
  const rate = new Dec(fixing.ratePercent).plus(bpToPercent(base.spreadBp));
  return {
    rate,
    how: `LPR ${base.tenor} ${fixing.ratePercent} % (fixed ${fixing.date}) ${signed(base.spreadBp)} bp`,
    problems: [],
  };
}

function esgAdjustment(input: PricingInput): PriceAdjustment {
  const grade = input.esgGrade ?? null;
  if (grade === null)
    return { key: "esg_grade", input: "unrated", bp: 0, row: null, why: "no published ESG grade: no adjustment" };
  const row = input.table.esgGrades.find((r) => r.grade === grade);
  if (!row) refuseIf([marketProblem("invalid", "esgGrade", `评级表中没有 ${grade}`, `${grade} is not in the table`)]);
  const r = row as NonNullable<typeof row>;
  return { key: "esg_grade", input: grade, bp: r.bp, row: r, why: `ESG grade ${grade}: ${r.note}` };
}

function carbonAdjustment(input: PricingInput): PriceAdjustment {
  const grade = input.carbonGrade ?? null;
  if (grade === null)
    return {
      key: "carbon_grade",
      input: "not graded",
      bp: 0,
      row: null,
      why: "no carbon-efficiency grade: no adjustment",
    };
  const row = input.table.carbonGrades.find((r) => r.grade === grade);
  if (!row)
    refuseIf([
      marketProblem("invalid", "carbonGrade", `碳效等级表中没有 ${grade}`, `grade ${grade} is not in the table`),
    ]);
  const r = row as NonNullable<typeof row>;
  return {
    key: "carbon_grade",
    input: String(grade),
    bp: r.bp,
    row: r,
    why: `carbon-efficiency grade ${grade}: ${r.note}`,
  };
}

function disclosureAdjustment(input: PricingInput): PriceAdjustment {
  const c = input.disclosureCompletenessPercent ?? null;
  if (c === null) return { key: "disclosure", input: "none", bp: 0, row: null, why: "no disclosure: no adjustment" };
  // The band with the highest lower edge the completeness reaches.
  const band = [...input.table.disclosureBands]
    .filter((b) => new Dec(c).gte(b.fromPercent))
    .sort((a, b) => new Dec(b.fromPercent).comparedTo(a.fromPercent))[0];
  if (!band)
    return { key: "disclosure", input: `${c} %`, bp: 0, row: null, why: `${c} % is below every band: no adjustment` };
  return {
    key: "disclosure",
    input: `${c} %`,
    bp: band.bp,
    row: band,
    why: `completeness ${c} % ≥ ${band.fromPercent} %: ${band.note}`,
  };
}

function inputProblems(input: PricingInput): MarketProblem[] {
  const out: MarketProblem[] = [...dateProblems("date", input.date)];
  const c = input.disclosureCompletenessPercent;
  if (c !== undefined && c !== null && !isPercent(c))
    out.push(
      marketProblem("invalid", "disclosureCompletenessPercent", "完整度应在 0 至 100 之间", "must be in [0, 100]"),
    );
  if (input.sllStepBp !== undefined && !Number.isInteger(input.sllStepBp))
    out.push(marketProblem("invalid", "sllStepBp", "应为整数基点", "must be whole basis points"));
  const { table } = input;
  const bps = [
    ...table.esgGrades.map((r) => r.bp),
    ...table.carbonGrades.map((r) => r.bp),
    ...table.disclosureBands.map((r) => r.bp),
    ...(table.base.kind === "lpr" ? [table.base.spreadBp] : []),
  ];
  // Whole basis points keep every sum exact in plain integers.
  if (!bps.every(Number.isInteger))
    out.push(marketProblem("invalid", "table", "调整应为整数基点", "adjustments must be whole basis points"));
  const { minBp, maxBp } = table.adjustmentBounds;
  if (!(Number.isInteger(minBp) && Number.isInteger(maxBp) && minBp <= 0 && maxBp >= 0))
    out.push(marketProblem("invalid", "table.adjustmentBounds", "调整上下限无效", "need minBp ≤ 0 ≤ maxBp"));
  const { floorPercent, capPercent } = input.table.rateBounds;
  const rates = [
    floorPercent,
    capPercent,
    ...(input.table.base.kind === "fixed" ? [input.table.base.ratePercent] : []),
  ];
  if (!rates.every(isRateText))
    out.push(marketProblem("invalid", "table", "利率应为最多 2 位小数的百分数", "rates are percents with ≤ 2 places"));
  else if (new Dec(floorPercent).gt(capPercent))
    out.push(marketProblem("invalid", "table.rateBounds", "利率下限高于上限", "the floor is above the cap"));
  return out;
}

/**
 * A linked loan price: the base (fixed, or LPR + spread), each adjustment from its table row (ESG grade,
 * carbon-efficiency grade, disclosure completeness band, the SLL step), their sum held within the product's
 * adjustment bounds, then the rate held within its floor and cap. Whole basis points, so every figure is exact.
 */
export function priceLinkedLoan(input: PricingInput): LinkedPrice {
  const base = baseRate(input);
  refuseIf([...inputProblems(input), ...base.problems]);
  const adjustments: PriceAdjustment[] = [esgAdjustment(input), carbonAdjustment(input), disclosureAdjustment(input)];
  if (input.sllStepBp !== undefined)
    adjustments.push({
      key: "sll",
      input: `${signed(input.sllStepBp)} bp`,
      bp: input.sllStepBp,
      row: null,
      why: "cumulative sustainability-linked margin step to date",
    });
  const raw = adjustments.reduce((acc, a) => acc + a.bp, 0);
  const { minBp, maxBp } = input.table.adjustmentBounds;
  const total = clamp(raw, minBp, maxBp);
  const bounds: string[] = [];
  if (total !== raw)
    bounds.push(`adjustment ${signed(raw)} bp held at ${total === minBp ? "minimum" : "maximum"} ${signed(total)} bp`);
  const before = base.rate.plus(bpToPercent(total));
  const { floorPercent, capPercent } = input.table.rateBounds;
  let final = before;
  if (before.lt(floorPercent)) final = new Dec(floorPercent);
  if (before.gt(capPercent)) final = new Dec(capPercent);
  if (!final.eq(before))
    bounds.push(
      `rate ${fixed(before, 2)} % held at the ${final.eq(floorPercent) ? "floor" : "cap"} ${fixed(final, 2)} %`,
    );
  const trace: TraceStep[] = [
    step(
      "base rate",
      input.table.base.kind === "fixed" ? "product's fixed rate" : "LPR + spread",
      base.how,
      `${fixed(base.rate, 2)} %`,
    ),
    ...adjustments.map((a) =>
      step(`adjustment: ${a.key}`, a.row ? `table row (${a.row.source})` : "no row", a.why, `${signed(a.bp)} bp`),
    ),
    step(
      "total adjustment",
      `sum, held within [${minBp}, ${maxBp}] bp`,
      adjustments.map((a) => signed(a.bp)).join(" "),
      `${signed(total)} bp`,
    ),
    step(
      "final rate",
      `base + adjustment, held within [${floorPercent} %, ${capPercent} %]`,
      `${fixed(base.rate, 2)} % ${signed(total)} bp = ${fixed(before, 2)} %`,
      `${fixed(final, 2)} %`,
    ),
  ];
  return {
    productKey: input.table.productKey,
    date: input.date,
    baseRatePercent: fixed(base.rate, 2),
    baseHow: base.how,
    adjustments,
    adjustmentBeforeBoundsBp: raw,
    adjustmentBp: total,
    rateBeforeBoundsPercent: fixed(before, 2),
    finalRatePercent: fixed(final, 2),
    boundsApplied: bounds,
    trace,
  };
}
