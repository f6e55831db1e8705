/**
 * Queryable.copyFrom on both engines: COPY's text format loaded into a temporary table exactly (escapes, nulls,
 * Chinese text, decimals as written), also inside a request running as the tenant role (PGlite switches to its
 * superuser for the one statement and back), and never into anything but a temporary table.
 */
import type { Database } from "@greenfin/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../../../tests/support/test-platform";

let db: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await openTestDatabase("empty"));
});
afterAll(() => drop?.());

describe("copyFrom", () => {
  it("loads COPY text into a temporary table, as the tenant role too, which it keeps", async () => {
    const seen = await db.transaction(async (tx) => {
      await tx.exec(
        "SET LOCAL ROLE greenfin_tenant; CREATE TEMP TABLE t (n integer, s text, q numeric) ON COMMIT DROP",
      );
      const loaded = await tx.copyFrom(
        "pg_temp.t",
        ["n", "s", "q"],
        "1\ta\\tb\\\\c\\nd\t1.50\n2\t\\N\t0\n3\t锅炉房\t12\n",
      );
      const rows = await tx.query<{ n: number; s: string | null; q: string; who: string }>(
        "SELECT n, s, q::text AS q, current_user AS who FROM t ORDER BY n",
      );
      return { loaded, rows: rows.rows };
    });
    expect(seen.loaded).toBe(3);
    expect(seen.rows).toEqual([
      { n: 1, s: "a\tb\\c\nd", q: "1.50", who: "greenfin_tenant" },
      { n: 2, s: null, q: "0", who: "greenfin_tenant" },
      { n: 3, s: "锅炉房", q: "12", who: "greenfin_tenant" },
    ]);
  });

  it("refuses a table that is not temporary, and names that are not plain identifiers", async () => {
    await db.transaction(async (tx) => {
      await expect(tx.copyFrom("organisations", ["id"], "")).rejects.toThrow(/temporary table/);
      await expect(tx.copyFrom("pg_temp.t; DROP TABLE x", ["id"], "")).rejects.toThrow(/temporary table/);
      await expect(tx.copyFrom("pg_temp.t", ["id) FROM PROGRAM 'x'; --"], "")).rejects.toThrow(/column/);
    });
  });
});
