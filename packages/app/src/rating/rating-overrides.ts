/**
 * Grade overrides under four-eyes review: an analyst of the agency that ran a completed (unpublished) run proposes
 * a grade at most the methodology's number of notches from the computed one, with a written rationale; a reviewer
 * of the same agency who is not the proposer approves or rejects it. The run cannot be published while a proposal
 * is pending, so nothing reaches the rated entity before it is approved. Every step is in the audit log.
 */
import { checkGradeOverride } from "@greenfin/domain";
import { loadRatingMethodology } from "@greenfin/reference";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { requireOwnRun, requireRatingAgency } from "./rating-access";
import { loadRunRow, methodologyRef } from "./rating-run-row";

interface OverrideRow {
  id: string;
  org_id: string;
  run_id: string;
  result_id: string;
  entity_org_id: string;
  name_zh: string;
  name_en: string;
  computed_grade: string;
  to_grade: string;
  notches: number;
  rationale: string;
  status: "pending" | "approved" | "rejected";
  proposed_by: string;
  proposed_by_name: string;
  proposed_at: Date;
  decided_by_name: string | null;
  decided_at: Date | null;
  decision_note: string | null;
}

const SELECT = `
  SELECT x.id, x.org_id, x.run_id, x.result_id, x.entity_org_id, o.name_zh, o.name_en, x.computed_grade, x.to_grade, x.notches,
         x.rationale, x.status, x.proposed_by, pu.display_name AS proposed_by_name, x.proposed_at,
         du.display_name AS decided_by_name, x.decided_at, x.decision_note
    FROM rating_overrides x
    JOIN organisations o ON o.id = x.entity_org_id
    JOIN users pu ON pu.id = x.proposed_by
    LEFT JOIN users du ON du.id = x.decided_by`;

const toOverride = (x: OverrideRow) => ({
  id: x.id,
  runId: x.run_id,
  resultId: x.result_id,
  entity: { id: x.entity_org_id, nameZh: x.name_zh, nameEn: x.name_en },
  computedGrade: x.computed_grade,
  fromGrade: x.computed_grade,
  toGrade: x.to_grade,
  notches: x.notches,
  rationale: x.rationale,
  status: x.status,
  proposedBy: x.proposed_by_name,
  proposedById: x.proposed_by,
  proposedAt: x.proposed_at.toISOString(),
  decidedBy: x.decided_by_name,
  decidedAt: x.decided_at?.toISOString() ?? null,
  decisionNote: x.decision_note,
});

/** Overrides the actor may see: its agency's, or (district) all; optionally of one result or with one status. */
export async function listOverrides(
  p: Platform,
  actor: Actor,
  f: { resultId?: string; status?: "pending" | "approved" | "rejected" | undefined },
) {
  const params: unknown[] = [];
  const where: string[] = [];
  if (actor.orgKind !== "district" && !f.resultId) {
    params.push(actor.orgId);
    where.push(`x.org_id = $${params.length}`);
  }
  if (f.resultId) {
    params.push(f.resultId);
    where.push(`x.result_id = $${params.length}`);
  }
  if (f.status) {
    params.push(f.status);
    where.push(`x.status = $${params.length}`);
  }
  const r = await p.db.query<OverrideRow>(
    `${SELECT} ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY x.proposed_at DESC LIMIT 500`,
    params,
  );
  return r.rows.map(toOverride);
}

const notOpen = (status: string) =>
  new AppError("CONFLICT", {
    zh: `评级批次状态为「${status}」，只有已完成且未发布的批次可以调整评级`,
    en: `The run is "${status}": grades can be overridden only on a completed, unpublished run`,
    details: { status },
  });

