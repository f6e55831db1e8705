/**
 * The seeded disclosure history, as the test template holds it (the small demo district, seeded by the global setup
 * at its own moment): what the generator planned up to that moment, with frozen revisions, comments and drafts the
 * platform itself would have written. The district's history only: the portfolio companies' reports to their fund
 * managers are seeded beside it and tested in demo-portfolios.test.ts.
 */
import { getDisclosure, submitDisclosure } from "@greenfin/app";
import {
  DEMO_DISCLOSURE_YEARS,
  disclosureAsOf,
  generateDemoDistrict,
  generateDisclosureHistory,
  validateDisclosure,
} from "@greenfin/domain";
import { loadDisclosureCatalogue, loadIndustryClassification } from "@greenfin/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { TEMPLATE_ENTERPRISES } from "../../../tests/support/templates";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";
import { contextOfRow } from "../src/disclosure/disclosure-context";
import type { DisclosureRow } from "../src/disclosure/disclosure-row";
import { draftValues, type FrozenValue, frozenValues, thawed, valuesHash } from "../src/disclosure/disclosure-values";

let p: TestPlatform;
let seededAt: string;
let seed: number;

interface Seeded extends DisclosureRow {
  demo_key: string;
}
interface Revision {
  id: string;
  disclosure_id: string;
  revision: number;
  submitted_values: FrozenValue[];
  values_hash: string;
  outcome: "pending" | "returned" | "accepted";
  submitted_at: Date;
  decided_at: Date | null;
  decided_by: string | null;
}

let disclosures: Seeded[];
let revisions: Revision[];
const revisionsOf = (id: string) =>
  revisions.filter((r) => r.disclosure_id === id).sort((a, b) => a.revision - b.revision);

beforeAll(async () => {
  p = await openTestPlatform();
  const demo = (
    await p.db.query<{ value: { seed: number; seededAt: string } }>("SELECT value FROM installation WHERE key = 'demo'")
  ).rows[0];
  seed = demo?.value.seed ?? 0;
  seededAt = demo?.value.seededAt ?? "";
  disclosures = (
    await p.db.query<Seeded>(
      `SELECT d.id, d.org_id, d.entity_kind, d.reviewer_org_id, d.period_year, d.period_start::text AS period_start,
              d.period_end::text AS period_end, d.frameworks, d.catalogue_version, d.status, d.revision,
              d.first_submitted_at, d.created_at, d.updated_at, o.demo_key
         FROM disclosures d JOIN organisations o ON o.id = d.org_id
        WHERE d.entity_kind <> 'portfolio_company'`,
    )
  ).rows;
  revisions = (
    await p.db.query<Revision>(
      `SELECT r.id, r.disclosure_id, r.revision, r.submitted_values, r.values_hash, r.outcome, r.submitted_at,
              r.decided_at, r.decided_by
         FROM disclosure_revisions r JOIN disclosures d ON d.id = r.disclosure_id
        WHERE d.entity_kind <> 'portfolio_company'`,
    )
  ).rows;
});
afterAll(() => p.close());

describe("the seeded disclosure history", () => {
  it("is the generated history as it stood at the moment of seeding", () => {
    const district = generateDemoDistrict({
      seed,
      industries: loadIndustryClassification(),
      enterpriseCount: TEMPLATE_ENTERPRISES,
    });
    const history = generateDisclosureHistory({
      seed,
      organisations: district.organisations,
      catalogue: loadDisclosureCatalogue("2026.1"),
      years: DEMO_DISCLOSURE_YEARS,
    });
    const expected = history.disclosures
      .map((d) => ({ d, state: disclosureAsOf(d, seededAt) }))
      .filter((x) => x.state !== null)
      .map(({ d, state }) => `${d.orgKey} ${d.year} ${state?.status} r${state?.revisions.length}`);
    const actual = disclosures.map((d) => `${d.demo_key} ${d.period_year} ${d.status} r${d.revision}`);
    expect(actual.sort()).toEqual(expected.sort());
    const statuses = new Set(disclosures.map((d) => d.status));
    for (const s of ["published", "accepted", "returned", "draft"]) expect(statuses, s).toContain(s);
  });

  it("leaves ent-0001, bank-qinwan and fund-laofeng-vc their latest year, and starts in 2023", () => {
    for (const key of ["ent-0001", "bank-qinwan", "fund-laofeng-vc"])
      expect(
        disclosures
          .filter((d) => d.demo_key === key)
          .map((d) => d.period_year)
          .sort(),
      ).toEqual([2023, 2024]);
    expect(Math.min(...disclosures.map((d) => d.period_year))).toBe(2023);
  });

  it("is summarised by the one audit entry of the seed", async () => {
    const audit = await p.db.query<{ action: string; details: { disclosures: Record<string, unknown> } }>(
      "SELECT action, details FROM audit_log ORDER BY seq",
    );
    // One entry for the seed; what follows are the demo rating agency's runs, made through the rating use-cases.
    const actions = audit.rows.map((a) => a.action);
    expect(actions[0]).toBe("demo.seed");
    expect(actions.slice(1).filter((a) => !a.startsWith("rating."))).toEqual([]);
    const count = async (table: string) =>
      Number(
        (
          await p.db.query<{ n: string }>(
            `SELECT count(*) AS n FROM ${table} t JOIN disclosures d ON d.id = t.disclosure_id
              WHERE d.entity_kind <> 'portfolio_company'`,
          )
        ).rows[0]?.n,
      );
    expect(audit.rows[0]?.details.disclosures).toMatchObject({
      disclosures: disclosures.length,
      revisions: revisions.length,
      values: await count("disclosure_values"),
      comments: await count("disclosure_review_comments"),
    });
  });
});

