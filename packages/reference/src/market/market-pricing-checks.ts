import { compareDecimal } from "../rating/exact-decimal";
import {
  type AssetKindTerms,
  CARBON_ASSET_KINDS,
  ESG_GRADES,
  type LprFixingData,
  type PriceSeriesData,
  type ProductData,
} from "./market-pricing.schema";

const FUTURE_INCOME = new Set(["ccer_expected", "carbon_sink_future"]);
const UNIT: Record<string, string> = {
  cea_allowance: "tCO2e",
  ccer_issued: "tCO2e",
  ccer_expected: "tCO2e",
  emission_right: "t",
  carbon_sink_future: "tCO2e",
};
/** Percent texts compared exactly, never as binary floats. */
const lt = (a: string, b: string) => compareDecimal(a, b) < 0;
const isZero = (a: string) => compareDecimal(a, "0") === 0;
const ascending = (xs: readonly string[]) => xs.every((x, i) => i === 0 || x > (xs[i - 1] as string));

function kindProblems(kinds: readonly AssetKindTerms[]): string[] {
  const out: string[] = [];
  for (const k of CARBON_ASSET_KINDS) {
    const found = kinds.filter((t) => t.kind === k);
    if (found.length !== 1) out.push(`collateral: ${k} must appear once (found ${found.length})`);
  }
  for (const t of kinds) {
    if (t.unit !== UNIT[t.kind]) out.push(`collateral ${t.kind}: unit must be ${UNIT[t.kind]}`);
    if (!lt(t.haircutPercent, "100")) out.push(`collateral ${t.kind}: haircut must be below 100 %`);
    if (!lt(t.futureDiscountPercent, "100")) out.push(`collateral ${t.kind}: future discount must be below 100 %`);
    const future = FUTURE_INCOME.has(t.kind);
    if (future && isZero(t.futureDiscountPercent)) out.push(`collateral ${t.kind}: future income needs a discount`);
    if (!future && !isZero(t.futureDiscountPercent)) out.push(`collateral ${t.kind}: only future income is discounted`);
  }
  return out;
}

function seriesProblems(series: readonly PriceSeriesData[]): string[] {
  const out: string[] = [];
  const keys = new Set<string>();
  for (const s of series) {
    if (keys.has(s.key)) out.push(`prices: series ${s.key} listed twice`);
    keys.add(s.key);
    for (const k of s.assetKinds)
      if (`yuan/${UNIT[k]}` !== s.unit) out.push(`prices ${s.key}: unit ${s.unit} cannot price ${k}`);
    const er = s.assetKinds.includes("emission_right");
    if (er !== (s.pollutant !== undefined)) out.push(`prices ${s.key}: a pollutant is named for emission rights only`);
    if (er && s.key !== `emission_right.${s.pollutant}`)
      out.push(`prices ${s.key}: key must be emission_right.<pollutant>`);
    if ("points" in s && !ascending(s.points.map((p) => p.date))) out.push(`prices ${s.key}: dates must ascend`);
    if ("from" in s && s.key !== "cea") out.push(`prices ${s.key}: only the CEA series comes from the carbon set`);
  }
  for (const k of CARBON_ASSET_KINDS)
    if (!series.some((s) => s.assetKinds.includes(k))) out.push(`prices: no series prices ${k}`);
  return out;
}

function lprProblems(fixings: readonly LprFixingData[]): string[] {
  return (["1y", "5y"] as const).flatMap((t) => {
    const dates = fixings.filter((f) => f.tenor === t).map((f) => f.date);
    return ascending(dates) ? [] : [`lpr ${t}: dates must ascend without repeats`];
  });
}

/** Better grades and fuller disclosure never cost more; tables are complete. */
function pricingProblems(p: ProductData, fixings: readonly LprFixingData[]): string[] {
  const out: string[] = [];
  const at = (what: string) => out.push(`product ${p.key}: ${what}`);
  const { pricing } = p;
  if (pricing.esgGrades.map((g) => g.grade).join() !== ESG_GRADES.join())
    at(`ESG grades must be ${ESG_GRADES.join(" ")}`);
  if (pricing.carbonGrades.map((g) => g.grade).join() !== "1,2,3,4,5") at("carbon grades must be 1 2 3 4 5");
  const monotone = (bps: readonly number[]) => bps.every((b, i) => i === 0 || b >= (bps[i - 1] as number));
  if (!monotone(pricing.esgGrades.map((g) => g.bp))) at("a worse ESG grade must not earn a larger discount");
  if (!monotone(pricing.carbonGrades.map((g) => g.bp))) at("a worse carbon grade must not earn a larger discount");
  const bands = pricing.disclosureBands;
  if (bands[0]?.fromPercent !== "0") at("disclosure bands must start at 0 %");
  if (!bands.every((b, i) => i === 0 || lt((bands[i - 1] as typeof b).fromPercent, b.fromPercent)))
    at("disclosure bands must ascend");
  if (!monotone(bands.map((b) => -b.bp))) at("fuller disclosure must not cost more");
  if (lt(pricing.rateBounds.capPercent, pricing.rateBounds.floorPercent)) at("rate floor above the cap");
  if (pricing.base.kind === "lpr") {
    const tenor = pricing.base.tenor;
    if (!fixings.some((f) => f.tenor === tenor)) at(`no ${tenor} LPR fixing`);
  }
  return out;
}

function collateralProblems(p: ProductData): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const c of p.collateral) {
    const at = (what: string) => out.push(`product ${p.key} ${c.kind}: ${what}`);
    if (seen.has(c.kind)) at("listed twice");
    seen.add(c.kind);
    if (isZero(c.ltvCapPercent)) at("LTV cap must be above 0");
    if (lt(c.callLtvPercent, c.ltvCapPercent)) at("call level below the cap");
    if (c.liquidationLtvPercent !== null && lt(c.liquidationLtvPercent, c.callLtvPercent))
      at("liquidation level below the call level");
  }
  return out;
}

/** Every cross-record problem of a market-pricing set; empty when consistent. */
export function checkMarketPricing(files: {
  assetKinds: readonly AssetKindTerms[];
  series: readonly PriceSeriesData[];
  fixings: readonly LprFixingData[];
  products: readonly ProductData[];
}): string[] {
  const keys = files.products.map((p) => p.key);
  return [
    ...kindProblems(files.assetKinds),
    ...seriesProblems(files.series),
    ...lprProblems(files.fixings),
    ...keys.filter((k, i) => keys.indexOf(k) !== i).map((k) => `product ${k} listed twice`),
    ...files.products.flatMap((p) => [
      ...pricingProblems(p, files.fixings),
      ...collateralProblems(p),
      ...(p.sll && new Set(p.sll.kpis.map((k) => k.key)).size !== p.sll.kpis.length
        ? [`product ${p.key}: SLL KPI keys repeat`]
        : []),
    ]),
  ];
}
