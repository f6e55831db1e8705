import { aggregatePortfolio, canonicalNumber, findUnit, type OrgKind } from "@greenfin/domain";
import { DEFAULT_DISCLOSURE_CATALOGUE_VERSION, loadDisclosureCatalogue } from "@greenfin/reference";
import { requirePermission } from "../access/tenancy";
import { appendAudit } from "../audit/audit-log";
import type { Actor } from "../context/actor";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";
import type { DisclosureStatus } from "./disclosure-row";
import { type FrozenValue, thawed } from "./disclosure-values";

interface LinkRow {
  id: string;
  manager_org_id: string;
  manager_zh: string;
  manager_en: string;
  company_org_id: string;
  company_zh: string;
  company_en: string;
  fund_name: string;
  ownership_pct: string;
  invested_cny: string;
  status: "invited" | "active" | "declined" | "ended";
  invited_at: Date;
  responded_at: Date | null;
}

const LINK_SELECT = `SELECT l.id, l.manager_org_id, m.name_zh AS manager_zh, m.name_en AS manager_en, l.company_org_id,
    c.name_zh AS company_zh, c.name_en AS company_en, l.fund_name, l.ownership_pct::text AS ownership_pct,
    l.invested_cny::text AS invested_cny, l.status, l.invited_at, l.responded_at
  FROM portfolio_links l JOIN organisations m ON m.id = l.manager_org_id JOIN organisations c ON c.id = l.company_org_id`;

const view = (r: LinkRow) => ({
  id: r.id,
  manager: { id: r.manager_org_id, nameZh: r.manager_zh, nameEn: r.manager_en },
  company: { id: r.company_org_id, nameZh: r.company_zh, nameEn: r.company_en },
  fundName: r.fund_name,
  ownershipPct: r.ownership_pct,
  investedCny: r.invested_cny,
  status: r.status,
  invitedAt: r.invited_at.toISOString(),
  respondedAt: r.responded_at?.toISOString() ?? null,
});

const requireManager = (actor: Actor) => {
  if ((actor.orgKind as OrgKind) !== "fund_manager")
    throw AppError.forbidden("只有基金管理人可以管理被投企业", "Only fund managers manage portfolio companies");
};

/** A fund manager invites an enterprise (by its unified social credit code) to report as a portfolio company. */
export async function invitePortfolioCompany(
  p: Platform,
  actor: Actor,
  input: { companyUscc: string; fundName: string; ownershipPct: string; investedCny: string },
) {
  requireManager(actor);
  requirePermission(actor, "write");
  return p.db.transaction(async (tx) => {
    const company = await tx.query<{ id: string }>(
      "SELECT id FROM organisations WHERE uscc = $1 AND kind = 'enterprise'",
      [input.companyUscc.toUpperCase()],
    );
    if (!company.rows[0])
      throw AppError.validation([
        {
          path: "companyUscc",
          messageZh: "区内没有该统一社会信用代码的企业",
          messageEn: "No enterprise in the district has this credit code",
        },
      ]);
    const exists = await tx.query(
      "SELECT 1 FROM portfolio_links WHERE manager_org_id = $1 AND company_org_id = $2 AND fund_name = $3",
      [actor.orgId, company.rows[0].id, input.fundName],
    );
    if (exists.rows.length)
      throw new AppError("CONFLICT", {
        zh: "已邀请该企业加入此基金",
        en: "This company was already invited for this fund",
      });
    const now = p.clock.now();
    const r = await tx.query<{ id: string }>(
      `INSERT INTO portfolio_links (manager_org_id, company_org_id, fund_name, ownership_pct, invested_cny, invited_by, invited_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id`,
      [actor.orgId, company.rows[0].id, input.fundName, input.ownershipPct, input.investedCny, actor.userId, now],
    );
    const id = r.rows[0]!.id;
    await appendAudit(tx, actor, now, {
      action: "portfolio.invite",
      entityType: "portfolio_link",
      entityId: id,
      orgId: actor.orgId,
      details: { company: company.rows[0].id, fundName: input.fundName, ownershipPct: input.ownershipPct },
    });
    return view((await tx.query<LinkRow>(`${LINK_SELECT} WHERE l.id = $1`, [id])).rows[0]!);
  });
}

