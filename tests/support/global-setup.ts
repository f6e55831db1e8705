import { mkdirSync, writeFileSync } from "node:fs";
import { fixedClock, seedDemoDistrict } from "@greenfin/app";
import { type Database, migrate, openPgliteDatabase, openPostgresDatabase } from "@greenfin/db";
import type { TestProject } from "vitest/node";
import {
  TEMPLATE_DIR,
  TEMPLATE_ENTERPRISES,
  TEMPLATE_SEED,
  templateDbName,
  templateFile,
  withDatabase,
} from "./templates";

const SEED_CLOCK = new Date("2026-01-05T08:00:00.000Z");

async function prepare(db: Database, seeded: boolean): Promise<void> {
  await migrate(db);
  if (seeded)
    await seedDemoDistrict(
      { db, clock: fixedClock(SEED_CLOCK) },
      // Without the demo rating runs, carbon data, financed-emissions books and green project library: tests that
      // need them make their own, and audit tests count entries from one.
      {
        seed: TEMPLATE_SEED,
        enterpriseCount: TEMPLATE_ENTERPRISES,
        ratings: false,
        carbon: false,
        pcaf: false,
        green: false,
      },
    );
}

/**
 * Migrates (and seeds) one template per run: a PGlite data-directory dump, or PostgreSQL template
 * databases, which each test file then copies instead of migrating its own.
 */
export default async function setup(project: TestProject) {
  const engine = project.name;
  const provide = (key: "run", value: string) => project.provide(key, value);
  // Each PostgreSQL project has its own templates: their setups and teardowns run side by side in one process.
  const run = engine === "postgres" || engine === "pglite" ? `${process.pid}` : `${process.pid}_${engine}`;
  provide("run", run);
  if (engine === "pglite") {
    mkdirSync(TEMPLATE_DIR, { recursive: true });
    for (const kind of ["empty", "seeded"] as const) {
      const db = await openPgliteDatabase();
      await prepare(db, kind === "seeded");
      writeFileSync(templateFile(kind), Buffer.from(await (await db.dump()).arrayBuffer()));
      await db.close();
    }
    return;
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url) return; // the postgres project then reports each file as not applicable
  const admin = await openPostgresDatabase(url, { max: 1 });
  for (const kind of ["empty", "seeded"] as const) {
    const name = templateDbName(kind, run);
    await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
    await admin.exec(`CREATE DATABASE ${name}`);
    const db = await openPostgresDatabase(withDatabase(url, name), { max: 2 });
    await prepare(db, kind === "seeded");
    await db.close();
  }
  return async () => {
    const leftovers = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE $2",
      [`gf_tpl_%_${run}`, `gf_t_${run}_%`],
    );
    for (const d of leftovers.rows) await admin.exec(`DROP DATABASE IF EXISTS ${d.datname} WITH (FORCE)`);
    await admin.close();
  };
}
