/** Pledge availability: free = max(0, held − Σ active pledges); a request beyond it is refused with the numbers. */
import { describe, expect, it } from "vitest";
import {
  type ActivePledge,
  type AssetHolding,
  decidePledgeRequest,
  MarketInputError,
  pledgeAvailability,
} from "../src/index";

const holding: AssetHolding = { assetId: "cea-2024-acct-1", quantity: "10000", unit: "tCO2e" };
const pledge = (pledgeId: string, quantity: string): ActivePledge => ({
  pledgeId,
  assetId: holding.assetId,
  quantity,
  unit: "tCO2e",
});

describe("pledge availability", () => {
  it("frees what is not pledged", () => {
    // 10 000 − (6 000 + 2 500.5) = 1 499.500
    const a = pledgeAvailability(holding, [pledge("p1", "6000"), pledge("p2", "2500.5")]);
    expect([a.held, a.pledged, a.free, a.overPledged]).toEqual(["10000.000", "8500.500", "1499.500", false]);
  });

  it("accepts a request that fits exactly, and refuses one a kilogram beyond, with the numbers", () => {
    const pledges = [pledge("p1", "6000"), pledge("p2", "2500.5")];
    expect(decidePledgeRequest(holding, pledges, { quantity: "1499.5", unit: "tCO2e" })).toMatchObject({
      accepted: true,
      freeAfter: "0.000",
    });
    const refused = decidePledgeRequest(holding, pledges, { quantity: "1499.501", unit: "tCO2e" });
    expect(refused).toMatchObject({ accepted: false, requested: "1499.501", shortfall: "0.001" });
    if (!refused.accepted)
      expect(refused.messageEn).toContain("held 10000.000, already pledged 8500.500, free 1499.500");
  });

  it("reports an over-pledged holding as nothing free, never a negative quantity", () => {
    // holdings fell to 5 000 after 8 500.5 was pledged: free 0, flagged for review
    const a = pledgeAvailability({ ...holding, quantity: "5000" }, [pledge("p1", "6000"), pledge("p2", "2500.5")]);
    expect([a.free, a.overPledged]).toEqual(["0.000", true]);
  });

  it("refuses pledges of another asset, another unit or listed twice", () => {
    const bad = [
      pledge("p1", "1"),
      { ...pledge("p1", "1") },
      { ...pledge("p3", "1"), assetId: "x", unit: "t" as const },
    ];
    try {
      pledgeAvailability(holding, bad);
      throw new Error("expected a refusal");
    } catch (e) {
      expect(e).toBeInstanceOf(MarketInputError);
      expect((e as MarketInputError).problems.map((p) => p.code).sort()).toEqual([
        "duplicate",
        "invalid",
        "unit_mismatch",
      ]);
    }
  });
});
