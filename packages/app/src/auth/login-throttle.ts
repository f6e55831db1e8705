import type { Queryable } from "@greenfin/db";
import { AppError } from "../errors/app-error";

/** Limits as data: failures allowed per window, and how long a key stays locked after. */
export const THROTTLE_RULES = [
  { kind: "email+ip", maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  { kind: "email", maxFailures: 20, windowMs: 60 * 60_000, lockMs: 60 * 60_000 },
] as const;

function keysFor(email: string, ip: string): { key: string; rule: (typeof THROTTLE_RULES)[number] }[] {
  const e = email.trim().toLowerCase();
  return [
    { key: `email+ip:${e}|${ip}`, rule: THROTTLE_RULES[0] },
    { key: `email:${e}`, rule: THROTTLE_RULES[1] },
  ];
}

export async function assertNotThrottled(db: Queryable, email: string, ip: string, now: Date): Promise<void> {
  const keys = keysFor(email, ip).map((k) => k.key);
  const r = await db.query<{ locked_until: Date }>(
    "SELECT locked_until FROM login_throttle WHERE key = ANY($1) AND locked_until > $2 ORDER BY locked_until DESC LIMIT 1",
    [keys, now],
  );
  const until = r.rows[0]?.locked_until;
  if (until) {
    throw new AppError("TOO_MANY_ATTEMPTS", {
      details: { retryAfterSeconds: Math.ceil((until.getTime() - now.getTime()) / 1000) },
    });
  }
}

export async function recordFailure(db: Queryable, email: string, ip: string, now: Date): Promise<void> {
  for (const { key, rule } of keysFor(email, ip)) {
    const windowStart = new Date(now.getTime() - rule.windowMs);
    await db.query(
      `INSERT INTO login_throttle (key, failures, window_start) VALUES ($1, 1, $2)
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN login_throttle.window_start < $3 THEN 1 ELSE login_throttle.failures + 1 END,
         window_start = CASE WHEN login_throttle.window_start < $3 THEN $2 ELSE login_throttle.window_start END`,
      [key, now, windowStart],
    );
    await db.query("UPDATE login_throttle SET locked_until = $2, failures = 0 WHERE key = $1 AND failures >= $3", [
      key,
      new Date(now.getTime() + rule.lockMs),
      rule.maxFailures,
    ]);
  }
}

export async function clearFailures(db: Queryable, email: string, ip: string): Promise<void> {
  await db.query("DELETE FROM login_throttle WHERE key = $1", [keysFor(email, ip)[0]!.key]);
}
