import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type Database,
  loadMigrations,
  type Migration,
  migrate,
  migrationStatus,
  openPgliteDatabase,
  openPostgresDatabase,
} from "@greenfin/db";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import "../../../tests/support/provided-context";
import { withDatabase } from "../../../tests/support/templates";

/**
 * A database with nothing in it, not even the ledger: an in-memory PGlite, or a fresh database on
 * the test server (named like the run's other databases, so the run's teardown drops any leftover).
 */
async function openBlankDatabase(): Promise<{ db: Database; drop(): Promise<void> }> {
  if (process.env.GF_TEST_ENGINE === "postgres") {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error("TEST_DATABASE_URL is needed for the postgres project");
    const name = `gf_t_${inject("run")}_${randomBytes(5).toString("hex")}`;
    const admin = await openPostgresDatabase(url, { max: 1 });
    await admin.exec(`CREATE DATABASE ${name}`);
    const db = await openPostgresDatabase(withDatabase(url, name), { max: 4 });
    return {
      db,
      async drop() {
        await db.close();
        await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      },
    };
  }
  const db = await openPgliteDatabase();
  return { db, drop: () => db.close() };
}

function migration(id: string, sql: string): Migration {
  return { id, sql, checksum: createHash("sha256").update(sql).digest("hex") };
}

async function ledger(db: Database): Promise<{ id: string; checksum: string }[]> {
  return (await db.query<{ id: string; checksum: string }>("SELECT id, checksum FROM schema_migrations ORDER BY id"))
    .rows;
}

const shipped = loadMigrations();
const shippedIds = shipped.map((m) => m.id);

describe("the shipped migrations", () => {
  it("are read from packages/db/migrations in file-name order, starting with the foundation", () => {
    expect(shippedIds[0]).toBe("0001_foundation");
    expect([...shippedIds].sort()).toEqual(shippedIds);
    for (const m of shipped) expect(m.checksum).toBe(createHash("sha256").update(m.sql).digest("hex"));
  });
});

