import {
  type CarbonAsset,
  type CollateralTerms,
  FUTURE_INCOME_KINDS,
  type PriceSeries,
  UNIT_OF_KIND,
} from "./carbon-asset-types";
import { Dec, fractionOf, isNonNegativeDecimal, isPercent, plain, yuan } from "./market-decimal";
import { type MarketProblem, marketProblem, refuseIf } from "./market-errors";
import { step, type TraceStep } from "./market-trace";
import { type PriceAtDate, priceAt } from "./reference-price";

export type HaircutTerms = Pick<CollateralTerms, "kind" | "haircutPercent" | "futureDiscountPercent">;

export interface ValuationInput {
  readonly asset: CarbonAsset;
  readonly series: PriceSeries;
  readonly date: string;
  /** A price older than this many days is refused. */
  readonly stalenessDays: number;
  readonly terms: HaircutTerms;
}

export interface CarbonValuation {
  readonly asset: CarbonAsset;
  readonly price: PriceAtDate;
  /** quantity × price, yuan, 2 places half-even. */
  readonly marketValue: string;
  /** marketValue × (1 − haircut) × (1 − future discount), yuan, 2 places half-even. */
  readonly value: string;
  /** The same, unrounded (exact: a product of decimals); LTV decisions use this. */
  readonly exactValue: string;
  readonly trace: readonly TraceStep[];
}

const QUANTITY_TEXT = /^\d+(\.\d{1,3})?$/;

export function assetProblems(asset: CarbonAsset, field = "asset"): MarketProblem[] {
  const out: MarketProblem[] = [];
  if (!isNonNegativeDecimal(asset.quantity) || !QUANTITY_TEXT.test(asset.quantity))
    out.push(
      marketProblem(
        "invalid",
        `${field}.quantity`,
        "数量应为非负数，最多 3 位小数",
        "quantity must be ≥ 0 with ≤ 3 places",
      ),
    );
  if (UNIT_OF_KIND[asset.kind] === undefined)
    out.push(marketProblem("invalid", `${field}.kind`, "未知的碳资产类型", `unknown asset kind ${asset.kind}`));
  else if (asset.unit !== UNIT_OF_KIND[asset.kind])
    out.push(
      marketProblem(
        "unit_mismatch",
        `${field}.unit`,
        `${asset.kind} 的单位应为 ${UNIT_OF_KIND[asset.kind]}`,
        `${asset.kind} is counted in ${UNIT_OF_KIND[asset.kind]}, not ${asset.unit}`,
      ),
    );
  if (asset.kind === "emission_right" && !asset.pollutant)
    out.push(
      marketProblem("invalid", `${field}.pollutant`, "排污权须注明污染物", "an emission right names its pollutant"),
    );
  return out;
}

export function haircutProblems(asset: CarbonAsset, terms: HaircutTerms): MarketProblem[] {
  const out: MarketProblem[] = [];
  if (terms.kind !== asset.kind)
    out.push(
      marketProblem("invalid", "terms.kind", "条款与资产类型不符", `terms are for ${terms.kind}, not ${asset.kind}`),
    );
  for (const key of ["haircutPercent", "futureDiscountPercent"] as const)
    if (!isPercent(terms[key]) || new Dec(terms[key]).eq(100))
      out.push(
        marketProblem("invalid", `terms.${key}`, "应为 0 至 100 之间（不含 100）", "must be a percent in [0, 100)"),
      );
  if (!FUTURE_INCOME_KINDS.includes(terms.kind) && isPercent(terms.futureDiscountPercent))
    if (!new Dec(terms.futureDiscountPercent).isZero())
      out.push(
        marketProblem(
          "invalid",
          "terms.futureDiscountPercent",
          "仅未来收益类资产有额外折扣",
          "only future income takes it",
        ),
      );
  return out;
}

/** (1 − haircut) × (1 − future discount): the share of market value counted as collateral. */
export const collateralShare = (terms: HaircutTerms): Dec =>
  new Dec(1).minus(fractionOf(terms.haircutPercent)).times(new Dec(1).minus(fractionOf(terms.futureDiscountPercent)));

/**
 * A carbon asset's collateral value on a date: quantity × the reference price then (the latest on or before the
 * date, refused when older than the staleness window) × (1 − haircut) × (1 − future-income discount). The two
 * percentages multiply rather than add, so no pair of them can make a value negative.
 */
export function valueCarbonAsset(input: ValuationInput): CarbonValuation {
  const { asset, series, terms } = input;
  const seriesUnit = `yuan/${asset.unit}`;
  refuseIf([
    ...assetProblems(asset),
    ...haircutProblems(asset, terms),
    ...(series.unit === seriesUnit
      ? []
      : [
          marketProblem(
            "unit_mismatch",
            "series.unit",
            `价格单位 ${series.unit} 与资产单位 ${asset.unit} 不符`,
            `prices in ${series.unit} cannot value ${asset.unit}`,
          ),
        ]),
  ]);
  const price = priceAt(series, input.date, input.stalenessDays);
  const q = new Dec(asset.quantity);
  const p = new Dec(price.point.price);
  const market = q.times(p);
  const h = fractionOf(terms.haircutPercent);
  const d = fractionOf(terms.futureDiscountPercent);
  const exact = market.times(new Dec(1).minus(h)).times(new Dec(1).minus(d));
  const trace: TraceStep[] = [
    step(
      "reference price",
      "latest price on or before the date, within the staleness window",
      `${series.key} ${price.point.date} (${price.point.basis}), ${price.ageDays} days ≤ ${input.stalenessDays}`,
      `${price.point.price} ${series.unit}`,
    ),
    step(
      "market value",
      "quantity × price",
      `${asset.quantity} ${asset.unit} × ${price.point.price} ${series.unit}`,
      `${yuan(market)} yuan`,
    ),
    step(
      "collateral value",
      "market value × (1 − haircut) × (1 − future-income discount)",
      `${plain(market)} × (1 − ${terms.haircutPercent} %) × (1 − ${terms.futureDiscountPercent} %)`,
      `${yuan(exact)} yuan (exact ${plain(exact)})`,
    ),
  ];
  return { asset, price, marketValue: yuan(market), value: yuan(exact), exactValue: plain(exact), trace };
}
