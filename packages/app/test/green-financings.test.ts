/**
 * Green financings through the use-cases, by attack: two simultaneous records of one reference (one wins, the other
 * gets CONFLICT naming the field, nothing half-saved); a viewer may not record; a refused record leaves no row, event
 * or audit entry; taking the label off moves a loan from the totals to the unlabelled count.
 */
import { greenStatistics, isAppError, recordGreenFinancing, relabelGreenFinancing } from "@greenfin/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;

const loan = (reference: string, over: Record<string, unknown> = {}) => ({
  instrument: "loan" as const,
  reference,
  borrowerName: "青岛某新能源有限公司",
  amount: "5000000",
  startDate: "2025-03-01",
  categoryCode: "4.2.2",
  useOfProceeds: "屋顶分布式光伏",
  ...over,
});

const count = async (sql: string) => Number((await p.db.query<{ n: string }>(sql)).rows[0]!.n);

beforeAll(async () => {
  p = await openTestPlatform();
});
afterAll(() => p?.close());

describe("recording and relabelling green financings", () => {
  it("lets one of two simultaneous records of a reference through, and refuses the other with CONFLICT", async () => {
    const bank = await actorFor(p, "bank-qinwan", "analyst");
    const results = await Promise.allSettled([
      recordGreenFinancing(p, bank, loan("RACE-1")),
      recordGreenFinancing(p, bank, loan("RACE-1")),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(isAppError(refused.reason) && refused.reason.code).toBe("CONFLICT");
    expect(refused.reason.details).toMatchObject({ field: "reference" });
    expect(await count("SELECT count(*)::text AS n FROM green_financings WHERE reference = 'RACE-1'")).toBe(1);
    expect(await count("SELECT count(*)::text AS n FROM audit_log WHERE action = 'green.financing.record'")).toBe(1);
  });

  it("refuses a viewer, and a record with problems leaves nothing behind", async () => {
    const viewer = await actorFor(p, "bank-qinwan", "viewer");
    await expect(recordGreenFinancing(p, viewer, loan("V-1"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const bank = await actorFor(p, "bank-qinwan", "analyst");
    await expect(recordGreenFinancing(p, bank, loan("BAD-1", { industryCode: "Z99" }))).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      details: { problems: [expect.objectContaining({ path: "industryCode" })] },
    });
    expect(await count("SELECT count(*)::text AS n FROM green_financings")).toBe(1);
    expect(await count("SELECT count(*)::text AS n FROM audit_log WHERE action LIKE 'green.financing.%'")).toBe(1);
  });

  it("counts a loan whose label was taken off as unlabelled", async () => {
    const bank = await actorFor(p, "bank-qinwan", "analyst");
    const row = await recordGreenFinancing(p, bank, loan("UN-1", { amount: "3000000", outstanding: "2500000.50" }));
    const before = await greenStatistics(p, bank, { year: 2025, instrument: "loan" });
    expect(before.total).toMatchObject({ count: 2, balance: "7500000.50" });
    const relabelled = await relabelGreenFinancing(p, bank, row.id, {
      categoryCode: "",
      useOfProceeds: "一般流动资金",
      reason: "核查发现资金未用于光伏项目",
    });
    expect(relabelled.category).toBeNull();
    const after = await greenStatistics(p, bank, { year: 2025, instrument: "loan" });
    expect(after.total).toMatchObject({ count: 1, balance: "5000000.00" });
    expect(after.unlabelled).toEqual({ count: 1, balance: "2500000.50" });
  });
});
