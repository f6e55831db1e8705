/**
 * The demo's financed emissions on the small demo district of the test template: with its carbon accounts computed,
 * every demo bank and insurer gets a 2024 and a 2025 book through the upload use-case, each run to completion; about
 * six in ten of a bank's borrowers granted it their carbon data, so a bank's 2025 run has both a data-quality-2 share
 * and borrowers without consent; each 2025 run is compared with its 2024 run; a second seeding adds nothing.
 */
import { getPcafRun } from "@greenfin/app";
import { generateDemoDistrict } from "@greenfin/domain";
import { loadIndustryClassification } from "@greenfin/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { TEMPLATE_ENTERPRISES, TEMPLATE_SEED } from "../../../tests/support/templates";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";
import { seedDemoCarbonOnce } from "../src/demo/seed-demo-carbon";
import { seedDemoPcafOnce } from "../src/demo/seed-demo-pcaf";

let p: TestPlatform;
const district = generateDemoDistrict({
  seed: TEMPLATE_SEED,
  industries: loadIndustryClassification(),
  enterpriseCount: TEMPLATE_ENTERPRISES,
});

beforeAll(async () => {
  p = await openTestPlatform();
  await seedDemoCarbonOnce(p, district, "now");
});
afterAll(() => p?.close());

describe("the demo's financed emissions", () => {
  it("uploads and runs every bank's and insurer's books for both years, once", async () => {
    const counts = await seedDemoPcafOnce(p, district, "now");
    const institutions = district.organisations.filter((o) => o.kind === "bank" || o.kind === "insurer").length;
    expect(counts).toMatchObject({ runs: "computed" });
    expect(counts!.books).toBeGreaterThan(institutions);
    expect(counts!.books).toBeLessThanOrEqual(institutions * 2);
    expect(counts!.grants).toBeGreaterThan(0);
    const runs = await p.db.query<{ status: string; n: string }>(
      "SELECT status, count(*)::text AS n FROM pcaf_runs GROUP BY status",
    );
    expect(runs.rows).toEqual([{ status: "completed", n: String(counts!.books) }]);
    expect(await seedDemoPcafOnce(p, district, "now")).toBeNull();
    const books = await p.db.query<{ n: string }>("SELECT count(*)::text AS n FROM pcaf_books");
    expect(Number(books.rows[0]!.n)).toBe(counts!.books);
  });

  it("gives the demo bank's 2025 run accounts used under consent, borrowers without it, and last year to compare", async () => {
    const bank = await actorFor(p, "bank-qinwan", "admin");
    const r = await p.db.query<{ id: string }>(
      "SELECT id FROM pcaf_runs WHERE org_id = $1 AND year = 2025 AND status = 'completed'",
      [bank.orgId],
    );
    const run = await getPcafRun(p, bank, r.rows[0]!.id);
    expect(run.platform.onPlatform).toBeGreaterThan(0);
    expect(run.platform.accountsUsed).toBeGreaterThan(0);
    expect(run.platform.withoutConsent).toBeGreaterThan(0);
    expect(Number(run.total?.outstandingByScore["2"] ?? 0)).toBeGreaterThan(0);
    expect(run.comparison).toMatchObject({ previousYear: 2024, sameReference: true });
  });
});
