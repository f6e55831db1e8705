/**
 * ESG ratings over HTTP on a real database: a rating agency runs a methodology over the district's accepted
 * disclosures in a background job; results are immutable and reproducible byte for byte; an override passes
 * four-eyes review before publication; the rated entity, the district and rating grantees see what they may;
 * controversies recorded by the district deduct in later runs; upgrades and downgrades between runs are listed.
 */
import { jobHandlers, runJobNow } from "@greenfin/app";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgByKey } from "../../../tests/support/demo-lookup";
import { signedIn, type TestClient, testServer } from "../../../tests/support/http-client";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
let app: FastifyInstance;
let analyst: TestClient;
let reviewer: TestClient;
let district: TestClient;

const ENTERPRISE = "enterprise-esg@2026.1";

async function completedRun(body: { methodology: string; periodYear: number; asOf: string }) {
  const started = await analyst.post("/api/rating/runs", body);
  expect(started.statusCode, started.body).toBe(202);
  expect(started.json().run.status).toBe("running");
  expect(await runJobNow(p, started.json().run.jobId, "test-worker", { handlers: jobHandlers })).toBe(true);
  const run = (await analyst.get(`/api/rating/runs/${started.json().run.id}`)).json();
  expect(run.status, run.error).toBe("completed");
  return run;
}

async function allResults(c: TestClient, runId: string) {
  const res = await c.get(`/api/rating/runs/${runId}/results?pageSize=500`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  p = await openTestPlatform();
  app = await testServer(p);
  analyst = await signedIn(app, "analyst@rating.demo");
  reviewer = await signedIn(app, "reviewer@rating.demo");
  district = await signedIn(app, "admin@district.demo");
});
afterAll(async () => {
  await app?.close();
  await p?.close();
});

describe("methodologies", () => {
  it("lists both shipped methodologies with their scale and serves each one's page generated from its data", async () => {
    const list = (await analyst.get("/api/rating/methodologies")).json();
    expect(list.map((m: { ref: string }) => m.ref)).toEqual([ENTERPRISE, "fund-manager-esg@2026.1"]);
    expect(list[0].scale.map((g: { grade: string }) => g.grade)).toEqual([
      "AAA",
      "AA",
      "A",
      "BBB",
      "BB",
      "B",
      "CCC",
      "CC",
      "C",
    ]);
    const page = (await analyst.get(`/api/rating/methodologies/${ENTERPRISE}`)).json();
    expect(page.markdown).toContain("# 企业ESG评级方法");
    expect((await analyst.get("/api/rating/methodologies/nope@1.0")).statusCode).toBe(400);
  });
});

