import { createHash, randomUUID } from "node:crypto";
import { canonicalJson, type IntakeProblem, type RawEntry, validateDisclosure } from "@greenfin/domain";
import { loadDisclosure } from "../access/disclosure-access";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError, type IntakeProblemLike } from "../errors/app-error";
import type { Platform } from "../platform";
import { type Completeness, completenessOf } from "./completeness";
import { contextOfRow } from "./disclosure-context";
import { draftValues, writeDraftValues } from "./disclosure-values";
import { toIntakeProblems } from "./intake-problems";
import { previousYearValues } from "./previous-year";

export type IntakeChannel = "form" | "xlsx" | "csv" | "api";

export interface IntakeRequest {
  readonly channel: IntakeChannel;
  readonly entries: readonly RawEntry[];
  /** Problems the file reader found before any entry (formulas, a zip bomb …): any error refuses the intake. */
  readonly fileProblems?: readonly IntakeProblem[];
  readonly fileName?: string | null;
  /** A client-chosen key: the same key with the same content returns the first result; with other content, CONFLICT. */
  readonly idempotencyKey?: string | null;
  /** Hash of the raw request or file, to tell a retry from a different request under the same key. */
  readonly contentHash?: string;
}

export interface IntakeOutcome {
  intakeId: string;
  saved: number;
  warnings: IntakeProblemLike[];
  completeness?: Completeness;
  replayed: boolean;
}

export const EDITABLE_STATUSES = ["draft", "returned"] as const;

export function hashContent(content: unknown): string {
  return createHash("sha256")
    .update(typeof content === "string" || content instanceof Uint8Array ? content : canonicalJson(content))
    .digest("hex");
}

/**
 * One intake into a disclosure's draft, whatever the channel: everything is validated first, and only if no
 * problem is an error are the values written, in one transaction with the intake record and its audit entry.
 * An intake with errors saves nothing and returns every problem with its location.
 */
export async function applyIntake(
  p: Platform,
  actor: Actor,
  disclosureId: string,
  req: IntakeRequest,
): Promise<IntakeOutcome> {
  const requestHash = req.contentHash ?? hashContent(req.entries.map((e) => ({ ...e, location: null })));
  return p.db.transaction(async (tx) => {
    const { row } = await loadDisclosure(p, actor, disclosureId, "write", tx);
    if (req.idempotencyKey) {
      const prior = await tx.query<{
        request_hash: string;
        result: Omit<IntakeOutcome, "replayed">;
        disclosure_id: string;
      }>(
        "SELECT request_hash, result, disclosure_id FROM disclosure_intakes WHERE org_id = $1 AND idempotency_key = $2",
        [actor.orgId, req.idempotencyKey],
      );
      const first = prior.rows[0];
      if (first) {
        if (first.request_hash !== requestHash || first.disclosure_id !== disclosureId)
          throw new AppError("CONFLICT", {
            zh: "该幂等键已用于另一份不同的请求",
            en: "This idempotency key was used for a different request",
          });
        return { ...first.result, replayed: true };
      }
    }
    if (!(EDITABLE_STATUSES as readonly string[]).includes(row.status))
      throw new AppError("CONFLICT", {
        zh: "已提交的披露不可修改；如需修改，请等待审核退回",
        en: "A submitted disclosure cannot be changed; wait until the reviewer returns it",
      });
    if (req.fileProblems?.some((x) => x.severity === "error"))
      throw AppError.intake(toIntakeProblems(req.fileProblems));

    const ctx = contextOfRow(row);
    const existing = await draftValues(tx, row.id);
    const result = validateDisclosure({
      indicators: ctx.items.map((i) => i.indicator),
      dimensions: ctx.catalogue.dimensions,
      rules: ctx.catalogue.rules,
      entries: req.entries,
      existing,
      required: ctx.required,
      previousYear: await previousYearValues(tx, row),
      stage: "save",
    });
    const problems = [...(req.fileProblems ?? []), ...result.problems];
    if (!result.ok) throw AppError.intake(toIntakeProblems(problems));

    const now = p.clock.now();
    await writeDraftValues(tx, { id: row.id, orgId: row.org_id }, result.values, result.changedKeys, actor.userId, now);
    await tx.query("UPDATE disclosures SET updated_at = $2 WHERE id = $1", [row.id, now]);
    const intakeId = randomUUID();
    const outcome = {
      intakeId,
      saved: result.changedKeys.length,
      warnings: toIntakeProblems(problems.filter((x) => x.severity === "warning")),
      completeness: completenessOf(ctx, result.values),
    };
    await tx.query(
      `INSERT INTO disclosure_intakes (id, disclosure_id, org_id, channel, idempotency_key, request_hash, file_name, value_count, result, created_by, created_at)
       VALUES ($11,$1,$2,$3,$4,$5,$6,$7,$8::jsonb,$9,$10)`,
      [
        row.id,
        row.org_id,
        req.channel,
        req.idempotencyKey ?? null,
        requestHash,
        req.fileName ?? null,
        outcome.saved,
        JSON.stringify({ ...outcome, completeness: undefined }),
        actor.userId,
        now,
        intakeId,
      ],
    );
    await appendAudit(tx, actor, now, {
      action: "disclosure.values.save",
      entityType: "disclosure",
      entityId: row.id,
      orgId: row.org_id,
      details: {
        channel: req.channel,
        intakeId,
        saved: outcome.saved,
        fileName: req.fileName ?? null,
        keys: result.changedKeys.slice(0, 200),
      },
    });
    return { ...outcome, replayed: false };
  });
}
