/**
 * Product eligibility matching: one reason per stated rule (met / not met / unknown, in zh and en), exclusion only by
 * an unmet rule, the stated ranking, and determinism whatever order the products come in.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COLLATERAL_KINDS,
  DATA_CONSENTS,
  ENTERPRISE_SIZES,
  FINANCE_PURPOSES,
  type FinancingNeed,
  type MarketProduct,
  matchProducts,
} from "../src/index";
import { scales } from "./market-service-fixture";

const product = (id: string, rules: MarketProduct["rules"], rate?: MarketProduct["rate"]): MarketProduct => ({
  id,
  institutionId: `bank-${id}`,
  name: { zh: id, en: id },
  family: "green-credit",
  rules,
  ...(rate ? { rate } : {}),
});

const products: MarketProduct[] = [
  product(
    "carbon-quota-pledge",
    {
      industries: ["D44", "C30"],
      minEsgGrade: "BBB",
      maxCarbonGrade: 3,
      amount: { min: 1_000_000, max: 50_000_000 },
      tenorMonths: { min: 6, max: 36 },
      collateral: ["cea-allowance", "ccer"],
      requiredConsents: ["carbon"],
    },
    { min: 3.2, max: 4 },
  ),
  product(
    "smb-green-credit",
    {
      enterpriseSizes: ["small", "micro"],
      amount: { max: 10_000_000 },
      tenorMonths: { min: 3, max: 36 },
      collateral: ["none", "guarantee", "real-estate"],
    },
    { min: 3.5, max: 4.5 },
  ),
  product(
    "retrofit-loan",
    {
      catalogueCategories: ["1.3", "1.4"],
      purposes: ["technical-retrofit"],
      amount: { min: 500_000, max: 20_000_000 },
    },
    { min: 3.4, max: 4.2 },
  ),
  product(
    "sll",
    { minEsgGrade: "A", amount: { min: 50_000_000 }, requiredConsents: ["esg", "carbon"] },
    { min: 3, max: 3.8 },
  ),
  product("water-loan", { catalogueCategories: ["2.3"], amount: { min: 1_000_000, max: 20_000_000 } }),
];

const need: FinancingNeed = {
  amount: 8_000_000,
  tenorMonths: 24,
  purpose: "technical-retrofit",
  projectCategory: "1.4.1",
  collateralOffered: ["cea-allowance"],
  enterprise: { industry: "C3011", size: "small", esgGrade: "BBB", carbonGrade: 2 },
  consents: ["carbon"],
};

describe("matchProducts", () => {
  const result = matchProducts(products, need, scales);
  const byId = (id: string) => result.find((m) => m.productId === id)!;

  it("ranks eligible products first, by rules met, amount closeness and rate", () => {
    expect(result.map((m) => [m.rank, m.productId, m.status, m.score.met])).toEqual([
      [1, "carbon-quota-pledge", "eligible", 7],
      [2, "retrofit-loan", "eligible", 3],
      // Excluded, by rules met: smb meets 3 (collateral unmet), water 1 (category unmet), sll none of 3.
      [3, "smb-green-credit", "excluded", 3],
      [4, "water-loan", "excluded", 1],
      [5, "sll", "excluded", 0],
    ]);
    // Closeness: water's amount is in its range (1); sll's is 8 / 50 of its minimum.
    expect(byId("sll").score.amountCloseness).toBeCloseTo(0.16, 12);
    expect(byId("water-loan").score.amountCloseness).toBe(1);
  });

  it("breaks ties by amount closeness, then the lowest rate (none last), then id", () => {
    const rules = { amount: { min: 1_000_000, max: 9_000_000 } };
    const tied = [
      product("z-no-rate", rules),
      product("b-dear", rules, { min: 4.1, max: 5 }),
      product("a-cheap", rules, { min: 3.1, max: 5 }),
      product("c-cheap", rules, { min: 3.1, max: 5 }),
      product("far", { amount: { min: 16_000_000 } }, { min: 1, max: 2 }),
      product("near", { amount: { min: 10_000_000 } }, { min: 9, max: 9 }),
    ];
    expect(matchProducts(tied, need, scales).map((m) => m.productId)).toEqual([
      "a-cheap",
      "c-cheap",
      "b-dear",
      "z-no-rate",
      "near",
      "far",
    ]);
  });

  it("gives one reason per stated rule, in zh and en", () => {
    expect(byId("carbon-quota-pledge").reasons.map((r) => [r.rule, r.outcome])).toEqual([
      ["industry", "met"],
      ["esgGrade", "met"],
      ["carbonGrade", "met"],
      ["amount", "met"],
      ["tenor", "met"],
      ["collateral", "met"],
      ["consent", "met"],
    ]);
    const collateral = byId("smb-green-credit").reasons.find((r) => r.rule === "collateral")!;
    expect(collateral).toEqual({
      rule: "collateral",
      outcome: "not-met",
      zh: "提供的担保（碳排放配额）均不在产品接受的方式（无担保（信用）、第三方保证、不动产抵押）内",
      en: "None of the collateral offered (CEA allowances) is accepted (unsecured, third-party guarantee, real-estate mortgage)",
    });
    const sll = byId("sll").reasons;
    expect(sll.map((r) => [r.rule, r.outcome])).toEqual([
      ["esgGrade", "not-met"],
      ["amount", "not-met"],
      ["consent", "not-met"],
    ]);
    expect(sll[2]?.en).toBe("The product needs consent to share the ESG grade, which was not given");
    expect(byId("water-loan").reasons[0]?.zh).toBe("项目目录类别 1.4.1 不属于产品支持的类别（2.3）");
  });

  it("leaves a rule unknown when the data is missing, which does not exclude", () => {
    const sparse: FinancingNeed = { amount: 8_000_000, tenorMonths: 24, enterprise: {}, consents: ["carbon"] };
    const m = matchProducts(products, sparse, scales);
    const quota = m.find((x) => x.productId === "carbon-quota-pledge")!;
    expect(quota.status).toBe("eligible");
    expect(quota.score).toMatchObject({ met: 3, notMet: 0, unknown: 4 });
    expect(quota.reasons[0]).toEqual({
      rule: "industry",
      outcome: "unknown",
      zh: "未提供行业代码，无法判断",
      en: "Industry code not given: cannot tell",
    });
    // No collateral stated is unknown; an empty list offers an unsecured loan.
    const smb = (offered: FinancingNeed["collateralOffered"]) =>
      matchProducts(products, { ...sparse, collateralOffered: offered }, scales)
        .find((x) => x.productId === "smb-green-credit")!
        .reasons.find((r) => r.rule === "collateral")!.outcome;
    expect(smb(undefined)).toBe("unknown");
    expect(smb([])).toBe("met");
  });

  it("matches catalogue prefixes by whole segment and industries by code prefix", () => {
    const one = (rules: MarketProduct["rules"], n: Partial<FinancingNeed>) =>
      matchProducts([product("p", rules)], { ...need, ...n }, scales)[0]!.status;
    expect(one({ catalogueCategories: ["1.4"] }, { projectCategory: "1.4" })).toBe("eligible");
    expect(one({ catalogueCategories: ["1.4"] }, { projectCategory: "1.41" })).toBe("excluded");
    expect(one({ industries: ["C"] }, {})).toBe("eligible");
    expect(one({ industries: ["C31"] }, {})).toBe("excluded");
  });

  it("refuses grades that are not on the scale and nonsense amounts", () => {
    expect(() => matchProducts(products, { ...need, enterprise: { esgGrade: "AAAA" } }, scales)).toThrow(
      /not on the scale/,
    );
    expect(() => matchProducts([product("p", { minEsgGrade: "D" })], need, scales)).toThrow(/product p: ESG grade D/);
    expect(() => matchProducts(products, { ...need, amount: 0 }, scales)).toThrow(/amount/);
    expect(() => matchProducts([products[0]!, products[0]!], need, scales)).toThrow(/listed twice/);
  });
});

const sub = <T>(xs: readonly T[]) => fc.subarray([...xs]);
const range = (max: number) =>
  fc.record(
    {
      min: fc.option(fc.integer({ min: 1, max }), { nil: undefined }),
      max: fc.option(fc.integer({ min: 1, max }), { nil: undefined }),
    },
    { requiredKeys: [] },
  );
const grades = scales.esgGrades;
const rulesArb = fc.record(
  {
    industries: sub(["C", "C30", "D44", "A01"]),
    catalogueCategories: sub(["1", "1.4", "2.3", "4.2.1"]),
    minEsgGrade: fc.constantFrom(...grades),
    maxCarbonGrade: fc.integer({ min: 1, max: 5 }),
    amount: range(100_000_000),
    tenorMonths: range(120),
    collateral: sub(COLLATERAL_KINDS),
    enterpriseSizes: sub(ENTERPRISE_SIZES),
    purposes: sub(FINANCE_PURPOSES),
    requiredConsents: sub(DATA_CONSENTS),
  },
  { requiredKeys: [] },
);
const productsArb = fc.uniqueArray(
  fc.record({
    id: fc.stringMatching(/^[a-z]{1,6}$/),
    rules: rulesArb,
    rate: fc.option(fc.record({ min: fc.integer({ min: 100, max: 800 }).map((x) => x / 100), max: fc.constant(9) }), {
      nil: undefined,
    }),
  }),
  { selector: (p) => p.id, maxLength: 12 },
);
const needArb: fc.Arbitrary<FinancingNeed> = fc.record(
  {
    amount: fc.integer({ min: 1, max: 100_000_000 }),
    tenorMonths: fc.integer({ min: 1, max: 120 }),
    purpose: fc.constantFrom(...FINANCE_PURPOSES),
    projectCategory: fc.constantFrom("1.4.1", "2.3.1", "4.2.1.1"),
    collateralOffered: sub(COLLATERAL_KINDS),
    enterprise: fc.record(
      {
        industry: fc.constantFrom("C3011", "D4411", "A0111", "F5123"),
        size: fc.constantFrom(...ENTERPRISE_SIZES),
        esgGrade: fc.constantFrom(...grades),
        carbonGrade: fc.integer({ min: 1, max: 5 }),
      },
      { requiredKeys: [] },
    ),
    consents: sub(DATA_CONSENTS),
  },
  { requiredKeys: ["amount", "tenorMonths", "enterprise", "consents"] },
);

describe("properties", () => {
  it("is deterministic whatever the order of products, and every excluded product has an unmet rule", () => {
    fc.assert(
      fc.property(productsArb, needArb, fc.integer(), (raw, n, seed) => {
        const ps = raw.map((p) => product(p.id, p.rules, p.rate));
        const a = matchProducts(ps, n, scales);
        const shuffled = [...ps].sort((x, y) => ((x.id.charCodeAt(0) * seed) % 7) - ((y.id.charCodeAt(0) * seed) % 7));
        expect(matchProducts(shuffled, n, scales)).toEqual(a);
        expect(a.map((m) => m.rank)).toEqual(ps.map((_, i) => i + 1));
        for (const m of a) {
          const unmet = m.reasons.filter((r) => r.outcome === "not-met").length;
          expect(m.status === "excluded").toBe(unmet > 0);
          for (const r of m.reasons) expect(r.zh.length * r.en.length).toBeGreaterThan(0);
        }
        const firstExcluded = a.findIndex((m) => m.status === "excluded");
        if (firstExcluded >= 0) expect(a.slice(firstExcluded).every((m) => m.status === "excluded")).toBe(true);
      }),
    );
  });
});