describe("migrate", () => {
  let db: Database;
  let drop: () => Promise<void>;
  beforeEach(async () => {
    ({ db, drop } = await openBlankDatabase());
  });
  afterEach(() => drop());

  it("lists every migration as pending on a blank database and none once migrated", async () => {
    expect(await migrationStatus(db)).toEqual({ applied: [], pending: shippedIds });
    expect(await migrate(db)).toEqual({ applied: shippedIds, pending: [] });
    expect(await migrationStatus(db)).toEqual({ applied: shippedIds, pending: [] });
    expect(await ledger(db)).toEqual(shipped.map((m) => ({ id: m.id, checksum: m.checksum })));
  });

  it("is idempotent: a second run applies nothing and changes nothing", async () => {
    await migrate(db);
    const before = await ledger(db);
    const tables = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(await migrate(db)).toEqual({ applied: [], pending: [] });
    expect(await ledger(db)).toEqual(before);
    const after = await db.query<{ n: string }>(
      "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(after.rows[0]!.n).toBe(tables.rows[0]!.n);
  });

  it("creates the foundation's and every module's tables", async () => {
    await migrate(db);
    const r = await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(r.rows.map((x) => x.table_name)).toEqual([
      "api_tokens",
      "audit_log",
      "carbon_accounts",
      "carbon_activity",
      "carbon_activity_imports",
      "carbon_ets_allocations",
      "carbon_grade_batches",
      "carbon_grades",
      "carbon_holdings",
      "carbon_pledges",
      "consent_grants",
      "disclosure_intakes",
      "disclosure_review_comments",
      "disclosure_revisions",
      "disclosure_values",
      "disclosures",
      "district_target_observations",
      "district_targets",
      "evidence_blobs",
      "evidence_files",
      "financing_needs",
      "grant_access_log",
      "green_benefit_reports",
      "green_classifier_corrections",
      "green_financings",
      "green_project_documents",
      "green_project_events",
      "green_projects",
      "installation",
      "jobs",
      "login_throttle",
      "market_products",
      "market_reminders",
      "memberships",
      "need_broadcasts",
      "need_claims",
      "organisations",
      "pcaf_book_counterparties",
      "pcaf_book_positions",
      "pcaf_books",
      "pcaf_position_results",
      "pcaf_runs",
      "portfolio_links",
      "rating_controversies",
      "rating_overrides",
      "rating_results",
      "rating_runs",
      "schema_migrations",
      "sessions",
      "stat_report_revisions",
      "stat_report_values",
      "stat_reports",
      "subsidy_applications",
      "subsidy_programmes",
      "users",
    ]);
  });

  it("applies only what is new when a later migration ships", async () => {
    await migrate(db);
    const next = migration("9001_test_widgets", "CREATE TABLE test_widgets (id int PRIMARY KEY);");
    expect(await migrationStatus(db, [...shipped, next])).toEqual({ applied: shippedIds, pending: [next.id] });
    expect(await migrate(db, [...shipped, next])).toEqual({ applied: [next.id], pending: [] });
    expect(await migrationStatus(db, [...shipped, next])).toEqual({
      applied: [...shippedIds, next.id],
      pending: [],
    });
    const r = await db.query<{ t: string | null }>("SELECT to_regclass('test_widgets')::text AS t");
    expect(r.rows[0]!.t).toBe("test_widgets");
  });

  it("refuses to run when an applied migration was edited afterwards, naming it", async () => {
    await migrate(db);
    const edited = shipped.map((m) =>
      m.id === "0001_foundation" ? migration(m.id, `${m.sql}\nCREATE TABLE sneaky (id int);\n`) : m,
    );
    const later = migration("9002_test_after_edit", "CREATE TABLE test_after_edit (id int);");
    await expect(migrate(db, [...edited, later])).rejects.toThrow(
      "Migration 0001_foundation was edited after it was applied",
    );
    // Nothing of the refused run took effect: not the edit, not the later migration.
    expect(await ledger(db)).toEqual(shipped.map((m) => ({ id: m.id, checksum: m.checksum })));
    const r = await db.query<{ sneaky: string | null; later: string | null }>(
      "SELECT to_regclass('sneaky')::text AS sneaky, to_regclass('test_after_edit')::text AS later",
    );
    expect(r.rows[0]).toEqual({ sneaky: null, later: null });
  });

  it("applies migrations in file-name order, whatever order the files were written in", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gf-migrations-"));
    try {
      // Each migration depends on the one before it, so a wrong order fails outright.
      writeFileSync(
        join(dir, "0010_third.sql"),
        "ALTER TABLE step_log ADD COLUMN note text; INSERT INTO step_log (step, note) VALUES (3, 'third');",
      );
      writeFileSync(join(dir, "0002_second.sql"), "INSERT INTO step_log (step) VALUES (2);");
      writeFileSync(
        join(dir, "0001_first.sql"),
        "CREATE TABLE step_log (n serial PRIMARY KEY, step int NOT NULL); INSERT INTO step_log (step) VALUES (1);",
      );
      writeFileSync(join(dir, "README.md"), "not a migration");
      writeFileSync(join(dir, "0003-Bad-Name.sql"), "SELECT 1/0;");
      const ms = loadMigrations(dir);
      expect(ms.map((m) => m.id)).toEqual(["0001_first", "0002_second", "0010_third"]);
      expect(await migrate(db, ms)).toEqual({ applied: ["0001_first", "0002_second", "0010_third"], pending: [] });
      const r = await db.query<{ n: number; step: number; note: string | null }>(
        "SELECT n, step, note FROM step_log ORDER BY n",
      );
      expect(r.rows).toEqual([
        { n: 1, step: 1, note: null },
        { n: 2, step: 2, note: null },
        { n: 3, step: 3, note: "third" },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("records nothing of a run whose migration fails, and names the failure", async () => {
    await migrate(db);
    const ok = migration("9003_test_ok", "CREATE TABLE test_ok (id int);");
    const broken = migration("9004_test_broken", "CREATE TABLE test_broken (id int); SELECT * FROM no_such_table;");
    await expect(migrate(db, [...shipped, ok, broken])).rejects.toThrow(/no_such_table/);
    expect(await migrationStatus(db, [...shipped, ok, broken])).toEqual({
      applied: shippedIds,
      pending: [ok.id, broken.id],
    });
    const r = await db.query<{ ok: string | null; broken: string | null }>(
      "SELECT to_regclass('test_ok')::text AS ok, to_regclass('test_broken')::text AS broken",
    );
    expect(r.rows[0]).toEqual({ ok: null, broken: null });
  });

  it("applies each migration once when two runs start at the same moment", async () => {
    const [a, b] = await Promise.all([migrate(db), migrate(db)]);
    expect([...a!.applied, ...b!.applied]).toEqual(shippedIds);
    expect(await ledger(db)).toEqual(shipped.map((m) => ({ id: m.id, checksum: m.checksum })));
  });
});
