import { describe, expect, it } from "vitest";
import { loadCeaTrading } from "../src";

describe("the CEA trading data", () => {
  it("loads pinned, each year with its source and verification, rounded figures flagged", () => {
    const set = loadCeaTrading();
    expect(set.ref).toBe("cea-trading@2026.1");
    expect(set.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(set.annual.map((a) => a.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    const y2021 = set.annual[0]!;
    expect([y2021.volumeTonnes, y2021.turnoverYuan, y2021.exact]).toEqual(["178789350", "7661230022.99", true]);
    const y2024 = set.annual.find((a) => a.year === 2024)!;
    expect([y2024.volumeTonnes, y2024.turnoverYuan, y2024.exact]).toEqual(["189000000", "18114000000", false]);
    for (const a of set.annual) {
      expect(a.source).not.toBe("");
      expect(a.verification).toMatch(/verified/);
    }
  });

  it("refuses a version it does not ship", () => {
    expect(() => loadCeaTrading("cea-trading@1999.1")).toThrow(/no CEA trading data/);
  });
});
