/**
 * The seeded fund-manager portfolios, as the test template holds them (the small demo district, seeded by the global
 * setup at its own moment), and the generator behind them on the full district: links within the deal ranges, each
 * active company's portfolio-company reports reviewed by its manager, figures the validator accepts and that agree
 * with the company's own disclosures, and what the fund manager's use-cases make of them.
 */
import { jobHandlers, portfolioAggregates, runJobNow, startRating } from "@greenfin/app";
import {
  canonicalNumber,
  DEMO_DISCLOSURE_YEARS,
  DEMO_LOGIN_ORGS,
  type DemoPortfolios,
  generateDemoDistrict,
  generateDemoPortfolios,
  type RawEntry,
  validateDisclosure,
} from "@greenfin/domain";
import { loadDisclosureCatalogue, loadIndustryClassification } from "@greenfin/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { TEMPLATE_ENTERPRISES } from "../../../tests/support/templates";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";
import { portfolioStateAt } from "../src/demo/demo-portfolio-rows";
import { contextOfRow } from "../src/disclosure/disclosure-context";
import { type FrozenValue, thawed } from "../src/disclosure/disclosure-values";

const catalogue = loadDisclosureCatalogue("2026.1");
const industries = loadIndustryClassification();
const FUND = DEMO_LOGIN_ORGS.fund_manager;

let p: TestPlatform;
let seed: number;
let seededAt: string;
let plan: DemoPortfolios;

interface Link {
  manager_key: string;
  company_key: string;
  fund_name: string;
  ownership_pct: string;
  invested_cny: string;
  status: string;
  invited_at: Date;
  responded_at: Date | null;
}
interface Report {
  id: string;
  company_key: string;
  manager_key: string;
  manager_id: string;
  entity_kind: "portfolio_company";
  frameworks: string[];
  catalogue_version: string;
  period_year: number;
  period_end: string;
  status: string;
  revision: number;
}
interface Revision {
  disclosure_id: string;
  revision: number;
  outcome: string;
  decided_by: string | null;
  submitted_values: FrozenValue[];
}
let links: Link[];
let reports: Report[];
let revisions: Revision[];
const lastRevision = (id: string) =>
  revisions.filter((r) => r.disclosure_id === id).sort((a, b) => b.revision - a.revision)[0];

beforeAll(async () => {
  p = await openTestPlatform();
  const demo = (
    await p.db.query<{ value: { seed: number; seededAt: string } }>("SELECT value FROM installation WHERE key = 'demo'")
  ).rows[0];
  seed = demo?.value.seed ?? 0;
  seededAt = demo?.value.seededAt ?? "";
  const district = generateDemoDistrict({ seed, industries, enterpriseCount: TEMPLATE_ENTERPRISES });
  plan = generateDemoPortfolios({
    seed,
    organisations: district.organisations,
    catalogue,
    years: DEMO_DISCLOSURE_YEARS,
  });
  links = (
    await p.db.query<Link>(
      `SELECT m.demo_key AS manager_key, c.demo_key AS company_key, l.fund_name, l.ownership_pct::text,
              l.invested_cny::text, l.status, l.invited_at, l.responded_at
         FROM portfolio_links l JOIN organisations m ON m.id = l.manager_org_id
              JOIN organisations c ON c.id = l.company_org_id`,
    )
  ).rows;
  reports = (
    await p.db.query<Report>(
      `SELECT d.id, c.demo_key AS company_key, m.demo_key AS manager_key, m.id AS manager_id, d.entity_kind,
              d.frameworks, d.catalogue_version, d.period_year, d.period_end::text AS period_end, d.status, d.revision
         FROM disclosures d JOIN organisations c ON c.id = d.org_id JOIN organisations m ON m.id = d.reviewer_org_id
        WHERE d.entity_kind = 'portfolio_company'`,
    )
  ).rows;
  revisions = (
    await p.db.query<Revision>(
      `SELECT r.disclosure_id, r.revision, r.outcome, r.decided_by, r.submitted_values
         FROM disclosure_revisions r JOIN disclosures d ON d.id = r.disclosure_id
        WHERE d.entity_kind = 'portfolio_company'`,
    )
  ).rows;
});
afterAll(() => p.close());

