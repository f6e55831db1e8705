/**
 * A funded sustainability-linked loan's margin at a date: the product's KPI terms from the reference set (carbon
 * intensity of revenue down a set share a year), its baseline the enterprise's intensity in the year before the loan
 * was drawn, one test at each anniversary of the drawing (testing the year before it), the observations from the
 * enterprise's carbon accounts (latest version per year), the domain's assessSll for the steps, and the rate now =
 * the offered rate + the cumulative step. Read by the claim's institution, the enterprise and the district; the carbon
 * figures only when the need consented to share them.
 */
import {
  assessSll,
  type KpiObservation,
  MarketInputError,
  type SllAssessment,
  type SllTerms,
  type SllTestDate,
} from "@greenfin/domain";
import { loadMarketPricing, marketProduct } from "@greenfin/reference";
import Decimal from "decimal.js";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { chinaDate } from "../pledges/pledge-pricing";
import { requireMarketReader } from "./need-access";
import { readClaim } from "./need-rows";

export interface LinkedLoanAssessment {
  claimId: string;
  asOf: string;
  pricingRef: string;
  /** The KPI terms with the loan's baseline filled in; null when there is no baseline year in the carbon accounts. */
  terms: SllTerms | null;
  baseline: { year: number; value: string; source: string } | null;
  observations: KpiObservation[];
  tests: SllTestDate[];
  assessment: SllAssessment | null;
  offeredRatePercent: string;
  cumulativeStepBp: number;
  ratePercentNow: string;
  /** Why nothing could be assessed yet, in words. */
  note: { zh: string; en: string } | null;
}

const UNIT = "tCO2/wan_yuan";

export async function assessLinkedLoan(
  p: Platform,
  actor: Actor,
  claimId: string,
  opts: { asOf?: Date } = {},
): Promise<LinkedLoanAssessment> {
  requireMarketReader(actor);
  const asOf = opts.asOf ?? p.clock.now();
  const claim = await readClaim(p.db, claimId);
  const mayRead =
    claim && (actor.orgKind === "district" || actor.orgId === claim.org_id || actor.orgId === claim.enterprise_org_id);
  if (!claim || !mayRead) throw AppError.notFound("need_claim");
  const ref = (
    await p.db.query<{ pricing_ref: string | null }>("SELECT pricing_ref FROM market_products WHERE id = $1", [
      claim.product_id,
    ])
  ).rows[0]?.pricing_ref;
  const [setRef, key] = (ref ?? "").split("#");
  const product = ref ? marketProduct(loadMarketPricing(setRef), key as string) : null;
  if (!product?.sll || !claim.funded_at || claim.rate === null)
    throw new AppError("CONFLICT", {
      zh: "只有已放款的可持续发展挂钩贷款才有挂钩评估",
      en: "Only a funded sustainability-linked loan is assessed against its KPIs",
      details: { field: "claimId", pricingRef: ref ?? null, funded: claim.funded_at !== null },
    });
  const rows = (
    await p.db.query<{ year: number; version: number; total_location: string; revenue_wan: string | null }>(
      "SELECT year, version, total_location::text, revenue_wan::text FROM market_claim_carbon_intensity($1)",
      [claim.id],
    )
  ).rows;
  const kpi = product.sll.kpis[0]!;
  const intensity = new Map(
    rows
      .filter((r) => r.revenue_wan !== null && new Decimal(r.revenue_wan).gt(0))
      .map((r) => [
        r.year,
        {
          value: new Decimal(r.total_location).div(r.revenue_wan!).toDecimalPlaces(6).toFixed(),
          source: `carbon account ${r.year} v${r.version}`,
        },
      ]),
  );
  const funded = chinaDate(claim.funded_at);
  const baseYear = Number(funded.slice(0, 4)) - 1;
  const base = intensity.get(baseYear);
  const tests: SllTestDate[] = [];
  for (let n = 1; n <= 30; n++) {
    const date = `${Number(funded.slice(0, 4)) + n}${funded.slice(4)}`;
    if (date > chinaDate(asOf)) break;
    tests.push({ date, year: Number(date.slice(0, 4)) - 1 });
  }
  const offered = claim.rate;
  const none = (zh: string, en: string): LinkedLoanAssessment => ({
    claimId: claim.id,
    asOf: asOf.toISOString(),
    pricingRef: ref!,
    terms: null,
    baseline: null,
    observations: [],
    tests,
    assessment: null,
    offeredRatePercent: offered,
    cumulativeStepBp: 0,
    ratePercentNow: offered,
    note: { zh, en },
  });
  if (!base)
    return none(
      `没有 ${baseYear} 年（放款前一年）的碳账户及营业收入，无法确定基准值；在此之前利率不调整`,
      `No carbon account with revenue for ${baseYear} (the year before drawing): no baseline, so the margin does not move`,
    );
  const terms: SllTerms = {
    stepDownBp: product.sll.stepDownBp,
    stepUpBp: product.sll.stepUpBp,
    maxDownBp: product.sll.maxDownBp,
    maxUpBp: product.sll.maxUpBp,
    notReported: product.sll.notReported,
    kpis: product.sll.kpis.map((k) => ({ ...k, unit: UNIT, baselineYear: baseYear, baselineValue: base.value })),
  };
  const observations: KpiObservation[] = [...intensity]
    .filter(([year]) => year > baseYear)
    .map(([year, o]) => ({ kpi: kpi.key, year, value: o.value, unit: UNIT, source: o.source }));
  let assessment: SllAssessment;
  try {
    assessment = assessSll(terms, tests, observations);
  } catch (e) {
    if (!(e instanceof MarketInputError)) throw e;
    throw new AppError("VALIDATION_FAILED", {
      zh: e.problems.map((x) => x.messageZh).join("；"),
      en: e.problems.map((x) => x.messageEn).join("; "),
    });
  }
  const step = assessment.cumulativeBp;
  return {
    claimId: claim.id,
    asOf: asOf.toISOString(),
    pricingRef: ref!,
    terms,
    baseline: { year: baseYear, value: base.value, source: base.source },
    observations,
    tests,
    assessment,
    offeredRatePercent: offered,
    cumulativeStepBp: step,
    ratePercentNow: new Decimal(offered).plus(new Decimal(step).div(100)).toFixed(2),
    note: tests.length
      ? null
      : {
          zh: `首个考核日为放款一周年（${Number(funded.slice(0, 4)) + 1}${funded.slice(4)}），此前利率不调整`,
          en: `The first test is on the loan's first anniversary (${Number(funded.slice(0, 4)) + 1}${funded.slice(4)}); until then the margin does not move`,
        },
  };
}
