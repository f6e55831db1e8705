import { notchesBetween, peerDistribution } from "@greenfin/domain";
import { loadRatingMethodology } from "@greenfin/reference";
import { authorizeRead, grantorsFor, logGrantedReads } from "../access/tenancy";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { explanationView } from "./explanation-view";
import { requireRunVisible, seesWholeRun } from "./rating-access";
import { listOverrides } from "./rating-overrides";
import { queryResultRows, type ResultFilter, toResultRow } from "./rating-result-rows";
import { loadRunRow, methodologyRef, type RatingRunRow, toRatingRun } from "./rating-run-row";
import type { EntitySources } from "./rating-universe";

const VISIBLE_STATUSES = ["completed", "published"];

function requireResultsReady(run: RatingRunRow) {
  if (!VISIBLE_STATUSES.includes(run.status))
    throw new AppError("CONFLICT", {
      zh: "该评级批次尚未完成，暂无结果",
      en: "This rating run has not completed; it has no results yet",
      details: { status: run.status },
    });
}

/**
 * A run's results, a page at a time with filters. The agency that ran it and the district see every row; on a
 * published run anyone else sees only its own result and those of organisations that granted it their ratings.
 */
export async function listRatingResults(
  p: Platform,
  actor: Actor,
  runId: string,
  q: { page: number; pageSize: number } & Pick<ResultFilter, "grade" | "industrySection" | "q" | "change">,
) {
  const run = await loadRunRow(p.db, runId);
  requireRunVisible(actor, run);
  requireResultsReady(run);
  const whole = seesWholeRun(actor, run.org_id);
  const orgIds = whole ? undefined : [actor.orgId, ...(await grantorsFor(p, actor, "rating"))];
  const rows = await queryResultRows(p.db, methodologyRef(run), run.previous_run_id, {
    runId,
    ...(orgIds ? { orgIds } : {}),
    grade: q.grade,
    industrySection: q.industrySection,
    q: q.q,
    change: q.change,
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  if (!whole)
    await logGrantedReads(
      p,
      actor,
      "rating",
      rows.map((r) => r.org_id),
      `rating_run:${runId}:`,
    );
  return { items: rows.map(toResultRow), total: rows[0]?.total ?? 0, page: q.page, pageSize: q.pageSize };
}

interface StoredResult {
  id: string;
  run_id: string;
  org_id: string;
  industry_group: string;
  score: string;
  explanation: string;
  sources: EntitySources;
}

/** History of an organisation's published ratings under one methodology (every version), oldest first. */
async function historyOf(p: Platform, orgId: string, methodologyId: string) {
  const r = await p.db.query<{
    id: string;
    run_id: string;
    period_year: number;
    as_of: string;
    methodology_id: string;
    methodology_version: string;
    score: string;
    final_grade: string;
    published_at: Date;
  }>(
    `SELECT res.id, res.run_id, r.period_year, to_char(r.as_of, 'YYYY-MM-DD') AS as_of, r.methodology_id,
            r.methodology_version, res.score::text AS score, coalesce(o.to_grade, res.grade) AS final_grade, r.published_at
       FROM rating_results res
       JOIN rating_runs r ON r.id = res.run_id AND r.status = 'published'
       LEFT JOIN rating_overrides o ON o.result_id = res.id AND o.status = 'approved'
      WHERE res.org_id = $1 AND r.methodology_id = $2
      ORDER BY r.period_year, r.published_at`,
    [orgId, methodologyId],
  );
  return r.rows.map((h) => ({
    resultId: h.id,
    runId: h.run_id,
    periodYear: h.period_year,
    asOf: h.as_of,
    methodology: `${h.methodology_id}@${h.methodology_version}`,
    score: h.score,
    finalGrade: h.final_grade,
    publishedAt: h.published_at.toISOString(),
  }));
}

/**
 * One result with its full explanation, the peers' distribution in its industry group (no names), the entity's
 * history and the overrides. Its agency and the district see any completed run's result; the rated organisation and
 * its rating grantees see it once published (each granted read is logged).
 */
export async function getRatingResult(p: Platform, actor: Actor, resultId: string) {
  const found = await p.db.query<StoredResult>(
    `SELECT id, run_id, org_id, industry_group, score::text AS score, explanation, sources
       FROM rating_results WHERE id = $1`,
    [resultId],
  );
  const stored = found.rows[0];
  if (!stored) throw AppError.notFound("rating_result");
  const run = await loadRunRow(p.db, stored.run_id);
  const whole = seesWholeRun(actor, run.org_id);
  if (!whole) {
    if (run.status !== "published") throw AppError.notFound("rating_result");
    await authorizeRead(p, actor, {
      ownerOrgId: stored.org_id,
      scope: "rating",
      resource: `rating_result:${resultId}`,
      submittedToDistrict: true,
    });
  }
  requireResultsReady(run);
  const ref = methodologyRef(run);
  const [row] = await queryResultRows(p.db, ref, run.previous_run_id, { resultId, limit: 1 });
  if (!row) throw AppError.notFound("rating_result");
  const grades = loadRatingMethodology(ref).scale.grades.map((g) => g.grade);
  const peers = await p.db.query<{ score: string; final_grade: string }>(
    "SELECT score::text AS score, final_grade FROM greenfin_rating_peer_scores($1, $2)",
    [run.id, stored.industry_group],
  );
  const distribution = peerDistribution(
    peers.rows.map((x) => ({ score: x.score, grade: x.final_grade })),
    grades,
    stored.score,
  );
  const overrides = (await listOverrides(p, actor, { resultId })).filter((o) => whole || o.status === "approved");
  return {
    result: toResultRow(row),
    run: toRatingRun(run),
    explanation: explanationView(ref, stored.explanation, stored.sources),
    peers: { industryGroup: stored.industry_group, ...distribution, gradeCounts: [...distribution.gradeCounts] },
    history: await historyOf(p, stored.org_id, run.methodology_id),
    overrides,
  };
}

/** Upgrades and downgrades of a run's final grades against the previous run of its methodology. */
export async function ratingChanges(p: Platform, actor: Actor, runId: string) {
  const run = await loadRunRow(p.db, runId);
  requireRunVisible(actor, run);
  requireResultsReady(run);
  if (!seesWholeRun(actor, run.org_id)) throw AppError.notFound("rating_run");
  const ref = methodologyRef(run);
  const grades = loadRatingMethodology(ref).scale.grades;
  const prev = run.previous_run_id;
  const r = await p.db.query<{
    id: string;
    org_id: string;
    name_zh: string;
    name_en: string;
    industry_code: string;
    from_grade: string | null;
    to_grade: string;
    from_score: string | null;
    to_score: string;
  }>(
    `SELECT res.id, res.org_id, o.name_zh, o.name_en, res.industry_code, pv.final_grade AS from_grade,
            coalesce(ap.to_grade, res.grade) AS to_grade, pv.score AS from_score, res.score::text AS to_score
       FROM rating_results res
       JOIN organisations o ON o.id = res.org_id
       LEFT JOIN rating_overrides ap ON ap.result_id = res.id AND ap.status = 'approved'
       LEFT JOIN LATERAL (
         SELECT coalesce(po.to_grade, pr.grade) AS final_grade, pr.score::text AS score
           FROM rating_results pr LEFT JOIN rating_overrides po ON po.result_id = pr.id AND po.status = 'approved'
          WHERE pr.run_id = $2 AND pr.org_id = res.org_id) pv ON true
      WHERE res.run_id = $1
      ORDER BY o.name_zh, res.org_id`,
    [runId, prev],
  );
  const upgrades = [];
  const downgrades = [];
  let unchanged = 0;
  let newlyRated = 0;
  for (const x of r.rows) {
    if (!x.from_grade || x.from_score === null) {
      newlyRated++;
      continue;
    }
    const notches = notchesBetween(grades, x.from_grade, x.to_grade);
    const change = {
      resultId: x.id,
      entity: { id: x.org_id, nameZh: x.name_zh, nameEn: x.name_en },
      industryCode: x.industry_code,
      fromGrade: x.from_grade,
      toGrade: x.to_grade,
      notches,
      fromScore: x.from_score,
      toScore: x.to_score,
    };
    if (notches > 0) upgrades.push(change);
    else if (notches < 0) downgrades.push(change);
    else unchanged++;
  }
  const byMagnitude = (a: { notches: number }, b: { notches: number }) => Math.abs(b.notches) - Math.abs(a.notches);
  return {
    runId,
    previousRunId: prev,
    upgrades: upgrades.sort(byMagnitude),
    downgrades: downgrades.sort(byMagnitude),
    unchanged,
    newlyRated,
  };
}
