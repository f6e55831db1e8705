import { DEMO_LOGIN_ORGS } from "@greenfin/domain";
import { runJobNow } from "../jobs/job-worker";
import type { Platform } from "../platform";
import { ratingRunHandler } from "../rating/execute-rating-run";
import { publishRatingRun } from "../rating/publish-rating-run";
import { recordControversy } from "../rating/rating-controversies";
import { proposeOverride } from "../rating/rating-overrides";
import { RATING_RUN_JOB, startRating } from "../rating/start-rating-run";
import { demoActor } from "./demo-actor";

export interface RatingSeedCounts {
  runs: number;
  results: number;
  controversies: number;
}

const RUNS = [
  { methodology: "enterprise-esg@2026.1", periodYear: 2023, publish: true },
  { methodology: "enterprise-esg@2026.1", periodYear: 2024, publish: true },
  { methodology: "enterprise-esg@2026.1", periodYear: 2025, publish: false },
  { methodology: "fund-manager-esg@2026.1", periodYear: 2024, publish: true },
  { methodology: "fund-manager-esg@2026.1", periodYear: 2025, publish: true },
] as const;

/** Fictional events about enterprises in high-emission industries, by position among them. */
const CONTROVERSIES = [
  {
    at: 0,
    date: "2024-09-12",
    severity: 3,
    category: "environmental",
    status: "confirmed",
    source: "市生态环境局行政处罚决定书（虚构）",
    description: "废气排放超标，责令整改并罚款",
  },
  {
    at: 1,
    date: "2025-03-20",
    severity: 2,
    category: "workplace_safety",
    status: "confirmed",
    source: "区应急管理局通报（虚构）",
    description: "一起轻伤事故，已停产整顿三日",
  },
  {
    at: 2,
    date: "2025-05-08",
    severity: 4,
    category: "environmental",
    status: "alleged",
    source: "媒体报道（虚构）",
    description: "周边居民投诉夜间异味，调查中",
  },
  {
    at: 3,
    date: "2024-11-30",
    severity: 2,
    category: "labour_rights",
    status: "remediated",
    source: "劳动监察大队（虚构）",
    description: "加班费计发不足，已补发",
  },
  {
    at: 4,
    date: "2023-12-15",
    severity: 1,
    category: "product_safety",
    status: "confirmed",
    source: "市场监管局抽检通报（虚构）",
    description: "一批次产品标识不合格",
  },
] as const;

/** The rating date of a period's run: the end of June after it, or today if that is still to come. */
const asOfFor = (year: number, today: string) => [`${year + 1}-06-30`, today].sort()[0]!;

export async function seedDemoRatings(p: Platform): Promise<RatingSeedCounts> {
  const today = p.clock.now().toISOString().slice(0, 10);
  const analyst = await demoActor(p.db, DEMO_LOGIN_ORGS.rating_agency, "analyst");
  const reviewer = await demoActor(p.db, DEMO_LOGIN_ORGS.rating_agency, "reviewer");
  const district = await demoActor(p.db, DEMO_LOGIN_ORGS.district, "admin");

  const targets = await p.db.query<{ id: string }>(
    `SELECT id FROM organisations WHERE kind = 'enterprise' AND left(industry_code, 3) IN ('C26', 'C30', 'C31', 'C22', 'D44')
      ORDER BY demo_key LIMIT $1`,
    [CONTROVERSIES.length],
  );
  let controversies = 0;
  for (const c of CONTROVERSIES) {
    const entityId = targets.rows[c.at]?.id;
    if (!entityId || c.date > today) continue;
    const { at: _at, ...event } = c;
    await recordControversy(p, district, { entityId, ...event });
    controversies++;
  }

  let runs = 0;
  let results = 0;
  for (const plan of RUNS) {
    const { run, job } = await startRating(p, analyst, {
      methodology: plan.methodology,
      periodYear: plan.periodYear,
      asOf: asOfFor(plan.periodYear, today),
    });
    // Runs this run's job here and now rather than waiting for the worker; any other queued job stays queued.
    await runJobNow(p, job.id, "demo-seed", { handlers: { [RATING_RUN_JOB]: ratingRunHandler } });
    const state = await p.db.query<{ status: string; error: string | null }>(
      "SELECT status, error FROM rating_runs WHERE id = $1",
      [run.id],
    );
    if (state.rows[0]?.status !== "completed")
      throw new Error(
        `demo rating run ${plan.methodology} ${plan.periodYear} did not complete: ${state.rows[0]?.error}`,
      );
    const rated = await p.db.query<{ id: string; grade: string; n: number }>(
      `SELECT id, grade, count(*) OVER ()::int AS n FROM rating_results WHERE run_id = $1 ORDER BY score DESC, org_id`,
      [run.id],
    );
    runs++;
    results += rated.rows[0]?.n ?? 0;
    if (plan.publish) await publishRatingRun(p, reviewer, run.id);
    else {
      // The best-scored enterprise moved down a notch pending review: a case for the reviewer's queue.
      const top = rated.rows[0];
      if (top && top.grade !== "C")
        await proposeOverride(p, analyst, top.id, {
          toGrade: nextGradeDown(top.grade),
          rationale:
            "媒体报道其主要供应商存在环境违规，尚未反映在披露数据中；建议下调一个子级，待核实后复核。 A key supplier's environmental breach is not yet in the disclosures.",
        });
    }
  }
  return { runs, results, controversies };
}

const GRADES = ["AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C"];
const nextGradeDown = (grade: string) => GRADES[Math.min(GRADES.indexOf(grade) + 1, GRADES.length - 1)]!;

/**
 * Seeds the demo ratings once, after the demo district (and again if an earlier start died half-way: runs of a
 * failed seed are left as they are and the seed is marked done only at its end).
 */
export async function seedDemoRatingsOnce(p: Platform): Promise<RatingSeedCounts | null> {
  const demo = await p.db.query("SELECT 1 FROM installation WHERE key = 'demo'");
  const done = await p.db.query("SELECT 1 FROM installation WHERE key = 'demo-ratings'");
  if (demo.rows.length === 0 || done.rows.length > 0) return null;
  const counts = await seedDemoRatings(p);
  await p.db.query("INSERT INTO installation (key, value) VALUES ('demo-ratings', $1::jsonb) ON CONFLICT DO NOTHING", [
    JSON.stringify(counts),
  ]);
  return counts;
}
