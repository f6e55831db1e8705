import { type Database, migrate, openDatabase } from "@greenfin/db";
import type { Config } from "./config/config";
import { type Clock, systemClock } from "./context/clock";

/** What every use-case needs: the database and the clock. Built once by the server or the CLI. */
export interface Platform {
  readonly db: Database;
  readonly clock: Clock;
}

export async function openPlatform(config: Pick<Config, "databaseUrl" | "dataDir">, clock: Clock = systemClock) {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrate(db);
  return { db, clock } satisfies Platform;
}