describe("the seeded portfolio links", () => {
  it("are the generated ones, each within the deal ranges, no company in two portfolios", () => {
    const row = (l: {
      managerKey: string;
      companyKey: string;
      fundName: string;
      ownershipPct: string;
      investedCny: string;
      status: string;
    }) => `${l.managerKey} ${l.companyKey} ${l.fundName} ${l.ownershipPct} ${l.investedCny} ${l.status}`;
    const expected = plan.links.filter((l) => l.invitedAt <= seededAt).map(row);
    const actual = links.map((l) =>
      row({
        managerKey: l.manager_key,
        companyKey: l.company_key,
        fundName: l.fund_name,
        ownershipPct: Number(l.ownership_pct).toFixed(2),
        investedCny: l.invested_cny,
        status: l.status,
      }),
    );
    expect(actual.sort()).toEqual(expected.sort());
    expect(links.filter((l) => l.status === "active").length).toBeGreaterThanOrEqual(5);
    for (const l of links) {
      expect(Number(l.ownership_pct)).toBeGreaterThanOrEqual(3);
      expect(Number(l.ownership_pct)).toBeLessThanOrEqual(35);
      expect(Number(l.invested_cny)).toBeGreaterThanOrEqual(5_000_000);
      expect(Number(l.invested_cny)).toBeLessThanOrEqual(200_000_000);
      expect(l.fund_name).toMatch(/^青岛.+期(创业|股权)投资基金合伙企业（有限合伙）$/);
      expect(l.invited_at.getUTCFullYear()).toBeGreaterThanOrEqual(2023);
      expect(l.invited_at.getUTCFullYear()).toBeLessThanOrEqual(2024);
      if (l.status === "invited") expect(l.responded_at).toBeNull();
      else expect(l.responded_at!.getTime()).toBeGreaterThan(l.invited_at.getTime());
    }
    const companies = links.map((l) => l.company_key);
    expect(new Set(companies).size).toBe(companies.length);
    expect(companies).not.toContain(DEMO_LOGIN_ORGS.enterprise);
  });

  it("give the demo logins' fund manager three active companies that reported for 2024 only, accepted", () => {
    const mine = links.filter((l) => l.manager_key === FUND);
    expect(mine.map((l) => l.status)).toEqual(["active", "active", "active"]);
    const theirs = reports.filter((r) => r.manager_key === FUND);
    expect(theirs.map((r) => `${r.period_year} ${r.status}`)).toEqual([
      "2024 accepted",
      "2024 accepted",
      "2024 accepted",
    ]);
  });
});

