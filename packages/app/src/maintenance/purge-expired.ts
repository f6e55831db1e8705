import { THROTTLE_RULES } from "../auth/login-throttle";
import type { Platform } from "../platform";

const LONGEST_WINDOW_MS = Math.max(...THROTTLE_RULES.map((r) => r.windowMs));

/**
 * Deletes what can no longer matter: expired sessions, and throttle counters whose window has
 * passed and that lock nothing. Safe to run from several processes at once.
 */
export async function purgeExpired(p: Platform): Promise<{ sessions: number; throttleKeys: number }> {
  const now = p.clock.now();
  const sessions = await p.db.query("DELETE FROM sessions WHERE expires_at <= $1", [now]);
  const throttle = await p.db.query(
    "DELETE FROM login_throttle WHERE window_start < $2 AND (locked_until IS NULL OR locked_until <= $1)",
    [now, new Date(now.getTime() - LONGEST_WINDOW_MS)],
  );
  return { sessions: sessions.rowCount, throttleKeys: throttle.rowCount };
}
