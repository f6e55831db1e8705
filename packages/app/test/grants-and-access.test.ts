import { randomUUID } from "node:crypto";
import {
  type Actor,
  AppError,
  createGrant,
  getOrganisation,
  grantAccessLog,
  listGrants,
  listOrganisations,
  revokeGrant,
  verifyStoredAuditChain,
} from "@greenfin/app";
import type { DataScope } from "@greenfin/domain";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { actorFor, type OrgRef, orgByKey } from "../../../tests/support/demo-lookup";
import { openTestPlatform, TEST_NOW, type TestPlatform } from "../../../tests/support/test-platform";

const DAY = 86_400_000;

let p: TestPlatform;
let ent: OrgRef;
let entAdmin: Actor;
let bank: Actor;
let otherBank: Actor;
let district: Actor;

beforeEach(async () => {
  p = await openTestPlatform();
  ent = await orgByKey(p, "ent-0001");
  entAdmin = await actorFor(p, "ent-0001", "admin");
  bank = await actorFor(p, "bank-qinwan", "analyst");
  const other = await p.db.query<{ demo_key: string }>(
    "SELECT demo_key FROM organisations WHERE kind = 'bank' AND demo_key <> 'bank-qinwan' ORDER BY demo_key LIMIT 1",
  );
  otherBank = await actorFor(p, other.rows[0]!.demo_key, "admin");
  district = await actorFor(p, "district-qinwan", "viewer");
});
afterEach(() => p.close());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return "(resolved)";
}

function grant(scope: DataScope, to: Actor = bank, days = 30) {
  return createGrant(p, entAdmin, {
    granteeOrgId: to.orgId,
    scope,
    purpose: "green loan due diligence",
    expiresAt: new Date(p.clock.now().getTime() + days * DAY).toISOString(),
  });
}

async function enterprisesVisibleTo(actor: Actor): Promise<string[]> {
  const r = await listOrganisations(p, actor, { page: 1, pageSize: 100, kind: "enterprise" });
  expect(r.total).toBe(r.items.length);
  return r.items.map((o) => o.id).sort();
}

async function accessLogRows(): Promise<number> {
  return Number((await p.db.query<{ n: string }>("SELECT count(*) AS n FROM grant_access_log")).rows[0]!.n);
}