describe("a rating run", () => {
  let run: {
    id: string;
    entityCount: number;
    inputsHash: string;
    resultHash: string;
    gradeCounts: { count: number }[];
  };

  it("rates every enterprise with an accepted disclosure for the period, in a background job", async () => {
    run = await completedRun({ methodology: ENTERPRISE, periodYear: 2024, asOf: "2025-06-30" });
    const accepted = await p.db.query<{ n: number }>(
      `SELECT count(DISTINCT d.org_id)::int AS n FROM disclosures d JOIN organisations o ON o.id = d.org_id
        WHERE o.kind = 'enterprise' AND d.entity_kind = 'enterprise' AND d.period_year = 2024
          AND d.status IN ('accepted','published')`,
    );
    expect(run.entityCount).toBe(accepted.rows[0]!.n);
    expect(run.entityCount).toBeGreaterThan(5);
    expect(run.gradeCounts.reduce((s, g) => s + g.count, 0)).toBe(run.entityCount);
    expect(run.inputsHash).toMatch(/^[0-9a-f]{64}$/);
    const page = await allResults(analyst, run.id);
    expect(page.total).toBe(run.entityCount);
    const scores = page.items.map((r: { score: string }) => Number(r.score));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("explains every result to the indicator, with the data source of each disclosed figure", async () => {
    const first = (await allResults(analyst, run.id)).items[0];
    const detail = (await analyst.get(`/api/rating/results/${first.id}`)).json();
    const e = detail.explanation;
    expect(e.score).toBe(first.score);
    expect(e.indicators.length).toBeGreaterThan(40);
    const disclosed = e.indicators.filter((i: { source: string }) => i.source === "disclosed");
    expect(disclosed.length).toBeGreaterThan(0);
    for (const i of disclosed) expect(i.dataSource).toMatch(/^(disclosure .+ revision \d+|platform: .+)$/);
    const dq = e.indicators.find((i: { id: string }) => i.id === "DQ-COMPLETENESS");
    expect(dq.dataSource).toMatch(/^platform: \d+ of \d+ indicators asked were disclosed/);
    const contributions = e.keyIssues.reduce((s: number, k: { contribution: string }) => s + Number(k.contribution), 0);
    expect(Math.abs(contributions - Number(e.score))).toBeLessThan(0.01);
    expect(e.levers.length).toBeLessThanOrEqual(3);
    expect(detail.peers.peers).toBeGreaterThanOrEqual(1);
    expect(detail.peers.gradeCounts.reduce((s: number, g: { count: number }) => s + g.count, 0)).toBe(
      detail.peers.peers,
    );
  });

  it("gives byte-identical results when run again on the same inputs", async () => {
    const again = await completedRun({ methodology: ENTERPRISE, periodYear: 2024, asOf: "2025-06-30" });
    expect(again.inputsHash).toBe(run.inputsHash);
    expect(again.resultHash).toBe(run.resultHash);
    const diff = await p.db.query<{ n: number; same: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE a.explanation = b.explanation AND a.result_hash = b.result_hash)::int AS same
         FROM rating_results a JOIN rating_results b ON b.org_id = a.org_id AND b.run_id = $2 WHERE a.run_id = $1`,
      [run.id, again.id],
    );
    expect(diff.rows[0]).toEqual({ n: run.entityCount, same: run.entityCount });
  });

  it("keeps results immutable in the database", async () => {
    await expect(p.db.query("UPDATE rating_results SET grade = 'AAA' WHERE run_id = $1", [run.id])).rejects.toThrow(
      /immutable/,
    );
    await expect(p.db.query("DELETE FROM rating_results WHERE run_id = $1", [run.id])).rejects.toThrow(/immutable/);
  });

  it("shows nothing of an unpublished run to the rated enterprise; the district sees it all", async () => {
    const ent = await signedIn(app, "admin@enterprise.demo");
    expect((await ent.get(`/api/rating/runs/${run.id}`)).statusCode).toBe(404);
    const anyResult = (await allResults(analyst, run.id)).items[0];
    expect((await ent.get(`/api/rating/results/${anyResult.id}`)).statusCode).toBe(404);
    expect((await district.get(`/api/rating/runs/${run.id}/results`)).json().total).toBe(run.entityCount);
    expect((await district.post("/api/rating/runs", { methodology: ENTERPRISE, periodYear: 2024 })).statusCode).toBe(
      403,
    );
  });

  it("passes an override through four-eyes review before it can be published", async () => {
    const target = (await allResults(analyst, run.id)).items.find(
      (r: { computedGrade: string }) => !["AAA", "AA", "A"].includes(r.computedGrade),
    );
    const grades = ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"];
    const up = (n: number) => grades[grades.indexOf(target.computedGrade) - n];
    const rationale = "Verified green-power contracts not yet reflected in the disclosure (evidence on file).";
    const tooFar = await analyst.post(`/api/rating/results/${target.id}/override`, { toGrade: up(3), rationale });
    expect(tooFar.statusCode).toBe(400);
    expect(tooFar.json().details.problems[0].messageEn).toContain("At most 2 notches");
    const proposed = await analyst.post(`/api/rating/results/${target.id}/override`, { toGrade: up(1), rationale });
    expect(proposed.statusCode, proposed.body).toBe(200);
    expect(proposed.json()).toMatchObject({ status: "pending", notches: 1, computedGrade: target.computedGrade });
    const overrideId = proposed.json().id;

    expect((await analyst.post(`/api/rating/overrides/${overrideId}/decide`, { decision: "approve" })).statusCode).toBe(
      403,
    );
    const admin = await signedIn(app, "admin@rating.demo");
    const blocked = await admin.post(`/api/rating/runs/${run.id}/publish`);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().message).toMatch(/待审批|await review/);

    const approved = await reviewer.post(`/api/rating/overrides/${overrideId}/decide`, {
      decision: "approve",
      note: "Contracts checked.",
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: "approved", toGrade: up(1) });
    const row = (await analyst.get(`/api/rating/results/${target.id}`)).json().result;
    expect(row).toMatchObject({ computedGrade: target.computedGrade, finalGrade: up(1) });

    expect((await analyst.post(`/api/rating/runs/${run.id}/publish`)).statusCode).toBe(403);
    const published = await reviewer.post(`/api/rating/runs/${run.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: "published", approvedOverrides: 1 });
    const late = await analyst.post(`/api/rating/results/${target.id}/override`, { toGrade: up(2), rationale });
    expect(late.statusCode).toBe(409);

    const audit = await p.db.query<{ action: string }>(
      "SELECT action FROM audit_log WHERE action LIKE 'rating.%' ORDER BY seq",
    );
    expect(audit.rows.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        "rating.run.start",
        "rating.override.propose",
        "rating.override.approve",
        "rating.run.publish",
      ]),
    );
  });

  it("opens a published rating to the rated organisation, and to a bank only under a rating grant", async () => {
    const rated = (await allResults(analyst, run.id)).items[0];
    const orgKey = await p.db.query<{ demo_key: string }>("SELECT demo_key FROM organisations WHERE id = $1", [
      rated.entity.id,
    ]);
    expect(orgKey.rows[0]?.demo_key).toBeTruthy();
    const bank = await signedIn(app, "admin@bank.demo");
    expect((await bank.get(`/api/rating/entities/${rated.entity.id}`)).statusCode).toBe(404);
    expect((await bank.get(`/api/rating/results/${rated.id}`)).statusCode).toBe(404);

    // The enterprise has no users of its own in the demo: an operator-created grant stands in for its consent.
    const bankOrg = await orgByKey(p, "bank-qinwan");
    await p.db.query(
      `INSERT INTO consent_grants (grantor_org_id, grantee_org_id, scope, purpose, valid_from, expires_at)
       VALUES ($1, $2, 'rating', '绿色贷款定价', $3, $4)`,
      [rated.entity.id, bankOrg.id, new Date("2026-01-01T00:00:00Z"), new Date("2026-12-31T00:00:00Z")],
    );
    const page = await bank.get(`/api/rating/entities/${rated.entity.id}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json().latest[0].result.finalGrade).toBe(rated.finalGrade);
    const history = page.json().latest[0].history;
    expect(history.at(-1)).toMatchObject({ runId: run.id, periodYear: 2024, finalGrade: rated.finalGrade });
    expect(history.map((h: { periodYear: number }) => h.periodYear)).toEqual(
      history.map((h: { periodYear: number }) => h.periodYear).sort(),
    );
    const log = await p.db.query<{ resource: string }>(
      "SELECT resource FROM grant_access_log WHERE reader_org_id = $1 AND scope = 'rating'",
      [bankOrg.id],
    );
    expect(log.rows.map((r) => r.resource)).toContain(`organisation:${rated.entity.id}`);
  });

  it("records a controversy that deducts in the next run, and lists upgrades and downgrades against the last published run", async () => {
    const top = (await allResults(analyst, run.id)).items[0];
    const bad = await district.post("/api/rating/controversies", {
      entityId: top.entity.id,
      date: "2025-03-01",
      severity: 6,
      category: "environmental",
      status: "confirmed",
      source: "x",
      description: "x",
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await district.post("/api/rating/controversies", {
      entityId: top.entity.id,
      date: "2025-03-01",
      severity: 4,
      category: "sorcery",
      status: "confirmed",
      source: "x",
      description: "x",
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().details.problems[0].path).toBe("category");
    const recorded = await district.post("/api/rating/controversies", {
      entityId: top.entity.id,
      date: "2025-03-01",
      severity: 4,
      category: "environmental",
      status: "confirmed",
      source: "青岛市生态环境局行政处罚决定书",
      description: "废水超标排放，罚款并责令整改",
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const bank = await signedIn(app, "admin@bank.demo");
    const { id: _id, entity: _entity, recordedBy: _by, recordedAt: _at, updatedAt: _up, ...fields } = recorded.json();
    expect((await bank.post("/api/rating/controversies", { ...fields, entityId: top.entity.id })).statusCode).toBe(403);

    const next = await completedRun({ methodology: ENTERPRISE, periodYear: 2024, asOf: "2025-06-30" });
    expect(next.inputsHash).not.toBe(run.inputsHash);
    expect(next.previousRunId).toBe(run.id);
    const item = (await allResults(analyst, next.id)).items.find(
      (r: { entity: { id: string } }) => r.entity.id === top.entity.id,
    );
    const e = (await analyst.get(`/api/rating/results/${item.id}`)).json().explanation;
    expect(e.controversies).toHaveLength(1);
    // severity 4 = 50 points × confirmed 1 × 0.5^(121 / 365)
    expect(e.controversies[0]).toMatchObject({ ageDays: 121, severityDeduction: "50", statusFactor: "1" });
    expect(Number(e.controversies[0].deduction)).toBeCloseTo(50 * 0.5 ** (121 / 365), 3);
    expect(Number(item.score)).toBeLessThan(Number(top.score));

    const changes = (await analyst.get(`/api/rating/runs/${next.id}/changes`)).json();
    expect(changes.previousRunId).toBe(run.id);
    const counted = changes.upgrades.length + changes.downgrades.length + changes.unchanged + changes.newlyRated;
    expect(counted).toBe(next.entityCount);
    // The overridden entity falls back to its computed grade (no override in this run): it shows as a change.
    expect(changes.downgrades.length + changes.upgrades.length).toBeGreaterThan(0);
  });

  it("gives the district the distribution of final grades by industry section", async () => {
    const d = (await district.get(`/api/district/rating-distribution?methodology=${ENTERPRISE}`)).json();
    expect(d.run.id).toBe(run.id);
    const total = d.bySection.reduce((s: number, x: { total: number }) => s + x.total, 0);
    expect(total).toBe(run.entityCount);
    expect(d.total.reduce((s: number, g: { count: number }) => s + g.count, 0)).toBe(run.entityCount);
    expect((await analyst.get(`/api/district/rating-distribution?methodology=${ENTERPRISE}`)).statusCode).toBe(403);
  });
});

describe("the fund-manager evaluation", () => {
  it("rates fund managers with the platform-derived completeness and portfolio figures", async () => {
    const run = await completedRun({ methodology: "fund-manager-esg@2026.1", periodYear: 2024, asOf: "2025-06-30" });
    expect(run.entityCount).toBeGreaterThan(0);
    const first = (await allResults(analyst, run.id)).items[0];
    const e = (await analyst.get(`/api/rating/results/${first.id}`)).json().explanation;
    const ids = e.indicators.map((i: { id: string }) => i.id);
    expect(ids).toContain("PF-GHG-FOOTPRINT");
    const dq = e.indicators.find((i: { id: string }) => i.id === "DQ-COMPLETENESS");
    expect(dq.source).toBe("disclosed");
    expect(dq.dataSource).toMatch(/^platform: /);
    expect(Number(e.score)).toBeGreaterThan(0);
  });
});
