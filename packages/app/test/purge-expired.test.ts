import { login, purgeExpired, SESSION_TTL_MS } from "@greenfin/app";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestPlatform, type TestPlatform } from "../../../tests/support/test-platform";

let p: TestPlatform;
beforeAll(async () => {
  p = await openTestPlatform();
});
afterAll(() => p.close());

const count = async (table: string) =>
  (await p.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

describe("purging expired rows", () => {
  it("removes expired sessions and spent throttle counters, and keeps live ones", async () => {
    await login(p, { email: "admin@bank.demo", password: "GreenFin-2026!", ip: "10.1.1.1" });
    await expect(login(p, { email: "admin@bank.demo", password: "wrong", ip: "10.1.1.2" })).rejects.toThrow();
    expect(await purgeExpired(p)).toEqual({ sessions: 0, throttleKeys: 0 });

    p.clock.advance(61 * 60_000); // past the longest throttle window, sessions still valid
    const later = await login(p, { email: "admin@insurer.demo", password: "GreenFin-2026!", ip: "10.1.1.3" });
    expect(await purgeExpired(p)).toEqual({ sessions: 0, throttleKeys: 2 });

    p.clock.advance(SESSION_TTL_MS - 61 * 60_000); // the first session has now expired, the second not
    expect(await purgeExpired(p)).toEqual({ sessions: 1, throttleKeys: 0 });
    expect(await count("sessions")).toBe(1);
    expect(later.session.expiresAt.getTime()).toBeGreaterThan(p.clock.now().getTime());
  });
});