describe("an enterprise's profile and consent grants", () => {
  it("is NOT_FOUND for a bank without a grant, while the enterprise reads its own", async () => {
    expect(await codeOf(getOrganisation(p, bank, ent.id))).toBe("NOT_FOUND");
    expect(await codeOf(getOrganisation(p, otherBank, ent.id))).toBe("NOT_FOUND");
    expect(await getOrganisation(p, entAdmin, ent.id)).toMatchObject({ id: ent.id, kind: "enterprise" });
    // The institutions' directory stays open: a bank reads the district's profile without any grant.
    expect(await getOrganisation(p, bank, district.orgId)).toMatchObject({ id: district.orgId, kind: "district" });
    expect(await enterprisesVisibleTo(bank)).toEqual([]);
    expect(await accessLogRows()).toBe(0);
  });

  it("opens the profile to exactly the bank a `profile` grant names", async () => {
    const g = await grant("profile");
    expect(g).toMatchObject({
      grantor: { id: ent.id, kind: "enterprise" },
      grantee: { id: bank.orgId, kind: "bank" },
      scope: "profile",
      purpose: "green loan due diligence",
      validFrom: TEST_NOW.toISOString(),
      expiresAt: new Date(TEST_NOW.getTime() + 30 * DAY).toISOString(),
      revokedAt: null,
      active: true,
    });
    expect(await getOrganisation(p, bank, ent.id)).toMatchObject({ id: ent.id, nameZh: ent.nameZh });
    expect(await codeOf(getOrganisation(p, otherBank, ent.id))).toBe("NOT_FOUND");
    expect(await enterprisesVisibleTo(bank)).toEqual([ent.id]);
    expect(await enterprisesVisibleTo(otherBank)).toEqual([]);
    // Another enterprise of the district stays closed to the bank.
    const ent2 = await orgByKey(p, "ent-0002");
    expect(await codeOf(getOrganisation(p, bank, ent2.id))).toBe("NOT_FOUND");
    expect((await listGrants(p, bank, "received")).map((x) => x.id)).toEqual([g.id]);
    expect((await listGrants(p, entAdmin, "given")).map((x) => x.id)).toEqual([g.id]);
  });

  it("does not open the profile with a grant for another scope", async () => {
    await grant("carbon");
    await grant("financing");
    expect(await codeOf(getOrganisation(p, bank, ent.id))).toBe("NOT_FOUND");
    expect(await enterprisesVisibleTo(bank)).toEqual([]);
  });

  it("logs each read under a grant for the grantor, and hides the log from the grantee", async () => {
    const g = await grant("profile");
    await getOrganisation(p, bank, ent.id);
    p.clock.advance(60_000);
    await getOrganisation(p, bank, ent.id);
    // Reads by the owner and by the district are not grant reads.
    await getOrganisation(p, entAdmin, ent.id);
    await getOrganisation(p, district, ent.id);

    const log = await grantAccessLog(p, entAdmin, g.id);
    const bankOrg = await p.db.query<{ name_zh: string; name_en: string }>(
      "SELECT name_zh, name_en FROM organisations WHERE id = $1",
      [bank.orgId],
    );
    const bankUser = await p.db.query<{ display_name: string }>("SELECT display_name FROM users WHERE id = $1", [
      bank.userId,
    ]);
    const entry = {
      readerOrg: { id: bank.orgId, kind: "bank", nameZh: bankOrg.rows[0]!.name_zh, nameEn: bankOrg.rows[0]!.name_en },
      readerUserId: bank.userId,
      readerUserName: bankUser.rows[0]!.display_name,
      scope: "profile",
      resource: `organisation:${ent.id}`,
    };
    // Newest first.
    expect(log).toEqual([
      { ...entry, at: new Date(TEST_NOW.getTime() + 60_000).toISOString() },
      { ...entry, at: TEST_NOW.toISOString() },
    ]);
    expect(await accessLogRows()).toBe(2);

    expect(await codeOf(grantAccessLog(p, bank, g.id))).toBe("NOT_FOUND");
    expect(await codeOf(grantAccessLog(p, otherBank, g.id))).toBe("NOT_FOUND");
    expect(await codeOf(grantAccessLog(p, district, g.id))).toBe("NOT_FOUND");
  });

  it("closes again once the grant expires", async () => {
    const g = await grant("profile", bank, 1);
    p.clock.set(new Date(Date.parse(g.expiresAt) - 1));
    expect((await getOrganisation(p, bank, ent.id)).id).toBe(ent.id);
    expect(await enterprisesVisibleTo(bank)).toEqual([ent.id]);

    p.clock.set(new Date(g.expiresAt));
    expect(await codeOf(getOrganisation(p, bank, ent.id))).toBe("NOT_FOUND");
    expect(await enterprisesVisibleTo(bank)).toEqual([]);

    p.clock.advance(DAY);
    expect(await codeOf(getOrganisation(p, bank, ent.id))).toBe("NOT_FOUND");
    expect((await listGrants(p, entAdmin, "given"))[0]).toMatchObject({ id: g.id, active: false, revokedAt: null });
    // Two reads while the grant was active — the profile itself and the list that showed it — none after.
    expect(await accessLogRows()).toBe(2);
  });

  it("closes at once when the grantor revokes it", async () => {
    const g = await grant("profile");
    expect((await getOrganisation(p, bank, ent.id)).id).toBe(ent.id);
    p.clock.advance(5_000);
    const revoked = await revokeGrant(p, entAdmin, g.id);
    expect(revoked).toMatchObject({
      id: g.id,
      revokedAt: new Date(TEST_NOW.getTime() + 5_000).toISOString(),
      active: false,
    });
    expect(await codeOf(getOrganisation(p, bank, ent.id))).toBe("NOT_FOUND");
    expect(await enterprisesVisibleTo(bank)).toEqual([]);
    expect(await accessLogRows()).toBe(1);
  });

  it("can be revoked by its grantor only", async () => {
    const g = await grant("profile");
    // The grantee's administrator, another bank's, the district's: the grant is not theirs to see.
    expect(await codeOf(revokeGrant(p, await actorFor(p, "bank-qinwan", "admin"), g.id))).toBe("NOT_FOUND");
    expect(await codeOf(revokeGrant(p, otherBank, g.id))).toBe("NOT_FOUND");
    expect(await codeOf(revokeGrant(p, await actorFor(p, "district-qinwan", "admin"), g.id))).toBe("NOT_FOUND");
    expect(await codeOf(revokeGrant(p, entAdmin, randomUUID()))).toBe("NOT_FOUND");
    // Still open: none of those attempts touched it.
    expect((await getOrganisation(p, bank, ent.id)).id).toBe(ent.id);
    const row = await p.db.query<{ revoked_at: Date | null }>("SELECT revoked_at FROM consent_grants WHERE id = $1", [
      g.id,
    ]);
    expect(row.rows).toEqual([{ revoked_at: null }]);
    const audit = await p.db.query<{ action: string }>("SELECT action FROM audit_log ORDER BY seq");
    expect(audit.rows.map((a) => a.action)).toEqual(["demo.seed", "grant.create"]);
  });

  it("is given and revoked by administrators only: a viewer or analyst is FORBIDDEN", async () => {
    const viewer = await actorFor(p, "ent-0001", "viewer");
    const analyst = await actorFor(p, "ent-0001", "analyst");
    const input = {
      granteeOrgId: bank.orgId,
      scope: "profile" as const,
      purpose: "x",
      expiresAt: new Date(TEST_NOW.getTime() + DAY).toISOString(),
    };
    expect(await codeOf(createGrant(p, viewer, input))).toBe("FORBIDDEN");
    expect(await codeOf(createGrant(p, analyst, input))).toBe("FORBIDDEN");
    const g = await grant("profile");
    expect(await codeOf(revokeGrant(p, viewer, g.id))).toBe("FORBIDDEN");
    const n = await p.db.query<{ n: string; revoked: string }>(
      "SELECT count(*) AS n, count(revoked_at) AS revoked FROM consent_grants",
    );
    expect(n.rows[0]).toEqual({ n: "1", revoked: "0" });
  });

  it("refuses an expiry in the past or beyond three years, and a grant to oneself", async () => {
    const base = { granteeOrgId: bank.orgId, scope: "profile" as const, purpose: "x" };
    expect(await codeOf(createGrant(p, entAdmin, { ...base, expiresAt: TEST_NOW.toISOString() }))).toBe(
      "VALIDATION_FAILED",
    );
    expect(
      await codeOf(
        createGrant(p, entAdmin, { ...base, expiresAt: new Date(TEST_NOW.getTime() + 4 * 366 * DAY).toISOString() }),
      ),
    ).toBe("VALIDATION_FAILED");
    expect(
      await codeOf(
        createGrant(p, entAdmin, {
          ...base,
          granteeOrgId: ent.id,
          expiresAt: new Date(TEST_NOW.getTime() + DAY).toISOString(),
        }),
      ),
    ).toBe("VALIDATION_FAILED");
    expect(
      await codeOf(
        createGrant(p, entAdmin, {
          ...base,
          granteeOrgId: randomUUID(),
          expiresAt: new Date(TEST_NOW.getTime() + DAY).toISOString(),
        }),
      ),
    ).toBe("NOT_FOUND");
    expect((await p.db.query<{ n: string }>("SELECT count(*) AS n FROM consent_grants")).rows[0]!.n).toBe("0");
  });

  it("lets the district read every enterprise without a grant, and logs no grant read", async () => {
    const all = await p.db.query<{ id: string; demo_key: string }>(
      "SELECT id, demo_key FROM organisations WHERE kind = 'enterprise' ORDER BY demo_key",
    );
    expect(all.rows.map((r) => r.demo_key)).toEqual(
      Array.from({ length: 24 }, (_, i) => `ent-${String(i + 1).padStart(4, "0")}`),
    );
    for (const e of all.rows) expect((await getOrganisation(p, district, e.id)).id).toBe(e.id);
    expect(await enterprisesVisibleTo(district)).toEqual(all.rows.map((r) => r.id).sort());
    expect(await accessLogRows()).toBe(0);
  });

  it("writes grant.create and grant.revoke to the audit log, and the chain still verifies", async () => {
    const g = await grant("carbon");
    p.clock.advance(1_000);
    await revokeGrant(p, entAdmin, g.id);
    const r = await p.db.query<{
      seq: string;
      at: string;
      action: string;
      entity_type: string;
      entity_id: string;
      actor_user_id: string;
      actor_org_id: string;
      org_id: string;
      details: unknown;
    }>(
      `SELECT seq, at, action, entity_type, entity_id, actor_user_id, actor_org_id, org_id, details
         FROM audit_log WHERE action LIKE 'grant.%' ORDER BY seq`,
    );
    const common = {
      entity_type: "consent_grant",
      entity_id: g.id,
      actor_user_id: entAdmin.userId,
      actor_org_id: ent.id,
      org_id: ent.id,
    };
    expect(r.rows).toEqual([
      {
        ...common,
        seq: "2",
        at: TEST_NOW.toISOString(),
        action: "grant.create",
        details: { grantee: bank.orgId, scope: "carbon", expiresAt: g.expiresAt },
      },
      {
        ...common,
        seq: "3",
        at: new Date(TEST_NOW.getTime() + 1_000).toISOString(),
        action: "grant.revoke",
        details: null,
      },
    ]);
    expect(await verifyStoredAuditChain(p.db)).toEqual({ ok: true, checked: 3, breaks: [] });
  });
});

describe("a list that shows granted profiles", () => {
  it("records one read per organisation shown in that organisation's access log", async () => {
    const g = await grant("profile");
    const page = await listOrganisations(p, bank, { page: 1, pageSize: 50, kind: "enterprise" });
    expect(page.items.map((o) => o.id)).toEqual([ent.id]);
    const log = await grantAccessLog(p, entAdmin, g.id);
    expect(log.map((l) => [l.readerOrg.id, l.resource])).toEqual([[bank.orgId, `organisation:${ent.id}`]]);
  });

  it("records nothing when the list shows no granted profile", async () => {
    await grant("carbon");
    await listOrganisations(p, bank, { page: 1, pageSize: 50 });
    const rows = await p.db.query<{ n: number }>("SELECT count(*)::int AS n FROM grant_access_log");
    expect(rows.rows[0]!.n).toBe(0);
  });
});
