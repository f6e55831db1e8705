import { loadMigrations, migrationStatus } from "@greenfin/db";
import type { Platform } from "../platform";

export const APP_VERSION = "0.1.0";

/** The migrations this build ships: read once per process (a health check must not read and hash every file). */
let shipped: ReturnType<typeof loadMigrations> | undefined;

/** Database reachable and every migration applied. */
export async function health(p: Platform) {
  let reachable = true;
  let pending: string[] = [];
  let applied = 0;
  try {
    shipped ??= loadMigrations();
    const s = await migrationStatus(p.db, shipped);
    pending = s.pending;
    applied = s.applied.length;
  } catch {
    reachable = false;
  }
  const ok = reachable && pending.length === 0;
  return {
    status: ok ? ("ok" as const) : ("degraded" as const),
    database: { engine: p.db.engine, reachable },
    migrations: { applied, pending, current: pending.length === 0 },
    version: APP_VERSION,
  };
}