describe("the seeded portfolio-company disclosures", () => {
  it("cover every active link for 2024, reviewed and decided by its manager, accepted unless planned otherwise", async () => {
    const planned = new Map(
      plan.disclosures.map((d) => [`${d.managerKey} ${d.orgKey} ${d.year}`, portfolioStateAt(d, seededAt)]),
    );
    for (const l of links.filter((x) => x.status === "active")) {
      const report = reports.find(
        (r) => r.company_key === l.company_key && r.manager_key === l.manager_key && r.period_year === 2024,
      );
      expect(report, `${l.manager_key} ${l.company_key}`).toBeDefined();
      const state = planned.get(`${l.manager_key} ${l.company_key} 2024`);
      expect(report?.status).toBe(state?.status);
      const admin = await actorFor(p, l.manager_key, "admin");
      const last = lastRevision(report?.id ?? "");
      if (report?.status === "accepted") expect(last).toMatchObject({ outcome: "accepted", decided_by: admin.userId });
      else expect(last).toMatchObject({ outcome: "pending", decided_by: null });
    }
    expect(reports.filter((r) => r.period_year === 2024 && r.status === "accepted").length).toBeGreaterThanOrEqual(3);
    for (const r of reports) expect(r.frameworks).toEqual(["EDCI", "SFDR"]);
    // Reports exist only for active links.
    const active = new Set(links.filter((l) => l.status === "active").map((l) => `${l.manager_key} ${l.company_key}`));
    for (const r of reports) expect(active.has(`${r.manager_key} ${r.company_key}`)).toBe(true);
  });

  it("pass the validator as at submission, and carry the fund's key figures", () => {
    expect(revisions.length).toBeGreaterThan(0);
    for (const r of revisions) {
      const d = reports.find((x) => x.id === r.disclosure_id) as Report;
      const ctx = contextOfRow(d);
      const check = validateDisclosure({
        indicators: ctx.items.map((i) => i.indicator),
        dimensions: ctx.catalogue.dimensions,
        rules: ctx.catalogue.rules,
        entries: [],
        existing: r.submitted_values.map((v) => thawed(v, r.revision)),
        required: ctx.required,
        previousYear: new Map(),
        stage: "submit",
      });
      expect(
        check.problems.filter((x) => x.severity === "error"),
        `${d.company_key} ${d.period_year}`,
      ).toEqual([]);
      const given = new Set(r.submitted_values.filter((v) => v.payload !== null).map((v) => v.indicatorId));
      for (const id of ["E-GHG-004", "E-ENE-001", "E-ENE-006", "P-PC-001", "G-GOV-013"]) expect(given).toContain(id);
    }
  });

  it("agree with the company's own accepted disclosure for the year", async () => {
    const own = await p.db.query<{ demo_key: string; period_year: number; submitted_values: FrozenValue[] }>(
      `SELECT o.demo_key, d.period_year, r.submitted_values
         FROM disclosures d JOIN organisations o ON o.id = d.org_id
              JOIN disclosure_revisions r ON r.disclosure_id = d.id AND r.outcome = 'accepted'
        WHERE d.entity_kind = 'enterprise'`,
    );
    const totals = (values: readonly FrozenValue[]) =>
      new Map(
        values
          .filter((v) => v.dimension === "")
          .map((v) => [v.indicatorId, canonicalNumber(thawed(v, 1)) ?? JSON.stringify(v.payload)]),
      );
    let compared = 0;
    for (const report of reports) {
      const mine = lastRevision(report.id);
      const theirs = own.rows.find((o) => o.demo_key === report.company_key && o.period_year === report.period_year);
      if (!mine || !theirs) continue;
      const a = totals(mine.submitted_values);
      const b = totals(theirs.submitted_values);
      for (const id of ["X-CTX-004", "E-GHG-001", "E-GHG-002", "E-GHG-004", "E-ENE-001", "G-GOV-013", "S-EMP-001"]) {
        if (a.get(id) === undefined || b.get(id) === undefined) continue;
        expect(a.get(id), `${report.company_key} ${report.period_year} ${id}`).toBe(b.get(id));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it("are summed by the fund manager's portfolio aggregates, and feed its rating", async () => {
    const fund = await actorFor(p, FUND, "admin");
    const agg = await portfolioAggregates(p, fund, 2024);
    expect(agg.companies).toHaveLength(3);
    expect(agg.companies.map((c) => c.disclosureStatus)).toEqual(["accepted", "accepted", "accepted"]);
    const ghg = agg.metrics.find((m) => m.indicatorId === "E-GHG-004");
    expect(ghg).toMatchObject({ reported: 3, companies: 3 });
    expect(Number(ghg?.ownershipWeighted)).toBeGreaterThan(0);
    expect(Number(ghg?.ownershipWeighted)).toBeLessThan(Number(ghg?.sum));
    expect((await portfolioAggregates(p, fund, 2025)).metrics.every((m) => m.reported === 0)).toBe(true);

    // The shared template has no rating runs: rate the fund managers for 2024 here.
    const agency = await actorFor(p, "rating-mingheng", "analyst");
    const { run, job } = await startRating(p, agency, { methodology: "fund-manager-esg@2026.1", periodYear: 2024 });
    expect(await runJobNow(p, job.id, "portfolio-test", { handlers: jobHandlers })).toBe(true);
    const rated = await p.db.query<{ sources: { portfolioRevisions?: string[] } }>(
      "SELECT sources FROM rating_results WHERE org_id = $1 AND run_id = $2",
      [fund.orgId, run.id],
    );
    expect(rated.rows[0]?.sources.portfolioRevisions).toHaveLength(3);
  });

  it("are summarised by the seed's one audit entry", async () => {
    const audit = await p.db.query<{ details: { portfolios: Record<string, unknown> } }>(
      "SELECT details FROM audit_log WHERE action = 'demo.seed'",
    );
    expect(audit.rows[0]?.details.portfolios).toMatchObject({
      links: links.length,
      disclosures: reports.length,
      revisions: revisions.length,
    });
  });
});

describe("the portfolio generator, on the full demo district", () => {
  const district = generateDemoDistrict({ seed: 20_260_101, industries });
  const generate = () =>
    generateDemoPortfolios({
      seed: 20_260_101,
      organisations: district.organisations,
      catalogue,
      years: DEMO_DISCLOSURE_YEARS,
    });
  const full = generate();

  it("is deterministic", () => {
    expect(generate()).toEqual(full);
    const other = generateDemoPortfolios({
      seed: 1,
      organisations: district.organisations,
      catalogue,
      years: DEMO_DISCLOSURE_YEARS,
    });
    expect(other.links).not.toEqual(full.links);
  });

  it("gives every fund manager 5–15 companies of its mandate (the demo logins' manager three)", () => {
    const managers = district.organisations.filter((o) => o.kind === "fund_manager");
    const byKey = new Map(district.organisations.map((o) => [o.key, o]));
    for (const m of managers) {
      const mine = full.links.filter((l) => l.managerKey === m.key);
      if (m.key === FUND) expect(mine.length).toBe(3);
      else {
        expect(mine.length, m.key).toBeGreaterThanOrEqual(5);
        expect(mine.length, m.key).toBeLessThanOrEqual(15);
      }
      for (const l of mine) expect(byKey.get(l.companyKey)?.size).not.toBe("large");
    }
    expect(full.disclosures.some((d) => d.managerKey === FUND && d.year === 2025)).toBe(false);
  });

  it("plans only disclosures the validator accepts at submission", () => {
    for (const d of full.disclosures) {
      const ctx = contextOfRow({
        catalogue_version: catalogue.version,
        entity_kind: "portfolio_company",
        frameworks: d.frameworks,
        period_end: `${d.year}-12-31`,
      });
      const check = validateDisclosure({
        indicators: ctx.items.map((i) => i.indicator),
        dimensions: ctx.catalogue.dimensions,
        rules: ctx.catalogue.rules,
        entries: d.draft as RawEntry[],
        existing: [],
        required: ctx.required,
        previousYear: new Map(),
        stage: "submit",
      });
      expect(
        check.problems.filter((x) => x.severity === "error"),
        `${d.orgKey} ${d.year}`,
      ).toEqual([]);
    }
  });
});
