import { randomUUID } from "node:crypto";
import type { Queryable } from "@greenfin/db";
import {
  DEMO_DISCLOSURE_YEARS,
  type DemoDisclosureState,
  type DemoDisclosureStatus,
  type DemoOrganisation,
  type DemoPortfolioLink,
  type DemoPortfolioLinkStatus,
  generateDemoPortfolios,
  type RawEntry,
} from "@greenfin/domain";
import { DEFAULT_DISCLOSURE_CATALOGUE_VERSION, loadDisclosureCatalogue } from "@greenfin/reference";
import { disclosureContext } from "../disclosure/disclosure-context";
import { type BulkColumn, insertUnnest } from "./bulk-insert";
import { type CheckedValues, canonicalNumbers } from "./demo-disclosure-check";
import { addDraftRows, type DisclosureRowsIn, insertDisclosureRows } from "./demo-disclosure-tables";
import { demoPeople } from "./demo-people";
import {
  addPortfolioRevisions,
  checkPortfolioEntries,
  type PortfolioTarget,
  portfolioStateAt,
} from "./demo-portfolio-rows";

export interface PortfolioSeedCounts {
  /** Fund managers with at least one link. */
  managers: number;
  links: number;
  byLinkStatus: Record<DemoPortfolioLinkStatus, number>;
  /** Portfolio-company disclosures, by status. */
  disclosures: number;
  byStatus: Record<DemoDisclosureStatus, number>;
  revisions: number;
}

export const noPortfolioCounts = (): PortfolioSeedCounts => ({
  managers: 0,
  links: 0,
  byLinkStatus: { invited: 0, active: 0, declined: 0 },
  disclosures: 0,
  byStatus: { draft: 0, submitted: 0, in_review: 0, returned: 0, accepted: 0, published: 0 },
  revisions: 0,
});

interface LinkRowIn extends DemoPortfolioLink {
  managerId: string;
  companyId: string;
  invitedBy: string | null;
}

const col = <R>(name: string, type: string, value: (r: R) => unknown): BulkColumn<R> => ({ name, type, value });
const LINKS: BulkColumn<LinkRowIn>[] = [
  col("manager_org_id", "uuid", (r) => r.managerId),
  col("company_org_id", "uuid", (r) => r.companyId),
  col("fund_name", "text", (r) => r.fundName),
  col("ownership_pct", "numeric", (r) => r.ownershipPct),
  col("invested_cny", "numeric", (r) => r.investedCny),
  col("status", "text", (r) => r.status),
  col("invited_by", "uuid", (r) => r.invitedBy),
  col("invited_at", "timestamptz", (r) => r.invitedAt),
  col("responded_at", "timestamptz", (r) => r.respondedAt),
];

/** A link as it stood at `now`: not yet sent, or sent and not yet answered, if those moments are still to come. */
function linkAt(l: DemoPortfolioLink, now: string): DemoPortfolioLink | null {
  if (l.invitedAt > now) return null;
  if (l.respondedAt && l.respondedAt > now) return { ...l, status: "invited", respondedAt: null };
  return l;
}

/** The revision the next year's year-on-year warnings compare with: the last accepted, else the last submitted. */
const baseRevision = (state: DemoDisclosureState) =>
  [...state.revisions].reverse().find((r) => r.decision?.outcome === "accepted") ?? state.revisions.at(-1);

/**
 * Writes the demo fund managers' portfolios as they stand at `now`: the links (invited by each manager's
 * administrator) and each active company's portfolio-company disclosures, reviewed by the manager (decided by its
 * administrator), with frozen revisions checked by the platform's validator like the district's history. Runs in the
 * seed's transaction, after the district's disclosures.
 */
export async function seedDemoPortfolios(
  tx: Queryable,
  input: { seed: number; organisations: readonly DemoOrganisation[]; orgIds: ReadonlyMap<string, string>; now: Date },
): Promise<PortfolioSeedCounts> {
  const catalogue = loadDisclosureCatalogue(DEFAULT_DISCLOSURE_CATALOGUE_VERSION);
  const plan = generateDemoPortfolios({
    seed: input.seed,
    organisations: input.organisations,
    catalogue,
    years: DEMO_DISCLOSURE_YEARS,
  });
  const { filer } = await demoPeople(tx);
  const now = input.now.toISOString();
  const counts = noPortfolioCounts();

  const links: LinkRowIn[] = [];
  const active = new Set<string>();
  for (const planned of plan.links) {
    const l = linkAt(planned, now);
    const managerId = input.orgIds.get(planned.managerKey);
    const companyId = input.orgIds.get(planned.companyKey);
    if (!l || !managerId || !companyId) continue;
    links.push({ ...l, managerId, companyId, invitedBy: filer.get(l.managerKey) ?? null });
    counts.byLinkStatus[l.status]++;
    if (l.status === "active") active.add(`${l.managerKey}|${l.companyKey}`);
  }
  await insertUnnest(tx, "portfolio_links", LINKS, links, 2000);
  counts.links = links.length;
  counts.managers = new Set(links.map((l) => l.managerKey)).size;

  const rows: DisclosureRowsIn = { disclosures: [], revisions: [], values: [], comments: [], draftsFromRevisions: [] };
  const previousYear = new Map<string, Map<string, string>>();
  for (const d of plan.disclosures) {
    const state = portfolioStateAt(d, now);
    const orgId = input.orgIds.get(d.orgKey);
    const reviewerOrgId = input.orgIds.get(d.managerKey);
    if (!state || !orgId || !reviewerOrgId || !active.has(`${d.managerKey}|${d.orgKey}`)) continue;
    const ctx = disclosureContext({
      catalogueVersion: catalogue.version,
      entityKind: "portfolio_company",
      frameworks: d.frameworks,
      periodEnd: `${d.year}-12-31`,
    });
    const link = `${d.managerKey}|${d.orgKey}`;
    const previous = previousYear.get(`${link}|${d.year - 1}`) ?? new Map<string, string>();
    const checked = new Map<readonly RawEntry[], CheckedValues>();
    const check = (entries: readonly RawEntry[], stage: "save" | "submit" = "submit") => {
      const known = checked.get(entries);
      if (known) return known;
      const c = checkPortfolioEntries(d, ctx, entries, stage, previous);
      checked.set(entries, c);
      return c;
    };
    const t: PortfolioTarget = {
      id: randomUUID(),
      orgId,
      filer: filer.get(d.orgKey) ?? null,
      reviewer: filer.get(d.managerKey) ?? null,
    };
    addPortfolioRevisions(rows, state, t, ctx, check);
    if (state.revisions.length) rows.draftsFromRevisions.push(t.id);
    else addDraftRows(rows, t, check(state.draft, "save"), state.updatedAt);
    rows.disclosures.push({
      id: t.id,
      orgId,
      entityKind: d.entityKind,
      reviewerOrgId,
      year: d.year,
      frameworks: d.frameworks,
      catalogueVersion: catalogue.version,
      status: state.status,
      revision: state.revisions.length,
      firstSubmittedAt: state.firstSubmittedAt,
      createdBy: t.filer,
      createdAt: d.createdAt,
      updatedAt: state.updatedAt,
    });
    const base = baseRevision(state);
    if (base) previousYear.set(`${link}|${d.year}`, canonicalNumbers(check(base.entries).values));
    counts.disclosures++;
    counts.byStatus[state.status]++;
  }
  await insertDisclosureRows(tx, rows);
  return { ...counts, revisions: rows.revisions.length };
}
