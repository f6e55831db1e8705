/**
 * The demo marketplace generator: the same inputs give the same market; every family, sub-type and need state is
 * there; claims respect the three-claimant limit, come from the broadcast, record their steps in order and fund no
 * more than they approved; pledges fit their holdings; claims meant to be overdue are overdue by the timers at the
 * seeding time and every claim's deadlines stay on the calendar, whenever in 2026 the demo is seeded.
 */
import {
  buildWorkingCalendar,
  type DemoMarket,
  evaluateClaimTimers,
  type GenerateDemoMarketInput,
  generateDemoDistrict,
  generateDemoMarket,
} from "@greenfin/domain";
import {
  DEFAULT_MARKET_CALENDAR,
  loadIndustryClassification,
  loadMarketCalendar,
  loadRatingMethodology,
} from "@greenfin/reference";
import { describe, expect, it } from "vitest";

const calendar = buildWorkingCalendar(loadMarketCalendar(DEFAULT_MARKET_CALENDAR).workingDays);
const esgGrades = loadRatingMethodology().scale.grades.map((g) => g.grade);
const district = generateDemoDistrict({ seed: 4242, industries: loadIndustryClassification(), enterpriseCount: 120 });
const enterprises = district.organisations.filter((o) => o.kind === "enterprise");
const allowances = enterprises
  .filter((o) => /^(C2|C3|D44)/.test(o.industryCode ?? ""))
  .slice(0, 12)
  .flatMap((o, i) => [2024, 2025].map((year) => ({ ownerKey: o.key, year, allocatedT: String(50_000 + 7_000 * i) })));
const grades = new Map(enterprises.map((o, i) => [o.key, { esgGrade: esgGrades[i % 6]!, carbonGrade: (i % 5) + 1 }]));
const NOW = Date.parse("2026-11-27T02:00:00.000Z");

const input = (over: Partial<GenerateDemoMarketInput> = {}): GenerateDemoMarketInput => ({
  seed: 4242,
  organisations: district.organisations,
  nowMs: NOW,
  calendar,
  esgGrades,
  allowances,
  grades,
  ...over,
});

const market = generateDemoMarket(input());
const claims = (m: DemoMarket) => m.needs.flatMap((n) => n.claims.map((c) => ({ n, c })));

