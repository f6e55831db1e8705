/**
 * The library list: the projects the reader may see (project-access.ts), filtered by text, derived stage, category
 * (certified, else proposed; a code at any level), industry (section, division or class, with or without the
 * section letter), area, financing need, blue relevance and "mine", sorted and paged. The export uses the same
 * query without paging.
 */
import type { TGreenProjectQuery, TGreenProjectRow } from "@greenfin/contracts";
import { requirePermission } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import type { Platform } from "../../platform";
import { visibleFilter } from "./project-access";
import { CATEGORY_SQL, type ProjectRowData, ROW_COLUMNS, ROW_FROM, STAGE_SQL, toProjectRow } from "./project-row";

export type ProjectFilter = Omit<TGreenProjectQuery, "page" | "pageSize" | "lang" | "sort"> &
  Partial<Pick<TGreenProjectQuery, "sort">>;

const ORDER: Record<TGreenProjectQuery["sort"], string> = {
  updated: "g.updated_at DESC, g.ref_no DESC",
  amount: "g.financing_need DESC, g.ref_no DESC",
  name: "g.name ASC, g.ref_no ASC",
};

/** LIKE pattern of a literal prefix or fragment. */
const literal = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function where(actor: Actor, f: ProjectFilter, params: unknown[]): string {
  const conditions = [visibleFilter(actor, params)];
  const add = (value: unknown, sql: (ref: string) => string) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (f.q) add(`%${literal(f.q)}%`, (x) => `(g.name ILIKE ${x} OR g.description ILIKE ${x} OR g.ref_no ILIKE ${x})`);
  if (f.stage) add(f.stage, (x) => `(${STAGE_SQL}) = ${x}`);
  if (f.category) {
    params.push(f.category);
    const x = `$${params.length}`;
    add(`${literal(f.category)}.%`, (y) => `(${CATEGORY_SQL} = ${x} OR ${CATEGORY_SQL} LIKE ${y})`);
  }
  if (f.industry) {
    const code = f.industry.toUpperCase();
    add(
      `${literal(code)}%`,
      (x) => `(g.industry_code LIKE ${x} OR regexp_replace(g.industry_code, '^[A-T]', '') LIKE ${x})`,
    );
  }
  if (f.area) add(f.area, (x) => `g.area = ${x}`);
  if (f.minAmount) add(f.minAmount, (x) => `g.financing_need >= ${x}::numeric`);
  if (f.maxAmount) add(f.maxAmount, (x) => `g.financing_need <= ${x}::numeric`);
  if (f.blue) add(f.blue === "true", (x) => `coalesce(g.certified_blue, g.proposed_blue) = ${x}`);
  if (f.mine === "true") add(actor.orgId, (x) => `(g.org_id = ${x} OR g.submitted_by_org_id = ${x})`);
  return conditions.join(" AND ");
}

/** Rows of the filtered list; `limit`/`offset` page it. */
export async function queryProjects(
  p: Platform,
  actor: Actor,
  f: ProjectFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: TGreenProjectRow[]; total: number }> {
  requirePermission(actor, "read");
  const params: unknown[] = [];
  const cond = where(actor, f, params);
  const total = await p.db.query<{ n: number }>(`SELECT count(*)::int AS n ${ROW_FROM} WHERE ${cond}`, params);
  const rows = await p.db.query<ProjectRowData>(
    `SELECT ${ROW_COLUMNS} ${ROW_FROM} WHERE ${cond} ORDER BY ${ORDER[f.sort ?? "updated"]}
      LIMIT ${page.limit} OFFSET ${page.offset}`,
    params,
  );
  return { rows: rows.rows.map(toProjectRow), total: total.rows[0]?.n ?? 0 };
}

export async function listProjects(p: Platform, actor: Actor, q: TGreenProjectQuery) {
  const { rows, total } = await queryProjects(p, actor, q, {
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  return { items: rows, total, page: q.page, pageSize: q.pageSize };
}