export async function proposeOverride(
  p: Platform,
  actor: Actor,
  resultId: string,
  input: { toGrade: string; rationale: string },
) {
  requireRatingAgency(actor, "write");
  if (!actor.userId)
    throw AppError.forbidden("调整评级须由具名分析师提出", "An override is proposed by a named analyst");
  return p.db.transaction(async (tx) => {
    const found = await tx.query<{ run_id: string; org_id: string; grade: string }>(
      "SELECT run_id, org_id, grade FROM rating_results WHERE id = $1",
      [resultId],
    );
    const result = found.rows[0];
    if (!result) throw AppError.notFound("rating_result");
    const run = await loadRunRow(tx, result.run_id);
    requireOwnRun(actor, run);
    if (run.status !== "completed") throw notOpen(run.status);
    const m = loadRatingMethodology(methodologyRef(run));
    if (!m.scale.grades.some((g) => g.grade === input.toGrade))
      throw AppError.validation([
        {
          path: "toGrade",
          messageZh: `「${input.toGrade}」不是本方法的等级`,
          messageEn: `"${input.toGrade}" is not a grade of this methodology`,
        },
      ]);
    const check = checkGradeOverride(m, result.grade, input.toGrade);
    if (!check.allowed)
      throw AppError.validation([
        {
          path: "toGrade",
          messageZh:
            check.notches === 0
              ? "调整后的等级与模型等级相同"
              : `最多可调整 ${m.overrides.maxNotches} 个子级，此次为 ${Math.abs(check.notches)} 个`,
          messageEn:
            check.notches === 0
              ? "The proposed grade is the computed grade"
              : `At most ${m.overrides.maxNotches} notches may be overridden; this is ${Math.abs(check.notches)}`,
        },
      ]);
    const live = await tx.query(
      "SELECT 1 FROM rating_overrides WHERE result_id = $1 AND status IN ('pending','approved')",
      [resultId],
    );
    if (live.rows.length > 0)
      throw new AppError("CONFLICT", {
        zh: "该评级已有待审或已批准的调整",
        en: "This rating already has a pending or approved override",
      });
    const now = p.clock.now();
    const inserted = await tx.query<{ id: string }>(
      `INSERT INTO rating_overrides (run_id, result_id, org_id, entity_org_id, computed_grade, to_grade, notches, rationale,
                                     proposed_by, proposed_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) RETURNING id`,
      [
        run.id,
        resultId,
        actor.orgId,
        result.org_id,
        result.grade,
        input.toGrade,
        check.notches,
        input.rationale,
        actor.userId,
        now,
      ],
    );
    const id = inserted.rows[0]!.id;
    await appendAudit(tx, actor, now, {
      action: "rating.override.propose",
      entityType: "rating_override",
      entityId: id,
      orgId: result.org_id,
      details: {
        runId: run.id,
        resultId,
        from: result.grade,
        to: input.toGrade,
        notches: check.notches,
        rationale: input.rationale,
      },
    });
    return toOverride((await tx.query<OverrideRow>(`${SELECT} WHERE x.id = $1`, [id])).rows[0]!);
  });
}

export async function decideOverride(
  p: Platform,
  actor: Actor,
  overrideId: string,
  input: { decision: "approve" | "reject"; note?: string | undefined },
) {
  requireRatingAgency(actor, "review");
  return p.db.transaction(async (tx) => {
    const found = await tx.query<OverrideRow>(`${SELECT} WHERE x.id = $1 FOR UPDATE OF x`, [overrideId]);
    const o = found.rows[0];
    if (!o || actor.orgId !== o.org_id) throw AppError.notFound("rating_override");
    if (o.proposed_by === actor.userId)
      throw AppError.forbidden(
        "四眼原则：提出调整的分析师不能审批自己的调整",
        "Four eyes: the analyst who proposed an override cannot decide it",
      );
    if (o.status !== "pending")
      throw new AppError("CONFLICT", {
        zh: "该调整已审批",
        en: "This override has already been decided",
        details: { status: o.status },
      });
    const run = await loadRunRow(tx, o.run_id);
    if (run.status !== "completed") throw notOpen(run.status);
    const now = p.clock.now();
    const status = input.decision === "approve" ? "approved" : "rejected";
    await tx.query(
      "UPDATE rating_overrides SET status = $2, decided_by = $3, decided_at = $4, decision_note = $5 WHERE id = $1",
      [overrideId, status, actor.userId, now, input.note ?? null],
    );
    await appendAudit(tx, actor, now, {
      action: `rating.override.${input.decision}`,
      entityType: "rating_override",
      entityId: overrideId,
      orgId: o.entity_org_id,
      details: {
        runId: o.run_id,
        resultId: o.result_id,
        from: o.computed_grade,
        to: o.to_grade,
        note: input.note ?? null,
      },
    });
    return toOverride((await tx.query<OverrideRow>(`${SELECT} WHERE x.id = $1`, [overrideId])).rows[0]!);
  });
}
