import { describe, expect, it } from "vitest";
import { latestCompletePeriod } from "../src/statistics/aggregate/latest-complete-period";

describe("latestCompletePeriod", () => {
  it("skips a newest month still under review (7 of 11 accepted) for the month before, all 11 accepted", () => {
    expect(latestCompletePeriod(["2026-10", "2026-09", "2026-08"], [7, 11, 11])).toBe("2026-09");
  });
  it("opens on the newest month once every institution's report is accepted", () => {
    expect(latestCompletePeriod(["2026-10", "2026-09", "2026-08"], [11, 11, 10])).toBe("2026-10");
  });
  it("is not held back for good by an institution that stopped reporting three months ago", () => {
    expect(latestCompletePeriod(["2026-10", "2026-09", "2026-08", "2026-07"], [10, 10, 10, 11])).toBe("2026-10");
  });
  it("takes the newest of equals, and says null when nothing is accepted", () => {
    expect(latestCompletePeriod(["2026-Q3", "2026-Q2"], [12, 12])).toBe("2026-Q3");
    expect(latestCompletePeriod([], [])).toBeNull();
  });
});