export async function respondToInvitation(p: Platform, actor: Actor, id: string, accept: boolean) {
  requirePermission(actor, "write");
  return p.db.transaction(async (tx) => {
    const r = await tx.query<LinkRow>(`${LINK_SELECT} WHERE l.id = $1 AND l.company_org_id = $2 FOR UPDATE OF l`, [
      id,
      actor.orgId,
    ]);
    const link = r.rows[0];
    if (!link) throw AppError.notFound("portfolio_link");
    if (link.status !== "invited")
      throw new AppError("CONFLICT", { zh: "该邀请已处理", en: "This invitation was answered already" });
    const now = p.clock.now();
    const status = accept ? "active" : "declined";
    await tx.query("UPDATE portfolio_links SET status = $2, responded_at = $3 WHERE id = $1", [id, status, now]);
    await appendAudit(tx, actor, now, {
      action: accept ? "portfolio.accept" : "portfolio.decline",
      entityType: "portfolio_link",
      entityId: id,
      orgId: actor.orgId,
      details: { manager: link.manager_org_id },
    });
    return view({ ...link, status, responded_at: now });
  });
}

export async function listPortfolio(p: Platform, actor: Actor) {
  requirePermission(actor, "read");
  const r = await p.db.query<LinkRow>(
    `${LINK_SELECT} WHERE l.manager_org_id = $1 OR l.company_org_id = $1 ORDER BY l.invited_at DESC`,
    [actor.orgId],
  );
  return r.rows.map(view);
}

/**
 * The manager's fund-level view for a year: its active portfolio companies, the status of each one's
 * portfolio-company disclosure, and sums and ownership-weighted sums of their additive figures (from each
 * company's accepted revision, or its latest submitted one while review is pending).
 */
export async function portfolioAggregates(p: Platform, actor: Actor, year: number) {
  requireManager(actor);
  requirePermission(actor, "read");
  const links = (
    await p.db.query<LinkRow>(`${LINK_SELECT} WHERE l.manager_org_id = $1 AND l.status = 'active' ORDER BY c.name_zh`, [
      actor.orgId,
    ])
  ).rows;
  const companies = [];
  const figures = [];
  for (const link of links) {
    const d = await p.db.query<{
      status: DisclosureStatus;
      submitted_values: FrozenValue[] | null;
      revision: number | null;
    }>(
      `SELECT d.status, v.submitted_values, v.revision FROM disclosures d
         LEFT JOIN LATERAL (SELECT submitted_values, revision FROM disclosure_revisions r WHERE r.disclosure_id = d.id
                             ORDER BY (r.outcome = 'accepted') DESC, r.revision DESC LIMIT 1) v ON true
        WHERE d.org_id = $1 AND d.reviewer_org_id = $2 AND d.entity_kind = 'portfolio_company' AND d.period_year = $3`,
      [link.company_org_id, actor.orgId, year],
    );
    const row = d.rows[0];
    companies.push({
      companyId: link.company_org_id,
      nameZh: link.company_zh,
      nameEn: link.company_en,
      fundName: link.fund_name,
      ownershipPct: link.ownership_pct,
      disclosureStatus: row?.status ?? null,
    });
    const values = new Map<string, string>();
    for (const v of row?.submitted_values ?? []) {
      const n = canonicalNumber(thawed(v, row?.revision ?? 0));
      if (n !== null && v.dimension === "") values.set(v.indicatorId, n);
    }
    if (row?.submitted_values) figures.push({ companyId: link.company_zh, ownershipPct: link.ownership_pct, values });
  }
  const catalogue = loadDisclosureCatalogue(DEFAULT_DISCLOSURE_CATALOGUE_VERSION);
  const names = new Map(catalogue.indicators.map((i) => [i.id, i.name]));
  const metrics = aggregatePortfolio(
    catalogue.indicators.filter((i) => i.appliesTo.includes("portfolio_company")),
    figures,
  ).map((m) => ({
    indicatorId: m.indicatorId,
    nameZh: names.get(m.indicatorId)?.zh ?? m.indicatorId,
    nameEn: names.get(m.indicatorId)?.en ?? m.indicatorId,
    unitZh: findUnit(m.unit)?.label.zh ?? m.unit,
    unitEn: findUnit(m.unit)?.label.en ?? m.unit,
    sum: m.sum,
    ownershipWeighted: m.ownershipWeighted,
    reported: m.reported,
    companies: links.length,
    trace: [...m.trace],
  }));
  return { year, companies, metrics };
}
