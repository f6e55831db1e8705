import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { type Clock, fixedClock, type Platform, verifyStoredAuditChain } from "@greenfin/app";
import { type Database, openPgliteDatabase, openPostgresDatabase } from "@greenfin/db";
import { inject } from "vitest";
import "./provided-context";
import { templateFile, withDatabase } from "./templates";

/** The time integration tests run at unless they set their own. */
export const TEST_NOW = new Date("2026-03-02T02:00:00.000Z");

export interface TestPlatform extends Platform {
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/** A private copy of the run's template database (seeded with the small demo district by default). */
export async function openTestDatabase(
  kind: "empty" | "seeded" = "seeded",
): Promise<{ db: Database; drop(): Promise<void> }> {
  if (process.env.GF_TEST_ENGINE === "postgres") {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("TEST_DATABASE_URL is needed for the postgres project");
    const run = inject("run");
    const name = `gf_t_${run}_${randomBytes(5).toString("hex")}`;
    const admin = await openPostgresDatabase(url, { max: 1 });
    await admin.exec(`CREATE DATABASE ${name} TEMPLATE gf_tpl_${kind}_${run}`);
    const db = await openPostgresDatabase(withDatabase(url, name), { max: 8 });
    return {
      db,
      async drop() {
        await db.close();
        await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      },
    };
  }
  const db = await openPgliteDatabase({ loadDataDir: new Blob([readFileSync(templateFile(kind))]) });
  return { db, drop: () => db.close() };
}

/**
 * A platform on a private database. Closing it first re-verifies the audit hash chain of everything the test did, so
 * every integration test is also a test that the audit log stayed whole; a test that breaks the chain on purpose
 * says so with `tampersWithAudit`.
 */
export async function openTestPlatform(
  opts: { kind?: "empty" | "seeded"; now?: Date; tampersWithAudit?: boolean } = {},
): Promise<TestPlatform> {
  const { db, drop } = await openTestDatabase(opts.kind ?? "seeded");
  const clock = fixedClock(opts.now ?? TEST_NOW);
  const close = async () => {
    try {
      if (!opts.tampersWithAudit) {
        const report = await verifyStoredAuditChain(db);
        if (!report.ok) throw new Error(`the audit chain is broken: ${JSON.stringify(report.breaks.slice(0, 3))}`);
      }
    } finally {
      await drop();
    }
  };
  return { db, clock, close };
}

export type { Clock };
