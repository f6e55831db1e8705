/**
 * The owner or submitter reports a certified project's actual benefits for a year: from the operation year (if
 * stated) up to the current year. A second report for the same year is a new revision; the latest counts. The result
 * is computed by the same calculators as the expected benefits and shown against them.
 */

import type { TBenefitReport } from "@greenfin/contracts";
import { type TBenefitReportRow, zBenefitReportBody } from "@greenfin/contracts";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError, type FieldProblem, isAppError } from "../../errors/app-error";
import { zodProblems } from "../../errors/zod-problems";
import type { Platform } from "../../platform";
import { computeProjectBenefits } from "../benefits/compute-project-benefits";
import { toBenefitReportRow } from "./benefit-report-view";
import { requirePartyWriter, requireVisible } from "./project-access";
import { addProjectEvent, zoneYear } from "./project-events";
import { loadProjectParties, lockProject } from "./project-lock";

const yearProblem = (zh: string, en: string): FieldProblem => ({
  path: "year",
  messageZh: `year：${zh}`,
  messageEn: `year: ${en}`,
});

export async function reportBenefits(
  p: Platform,
  actor: Actor,
  projectId: string,
  raw: unknown,
): Promise<TBenefitReportRow> {
  return p.db.transaction(async (tx) => {
    // Who may act is decided on the row as read; the lock follows (under row-level security a row the actor may
    // not update would not even be returned by FOR UPDATE, and a reader is owed FORBIDDEN, not NOT_FOUND).
    requirePartyWriter(actor, requireVisible(actor, await loadProjectParties(tx, projectId)));
    const project = requireVisible(actor, await lockProject(tx, projectId));
    if (project.status !== "certified")
      throw new AppError("CONFLICT", {
        zh: "只有已认定的项目报告实际环境效益",
        en: "Actual benefits are reported for certified projects only",
        details: { status: project.status },
      });
    const parsed = zBenefitReportBody.safeParse(raw);
    if (!parsed.success) throw AppError.validation(zodProblems(parsed.error));
    const body = parsed.data;
    const now = p.clock.now();
    const problems: FieldProblem[] = [];
    if (body.year > zoneYear(now)) problems.push(yearProblem(`${body.year} 年尚未开始`, `${body.year} has not begun`));
    if (project.operation_year !== null && body.year < project.operation_year)
      problems.push(
        yearProblem(
          `早于项目投产年份 ${project.operation_year}`,
          `before the project's operation year ${project.operation_year}`,
        ),
      );
    let result: TBenefitReport | null = null;
    try {
      result = computeProjectBenefits(body.lines, { year: body.year, path: "lines" });
    } catch (e) {
      if (!isAppError(e) || e.code !== "VALIDATION_FAILED") throw e;
      problems.push(...((e.details?.problems as FieldProblem[] | undefined) ?? []));
    }
    if (problems.length > 0 || !result) throw AppError.validation(problems);
    const co2 = result.totals.find((t) => t.key === "co2_reduction_t")?.value ?? null;
    const rev = await tx.query<{ n: number }>(
      "SELECT coalesce(max(revision), 0)::int + 1 AS n FROM green_benefit_reports WHERE project_id = $1 AND year = $2",
      [project.id, body.year],
    );
    const revision = rev.rows[0]!.n;
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO green_benefit_reports (project_id, org_id, year, revision, lines, result, co2_t, note, reported_by,
         reported_at)
       VALUES ($1,$2,$3,$4,$5::jsonb,$6,$7,$8,$9,$10) RETURNING id`,
      [
        project.id,
        actor.orgId,
        body.year,
        revision,
        JSON.stringify(body.lines),
        JSON.stringify(result),
        co2,
        body.note ?? null,
        actor.userId,
        now,
      ],
    );
    const id = inserted.rows[0]!.id;
    await tx.query("UPDATE green_projects SET updated_at = $2 WHERE id = $1", [project.id, now]);
    await addProjectEvent(tx, actor, now, project, "benefit-report", body.note ?? null, {
      year: body.year,
      revision,
      co2T: co2,
    });
    await appendAudit(tx, actor, now, {
      action: "green_project.benefit_report",
      entityType: "green_project",
      entityId: project.id,
      orgId: project.org_id,
      details: { reportId: id, year: body.year, revision, co2T: co2, methodSet: result.methodSet },
    });
    const exp = await tx.query<{ expected_result: string | null; name: string | null }>(
      `SELECT g.expected_result, u.display_name AS name FROM green_projects g LEFT JOIN users u ON u.id = $2
        WHERE g.id = $1`,
      [project.id, actor.userId],
    );
    const expected = exp.rows[0]?.expected_result ? (JSON.parse(exp.rows[0].expected_result) as TBenefitReport) : null;
    return toBenefitReportRow(
      {
        id,
        year: body.year,
        reported_by_name: exp.rows[0]?.name ?? null,
        reported_at: now,
        note: body.note ?? null,
        result: JSON.stringify(result),
      },
      expected,
    );
  });
}
