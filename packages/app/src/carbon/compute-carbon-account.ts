/**
 * Computes enterprises' carbon accounts for a year and keeps each as a new immutable version — but only when
 * something changed: the same activity rows under the same factor set give the same inputs hash, and the
 * latest version is returned as it is. A changed row or a new factor set adds a dated version; the old ones stay.
 * A batch of enterprises (the yearly job's) is read, computed, then locked, compared and written, a query per step.
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
import { accountSubjects, activityRowsOf } from "./account-source";

export interface StoredAccount {
  id: string;
  version: number;
  created: boolean;
}

const wanOf = (i: CarbonAccount["intensities"]["perRevenue"]) =>
  i.denominator && i.denominator.unit === "wan_yuan" ? i.denominator.quantity : null;

/** An enterprise's account, computed and serialised, not yet stored. */
export interface PreparedAccount {
  orgId: string;
  account: CarbonAccount;
  /** The account as canonical JSON, and its SHA-256. */
  text: string;
  hash: string;
}

/**
 * Reads the enterprises and their activity and computes their accounts, in the order of `orgIds`. Yields to the event
 * loop between accounts, so that the job's previous batch can be written meanwhile (on PostgreSQL, by the server).
 */
export async function prepareAccounts(
  db: Queryable,
  p: Platform,
  orgIds: readonly string[],
  year: number,
): Promise<PreparedAccount[]> {
  const subjects = await accountSubjects(db, orgIds);
  const rows = await activityRowsOf(db, subjects, year);
  const calculatedOn = p.clock.now().toISOString().slice(0, 10);
  const set = loadCarbonFactorSet();
  const out: PreparedAccount[] = [];
  for (const s of subjects) {
    const mine = rows.get(s.orgId) ?? [];
    if (mine.length === 0)
      throw AppError.validation([
        { path: "year", messageZh: `${year} 年没有活动数据`, messageEn: `There is no activity data for ${year}` },
      ]);
    const account = calculateCarbonAccount(set, { enterprise: s.profile, year, rows: mine, calculatedOn });
    const text = canonicalJson(account);
    out.push({ orgId: s.orgId, account, text, hash: createHash("sha256").update(text, "utf8").digest("hex") });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}

const COLUMNS = `org_id, year, version, calculated_on, method, factor_set, inputs_hash, scope1, scope1_combustion,
  scope1_process, scope2_location, scope2_market, scope3, total_location, total_market, revenue_wan, value_added_wan,
  industry_code, account, account_hash, created_by, created_at`;
const WIDTH = 22;

/** The columns of a new version, in the INSERT's order. */
function accountRow(a: PreparedAccount, year: number, version: number, by: string | null, at: Date) {
  const { account } = a;
  const t = account.totals;
  return [
    a.orgId,
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
    a.text,
    a.hash,
    by,
    at,
  ];
}

/**
 * Keeps each prepared account as a new version unless the latest one has the same inputs and factor set; inside the
 * caller's transaction (`db`). `actor` is null for the background job (whose start entry covers its accounts).
 */
export async function storeAccounts(
  db: Queryable,
  p: Platform,
  actor: Actor | null,
  prepared: readonly PreparedAccount[],
  year: number,
  createdBy: string | null = actor?.userId ?? null,
): Promise<StoredAccount[]> {
  const orgIds = prepared.map((a) => a.orgId);
  // One computation per enterprise and year at a time, so two runs cannot both write version n + 1; taken in the
  // order given (the job's batches are in id order), so that two batches cannot wait on each other.
  const keys = orgIds.map((id) => `carbon_account:${id}:${year}`);
  await db.query("SELECT pg_advisory_xact_lock(hashtext(k)) FROM unnest($1::text[]) AS k", [keys]);
  const latest = await db.query<{
    org_id: string;
    id: string;
    version: number;
    inputs_hash: string;
    factor_set: string;
  }>(
    `SELECT DISTINCT ON (org_id) org_id, id, version, inputs_hash, factor_set FROM carbon_accounts
      WHERE org_id = ANY($1::uuid[]) AND year = $2 ORDER BY org_id, version DESC`,
    [orgIds, year],
  );
  const last = new Map(latest.rows.map((r) => [r.org_id, r]));
  const out = prepared.map((a) => {
    const prev = last.get(a.orgId);
    const same = prev && prev.inputs_hash === a.account.inputsHash && prev.factor_set === a.account.factorSet;
    const version = same ? prev.version : (prev?.version ?? 0) + 1;
    return { ...a, id: same ? prev.id : "", version, created: !same };
  });
  const fresh = out.filter((a) => a.created);
  if (fresh.length === 0) return out.map(({ id, version, created }) => ({ id, version, created }));
  const now = p.clock.now();
  const tuples = fresh.map((_, r) => `(${Array.from({ length: WIDTH }, (_, c) => `$${r * WIDTH + c + 1}`).join(",")})`);
  const inserted = await db.query<{ org_id: string; id: string }>(
    `INSERT INTO carbon_accounts (${COLUMNS}) VALUES ${tuples.join(",")} RETURNING org_id, id`,
    fresh.flatMap((a) => accountRow(a, year, a.version, createdBy, now)),
  );
  const ids = new Map(inserted.rows.map((r) => [r.org_id, r.id]));
  for (const a of fresh) {
    a.id = ids.get(a.orgId)!;
    // A user's recalculation is audited here; the yearly job's accounts are covered by the job's own start entry.
    if (actor)
      await appendAudit(db, actor, now, {
        action: "carbon.account.calculate",
        entityType: "carbon_account",
        entityId: a.id,
        orgId: a.orgId,
        details: {
          year,
          version: a.version,
          factorSet: a.account.factorSet,
          inputsHash: a.account.inputsHash,
          total: a.account.totals.totalLocationBased,
        },
      });
  }
  return out.map(({ id, version, created }) => ({ id, version, created }));
}

/** The enterprise itself or the district recalculates one account now. */
export async function computeCarbonAccount(p: Platform, actor: Actor, orgId: string, year: number) {
  if (actor.orgId !== orgId && actor.orgKind !== "district") throw AppError.notFound("carbon_account");
  requirePermission(actor, "write");
  return p.db.transaction(async (tx) => {
    const [stored] = await storeAccounts(tx, p, actor, await prepareAccounts(tx, p, [orgId], year), year);
    return stored!;
  });
}
