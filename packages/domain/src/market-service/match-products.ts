import { amountCloseness, evaluateRules, type MatchingScales } from "./eligibility-rules";
import type { FinancingNeed, MarketProduct, RuleReason } from "./eligibility-types";

/** The ranking, stated once so the screen can show it beside the list. */
export const MATCH_RANKING = {
  zh: "先列符合条件的产品，再列被排除的；同组内依次按：满足的规则数（多者优先）、金额与产品范围的接近度（范围内为1，范围外为比值）、最低利率（低者优先，无利率者在后）、产品编号。",
  en: "Eligible products first, then excluded ones; within each: rules met (more first), closeness of the amount to the product's range (1 inside, else the ratio), lowest rate (lower first, none last), product id.",
} as const;

export interface ProductMatch {
  readonly productId: string;
  readonly institutionId: string;
  readonly rank: number;
  /** Excluded when any rule is not met; a rule that cannot be checked (data missing) does not exclude. */
  readonly status: "eligible" | "excluded";
  readonly reasons: readonly RuleReason[];
  readonly score: {
    readonly met: number;
    readonly notMet: number;
    readonly unknown: number;
    readonly amountCloseness: number;
    readonly rateMin: number | null;
  };
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function checkInputs(products: readonly MarketProduct[], need: FinancingNeed, scales: MatchingScales): void {
  if (!(Number.isFinite(need.amount) && need.amount > 0)) throw new RangeError("the amount must be a number > 0");
  if (!(Number.isSafeInteger(need.tenorMonths) && need.tenorMonths > 0))
    throw new RangeError("the tenor must be a whole number of months > 0");
  const grade = (g: string | undefined, who: string) => {
    if (g !== undefined && !scales.esgGrades.includes(g))
      throw new RangeError(`${who}: ESG grade ${g} is not on the scale ${scales.esgGrades.join(" ")}`);
  };
  const carbon = (g: number | undefined, who: string) => {
    if (g !== undefined && !(Number.isSafeInteger(g) && g >= 1))
      throw new RangeError(`${who}: carbon-efficiency grade ${g} is not a grade ≥ 1`);
  };
  grade(need.enterprise.esgGrade, "the need");
  carbon(need.enterprise.carbonGrade, "the need");
  const ids = new Set<string>();
  for (const p of products) {
    if (ids.has(p.id)) throw new RangeError(`product ${p.id} is listed twice`);
    ids.add(p.id);
    grade(p.rules.minEsgGrade, `product ${p.id}`);
    carbon(p.rules.maxCarbonGrade, `product ${p.id}`);
  }
}

/**
 * Every product, eligible or excluded, with one reason per rule it states and its rank (MATCH_RANKING). The same
 * products in any order and the same need give the same list.
 */
export function matchProducts(
  products: readonly MarketProduct[],
  need: FinancingNeed,
  scales: MatchingScales,
): ProductMatch[] {
  checkInputs(products, need, scales);
  const scored = products.map((p) => {
    const reasons = evaluateRules(p.rules, need, scales);
    const count = (o: RuleReason["outcome"]) => reasons.filter((r) => r.outcome === o).length;
    const notMet = count("not-met");
    return {
      productId: p.id,
      institutionId: p.institutionId,
      status: notMet ? ("excluded" as const) : ("eligible" as const),
      reasons,
      score: {
        met: count("met"),
        notMet,
        unknown: count("unknown"),
        amountCloseness: amountCloseness(need.amount, p.rules.amount),
        rateMin: p.rate?.min ?? null,
      },
    };
  });
  scored.sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === "eligible" ? -1 : 1) ||
      b.score.met - a.score.met ||
      b.score.amountCloseness - a.score.amountCloseness ||
      (a.score.rateMin ?? Number.POSITIVE_INFINITY) - (b.score.rateMin ?? Number.POSITIVE_INFINITY) ||
      byCodeUnit(a.productId, b.productId),
  );
  return scored.map((m, i) => ({ ...m, rank: i + 1 }));
}
