import { disclosureEntityKind } from "@greenfin/domain";
import { DEFAULT_DISCLOSURE_CATALOGUE_VERSION, ENTITY_KINDS, loadDisclosureCatalogue } from "@greenfin/reference";
import { requirePermission } from "../access/tenancy";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import { disclosureContext } from "./disclosure-context";

export interface CreateDisclosureInput {
  year: number;
  frameworks: string[];
  /** Fill the portfolio-company template for the fund manager of this active portfolio link. */
  portfolioLinkId?: string | null;
}

/** An organisation opens its disclosure for a reporting year, choosing the frameworks it reports under. */
export async function createDisclosure(p: Platform, actor: Actor, input: CreateDisclosureInput) {
  requirePermission(actor, "write");
  const catalogue = loadDisclosureCatalogue(DEFAULT_DISCLOSURE_CATALOGUE_VERSION);
  const known = new Set(catalogue.frameworks.map((f) => f.code));
  const unknown = input.frameworks.filter((f) => !known.has(f));
  if (unknown.length || input.frameworks.length === 0)
    throw AppError.validation([
      {
        path: "frameworks",
        messageZh: `请选择至少一个已知框架${unknown.length ? `（未知：${unknown.join("、")}）` : ""}`,
        messageEn: `Choose at least one known framework${unknown.length ? ` (unknown: ${unknown.join(", ")})` : ""}`,
      },
    ]);
  const now = p.clock.now();
  if (input.year > now.getUTCFullYear() || input.year < 2015)
    throw AppError.validation([
      {
        path: "year",
        messageZh: "报告年度须在 2015 年至今之间",
        messageEn: "The reporting year must lie between 2015 and this year",
      },
    ]);

  return p.db.transaction(async (tx) => {
    let entityKind = disclosureEntityKind(actor.orgKind);
    let reviewerOrgId: string | undefined;
    if (input.portfolioLinkId) {
      const link = await tx.query<{ manager_org_id: string }>(
        "SELECT manager_org_id FROM portfolio_links WHERE id = $1 AND company_org_id = $2 AND status = 'active'",
        [input.portfolioLinkId, actor.orgId],
      );
      if (!link.rows[0]) throw AppError.notFound("portfolio_link");
      entityKind = "portfolio_company";
      reviewerOrgId = link.rows[0].manager_org_id;
    } else {
      const district = await tx.query<{ id: string }>("SELECT id FROM organisations WHERE kind = 'district'");
      reviewerOrgId = district.rows[0]?.id;
    }
    if (!entityKind || !ENTITY_KINDS.includes(entityKind) || !reviewerOrgId)
      throw AppError.forbidden("此类机构无需填报 ESG 披露", "Organisations of this kind do not file ESG disclosures");
    const periodEnd = `${input.year}-12-31`;
    const ctx = disclosureContext({
      catalogueVersion: catalogue.version,
      entityKind,
      frameworks: input.frameworks,
      periodEnd,
    });
    if (ctx.items.length === 0)
      throw AppError.validation([
        {
          path: "frameworks",
          messageZh: "所选框架对本类机构没有适用指标",
          messageEn: "The chosen frameworks ask nothing of this kind of organisation",
        },
      ]);
    const dup = await tx.query(
      "SELECT 1 FROM disclosures WHERE org_id = $1 AND period_year = $2 AND entity_kind = $3 AND reviewer_org_id = $4",
      [actor.orgId, input.year, entityKind, reviewerOrgId],
    );
    if (dup.rows.length)
      throw new AppError("CONFLICT", {
        zh: `${input.year} 年度的披露已存在`,
        en: `A disclosure for ${input.year} exists already`,
      });
    const r = await tx.query<{ id: string }>(
      `INSERT INTO disclosures (org_id, entity_kind, reviewer_org_id, period_year, period_start, period_end, frameworks, catalogue_version, created_by, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$10) RETURNING id`,
      [
        actor.orgId,
        entityKind,
        reviewerOrgId,
        input.year,
        `${input.year}-01-01`,
        periodEnd,
        input.frameworks,
        catalogue.version,
        actor.userId,
        now,
      ],
    );
    const id = r.rows[0]!.id;
    await appendAudit(tx, actor, now, {
      action: "disclosure.create",
      entityType: "disclosure",
      entityId: id,
      orgId: actor.orgId,
      details: { year: input.year, entityKind, frameworks: input.frameworks, catalogueVersion: catalogue.version },
    });
    return { id };
  });
}
