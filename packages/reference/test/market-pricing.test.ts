/**
 * The market-pricing set as data: it loads with its pinned hash, every record names a source ("analyst" for GreenFin's
 * own choices) and a note, CEA prices come from the carbon factor set, a tampered file is refused, and an
 * inconsistent table is refused.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  collateralTermsFor,
  loadCarbonFactorSet,
  loadMarketPricing,
  MARKET_ASSET_KINDS,
  type MarketPricingRaw,
  parseMarketPricing,
  priceSeriesFor,
  pricingTableFor,
  ReferenceDataError,
} from "../src/index";

const DATA = new URL("../data/market/", import.meta.url);
const DIR = "pricing@2026.1";
const raw = (file: string) => JSON.parse(readFileSync(new URL(`${DIR}/${file}`, DATA), "utf8"));
const rawSet = (): MarketPricingRaw => ({
  meta: raw("meta.json"),
  collateral: raw("collateral.json"),
  prices: raw("prices.json"),
  lpr: raw("lpr.json"),
  products: raw("products.json"),
});

describe("market-pricing@2026.1", () => {
  const set = loadMarketPricing();

  it("loads, named by the hash of its SHA256SUMS", () => {
    const sums = readFileSync(new URL(`${DIR}/SHA256SUMS`, DATA));
    expect(set.ref).toBe("market-pricing@2026.1");
    expect(set.sha256).toBe(createHash("sha256").update(sums).digest("hex"));
    expect(set.products.map((p) => p.key)).toEqual([
      "carbon-quota-pledge-retrofit",
      "ccer-future-income-pledge",
      "emission-right-pledge",
      "carbon-sink-future-income-pledge",
      "sustainability-linked-loan",
      "carbon-disclosure-linked-loan",
    ]);
  });

  it("gives every record a source and a note", () => {
    const records = [
      ...set.assetKinds,
      ...set.series,
      ...set.series.flatMap((s) => s.points),
      ...set.lpr,
      ...set.products.flatMap((p) => [
        ...p.collateral,
        p.pricing,
        ...p.pricing.esgGrades,
        ...p.pricing.carbonGrades,
        ...p.pricing.disclosureBands,
        ...(p.sll ? [p.sll, ...p.sll.kpis] : []),
      ]),
    ];
    for (const r of records) {
      expect(r.source.length).toBeGreaterThan(0);
      expect(r.note.length).toBeGreaterThan(0);
    }
    // GreenFin's own parameters say so.
    expect(set.assetKinds.every((k) => k.source === "analyst")).toBe(true);
  });

  it("takes CEA prices from the carbon factor set, dated at each year's end", () => {
    const cea = priceSeriesFor(set, "cea_allowance");
    const carbon = loadCarbonFactorSet();
    expect(set.carbonSet).toBe(carbon.ref);
    expect(cea.points.map((p) => [p.date, p.price, p.basis])).toEqual(
      carbon.ets.ceaPrices.map((p) => [
        `${p.year}-12-31`,
        p.yearEndClose ?? p.averagePrice,
        p.yearEndClose ? "year_end_close" : "annual_average",
      ]),
    );
    expect(cea.points.at(-1)).toMatchObject({ date: "2025-12-31", price: "62.36", basis: "annual_average" });
  });

  it("prices every asset kind and gives each product's terms in the domain's shape", () => {
    for (const k of MARKET_ASSET_KINDS)
      expect(priceSeriesFor(set, k, k === "emission_right" ? "SO2" : undefined).points.length).toBeGreaterThan(0);
    expect(collateralTermsFor(set, "ccer-future-income-pledge", "ccer_expected")).toEqual({
      kind: "ccer_expected",
      haircutPercent: "15",
      futureDiscountPercent: "30",
      ltvCapPercent: "60",
      callLtvPercent: "70",
      liquidationLtvPercent: "85",
      callRule: "price",
    });
    expect(pricingTableFor(set, "carbon-quota-pledge-retrofit").base).toEqual({
      kind: "lpr",
      tenor: "1y",
      spreadBp: 30,
    });
    expect(() => collateralTermsFor(set, "sustainability-linked-loan", "cea_allowance")).toThrow(ReferenceDataError);
  });
});

describe("market-pricing refusals", () => {
  const tmp = mkdtempSync(join(tmpdir(), "gf-market-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("refuses a tampered file", () => {
    const root = join(tmp, "tampered");
    cpSync(new URL(DIR, DATA), join(root, DIR), { recursive: true });
    const file = join(root, DIR, "collateral.json");
    writeFileSync(file, readFileSync(file, "utf8").replace('"haircutPercent": "10"', '"haircutPercent": "1"'));
    expect(() => loadMarketPricing("market-pricing@2026.1", pathToFileURL(`${root}/`))).toThrow(
      /collateral.json does not match its SHA256SUMS entry/,
    );
  });

  it("refuses a file not listed in SHA256SUMS", () => {
    const root = join(tmp, "extra");
    cpSync(new URL(DIR, DATA), join(root, DIR), { recursive: true });
    writeFileSync(join(root, DIR, "extra.json"), "{}");
    expect(() => loadMarketPricing("market-pricing@2026.1", pathToFileURL(`${root}/`))).toThrow(
      /extra.json is not listed/,
    );
  });

  it("refuses tables that break the rules", () => {
    const broken = rawSet();
    const products = broken.products as {
      products: { pricing: { esgGrades: { bp: number }[] }; collateral: { callLtvPercent: string }[] }[];
    };
    const first = products.products[0]!;
    first.pricing.esgGrades[0]!.bp = 50; // AAA dearer than AA
    first.collateral[0]!.callLtvPercent = "60"; // call level below the 70 % cap
    expect(() => parseMarketPricing(broken, "x")).toThrow(/worse ESG grade[\s\S]*call level below the cap/);
    const noKind = rawSet();
    (noKind.collateral as { assetKinds: unknown[] }).assetKinds.pop();
    expect(() => parseMarketPricing(noKind, "x")).toThrow(/carbon_sink_future must appear once/);
    const float = rawSet();
    (float.lpr as { fixings: { ratePercent: unknown }[] }).fixings[0]!.ratePercent = 3.45;
    expect(() => parseMarketPricing(float, "x")).toThrow(ReferenceDataError);
  });
});
