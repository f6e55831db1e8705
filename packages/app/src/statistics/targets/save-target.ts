/**
 * The district (with `write`) defines its targets: PUT creates or replaces a target by key, DELETE removes it with
 * its entered observations; observations are entered (one per target and year, replaced when entered again) and
 * removed. Each change is saved with its audit entry in one transaction; bad input lists every field's problem.
 */
import type { TTargetWithProgress } from "@greenfin/contracts";
import { requireDistrict } from "../../access/tenancy";
import { appendAudit } from "../../audit/audit-log";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { checkObservationInput, checkTargetInput, TARGET_KEY } from "./check-target-input";
import { readTargets } from "./target-rows";
import { targetWithProgress } from "./targets-progress";

async function reread(p: Platform, key: string): Promise<TTargetWithProgress> {
  const t = await targetWithProgress(p, key);
  if (!t) throw AppError.notFound("district_target");
  return t;
}

export async function saveTarget(p: Platform, actor: Actor, key: string, input: unknown): Promise<TTargetWithProgress> {
  requireDistrict(actor, "write");
  const { value: v, problems } = checkTargetInput(key, input);
  if (problems.length) throw AppError.validation(problems);
  const now = p.clock.now();
  await p.db.transaction(async (tx) => {
    const before = (await readTargets(tx, key))[0] ?? null;
    await tx.query(
      `INSERT INTO district_targets (key, name_zh, name_en, metric, unit, baseline_year, baseline_value, target_year,
          target_value, direction, source, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)
       ON CONFLICT (key) DO UPDATE SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en,
          metric = EXCLUDED.metric, unit = EXCLUDED.unit, baseline_year = EXCLUDED.baseline_year,
          baseline_value = EXCLUDED.baseline_value, target_year = EXCLUDED.target_year,
          target_value = EXCLUDED.target_value, direction = EXCLUDED.direction, source = EXCLUDED.source,
          updated_at = EXCLUDED.updated_at`,
      [
        key,
        v.nameZh,
        v.nameEn,
        v.metric,
        v.unit,
        v.baselineYear,
        v.baselineValue,
        v.targetYear,
        v.targetValue,
        v.direction,
        v.source,
        actor.userId,
        now,
      ],
    );
    await appendAudit(tx, actor, now, {
      action: before ? "statistics.target.update" : "statistics.target.create",
      entityType: "district_target",
      entityId: key,
      orgId: actor.orgId,
      details: { before, after: v },
    });
  });
  return reread(p, key);
}

export async function deleteTarget(p: Platform, actor: Actor, key: string): Promise<{ ok: true }> {
  requireDistrict(actor, "write");
  if (!TARGET_KEY.test(key)) throw AppError.notFound("district_target");
  const now = p.clock.now();
  await p.db.transaction(async (tx) => {
    const before = (await readTargets(tx, key))[0];
    if (!before) throw AppError.notFound("district_target");
    const obs = await tx.query<{ n: number }>(
      "DELETE FROM district_target_observations WHERE target_key = $1 RETURNING 1 AS n",
      [key],
    );
    await tx.query("DELETE FROM district_targets WHERE key = $1", [key]);
    await appendAudit(tx, actor, now, {
      action: "statistics.target.delete",
      entityType: "district_target",
      entityId: key,
      orgId: actor.orgId,
      details: { before, observationsRemoved: obs.rows.length },
    });
  });
  return { ok: true };
}

export async function saveTargetObservation(
  p: Platform,
  actor: Actor,
  key: string,
  input: unknown,
): Promise<TTargetWithProgress> {
  requireDistrict(actor, "write");
  const { value: v, problems } = checkObservationInput(input);
  if (problems.length) throw AppError.validation(problems);
  const now = p.clock.now();
  await p.db.transaction(async (tx) => {
    if (!(TARGET_KEY.test(key) && (await readTargets(tx, key)).length)) throw AppError.notFound("district_target");
    const before = await tx.query<{ value: string; source: string }>(
      "SELECT value::text AS value, source FROM district_target_observations WHERE target_key = $1 AND year = $2",
      [key, v.year],
    );
    await tx.query(
      `INSERT INTO district_target_observations (target_key, year, value, source, entered_by, entered_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (target_key, year) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source,
          entered_by = EXCLUDED.entered_by, entered_at = EXCLUDED.entered_at`,
      [key, v.year, v.value, v.source, actor.userId, now],
    );
    await appendAudit(tx, actor, now, {
      action: "statistics.target.observation.enter",
      entityType: "district_target",
      entityId: key,
      orgId: actor.orgId,
      details: { year: v.year, before: before.rows[0] ?? null, after: { value: v.value, source: v.source } },
    });
  });
  return reread(p, key);
}

export async function deleteTargetObservation(
  p: Platform,
  actor: Actor,
  key: string,
  year: number,
): Promise<TTargetWithProgress> {
  requireDistrict(actor, "write");
  const now = p.clock.now();
  await p.db.transaction(async (tx) => {
    const gone = await tx.query<{ value: string; source: string }>(
      `DELETE FROM district_target_observations WHERE target_key = $1 AND year = $2
       RETURNING value::text AS value, source`,
      [key, year],
    );
    if (!gone.rows.length) throw AppError.notFound("district_target_observation");
    await appendAudit(tx, actor, now, {
      action: "statistics.target.observation.delete",
      entityType: "district_target",
      entityId: key,
      orgId: actor.orgId,
      details: { year, before: gone.rows[0] },
    });
  });
  return reread(p, key);
}