describe("the demo marketplace generator", () => {
  it("is the same market for the same inputs, and another for another seed", () => {
    expect(generateDemoMarket(input())).toEqual(market);
    const other = generateDemoMarket(input({ seed: 4243 }));
    expect(other.needs.map((n) => n.amount)).not.toEqual(market.needs.map((n) => n.amount));
  });

  it("publishes every family and sub-type, with pricing templates where a table fits", () => {
    const published = market.products.filter((p) => p.status === "published");
    const kinds = new Set(published.map((p) => `${p.family}/${p.subType}`));
    for (const k of [
      "green_credit/carbon_quota_pledge",
      "green_credit/ccer_future_income_pledge",
      "green_credit/emission_right_pledge",
      "green_credit/carbon_sink_pledge",
      "green_credit/carbon_neutral",
      "green_credit/blue",
      "green_credit/sustainability_linked",
      "green_credit/carbon_disclosure_linked",
      "green_bond/green",
      "green_bond/blue",
      "green_bond/transition",
      "wealth/carbon_neutral",
      "wealth/esg",
      "insurance/green",
      "insurance/green_building_guarantee",
    ])
      expect(kinds).toContain(k);
    expect(new Set(published.map((p) => p.pricingTemplate).filter(Boolean))).toEqual(
      new Set([
        "carbon-quota-pledge-retrofit",
        "ccer-future-income-pledge",
        "emission-right-pledge",
        "carbon-sink-future-income-pledge",
        "sustainability-linked-loan",
        "carbon-disclosure-linked-loan",
      ]),
    );
    // One published version per product; a retired version precedes each revised one.
    const keys = published.map((p) => `${p.institutionKey}/${p.productKey}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of market.products.filter((p) => p.status === "retired"))
      expect(
        published.find((p) => p.productKey === r.productKey && p.institutionKey === r.institutionKey)?.version,
      ).toBe(r.version + 1);
    for (const p of market.products) expect(Number(p.rateMin)).toBeLessThanOrEqual(Number(p.rateMax));
  });

  it("writes 300 needs in every state, dated before the seeding time", () => {
    expect(market.needs).toHaveLength(300);
    const states = new Set(market.needs.map((n) => n.status));
    expect(states).toEqual(new Set(["open", "claimed", "offer_chosen", "funded", "declined", "withdrawn", "expired"]));
    for (const n of market.needs) {
      expect(Date.parse(n.updatedAt)).toBeLessThanOrEqual(NOW);
      expect(n.postedAt <= n.updatedAt).toBe(true);
      const closed = ["funded", "declined", "withdrawn", "expired"].includes(n.status);
      expect(n.closedAt !== null).toBe(closed);
      if (n.status === "open") expect(n.claims).toEqual([]);
      if (n.status === "declined") {
        expect(n.claims).toHaveLength(3);
        expect(n.claims.every((c) => c.decision === "declined")).toBe(true);
      }
    }
    // Spread over the year up to the seeding time.
    const months = new Set(market.needs.map((n) => n.postedAt.slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(10);
    expect(market.needs.some((n) => n.ownerKey === "ent-0000" || n.ownerKey === enterprises[0]!.key)).toBe(true);
  });

  it("claims at most three times per need, from the broadcast, steps in order, funding within the offer", () => {
    for (const n of market.needs) {
      expect(n.claims.length).toBeLessThanOrEqual(3);
      expect(new Set(n.claims.map((c) => c.institutionKey)).size).toBe(n.claims.length);
      const chosen = n.claims.filter((c) => c.offerChosen);
      expect(chosen.length).toBe(n.status === "offer_chosen" || n.status === "funded" ? 1 : 0);
      expect(n.claims.filter((c) => c.fundedAt).length).toBe(n.status === "funded" ? 1 : 0);
      for (const c of n.claims) {
        const b = n.broadcast.find((x) => x.institutionKey === c.institutionKey);
        expect(b?.productIds).toContain(c.productId);
        const steps = [c.claimedAt, c.respondedAt, c.visitedAt, c.decidedAt, c.chosenAt, c.fundedAt];
        const done = steps.filter((s): s is string => s !== null);
        expect(done).toEqual([...done].sort());
        expect(n.postedAt <= c.claimedAt).toBe(true);
        // A step is recorded only after the one before.
        const firstMissing = steps.indexOf(null);
        if (firstMissing >= 0) expect(steps.slice(firstMissing).every((s) => s === null)).toBe(true);
        if (c.decision === "approved") expect(Number(c.approvedAmount)).toBeLessThanOrEqual(Number(n.amount));
        if (c.fundedAmount) expect(Number(c.fundedAmount)).toBeLessThanOrEqual(Number(c.approvedAmount));
      }
    }
    expect(market.needs.filter((n) => n.claims.length === 3).length).toBeGreaterThan(20);
  });

  it("pledges within each holding, allowances sized from the latest allocation", () => {
    const pledged = new Map<string, number>();
    for (const { c } of claims(market))
      if (c.pledge)
        pledged.set(c.pledge.holdingKey, (pledged.get(c.pledge.holdingKey) ?? 0) + Number(c.pledge.quantity));
    expect(pledged.size).toBeGreaterThan(0);
    for (const [key, q] of pledged) {
      const h = market.holdings.find((x) => x.key === key)!;
      expect(q).toBeLessThanOrEqual(Number(h.quantity));
    }
    const cea = market.holdings.filter((h) => h.kind === "cea_allowance");
    expect(cea).toHaveLength(12);
    for (const h of cea) {
      expect(h.complianceYear).toBe(2025);
      expect(h.quantity).toBe(allowances.find((a) => a.ownerKey === h.ownerKey && a.year === 2025)!.allocatedT);
    }
    expect(claims(market).some(({ c }) => c.pledge?.holdingKey.endsWith("/cea_allowance"))).toBe(true);
  });

  for (const now of ["2026-11-27T02:00:00.000Z", "2026-03-02T02:00:00.000Z", "2026-12-30T06:00:00.000Z"])
    it(`leaves the overdue claims overdue at ${now}, and every claim's deadlines on the calendar`, () => {
      const nowMs = Date.parse(now);
      const m = now === "2026-11-27T02:00:00.000Z" ? market : generateDemoMarket(input({ nowMs, needCount: 120 }));
      // Past the calendar's last days the demo is dated as of mid-December, so its timers stay computable there.
      const asOf = new Date(Math.min(nowMs, Date.parse("2026-12-14T01:00:00.000Z"))).toISOString();
      let overdue = 0;
      for (const { c } of claims(m)) {
        const completed = Object.fromEntries(
          (
            [
              ["respond", c.respondedAt],
              ["visit", c.visitedAt],
              ["decide", c.decidedAt],
            ] as const
          ).filter(([, at]) => at !== null),
        );
        const t = evaluateClaimTimers(calendar, { claimedAt: c.claimedAt, completed }, asOf);
        const late = t.stages.some((s) => s.status === "overdue");
        expect(late).toBe(c.scenario.startsWith("overdue-"));
        if (late) overdue++;
      }
      expect(overdue).toBeGreaterThan(5);
    });
});
