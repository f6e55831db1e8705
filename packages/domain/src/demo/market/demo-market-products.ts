/**
 * The demo institutions' product catalogue: each offering institution publishes each kind it offers (DEMO_PRODUCT_KINDS)
 * under its own brand, with its own rate range (within 20 bp of the kind's) and amount bounds (within 10 %). A few
 * products have a retired first version and a published second one. Deterministic for a seed.
 */
import type { ProductEligibilityRules } from "../../market-service/eligibility-types";
import { streamFor } from "../demo-random";
import { isoAt } from "../demo-time";
import type { DemoOrganisation } from "../demo-types";
import type { DemoMarketProduct } from "./demo-market-types";
import { DEMO_PRODUCT_KINDS, type DemoProductKind } from "./demo-product-catalogue";

const DAY = 86_400_000;
/** Products revised during the demo year: their first version is retired. */
const REVISED = new Set([
  "bank-qinwan/cea-pledge-retrofit",
  "bank-huaze-qd/carbon-neutral-loan",
  "wm-qinwan/esg-wealth",
]);

const rateText = (x: number) => (Math.round(x * 100) / 100).toFixed(2);
const round = (x: number, step: number) => Math.max(step, Math.round(x / step) * step);

/** The brand (字号) of an institution's Chinese name: "琴湾银行股份有限公司" → "琴湾". */
export const brandOf = (o: DemoOrganisation) => o.nameZh.slice(0, 2);

function eligibility(kind: DemoProductKind, amountMin: number, amountMax: number): ProductEligibilityRules {
  return {
    ...(kind.industries ? { industries: [...kind.industries] } : {}),
    ...(kind.catalogueCategories ? { catalogueCategories: [...kind.catalogueCategories] } : {}),
    amount: { min: amountMin, max: amountMax },
    tenorMonths: { min: kind.tenor[0], max: kind.tenor[1] },
    ...(kind.collateral ? { collateral: [...kind.collateral] } : {}),
    ...(kind.sizes ? { enterpriseSizes: [...kind.sizes] } : {}),
    purposes: [...kind.purposes],
    ...(kind.consents ? { requiredConsents: [...kind.consents] } : {}),
  };
}

/**
 * Every product version. `windowStartMs` is when the demo's market history begins: products are published before it
 * (revised ones get their second version part-way through).
 */
export function generateDemoProducts(
  seed: number,
  organisations: readonly DemoOrganisation[],
  windowStartMs: number,
  windowEndMs: number,
): DemoMarketProduct[] {
  const byKey = new Map(organisations.map((o) => [o.key, o]));
  const out: DemoMarketProduct[] = [];
  for (const kind of DEMO_PRODUCT_KINDS) {
    kind.offeredBy.forEach((institutionKey, i) => {
      const org = byKey.get(institutionKey);
      if (!org) return;
      const rng = streamFor(seed, `market-product:${institutionKey}:${kind.key}`);
      const [zh, en] = kind.names[i % kind.names.length]!;
      const shift = rng.int(-4, 4) * 5;
      const rateMin = Math.max(0.1, kind.rate[0] + shift / 100);
      const rateMax = Math.max(rateMin, kind.rate[1] + shift / 100);
      const amountMin = round(kind.amount[0] * (1 + (rng.unit() - 0.5) * 0.2), 10_000);
      const amountMax = round(kind.amount[1] * (1 + (rng.unit() - 0.5) * 0.2), 100_000);
      const created = windowStartMs - rng.int(20, 120) * DAY - rng.int(1, 8) * 3_600_000;
      const base: DemoMarketProduct = {
        id: `${institutionKey}/${kind.key}@1`,
        institutionKey,
        productKey: kind.key,
        version: 1,
        family: kind.family,
        subType: kind.subType,
        nameZh: `${brandOf(org)}·${zh}`,
        nameEn: `${org.nameEn.split(" ")[0]} ${en}`,
        description: kind.description,
        eligibility: eligibility(kind, amountMin, amountMax),
        rateMin: rateText(rateMin),
        rateMax: rateText(rateMax),
        pricingTemplate: kind.pricingTemplate,
        status: "published",
        createdAt: isoAt(created),
        publishedAt: isoAt(created + rng.int(1, 5) * DAY),
        retiredAt: null,
      };
      if (!REVISED.has(`${institutionKey}/${kind.key}`)) {
        out.push(base);
        return;
      }
      // Revised a third of the way through the window: wider amounts, 10 bp lower rates.
      const revisedAt = windowStartMs + Math.floor((windowEndMs - windowStartMs) / 3) + rng.int(0, 20) * DAY;
      out.push({ ...base, status: "retired", retiredAt: isoAt(revisedAt) });
      out.push({
        ...base,
        id: `${institutionKey}/${kind.key}@2`,
        version: 2,
        description: `${kind.description}（第2版：扩大金额范围，利率下限下调10个基点。）`,
        eligibility: eligibility(kind, amountMin, round(amountMax * 1.5, 100_000)),
        rateMin: rateText(Math.max(0.1, rateMin - 0.1)),
        rateMax: rateText(Math.max(rateMin - 0.1, rateMax - 0.1)),
        createdAt: isoAt(revisedAt - 2 * DAY),
        publishedAt: isoAt(revisedAt),
      });
    });
  }
  return out;
}