describe("seeded revisions", () => {
  it("store the hash of their frozen values, and stay immutable", async () => {
    expect(revisions.length).toBeGreaterThan(20);
    for (const r of revisions) expect(valuesHash(r.submitted_values)).toBe(r.values_hash);
    const one = revisions[0] as Revision;
    await expect(
      p.db.query("UPDATE disclosure_revisions SET submitted_values = '[]' WHERE id = $1", [one.id]),
    ).rejects.toThrow(/immutable/);
    await expect(p.db.query("DELETE FROM disclosure_revisions WHERE id = $1", [one.id])).rejects.toThrow(
      /never deleted/,
    );
  });

  it("each pass the validator as at submission", () => {
    for (const d of disclosures) {
      const ctx = contextOfRow(d);
      for (const r of revisionsOf(d.id)) {
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
          `${d.demo_key} ${d.period_year}`,
        ).toEqual([]);
      }
    }
  });

  it("have the district's comments when returned, and only then", async () => {
    const comments = (
      await p.db.query<{ revision_id: string; reviewer_org_id: string; indicator_id: string; comment: string }>(
        "SELECT revision_id, reviewer_org_id, indicator_id, comment FROM disclosure_review_comments",
      )
    ).rows;
    const district = disclosures[0]?.reviewer_org_id;
    const returned = revisions.filter((r) => r.outcome === "returned");
    expect(returned.length).toBeGreaterThan(0);
    for (const r of revisions) {
      const mine = comments.filter((c) => c.revision_id === r.id);
      if (r.outcome === "returned") expect(mine.length).toBeGreaterThanOrEqual(1);
      else expect(mine).toEqual([]);
      for (const c of mine) {
        expect(c.reviewer_org_id).toBe(district);
        expect(c.comment).toMatch(/[\u4e00-\u9fff]/);
        expect(r.submitted_values.some((v) => v.indicatorId === c.indicator_id)).toBe(true);
      }
    }
    const reviewer = await actorFor(p, "district-qinwan", "reviewer");
    for (const r of revisions.filter((x) => x.outcome !== "pending")) expect(r.decided_by).toBe(reviewer.userId);
  });
});

describe("seeded disclosures", () => {
  it("have a working draft equal to their last revision, and a status that agrees with it", async () => {
    for (const d of disclosures) {
      const revs = revisionsOf(d.id);
      const last = revs.at(-1);
      expect(revs.map((r) => r.revision)).toEqual(revs.map((_, i) => i + 1));
      expect(d.revision).toBe(revs.length);
      const draft = await draftValues(p.db, d.id);
      if (!last) {
        expect(d.status).toBe("draft");
        expect(d.first_submitted_at).toBeNull();
        continue;
      }
      expect(frozenValues(draft), `${d.demo_key} ${d.period_year}`).toEqual(last.submitted_values);
      expect(d.first_submitted_at?.toISOString()).toBe(revs[0]?.submitted_at.toISOString());
      const outcome = { published: "accepted", accepted: "accepted", returned: "returned" }[d.status as string];
      expect(last.outcome).toBe(outcome ?? "pending");
      for (const r of revs.slice(0, -1)) expect(r.outcome).toBe("returned");
    }
  });

  it("never date anything after the moment of seeding, nor before the period ended", () => {
    for (const d of disclosures) {
      const stamps = [d.created_at, d.updated_at, ...revisionsOf(d.id).flatMap((r) => [r.submitted_at, r.decided_at])];
      for (const t of stamps.filter((x): x is Date => x !== null)) {
        expect(t.toISOString() <= seededAt).toBe(true);
        expect(t.toISOString() > `${d.period_year}-12-31`).toBe(true);
      }
    }
  });

  it("work with the platform's own use-cases: read back with their history, resubmitted after a return", async () => {
    const owner = await actorFor(p, "ent-0001", "admin");
    const showcase = disclosures.find((d) => d.demo_key === "ent-0001" && d.period_year === 2024) as Seeded;
    const read = await getDisclosure(p, owner, showcase.id);
    expect(read).toMatchObject({ status: "published", revision: 2, access: "owner" });
    expect(read.comments.map((c) => c.revision)).toContain(1);
    expect(read.values.length).toBeGreaterThan(20);

    const returned = disclosures.find((d) => d.status === "returned") as Seeded;
    const filer = { ...(await actorFor(p, returned.demo_key, "admin")), orgId: returned.org_id };
    const again = await submitDisclosure(p, filer, returned.id);
    expect(again).toMatchObject({ status: "submitted", revision: returned.revision + 1 });
  });
});
