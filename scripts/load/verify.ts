/**
 * Zero lost writes, checked in the database after the run: every acknowledged save is an intake with its audit entry,
 * and each draft ends with the value of the save committed last (the audit chain's order is commit order: appends
 * hold one lock until commit); every acknowledged claim is a row with its audit entry, no need has more than three
 * claimants nor a refused claim while it had fewer, and each need's claim counter matches its rows. The audit chain
 * is verified whole.
 */
import { verifyStoredAuditChain } from "@greenfin/app";
import type { Database } from "@greenfin/db";
import type { Fixtures } from "./fixtures";
import type { Kind, WorkloadResult } from "./workload";

/** Writes whose reply was not read: one in flight per connection when the run stopped, and each timeout or reset. */
function inDoubt(w: WorkloadResult, kind: Kind): number {
  const k = w.kinds.find((x) => x.kind === kind);
  return k ? k.connections + k.timeouts + k.socketErrors : 0;
}

function unacknowledged(w: WorkloadResult, kind: Kind, count: number, violations: string[]): number {
  if (count < 0 || count > inDoubt(w, kind))
    violations.push(`${kind}: ${count} commits without a read reply, but only ${inDoubt(w, kind)} requests in doubt`);
  return count;
}

export interface Baseline {
  auditSeq: number;
  intakes: number;
  claims: number;
}

export interface WriteCheck {
  kind: "disclosure-save" | "market-claim";
  acknowledged: number;
  found: number;
  auditEntries: number;
  /** Committed, but the reply was not awaited (in flight when the run ended, or timed out). */
  unacknowledged: number;
  lost: number;
  /** Rule breaks: a draft whose final value is not the last save's, a need over three claimants, a counter adrift. */
  violations: string[];
}

export interface Verification {
  writes: WriteCheck[];
  auditChain: { ok: boolean; checked: number };
}

const num = async (db: Database, sql: string, params: unknown[] = []) =>
  Number((await db.query<{ n: string }>(sql, params)).rows[0]?.n ?? 0);

export async function baseline(db: Database, f: Fixtures): Promise<Baseline> {
  return {
    auditSeq: await num(db, "SELECT coalesce(max(seq), 0)::text AS n FROM audit_log"),
    intakes: await num(db, "SELECT count(*)::text AS n FROM disclosure_intakes WHERE disclosure_id = ANY($1::uuid[])", [
      f.saves.map((s) => s.disclosureId),
    ]),
    claims: await num(db, "SELECT count(*)::text AS n FROM need_claims WHERE need_id = ANY($1::uuid[])", [f.needIds]),
  };
}

async function checkSaves(db: Database, f: Fixtures, w: WorkloadResult, before: Baseline): Promise<WriteCheck> {
  const ids = w.saves.map((s) => s.intakeId);
  const found = await num(
    db,
    `SELECT count(*)::text AS n FROM disclosure_intakes i
       JOIN unnest($1::uuid[], $2::uuid[]) AS a(id, disclosure_id) ON a.id = i.id AND a.disclosure_id = i.disclosure_id`,
    [ids, w.saves.map((s) => s.disclosureId)],
  );
  const audited = await num(
    db,
    `SELECT count(*)::text AS n FROM audit_log
      WHERE seq > $1 AND action = 'disclosure.values.save' AND details->>'intakeId' = ANY($2::text[])`,
    [before.auditSeq, ids],
  );
  const total = await num(
    db,
    "SELECT count(*)::text AS n FROM disclosure_intakes WHERE disclosure_id = ANY($1::uuid[])",
    [f.saves.map((s) => s.disclosureId)],
  );
  const violations: string[] = [];
  const sentValue = new Map(w.saves.map((s) => [s.intakeId, s.value]));
  for (const t of f.saves) {
    const last = await db.query<{ intake_id: string }>(
      `SELECT details->>'intakeId' AS intake_id FROM audit_log
        WHERE seq > $1 AND action = 'disclosure.values.save' AND entity_id = $2 ORDER BY seq DESC LIMIT 1`,
      [before.auditSeq, t.disclosureId],
    );
    const expected = sentValue.get(last.rows[0]?.intake_id ?? "");
    if (expected === undefined) continue; // no save, or the last was not acknowledged: its value is not known here
    const stored = await db.query<{ text: string | null }>(
      `SELECT payload->>'text' AS text FROM disclosure_values WHERE disclosure_id = $1 AND indicator_id = $2 AND dimension = $3`,
      [t.disclosureId, t.indicatorId, t.dimension],
    );
    const actual = stored.rows[0]?.text ?? null;
    if (actual !== expected)
      violations.push(`disclosure ${t.disclosureId}: draft holds ${JSON.stringify(actual)}, last save was ${expected}`);
  }
  return {
    kind: "disclosure-save",
    acknowledged: ids.length,
    found,
    auditEntries: audited,
    unacknowledged: unacknowledged(w, "disclosure-save", total - before.intakes - found, violations),
    lost: ids.length - Math.min(found, audited),
    violations,
  };
}

async function checkClaims(db: Database, f: Fixtures, w: WorkloadResult, before: Baseline): Promise<WriteCheck> {
  const ids = w.claims.map((c) => c.claimId);
  const found = await num(
    db,
    `SELECT count(*)::text AS n FROM need_claims c
       JOIN unnest($1::uuid[], $2::uuid[], $3::uuid[]) AS a(id, need_id, org_id)
         ON a.id = c.id AND a.need_id = c.need_id AND a.org_id = c.org_id`,
    [ids, w.claims.map((c) => c.needId), w.claims.map((c) => c.orgId)],
  );
  const audited = await num(
    db,
    `SELECT count(*)::text AS n FROM audit_log WHERE seq > $1 AND action = 'market.need.claim' AND entity_id = ANY($2::text[])`,
    [before.auditSeq, ids],
  );
  const perNeed = await db.query<{ id: string; rows: string; counter: number }>(
    `SELECT n.id, (SELECT count(*) FROM need_claims c WHERE c.need_id = n.id)::text AS rows, n.claim_count AS counter
       FROM financing_needs n WHERE n.id = ANY($1::uuid[])`,
    [f.needIds],
  );
  const violations: string[] = [];
  let total = 0;
  for (const n of perNeed.rows) {
    const rows = Number(n.rows);
    total += rows;
    if (rows > 3) violations.push(`need ${n.id}: ${rows} claimants (at most 3)`);
    if (rows !== n.counter) violations.push(`need ${n.id}: ${rows} claims but claim_count ${n.counter}`);
    const answered = w.claimAttempts.get(n.id) ?? 0;
    if (answered >= 3 && rows < 3)
      violations.push(
        `need ${n.id}: ${answered} institutions answered but only ${rows} claims (a claim refused wrongly)`,
      );
  }
  return {
    kind: "market-claim",
    acknowledged: ids.length,
    found,
    auditEntries: audited,
    unacknowledged: unacknowledged(w, "market-claim", total - before.claims - found, violations),
    lost: ids.length - Math.min(found, audited),
    violations,
  };
}

export async function verify(db: Database, f: Fixtures, w: WorkloadResult, before: Baseline): Promise<Verification> {
  const chain = await verifyStoredAuditChain(db);
  return {
    writes: [await checkSaves(db, f, w, before), await checkClaims(db, f, w, before)],
    auditChain: { ok: chain.ok, checked: chain.checked },
  };
}
