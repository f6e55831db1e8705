import { validateDisclosure } from "@greenfin/domain";
import { loadDisclosure } from "../access/disclosure-access";
import { requirePermission } from "../access/tenancy";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { EDITABLE_STATUSES } from "./apply-intake";
import { completenessOf } from "./completeness";
import { contextOfRow } from "./disclosure-context";
import type { DisclosureStatus } from "./disclosure-row";
import { draftValues, frozenValues, valuesHash } from "./disclosure-values";
import { toIntakeProblems } from "./intake-problems";
import { previousYearValues } from "./previous-year";

/**
 * draft → submitted → in review → returned (comments per indicator) or accepted → published.
 * A returned disclosure is edited and submitted again as the next revision; each revision is frozen on submission.
 */
const wrongState = (status: DisclosureStatus, wanted: string) =>
  new AppError("CONFLICT", {
    zh: `当前状态「${status}」不能执行此操作（需要：${wanted}）`,
    en: `Not possible while the disclosure is "${status}" (needs: ${wanted})`,
    details: { status },
  });

export async function submitDisclosure(p: Platform, actor: Actor, id: string) {
  return p.db.transaction(async (tx) => {
    const { row } = await loadDisclosure(p, actor, id, "write", tx);
    if (!(EDITABLE_STATUSES as readonly string[]).includes(row.status))
      throw wrongState(row.status, "draft / returned");
    const ctx = contextOfRow(row);
    const values = await draftValues(tx, row.id);
    const check = validateDisclosure({
      indicators: ctx.items.map((i) => i.indicator),
      dimensions: ctx.catalogue.dimensions,
      rules: ctx.catalogue.rules,
      entries: [],
      existing: values,
      required: ctx.required,
      previousYear: await previousYearValues(tx, row),
      stage: "submit",
    });
    if (!check.ok) throw AppError.intake(toIntakeProblems(check.problems));
    const now = p.clock.now();
    const frozen = frozenValues(values);
    const hash = valuesHash(frozen);
    const revision = row.revision + 1;
    const completeness = completenessOf(ctx, values);
    const warnings = toIntakeProblems(check.problems.filter((x) => x.severity === "warning"));
    await tx.query(
      `INSERT INTO disclosure_revisions (disclosure_id, org_id, revision, submitted_values, values_hash, completeness, warnings, submitted_by, submitted_at)
       VALUES ($1,$2,$3,$4::jsonb,$5,$6::jsonb,$7::jsonb,$8,$9)`,
      [
        row.id,
        row.org_id,
        revision,
        JSON.stringify(frozen),
        hash,
        JSON.stringify(completeness),
        JSON.stringify(warnings),
        actor.userId,
        now,
      ],
    );
    await tx.query(
      `UPDATE disclosures SET status = 'submitted', revision = $2, first_submitted_at = coalesce(first_submitted_at, $3), updated_at = $3 WHERE id = $1`,
      [row.id, revision, now],
    );
    await appendAudit(tx, actor, now, {
      action: "disclosure.submit",
      entityType: "disclosure",
      entityId: row.id,
      orgId: row.org_id,
      details: { revision, valuesHash: hash, values: frozen.length, warnings: warnings.length },
    });
    return { status: "submitted" as const, revision, valuesHash: hash, warnings, completeness };
  });
}

/** One step with nothing but a status change: checked state, the update and its audit entry, in one transaction. */
async function step(
  p: Platform,
  actor: Actor,
  id: string,
  move: {
    access: "write" | "review";
    from: DisclosureStatus;
    to: DisclosureStatus;
    action: string;
    permission?: "review";
  },
) {
  return p.db.transaction(async (tx) => {
    const { row } = await loadDisclosure(p, actor, id, move.access, tx);
    if (move.permission) requirePermission(actor, move.permission);
    if (row.status !== move.from) throw wrongState(row.status, move.from);
    const now = p.clock.now();
    await tx.query("UPDATE disclosures SET status = $2, updated_at = $3 WHERE id = $1", [row.id, move.to, now]);
    await appendAudit(tx, actor, now, {
      action: move.action,
      entityType: "disclosure",
      entityId: row.id,
      orgId: row.org_id,
      details: { revision: row.revision },
    });
    return { status: move.to, revision: row.revision };
  });
}

/** The reviewer takes a submitted disclosure into review. */
export const startReview = (p: Platform, actor: Actor, id: string) =>
  step(p, actor, id, { access: "review", from: "submitted", to: "in_review", action: "disclosure.review.start" });

export interface ReviewComment {
  indicatorId: string;
  dimension?: string;
  comment: string;
}

/** The reviewer decides the latest revision: returned (with at least one comment on an indicator) or accepted. */
export async function decideDisclosure(
  p: Platform,
  actor: Actor,
  id: string,
  decision: { outcome: "returned" | "accepted"; note?: string | null; comments?: readonly ReviewComment[] },
) {
  return p.db.transaction(async (tx) => {
    const { row } = await loadDisclosure(p, actor, id, "review", tx);
    if (row.status !== "in_review" && row.status !== "submitted") throw wrongState(row.status, "submitted / in_review");
    const comments = decision.comments ?? [];
    if (decision.outcome === "returned" && comments.length === 0)
      throw AppError.validation([
        {
          path: "comments",
          messageZh: "退回时请至少对一个指标写明意见",
          messageEn: "Say what to fix on at least one indicator when returning",
        },
      ]);
    const ctx = contextOfRow(row);
    const known = new Set(ctx.items.map((i) => i.indicator.id));
    const unknown = comments.filter((c) => !known.has(c.indicatorId));
    if (unknown.length)
      throw AppError.validation(
        unknown.map((c) => ({
          path: `comments.${c.indicatorId}`,
          messageZh: "不是本披露的指标",
          messageEn: "not an indicator of this disclosure",
        })),
      );
    const now = p.clock.now();
    const rev = await tx.query<{ id: string }>(
      `UPDATE disclosure_revisions SET outcome = $3, decided_by = $4, decided_at = $5, decision_note = $6
        WHERE disclosure_id = $1 AND revision = $2 AND outcome = 'pending' RETURNING id`,
      [row.id, row.revision, decision.outcome, actor.userId, now, decision.note ?? null],
    );
    if (!rev.rows[0]) throw wrongState(row.status, "a pending revision");
    for (const c of comments)
      await tx.query(
        `INSERT INTO disclosure_review_comments (revision_id, disclosure_id, org_id, reviewer_org_id, indicator_id, dimension, comment, author_id, created_at)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
        [
          rev.rows[0].id,
          row.id,
          row.org_id,
          actor.orgId,
          c.indicatorId,
          c.dimension ?? "",
          c.comment,
          actor.userId,
          now,
        ],
      );
    await tx.query("UPDATE disclosures SET status = $2, updated_at = $3 WHERE id = $1", [
      row.id,
      decision.outcome,
      now,
    ]);
    await appendAudit(tx, actor, now, {
      action: decision.outcome === "accepted" ? "disclosure.accept" : "disclosure.return",
      entityType: "disclosure",
      entityId: row.id,
      orgId: row.org_id,
      details: { revision: row.revision, note: decision.note ?? null, comments: comments.map((c) => c.indicatorId) },
    });
    return { status: decision.outcome, revision: row.revision };
  });
}

/** The organisation publishes an accepted disclosure: it becomes readable by those it granted "disclosures". */
export const publishDisclosure = (p: Platform, actor: Actor, id: string) =>
  step(p, actor, id, {
    access: "write",
    permission: "review",
    from: "accepted",
    to: "published",
    action: "disclosure.publish",
  });
