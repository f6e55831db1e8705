/** Months to quarters for the dashboard: the quarter a month is in, and the last quarter complete by its end. */
import { describe, expect, it } from "vitest";
import { lastQuarterEndingBy, quarterOfMonth } from "../src/index";

describe("quarterOfMonth", () => {
  it("maps every month of a year to its quarter", () => {
    const months = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];
    expect(months.map((m) => quarterOfMonth(`2026-${m}`))).toEqual([
      "2026-Q1",
      "2026-Q1",
      "2026-Q1",
      "2026-Q2",
      "2026-Q2",
      "2026-Q2",
      "2026-Q3",
      "2026-Q3",
      "2026-Q3",
      "2026-Q4",
      "2026-Q4",
      "2026-Q4",
    ]);
  });
  it("refuses a quarter", () => expect(() => quarterOfMonth("2026-Q1")).toThrow(/not a month/));
});

describe("lastQuarterEndingBy", () => {
  it("is the month's quarter when the month closes it, else the one before (across the year end)", () => {
    expect(lastQuarterEndingBy("2026-03")).toBe("2026-Q1");
    expect(lastQuarterEndingBy("2026-05")).toBe("2026-Q1");
    expect(lastQuarterEndingBy("2026-06")).toBe("2026-Q2");
    expect(lastQuarterEndingBy("2026-12")).toBe("2026-Q4");
    expect(lastQuarterEndingBy("2026-01")).toBe("2025-Q4");
    expect(lastQuarterEndingBy("2026-02")).toBe("2025-Q4");
  });
  it("refuses a quarter", () => expect(() => lastQuarterEndingBy("2026-Q2")).toThrow(/not a month/));
});
