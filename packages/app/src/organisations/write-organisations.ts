import { isValidUscc, type OrgKind } from "@greenfin/domain";
import { resolveIndustryCode } from "@greenfin/reference";
import { requireDistrict, requireOrgAdmin } from "../access/tenancy";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError, type FieldProblem } from "../errors/app-error";
import type { Platform } from "../platform";
import { ORG_COLUMNS, type OrganisationRow, toOrganisation } from "./organisation-row";

export interface OrganisationFields {
  nameZh?: string | undefined;
  nameEn?: string | undefined;
  uscc?: string | undefined;
  industryCode?: string | undefined;
  size?: string | undefined;
  employees?: number | undefined;
  revenueCny?: string | undefined;
  area?: string | undefined;
  address?: string | undefined;
  institutionType?: string | undefined;
}

/** Checks that need reference data or the code's arithmetic; zod has checked the shapes already. */
function checkFields(f: OrganisationFields): void {
  const problems: FieldProblem[] = [];
  if (f.uscc !== undefined && !isValidUscc(f.uscc)) {
    problems.push({
      path: "uscc",
      messageZh: "统一社会信用代码校验位不正确",
      messageEn: "The USCC check character is wrong",
    });
  }
  if (f.industryCode !== undefined && !resolveIndustryCode(f.industryCode)) {
    problems.push({
      path: "industryCode",
      messageZh: "不是 GB/T 4754-2017 中的行业代码",
      messageEn: "Not a GB/T 4754-2017 industry code",
    });
  }
  if (problems.length) throw AppError.validation(problems);
}

const COLUMNS: Record<keyof OrganisationFields, string> = {
  nameZh: "name_zh",
  nameEn: "name_en",
  uscc: "uscc",
  industryCode: "industry_code",
  size: "size",
  employees: "employees",
  revenueCny: "revenue_cny",
  area: "area",
  address: "address",
  institutionType: "institution_type",
};

async function assertUsccFree(p: Platform, uscc: string | undefined, exceptId: string | null): Promise<void> {
  if (!uscc) return;
  const r = await p.db.query("SELECT 1 FROM organisations WHERE uscc = $1 AND id IS DISTINCT FROM $2", [
    uscc,
    exceptId,
  ]);
  if (r.rows.length) {
    throw new AppError("CONFLICT", { zh: "该统一社会信用代码已登记", en: "This USCC is already registered" });
  }
}

/** The district registers organisations with the zone. */
export async function createOrganisation(
  p: Platform,
  actor: Actor,
  input: OrganisationFields & { kind: OrgKind; nameZh: string; nameEn: string; parentId?: string | undefined },
) {
  requireDistrict(actor, "manage_members");
  if (input.kind === "district") throw AppError.forbidden("一个示范区只有一个管委会", "A zone has one district");
  checkFields(input);
  await assertUsccFree(p, input.uscc, null);
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const keys = (Object.keys(COLUMNS) as (keyof OrganisationFields)[]).filter((k) => input[k] !== undefined);
    const cols = ["kind", "parent_id", "created_at", "updated_at", ...keys.map((k) => COLUMNS[k])];
    const values = [input.kind, input.parentId ?? null, now, now, ...keys.map((k) => input[k])];
    const r = await tx.query<OrganisationRow>(
      `INSERT INTO organisations (${cols.join(", ")}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(", ")})
       RETURNING ${ORG_COLUMNS}`,
      values,
    );
    const org = r.rows[0]!;
    await appendAudit(tx, actor, now, {
      action: "organisation.create",
      entityType: "organisation",
      entityId: org.id,
      orgId: org.id,
      details: { kind: org.kind, nameZh: org.name_zh },
    });
    return toOrganisation(org);
  });
}

/** An organisation's admin keeps its profile up to date; the district may correct any. */
export async function updateOrganisation(p: Platform, actor: Actor, orgId: string, input: OrganisationFields) {
  requireOrgAdmin(actor, orgId);
  checkFields(input);
  await assertUsccFree(p, input.uscc, orgId);
  const keys = (Object.keys(COLUMNS) as (keyof OrganisationFields)[]).filter((k) => input[k] !== undefined);
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const before = await tx.query<OrganisationRow>(
      `SELECT ${ORG_COLUMNS} FROM organisations WHERE id = $1 FOR UPDATE`,
      [orgId],
    );
    if (!before.rows[0]) throw AppError.notFound("organisation");
    const sets = keys.map((k, i) => `${COLUMNS[k]} = $${i + 3}`);
    const r = await tx.query<OrganisationRow>(
      `UPDATE organisations SET updated_at = $2${sets.length ? `, ${sets.join(", ")}` : ""} WHERE id = $1 RETURNING ${ORG_COLUMNS}`,
      [orgId, now, ...keys.map((k) => input[k])],
    );
    const b = toOrganisation(before.rows[0]);
    const a = toOrganisation(r.rows[0]!);
    const changes = Object.fromEntries(
      keys.map((k) => [k, { from: (b as Record<string, unknown>)[k], to: (a as Record<string, unknown>)[k] }]),
    );
    await appendAudit(tx, actor, now, {
      action: "organisation.update",
      entityType: "organisation",
      entityId: orgId,
      orgId,
      details: { changes },
    });
    return a;
  });
}
