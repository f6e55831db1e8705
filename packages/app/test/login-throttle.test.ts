import { AppError, DEMO_PASSWORD, login } from "@greenfin/app";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { orgByKey } from "../../../tests/support/demo-lookup";
import { openTestPlatform, TEST_NOW, type TestPlatform } from "../../../tests/support/test-platform";

const EMAIL = "admin@bank.demo";
const WRONG = "Not-The-Password-1!";
const MINUTE = 60_000;

let p: TestPlatform;
beforeEach(async () => {
  p = await openTestPlatform();
});
afterEach(() => p.close());

/** The AppError a login fails with, as the fields a client sees. */
async function failure(email: string, password: string, ip: string) {
  try {
    await login(p, { email, password, ip });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, messageEn: error.messageEn, details: error.details };
  }
  return { code: "(logged in)" };
}

async function succeeds(email: string, ip: string): Promise<string> {
  const { view } = await login(p, { email, password: DEMO_PASSWORD, ip });
  return view.user.email;
}

const INVALID = { code: "INVALID_CREDENTIALS", messageEn: "E-mail or password is incorrect", details: undefined };
const throttled = (retryAfterSeconds: number) => ({
  code: "TOO_MANY_ATTEMPTS",
  messageEn: "Too many attempts; try again later",
  details: { retryAfterSeconds },
});

describe("login", () => {
  it("opens a session and returns the session view for the right password", async () => {
    const bank = await orgByKey(p, "bank-qinwan");
    const { session, view } = await login(p, { email: EMAIL, password: DEMO_PASSWORD, ip: "10.0.0.1", userAgent: "t" });
    expect(view).toMatchObject({
      user: { email: EMAIL, locale: "zh-CN" },
      activeOrg: { id: bank.id, kind: "bank", nameZh: bank.nameZh },
      role: "admin",
      memberships: [{ orgId: bank.id, orgKind: "bank", role: "admin" }],
      csrfToken: session.csrfToken,
    });
    expect(session.expiresAt.toISOString()).toBe(new Date(TEST_NOW.getTime() + 12 * 60 * MINUTE).toISOString());
    const stored = await p.db.query<{ ip: string; user_agent: string; n: string }>(
      "SELECT ip, user_agent, count(*) OVER () AS n FROM sessions",
    );
    expect(stored.rows).toEqual([{ ip: "10.0.0.1", user_agent: "t", n: "1" }]);
    const audit = await p.db.query<{ action: string; entity_id: string; details: unknown }>(
      "SELECT action, entity_id, details FROM audit_log WHERE action = 'auth.login'",
    );
    expect(audit.rows).toEqual([{ action: "auth.login", entity_id: view.user.id, details: { ip: "10.0.0.1" } }]);
  });

  it("matches the e-mail regardless of case and surrounding spaces", async () => {
    expect(await succeeds("  Admin@Bank.DEMO ", "10.0.0.1")).toBe(EMAIL);
  });

  it("rejects a wrong password with INVALID_CREDENTIALS and opens no session", async () => {
    expect(await failure(EMAIL, WRONG, "10.0.0.1")).toEqual(INVALID);
    expect(await failure(EMAIL, "", "10.0.0.1")).toEqual(INVALID);
    const n = await p.db.query<{ n: string }>("SELECT count(*) AS n FROM sessions");
    expect(n.rows[0]!.n).toBe("0");
  });

  it("fails an unknown e-mail exactly like a wrong password", async () => {
    expect(await failure("nobody@bank.demo", DEMO_PASSWORD, "10.0.0.1")).toEqual(INVALID);
    expect(await failure("nobody@bank.demo", WRONG, "10.0.0.1")).toEqual(INVALID);
  });

  it("fails a disabled account's right password like a wrong one", async () => {
    await p.db.query("UPDATE users SET disabled_at = $2 WHERE email = $1", [EMAIL, TEST_NOW]);
    expect(await failure(EMAIL, DEMO_PASSWORD, "10.0.0.1")).toEqual(INVALID);
  });
});

