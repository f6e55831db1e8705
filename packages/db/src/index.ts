export type { Database, DatabaseEngine, Queryable, QueryResult } from "./database";
export { loadMigrations, type Migration, type MigrationStatus, migrate, migrationStatus } from "./migrations";
export { openDatabase } from "./open-database";
export { openPgliteDatabase, type PgliteDatabase } from "./pglite-database";
export { openPostgresDatabase } from "./postgres-database";
