/**
 * The demo green-finance marketplace (issue 7 item 8): the institutions' products (every family and sub-type), the
 * enterprises' carbon holdings (CEA allowances sized from their ETS allocations, CCERs, emission rights and carbon-sink
 * income where a need pledges them), a few hundred financing needs in every state with their broadcasts, claims,
 * offers, fundings and pledges, and the district's interest-subsidy programmes. Pure and deterministic for a seed;
 * dated relative to the seeding clock (`nowMs`) inside the working-day calendar. Valuations and linked prices are left
 * to the app, which holds the reference data.
 */
import { streamFor } from "../demo-random";
import { isoAt } from "../demo-time";
import { DAY, marketClock } from "./demo-market-clock";
import { generateDemoNeeds } from "./demo-market-needs";
import { generateDemoProducts } from "./demo-market-products";
import type { DemoCarbonHolding, DemoMarket, DemoSubsidyProgramme, GenerateDemoMarketInput } from "./demo-market-types";

export { marketClock } from "./demo-market-clock";
export { STATUS_SHARES } from "./demo-market-needs";
export { DECLINED_REASON, EXPIRY_DAYS, expiredReason } from "./demo-market-texts";
export type * from "./demo-market-types";
export { DEMO_PRODUCT_KINDS, type DemoProductKind } from "./demo-product-catalogue";

/** The latest year's allocation of each covered enterprise, held in its national registry account. */
function allowanceHoldings(input: GenerateDemoMarketInput, recordedMs: number): DemoCarbonHolding[] {
  const latest = new Map<string, { year: number; allocatedT: string }>();
  for (const a of input.allowances ?? []) {
    const seen = latest.get(a.ownerKey);
    if (!seen || a.year > seen.year) latest.set(a.ownerKey, a);
  }
  const orgs = new Map(input.organisations.map((o) => [o.key, o]));
  return [...latest.entries()]
    .filter(([key, a]) => orgs.has(key) && Number(a.allocatedT) > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, a]) => ({
      key: `${key}/cea_allowance`,
      ownerKey: key,
      kind: "cea_allowance" as const,
      complianceYear: a.year,
      vintage: null,
      pollutant: null,
      quantity: String(Math.floor(Number(a.allocatedT))),
      unit: "tCO2e" as const,
      registryRef: `全国碳排放权注册登记系统 ${orgs.get(key)!.uscc ?? key}`,
      source: "allocation_notice",
      note: `${a.year}年度配额（据省生态环境厅分配方案，演示数据） / ${a.year} allocation (demo)`,
      recordedAt: isoAt(recordedMs),
    }));
}

/** This year's green-loan interest subsidy (open) and last year's blue-economy one (closed). */
function subsidyProgrammes(seed: number, anchorMs: number): DemoSubsidyProgramme[] {
  const rng = streamFor(seed, "market-subsidies");
  const year = Number(isoAt(anchorMs).slice(0, 4));
  const opened = Math.min(anchorMs - DAY, Date.UTC(year, 0, 8, 2));
  return [
    {
      nameZh: `琴湾金融区${year}年度绿色贷款贴息`,
      nameEn: `Qinwan Financial District green-loan interest subsidy ${year}`,
      description:
        "对区内企业获得的、经认定符合《绿色产业指导目录（2024年版）》的绿色贷款，按贷款本金每年给予1个百分点的贴息，单笔贷款贴息上限50万元，预算用完为止。",
      kind: "rate_points",
      rate: "1.00",
      categoryPrefixes: ["1", "2", "3", "4", "5", "6"],
      periodStart: `${year}-01-01`,
      periodEnd: `${year}-12-31`,
      perLoanCap: "500000.00",
      budget: String(rng.int(15, 25) * 1_000_000),
      status: "open",
      createdAt: isoAt(opened - 3 * DAY),
      openedAt: isoAt(opened),
      closedAt: null,
    },
    {
      nameZh: `琴湾金融区${year - 1}年度蓝色经济贷款贴息`,
      nameEn: `Qinwan Financial District blue-economy loan interest subsidy ${year - 1}`,
      description: "对海洋可再生能源、海水淡化、海洋生态修复等蓝色项目贷款，按实付利息的30%给予贴息。",
      kind: "interest_share",
      rate: "30",
      categoryPrefixes: ["3.2", "4.2"],
      periodStart: `${year - 1}-01-01`,
      periodEnd: `${year - 1}-12-31`,
      perLoanCap: "300000.00",
      budget: "8000000.00",
      status: "closed",
      createdAt: isoAt(Date.UTC(year - 1, 0, 6, 2)),
      openedAt: isoAt(Date.UTC(year - 1, 0, 10, 2)),
      closedAt: isoAt(Math.min(anchorMs - DAY, Date.UTC(year, 0, 15, 2))),
    },
  ];
}

export function generateDemoMarket(input: GenerateDemoMarketInput): DemoMarket {
  const clock = marketClock(input.calendar, input.nowMs);
  const products = generateDemoProducts(input.seed, input.organisations, clock.windowStartMs, clock.anchorMs);
  const holdings = allowanceHoldings(input, clock.windowStartMs - 10 * DAY);
  const needs = generateDemoNeeds(input, clock, products, holdings);
  return { products, holdings, needs, subsidyProgrammes: subsidyProgrammes(input.seed, clock.anchorMs) };
}
