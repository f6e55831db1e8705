import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  appendAudit,
  createGrant,
  createUserAsOperator,
  fixedClock,
  getOrganisation,
  type Platform,
  seedDemoDistrict,
  verifyStoredAuditChain,
} from "@greenfin/app";
import { loadMigrations, migrate, migrationStatus, openPgliteDatabase, type PgliteDatabase } from "@greenfin/db";
import { generateDemoDistrict } from "@greenfin/domain";
import { loadIndustryClassification } from "@greenfin/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor, orgByKey } from "../../../tests/support/demo-lookup";

/**
 * The embedded engine keeps its data in a directory on disk. This file always uses PGlite on a
 * temporary directory, whichever project runs it: the property under test is PGlite's own.
 */
const SEED = 31;
const clock = fixedClock(new Date("2026-03-02T02:00:00.000Z"));

/** Every row of the tables that carry the platform's state, in a stable order. */
async function snapshot(db: PgliteDatabase) {
  const all = async (sql: string) => (await db.query<Record<string, unknown>>(sql)).rows;
  return {
    organisations: await all("SELECT * FROM organisations ORDER BY demo_key NULLS LAST, id"),
    users: await all("SELECT * FROM users ORDER BY email"),
    memberships: await all("SELECT * FROM memberships ORDER BY user_id, org_id"),
    consentGrants: await all("SELECT * FROM consent_grants ORDER BY id"),
    grantAccessLog: await all("SELECT * FROM grant_access_log ORDER BY id"),
    auditLog: await all("SELECT * FROM audit_log ORDER BY seq"),
    installation: await all("SELECT * FROM installation ORDER BY key"),
    schemaMigrations: await all("SELECT id, checksum FROM schema_migrations ORDER BY id"),
  };
}

let dir: string;
let db: PgliteDatabase | undefined;

async function open(): Promise<Platform & { db: PgliteDatabase }> {
  db = await openPgliteDatabase({ dataDir: dir });
  return { db, clock };
}

async function close(): Promise<void> {
  await db?.close();
  db = undefined;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "gf-pglite-"));
});
afterAll(async () => {
  await close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a PGlite data directory", () => {
  const expected = generateDemoDistrict({ seed: SEED, industries: loadIndustryClassification(), enterpriseCount: 5 });
  let before: Awaited<ReturnType<typeof snapshot>>;
  let grantId: string;
  let newUserId: string;

  it("takes a migration, the demo district, a grant and a user", async () => {
    const p = await open();
    expect((await migrate(p.db)).applied).toEqual(loadMigrations().map((m) => m.id));
    const seeded = await seedDemoDistrict(p, { seed: SEED, enterpriseCount: 5, carbon: false, market: false });
    expect(seeded).toMatchObject({
      seeded: true,
      seed: SEED,
      organisations: expected.organisations.length,
      users: expected.users.length,
    });
    const ent = await actorFor(p, "ent-0001", "admin");
    const bank = await orgByKey(p, "bank-qinwan");
    const grant = await createGrant(p, ent, {
      granteeOrgId: bank.id,
      scope: "profile",
      purpose: "credit review",
      expiresAt: "2026-06-01T00:00:00.000Z",
    });
    grantId = grant.id;
    // One read under the grant, so the access log has a row to keep too.
    const bankActor = await actorFor(p, "bank-qinwan", "analyst");
    expect((await getOrganisation(p, bankActor, ent.orgId)).id).toBe(ent.orgId);
    newUserId = (
      await createUserAsOperator(p, {
        email: "persist@example.cn",
        displayName: "持久化测试",
        password: "Persist-2026!x",
        orgId: bank.id,
        role: "reviewer",
      })
    ).userId;
    before = await snapshot(p.db);
    expect(before.organisations).toHaveLength(expected.organisations.length);
    expect(before.users).toHaveLength(expected.users.length + 1);
    expect(before.consentGrants.map((g) => g.id)).toEqual([grantId]);
    expect(before.grantAccessLog).toHaveLength(1);
    // Besides these, the seed's demo rating runs write their own rating.* entries.
    const actions = before.auditLog.map((a) => a.action as string);
    expect(actions.filter((a) => !a.startsWith("rating."))).toEqual(["demo.seed", "grant.create", "user.create"]);
    await close();
  });

  it("keeps every row after the database is closed and opened again", async () => {
    const p = await open();
    const after = await snapshot(p.db);
    expect(after).toEqual(before);
    expect(after.users.find((u) => u.id === newUserId)).toMatchObject({
      email: "persist@example.cn",
      display_name: "持久化测试",
    });
    expect(await migrationStatus(p.db)).toEqual({ applied: loadMigrations().map((m) => m.id), pending: [] });
    expect(await migrate(p.db)).toEqual({ applied: [], pending: [] });
    expect(await verifyStoredAuditChain(p.db)).toEqual({ ok: true, checked: before.auditLog.length, breaks: [] });
    // The grant still opens the profile after the restart, and the second read is logged after the first.
    const bankActor = await actorFor(p, "bank-qinwan", "analyst");
    const ent = await orgByKey(p, "ent-0001");
    expect((await getOrganisation(p, bankActor, ent.id)).nameZh).toBe(ent.nameZh);
    const log = await p.db.query<{ grant_id: string; n: string }>(
      "SELECT grant_id, count(*) AS n FROM grant_access_log GROUP BY grant_id",
    );
    expect(log.rows).toEqual([{ grant_id: grantId, n: "2" }]);
    await close();
  });

  it("continues the audit chain across restarts", async () => {
    let p = await open();
    const district = await actorFor(p, "district-qinwan", "admin");
    await p.db.transaction((tx) =>
      appendAudit(tx, district, clock.now(), { action: "test.restart", entityType: "installation", details: { n: 1 } }),
    );
    await close();
    p = await open();
    const rows = await p.db.query<{ seq: string; action: string; prev_hash: string; hash: string }>(
      "SELECT seq, action, prev_hash, hash FROM audit_log ORDER BY seq",
    );
    const n = rows.rows.length;
    expect(rows.rows.filter((r) => !r.action.startsWith("rating.")).map((r) => r.action)).toEqual([
      "demo.seed",
      "grant.create",
      "user.create",
      "test.restart",
    ]);
    expect(rows.rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(rows.rows[n - 1]!.prev_hash).toBe(rows.rows[n - 2]!.hash);
    expect(await verifyStoredAuditChain(p.db)).toEqual({ ok: true, checked: n, breaks: [] });
    await close();
  });
});
