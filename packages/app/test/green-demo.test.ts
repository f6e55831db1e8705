/**
 * The demo green project library on the small demo district of the test template: the same seed gives the same
 * library; seeding stores every project with the real classifier's answer and its expected benefits, certifies most
 * (the classifier's top category when it finds one), links the financed ones' loans with the certified label, reports
 * benefits within ±15 % of the expected ones, writes the history as events, records what it seeded, and happens once. The
 * district's statistics then add up.
 */
import { greenStatistics } from "@greenfin/app";
import { generateDemoDistrict, generateDemoGreenProjects } from "@greenfin/domain";
import { loadGreenTaxonomy, loadIndustryClassification } from "@greenfin/reference";
import Decimal from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { TEMPLATE_ENTERPRISES, TEMPLATE_SEED } from "../../../tests/support/templates";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";
import { type GreenSeedCounts, seedDemoGreenOnce } from "../src/demo/seed-demo-green";

let p: TestPlatform;
let counts: GreenSeedCounts | null;
const district = generateDemoDistrict({
  seed: TEMPLATE_SEED,
  industries: loadIndustryClassification(),
  enterpriseCount: TEMPLATE_ENTERPRISES,
});
const leaves = new Set(loadGreenTaxonomy().leafCodes);

beforeAll(async () => {
  p = await openTestPlatform();
  counts = await seedDemoGreenOnce(p, district);
});
afterAll(() => p?.close());

describe("the demo green project library", () => {
  it("is the same library for the same seed, and another for another seed", () => {
    const a = generateDemoGreenProjects({ seed: TEMPLATE_SEED, organisations: district.organisations });
    const b = generateDemoGreenProjects({ seed: TEMPLATE_SEED, organisations: district.organisations });
    expect(a).toEqual(b);
    const c = generateDemoGreenProjects({ seed: TEMPLATE_SEED + 1, organisations: district.organisations });
    expect(c.projects.map((x) => x.name)).not.toEqual(a.projects.map((x) => x.name));
    // Every kind of project appears once the library is large enough.
    const big = generateDemoGreenProjects({ seed: 7, organisations: district.organisations, projectCount: 300 });
    expect(new Set(big.projects.map((x) => x.kind)).size).toBe(15);
    expect(big.projects.filter((x) => x.status === "certified").length).toBeGreaterThan(200);
  });

  it("stores every project with its classification and expected benefits, most of them certified", async () => {
    expect(counts).toMatchObject({ projects: 24 });
    expect(counts!.certified).toBeGreaterThan(12);
    expect(counts!.financed).toBeGreaterThan(0);
    const r = await p.db.query<{
      status: string;
      certified_category: string | null;
      proposed_category: string | null;
      classification: string;
      expected_co2_t: string | null;
      certificate_no: string | null;
      certifier: string | null;
    }>(
      `SELECT g.status, g.certified_category, g.proposed_category, g.classification, g.expected_co2_t::text,
              g.certificate_no, o.demo_key AS certifier
         FROM green_projects g LEFT JOIN organisations o ON o.id = g.certifier_org_id`,
    );
    expect(r.rows).toHaveLength(24);
    for (const x of r.rows) {
      const c = JSON.parse(x.classification);
      expect(c.top?.code ?? null).toBe(x.proposed_category);
      if (x.status === "certified") {
        expect(leaves.has(x.certified_category!)).toBe(true);
        expect(x.certificate_no).toMatch(/^GC-\d{4}-\d{6}$/);
        expect(["verifier-biheng", "district-qinwan"]).toContain(x.certifier);
        if (c.verdict === "green") expect(x.certified_category).toBe(c.top.code);
      } else expect(x.certified_category).toBeNull();
    }
    // The classifier agrees with most of the demo's texts.
    const agreed = r.rows.filter((x) => x.status === "certified" && x.proposed_category === x.certified_category);
    expect(agreed.length / counts!.certified).toBeGreaterThan(0.6);
    expect(r.rows.filter((x) => x.expected_co2_t !== null && Number(x.expected_co2_t) > 0).length).toBeGreaterThan(12);
  });

  it("labels linked financings with the certified category and reports benefits near the expected", async () => {
    const linked = await p.db.query<{ ok: boolean }>(
      `SELECT f.category_code = g.certified_category AND g.status = 'certified' AND f.amount > 0
              AND f.outstanding <= f.amount AS ok
         FROM green_financings f JOIN green_projects g ON g.id = f.project_id`,
    );
    expect(linked.rows.length).toBeGreaterThan(0);
    expect(linked.rows.every((x) => x.ok)).toBe(true);
    const standalone = await p.db.query<{ labelled: boolean; n: string }>(
      `SELECT category_code IS NOT NULL AS labelled, count(*)::text AS n FROM green_financings
        WHERE project_id IS NULL GROUP BY 1 ORDER BY 1`,
    );
    expect(standalone.rows.map((x) => x.labelled)).toEqual([false, true]);
    const reports = await p.db.query<{ co2_t: string | null; expected_co2_t: string | null; year: number }>(
      `SELECT b.co2_t::text, g.expected_co2_t::text, b.year FROM green_benefit_reports b
         JOIN green_projects g ON g.id = b.project_id`,
    );
    expect(reports.rows.length).toBe(counts!.benefitReports);
    for (const x of reports.rows) {
      expect([2024, 2025]).toContain(x.year);
      if (x.co2_t !== null && x.expected_co2_t !== null && Number(x.expected_co2_t) > 0) {
        const ratio = new Decimal(x.co2_t).div(x.expected_co2_t).toNumber();
        // ±15 % on the inputs; the grid factor of the report's year moves the CO2 a little more.
        expect(ratio).toBeGreaterThan(0.75);
        expect(ratio).toBeLessThan(1.25);
      }
    }
  });

  it("writes each project's history, records the counts, and seeds once", async () => {
    const events = await p.db.query<{ action: string; n: string }>(
      "SELECT action, count(*)::text AS n FROM green_project_events GROUP BY action",
    );
    const byAction = Object.fromEntries(events.rows.map((x) => [x.action, Number(x.n)]));
    expect(byAction.submit).toBe(24);
    expect(byAction.certify).toBe(counts!.certified);
    expect(byAction.financing).toBe(counts!.financings - counts!.standalone);
    expect(events.rows.reduce((n, x) => n + Number(x.n), 0)).toBe(counts!.events);
    const recorded = await p.db.query<{ value: unknown }>("SELECT value FROM installation WHERE key = 'demo-green'");
    const value = recorded.rows[0]!.value;
    expect(typeof value === "string" ? JSON.parse(value) : value).toEqual(counts);
    expect(await seedDemoGreenOnce(p, district)).toBeNull();
  });

  it("gives the district statistics that add up", async () => {
    const s = await greenStatistics(p, await actorFor(p, "district-qinwan", "admin"), {
      year: 2025,
      instrument: "loan",
    });
    expect(Number(s.total.balance)).toBeGreaterThan(0);
    const sum = (xs: { balance: string }[]) => xs.reduce((a, x) => a.plus(x.balance), new Decimal(0)).toFixed(2);
    expect(sum(s.byUse)).toBe(s.total.balance);
    expect(sum(s.byIndustry)).toBe(s.total.balance);
    expect(sum(s.byInstitution)).toBe(s.total.balance);
    expect(s.byInstitution.length).toBeGreaterThan(1);
  });
});
