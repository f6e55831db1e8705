/**
 * Computes an enterprise's carbon account for a year and keeps it as a new immutable version — but only when
 * something changed: the same activity rows under the same factor set give the same inputs hash, and the
 * latest version is returned as it is. A changed row or a new factor set adds a dated version; the old ones stay.
 */
import { createHash } from "node:crypto";
import type { Queryable } from "@greenfin/db";
import { type CarbonAccount, calculateCarbonAccount, canonicalJson } from "@greenfin/domain";
import { loadCarbonFactorSet } from "@greenfin/reference";
import { requirePermission } from "../access/tenancy";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { accountSubject, activityRowsFor } from "./account-source";

export interface StoredAccount {
  id: string;
  version: number;
  created: boolean;
}

const wanOf = (i: CarbonAccount["intensities"]["perRevenue"]) =>
  i.denominator && i.denominator.unit === "wan_yuan" ? i.denominator.quantity : null;

/** Runs inside the caller's transaction (`db`); `actor` is null for the background job. */
export async function computeAccountIn(
  db: Queryable,
  p: Platform,
  actor: Actor | null,
  orgId: string,
  year: number,
  createdBy: string | null = actor?.userId ?? null,
): Promise<StoredAccount> {
  const subject = await accountSubject(db, orgId);
  const rows = await activityRowsFor(db, subject, year);
  if (rows.length === 0)
    throw AppError.validation([
      { path: "year", messageZh: `${year} 年没有活动数据`, messageEn: `There is no activity data for ${year}` },
    ]);
  const now = p.clock.now();
  const account = calculateCarbonAccount(loadCarbonFactorSet(), {
    enterprise: subject.profile,
    year,
    rows,
    calculatedOn: now.toISOString().slice(0, 10),
  });
  // One computation per enterprise and year at a time, so two requests cannot both write version n + 1.
  await db.query("SELECT pg_advisory_xact_lock(hashtext($1))", [`carbon_account:${orgId}:${year}`]);
  const latest = await db.query<{ id: string; version: number; inputs_hash: string; factor_set: string }>(
    `SELECT id, version, inputs_hash, factor_set FROM carbon_accounts WHERE org_id = $1 AND year = $2
      ORDER BY version DESC LIMIT 1`,
    [orgId, year],
  );
  const last = latest.rows[0];
  if (last && last.inputs_hash === account.inputsHash && last.factor_set === account.factorSet)
    return { id: last.id, version: last.version, created: false };

  const text = canonicalJson(account);
  const t = account.totals;
  const version = (last?.version ?? 0) + 1;
  const inserted = await db.query<{ id: string }>(
    `INSERT INTO carbon_accounts (org_id, year, version, calculated_on, method, factor_set, inputs_hash, scope1,
        scope1_combustion, scope1_process, scope2_location, scope2_market, scope3, total_location, total_market,
        revenue_wan, value_added_wan, industry_code, account, account_hash, created_by, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22) RETURNING id`,
    [
      orgId,
      year,
      version,
      account.calculatedOn,
      account.method,
      account.factorSet,
      account.inputsHash,
      t.scope1,
      t.scope1Combustion,
      t.scope1Process,
      t.scope2Location,
      t.scope2Market,
      t.scope3,
      t.totalLocationBased,
      t.totalMarketBased,
      wanOf(account.intensities.perRevenue),
      wanOf(account.intensities.perValueAdded),
      account.industryCode,
      text,
      createHash("sha256").update(text, "utf8").digest("hex"),
      createdBy,
      now,
    ],
  );
  const id = inserted.rows[0]!.id;
  // A user's recalculation is audited here; the yearly job's accounts are covered by the job's own start entry.
  if (actor)
    await appendAudit(db, actor, now, {
      action: "carbon.account.calculate",
      entityType: "carbon_account",
      entityId: id,
      orgId,
      details: {
        year,
        version,
        factorSet: account.factorSet,
        inputsHash: account.inputsHash,
        total: t.totalLocationBased,
      },
    });
  return { id, version, created: true };
}

/** The enterprise itself or the district recalculates one account now. */
export async function computeCarbonAccount(p: Platform, actor: Actor, orgId: string, year: number) {
  if (actor.orgId !== orgId && actor.orgKind !== "district") throw AppError.notFound("carbon_account");
  requirePermission(actor, "write");
  return p.db.transaction((tx) => computeAccountIn(tx, p, actor, orgId, year));
}
