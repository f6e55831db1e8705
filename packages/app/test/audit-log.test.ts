import { appendAudit, verifyStoredAuditChain } from "@greenfin/app";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
beforeEach(async () => {
  p = await openTestPlatform({ tampersWithAudit: true }); // some tests edit and delete entries to see them named
});
afterEach(() => p.close());

async function appendSome(n: number) {
  const actor = await actorFor(p, "bank-qinwan");
  for (let i = 0; i < n; i++) {
    await p.db.transaction((tx) =>
      appendAudit(tx, actor, p.clock.now(), {
        action: "test.change",
        entityType: "thing",
        entityId: String(i),
        details: { i },
      }),
    );
  }
}

describe("the hash-chained audit log", () => {
  it("verifies an untouched chain, seeded entry included", async () => {
    await appendSome(5);
    const r = await verifyStoredAuditChain(p.db);
    expect(r).toEqual({ ok: true, checked: 6, breaks: [] });
  });

  it("refuses UPDATE and DELETE at the database", async () => {
    await appendSome(1);
    await expect(p.db.query("UPDATE audit_log SET action = 'x' WHERE seq = 2")).rejects.toThrow(/append-only/);
    await expect(p.db.query("DELETE FROM audit_log WHERE seq = 2")).rejects.toThrow(/append-only/);
  });

  it("names an entry whose content was edited behind the trigger's back", async () => {
    await appendSome(5);
    await p.db.exec("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update");
    await p.db.query(`UPDATE audit_log SET details = '{"i": 99}'::jsonb WHERE seq = 4`);
    const r = await verifyStoredAuditChain(p.db);
    expect(r.ok).toBe(false);
    expect(r.breaks).toEqual([{ seq: 4, reason: "hash_mismatch" }]);
  });

  it("names the gap left by a deleted entry", async () => {
    await appendSome(5);
    await p.db.exec("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update");
    await p.db.query("DELETE FROM audit_log WHERE seq = 3");
    const r = await verifyStoredAuditChain(p.db);
    expect(r.breaks).toEqual([{ seq: 4, reason: "sequence_gap", expectedSeq: 3 }]);
  });

  it("detects a re-hashed forgery by the broken link to the next entry", async () => {
    await appendSome(3);
    await p.db.exec("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update");
    // A forger who recomputes the edited entry's own hash still breaks the next entry's prev_hash.
    const { auditEntryHash } = await import("@greenfin/domain");
    const row = (await p.db.query<Record<string, unknown>>("SELECT * FROM audit_log WHERE seq = 2")).rows[0]!;
    const body = {
      seq: 2,
      at: row.at as string,
      actorUserId: row.actor_user_id as string,
      actorOrgId: row.actor_org_id as string,
      orgId: null,
      action: "test.change",
      entityType: "thing",
      entityId: "0",
      details: { i: 1000 },
    };
    const forged = auditEntryHash(row.prev_hash as string, body);
    await p.db.query(`UPDATE audit_log SET details = '{"i":1000}'::jsonb, hash = $1 WHERE seq = 2`, [forged]);
    const r = await verifyStoredAuditChain(p.db);
    expect(r.breaks).toEqual([{ seq: 3, reason: "prev_hash_mismatch" }]);
  });

  it("keeps the chain linear when many appends race", async () => {
    const actor = await actorFor(p, "bank-qinwan");
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        p.db.transaction((tx) =>
          appendAudit(tx, actor, p.clock.now(), { action: "race", entityType: "t", entityId: String(i) }),
        ),
      ),
    );
    const r = await verifyStoredAuditChain(p.db, undefined, 7); // small pages cross page boundaries
    expect(r).toEqual({ ok: true, checked: 21, breaks: [] });
  });
});
