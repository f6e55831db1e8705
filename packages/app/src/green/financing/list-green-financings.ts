/**
 * The green financings a reader may see, filtered and paged: an institution its own, the district every institution's
 * (or one's, with `orgId`), an enterprise those linked to its projects. The same filter feeds the Excel export.
 */
import type { TGreenFinancingRow, zGreenFinancingQuery } from "@greenfin/contracts";
import type { z } from "zod";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { requireFinancingReader } from "./financing-access";
import { FINANCING_ROW_SQL, type FinancingRecord, toFinancingRow } from "./financing-row";

export type GreenFinancingQuery = z.infer<typeof zGreenFinancingQuery>;

/** The WHERE clause of the query for this reader, with its parameters. */
export function financingFilter(actor: Actor, q: Omit<GreenFinancingQuery, "page" | "pageSize" | "lang">) {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (sql: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (actor.orgKind === "district") {
    if (q.orgId) add((n) => `f.org_id = ${n}`, q.orgId);
  } else if (actor.orgKind === "enterprise") {
    add((n) => `(p.org_id = ${n} OR p.submitted_by_org_id = ${n})`, actor.orgId);
  } else add((n) => `f.org_id = ${n}`, actor.orgId);
  if (q.instrument) add((n) => `f.instrument = ${n}`, q.instrument);
  if (q.category) add((n) => `(f.category_code = ${n} OR f.category_code LIKE ${n} || '.%')`, q.category);
  if (q.industry) add((n) => `f.industry_code LIKE ${n} || '%'`, q.industry.toUpperCase());
  if (q.projectId) add((n) => `f.project_id = ${n}`, q.projectId);
  if (q.q)
    add(
      (n) =>
        `(f.reference ILIKE ${n} OR f.borrower_name ILIKE ${n} OR f.use_of_proceeds ILIKE ${n} OR p.name ILIKE ${n})`,
      `%${q.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
    );
  return { where: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
}

export async function listGreenFinancings(
  p: Platform,
  actor: Actor,
  q: GreenFinancingQuery,
): Promise<{ items: TGreenFinancingRow[]; total: number; page: number; pageSize: number }> {
  requireFinancingReader(actor);
  const { where, params } = financingFilter(actor, q);
  const count = await p.db.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM green_financings f LEFT JOIN green_projects p ON p.id = f.project_id ${where}`,
    params,
  );
  const r = await p.db.query<FinancingRecord>(
    `${FINANCING_ROW_SQL} ${where} ORDER BY f.start_date DESC, f.reference, f.id
      LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    params,
  );
  return { items: r.rows.map(toFinancingRow), total: Number(count.rows[0]!.n), page: q.page, pageSize: q.pageSize };
}

/** Every row of the filter (for the export), up to `limit`. */
export async function allGreenFinancings(
  p: Platform,
  actor: Actor,
  q: GreenFinancingQuery,
  limit: number,
): Promise<TGreenFinancingRow[]> {
  requireFinancingReader(actor);
  const { where, params } = financingFilter(actor, q);
  const r = await p.db.query<FinancingRecord>(
    `${FINANCING_ROW_SQL} ${where} ORDER BY f.start_date DESC, f.reference, f.id LIMIT ${limit}`,
    params,
  );
  return r.rows.map(toFinancingRow);
}