describe("login throttling", () => {
  it("locks an e-mail and address for 15 minutes after 5 failures, even against the right password", async () => {
    for (let i = 0; i < 5; i++) expect(await failure(EMAIL, WRONG, "10.0.0.1")).toEqual(INVALID);
    expect(await failure(EMAIL, DEMO_PASSWORD, "10.0.0.1")).toEqual(throttled(900));
    expect(await failure(EMAIL, WRONG, "10.0.0.1")).toEqual(throttled(900));
    // The e-mail spelled differently is the same key.
    expect(await failure("ADMIN@bank.demo", DEMO_PASSWORD, "10.0.0.1")).toEqual(throttled(900));
    // The countdown follows the clock.
    p.clock.advance(10 * MINUTE);
    expect(await failure(EMAIL, DEMO_PASSWORD, "10.0.0.1")).toEqual(throttled(300));
    p.clock.advance(5 * MINUTE - 1_000);
    expect(await failure(EMAIL, DEMO_PASSWORD, "10.0.0.1")).toEqual(throttled(1));
    p.clock.advance(2_000);
    expect(await succeeds(EMAIL, "10.0.0.1")).toBe(EMAIL);
  });

  it("opens again 15 minutes and a second after the lock", async () => {
    for (let i = 0; i < 5; i++) await failure(EMAIL, WRONG, "10.0.0.1");
    p.clock.advance(15 * MINUTE + 1_000);
    expect(await succeeds(EMAIL, "10.0.0.1")).toBe(EMAIL);
  });

  it("counts four failures as nothing once a login succeeds", async () => {
    for (let i = 0; i < 4; i++) expect(await failure(EMAIL, WRONG, "10.0.0.1")).toEqual(INVALID);
    expect(await succeeds(EMAIL, "10.0.0.1")).toBe(EMAIL);
    for (let i = 0; i < 4; i++) expect(await failure(EMAIL, WRONG, "10.0.0.1")).toEqual(INVALID);
    expect(await succeeds(EMAIL, "10.0.0.1")).toBe(EMAIL);
  });

  it("keeps another address and another account open while one address is locked", async () => {
    for (let i = 0; i < 5; i++) await failure(EMAIL, WRONG, "10.0.0.1");
    expect(await failure(EMAIL, DEMO_PASSWORD, "10.0.0.1")).toEqual(throttled(900));
    expect(await succeeds(EMAIL, "10.0.0.2")).toBe(EMAIL);
    expect(await succeeds("analyst@bank.demo", "10.0.0.1")).toBe("analyst@bank.demo");
  });

  it("locks the e-mail for an hour, from every address, after 20 failures across addresses", async () => {
    // Five failures from each of four addresses: each address locks after its fifth.
    for (const ip of ["10.0.1.1", "10.0.1.2", "10.0.1.3"]) {
      for (let i = 0; i < 5; i++) expect(await failure(EMAIL, WRONG, ip)).toEqual(INVALID);
      expect(await failure(EMAIL, WRONG, ip)).toEqual(throttled(900));
    }
    for (let i = 0; i < 4; i++) expect(await failure(EMAIL, WRONG, "10.0.1.4")).toEqual(INVALID);
    // Nineteen failures: a wrong password from a fresh address is still just wrong...
    expect(await failure(EMAIL, WRONG, "10.0.1.5")).toEqual(INVALID);
    // ...and that twentieth failure locks the e-mail everywhere, the right password included.
    expect(await failure(EMAIL, DEMO_PASSWORD, "10.0.1.6")).toEqual(throttled(3600));
    expect(await failure(EMAIL, DEMO_PASSWORD, "10.0.1.4")).toEqual(throttled(3600));
    // Another account is not affected.
    expect(await succeeds("reviewer@bank.demo", "10.0.1.6")).toBe("reviewer@bank.demo");

    p.clock.advance(15 * MINUTE + 1_000);
    expect(await failure(EMAIL, DEMO_PASSWORD, "10.0.1.6")).toEqual(throttled(3600 - 901));
    p.clock.advance(45 * MINUTE);
    expect(await succeeds(EMAIL, "10.0.1.6")).toBe(EMAIL);
  });

  it("throttles an unknown e-mail too, with the same codes", async () => {
    for (let i = 0; i < 5; i++) expect(await failure("nobody@bank.demo", WRONG, "10.0.0.9")).toEqual(INVALID);
    expect(await failure("nobody@bank.demo", WRONG, "10.0.0.9")).toEqual(throttled(900));
    expect(await failure("nobody@bank.demo", WRONG, "10.0.0.10")).toEqual(INVALID);
    p.clock.advance(15 * MINUTE + 1_000);
    expect(await failure("nobody@bank.demo", WRONG, "10.0.0.9")).toEqual(INVALID);
  });

  it("forgets failures older than the window", async () => {
    for (let i = 0; i < 4; i++) await failure(EMAIL, WRONG, "10.0.0.1");
    p.clock.advance(15 * MINUTE + 1_000);
    // Four stale failures and four fresh ones make no lock.
    for (let i = 0; i < 4; i++) expect(await failure(EMAIL, WRONG, "10.0.0.1")).toEqual(INVALID);
    expect(await succeeds(EMAIL, "10.0.0.1")).toBe(EMAIL);
  });
});
