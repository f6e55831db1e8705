/**
 * The database's own wall: inside a tenant session, SQL with no organisation filter at all still
 * sees and changes only what the acting organisation may.
 */
import { createApiToken, createGrant, enqueueJob, runAsTenant, tenantAware } from "@greenfin/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorFor } from "../../../tests/support/demo-lookup";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
const FUTURE = "2026-12-01T00:00:00.000Z";
const ids = { bankTokens: 0, entToken: "", grant: "" };

beforeAll(async () => {
  p = await openTestPlatform();
  const bank = await actorFor(p, "bank-qinwan");
  const ent = await actorFor(p, "ent-0001");
  await createApiToken(p, bank, { name: "core banking", scopes: ["read"], expiresAt: FUTURE });
  ids.entToken = (await createApiToken(p, ent, { name: "erp", scopes: ["read"], expiresAt: FUTURE })).token.id;
  const other = (await actorFor(p, "ent-0002")).orgId;
  ids.grant = (await createGrant(p, ent, { granteeOrgId: other, scope: "carbon", purpose: "x", expiresAt: FUTURE })).id;
  await enqueueJob(p.db, ent, "audit.verify", {});
});
afterAll(() => p.close());

async function asTenant<T>(key: string, sql: string, params: unknown[] = []) {
  const actor = await actorFor(p, key);
  return runAsTenant(p.db, actor, async () => (await tenantAware(p.db).query<T>(sql, params)).rows);
}

describe("row-level security behind the tenancy module", () => {
  it("shows a bank only its own API tokens, jobs and grants through unfiltered SQL", async () => {
    const bankOrg = (await actorFor(p, "bank-qinwan")).orgId;
    const tokens = await asTenant<{ org_id: string }>("bank-qinwan", "SELECT org_id FROM api_tokens");
    expect(tokens.map((t) => t.org_id)).toEqual([bankOrg]);
    expect(await asTenant("bank-qinwan", "SELECT id FROM jobs")).toEqual([]);
    expect(await asTenant("bank-qinwan", "SELECT id FROM consent_grants")).toEqual([]);
    const everything = await p.db.query("SELECT id FROM api_tokens");
    expect(everything.rows).toHaveLength(2); // the platform itself (no tenant session) sees both
  });

  it("shows a grant to both of its parties and to the district, to no one else", async () => {
    expect(await asTenant("ent-0001", "SELECT id FROM consent_grants")).toEqual([{ id: ids.grant }]);
    expect(await asTenant("ent-0002", "SELECT id FROM consent_grants")).toEqual([{ id: ids.grant }]);
    expect(await asTenant("district-qinwan", "SELECT id FROM consent_grants")).toEqual([{ id: ids.grant }]);
    expect(await asTenant("ent-0003", "SELECT id FROM consent_grants")).toEqual([]);
  });

  it("refuses to write a row for another organisation, and silently skips foreign rows on update", async () => {
    const entOrg = (await actorFor(p, "ent-0001")).orgId;
    await expect(
      asTenant(
        "bank-qinwan",
        `INSERT INTO api_tokens (org_id, created_by, name, prefix, token_hash, scopes, expires_at)
         SELECT $1, user_id, 'planted', 'gft_x', 'h', '{read}', now() + interval '1 day' FROM memberships LIMIT 1`,
        [entOrg],
      ),
    ).rejects.toThrow(/row-level security|no rows|violates/);
    const updated = await asTenant(
      "bank-qinwan",
      "UPDATE api_tokens SET revoked_at = now() WHERE id = $1 RETURNING id",
      [ids.entToken],
    );
    expect(updated).toEqual([]);
    const still = await p.db.query<{ revoked_at: Date | null }>("SELECT revoked_at FROM api_tokens WHERE id = $1", [
      ids.entToken,
    ]);
    expect(still.rows[0]!.revoked_at).toBeNull();
  });

  it("rolls back a failed nested transaction to its savepoint and keeps the outer work", async () => {
    const actor = await actorFor(p, "bank-qinwan");
    const db = tenantAware(p.db);
    const names = await runAsTenant(p.db, actor, async () => {
      await db.query(
        `INSERT INTO api_tokens (org_id, created_by, name, prefix, token_hash, scopes, expires_at)
         VALUES ($1, $2, 'outer', 'gft_o', 'outer-hash', '{read}', now() + interval '1 day')`,
        [actor.orgId, actor.userId],
      );
      await expect(
        db.transaction(async (tx) => {
          await tx.query("UPDATE api_tokens SET name = 'inner' WHERE token_hash = 'outer-hash'");
          throw new Error("inner failure");
        }),
      ).rejects.toThrow("inner failure");
      return (await db.query<{ name: string }>("SELECT name FROM api_tokens WHERE token_hash = 'outer-hash'")).rows;
    });
    expect(names).toEqual([{ name: "outer" }]);
  });
});
