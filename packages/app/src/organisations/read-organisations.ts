import { authorizeRead, grantorsFor, logGrantedReads } from "../access/tenancy";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { ORG_COLUMNS, type OrganisationRow, toOrganisation } from "./organisation-row";

export interface OrgListQuery {
  page: number;
  pageSize: number;
  kind?: string | undefined;
  q?: string | undefined;
  industrySection?: string | undefined;
}

/**
 * Profiles of financial institutions, the district, the agency and verifiers form a public
 * directory inside the platform; an enterprise's profile is its own, the district's (it registers
 * with the zone), or opened by a `profile` grant.
 */
export async function listOrganisations(p: Platform, actor: Actor, q: OrgListQuery) {
  const params: unknown[] = [];
  const where: string[] = [];
  if (actor.orgKind !== "district") {
    params.push(actor.orgId, await grantorsFor(p, actor, "profile"));
    where.push(`(kind <> 'enterprise' OR id = $1 OR id = ANY($2::uuid[]))`);
  }
  if (q.kind) {
    params.push(q.kind);
    where.push(`kind = $${params.length}`);
  }
  if (q.industrySection) {
    params.push(`${q.industrySection}%`);
    where.push(`industry_code LIKE $${params.length}`);
  }
  if (q.q) {
    params.push(`%${q.q.replace(/[%_\\]/g, "\\$&")}%`);
    where.push(`(name_zh ILIKE $${params.length} OR name_en ILIKE $${params.length} OR uscc ILIKE $${params.length})`);
  }
  const cond = where.length ? `WHERE ${where.join(" AND ")}` : "";
  const total = await p.db.query<{ n: string }>(`SELECT count(*) AS n FROM organisations ${cond}`, params);
  const rows = await p.db.query<OrganisationRow>(
    `SELECT ${ORG_COLUMNS} FROM organisations ${cond}
      ORDER BY CASE kind WHEN 'district' THEN 0 WHEN 'enterprise' THEN 2 ELSE 1 END, name_zh
      LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
    params,
  );
  const enterprises = rows.rows.filter((o) => o.kind === "enterprise").map((o) => o.id);
  await logGrantedReads(p, actor, "profile", enterprises, "organisation:");
  return {
    items: rows.rows.map(toOrganisation),
    total: Number(total.rows[0]?.n ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

export async function getOrganisation(p: Platform, actor: Actor, orgId: string) {
  const r = await p.db.query<OrganisationRow>(`SELECT ${ORG_COLUMNS} FROM organisations WHERE id = $1`, [orgId]);
  const org = r.rows[0];
  if (!org) throw AppError.notFound("organisation");
  if (org.kind === "enterprise") {
    await authorizeRead(p, actor, {
      ownerOrgId: org.id,
      scope: "profile",
      resource: `organisation:${org.id}`,
      submittedToDistrict: true,
    });
  }
  return toOrganisation(org);
}
