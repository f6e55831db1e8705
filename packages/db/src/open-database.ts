import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Database } from "./database";
import { openPgliteDatabase } from "./pglite-database";
import { openPostgresDatabase } from "./postgres-database";

/** PostgreSQL when a URL is given, otherwise the embedded database kept under `dataDir/pglite`. */
export async function openDatabase(options: { databaseUrl?: string | undefined; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) return openPostgresDatabase(options.databaseUrl);
  const dir = join(options.dataDir, "pglite");
  mkdirSync(dir, { recursive: true });
  return openPgliteDatabase({ dataDir: dir });
}
