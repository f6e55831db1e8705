/**
 * The universe of a rating run, read from the database in batches (keyset on organisation id) so that pass one
 * (peer statistics) and pass two (scoring) each stream it: every organisation of the methodology's kind with an
 * accepted disclosure for the period, its values from the latest accepted revision, the figures the platform
 * derives (disclosure completeness; for fund managers the PF-* portfolio figures) and its controversies.
 */
import type { Queryable } from "@greenfin/db";
import {
  type ControversyEvent,
  disclosureCompleteness,
  type PortfolioHolding,
  portfolioRatingInputs,
  type RatedEntityInput,
  type RatingValue,
  ratingValuesFromDisclosure,
} from "@greenfin/domain";
import type { EntityKind, RatingMethodology } from "@greenfin/reference";
import { disclosureContext } from "../disclosure/disclosure-context";
import { type FrozenValue, thawed } from "../disclosure/disclosure-values";

export interface UniverseQuery {
  readonly methodology: RatingMethodology;
  readonly periodYear: number;
  /** ISO date: controversies after it are not inputs of the run. */
  readonly asOf: string;
}

/** Where a rated entity's inputs came from: kept beside its result so every figure can be traced. */
export interface EntitySources {
  readonly disclosureId: string;
  readonly revisionId: string;
  readonly revision: number;
  /** Derived input id → how the platform computed it. */
  readonly derived: Record<string, string>;
  /** Fund managers: the portfolio-company revisions the PF-* figures were computed from. */
  readonly portfolioRevisions?: readonly string[];
}

export interface UniverseEntity {
  readonly input: RatedEntityInput;
  readonly sources: EntitySources;
}

interface DisclosureRow {
  org_id: string;
  industry_code: string;
  disclosure_id: string;
  frameworks: string[];
  catalogue_version: string;
  period_end: string;
  revision_id: string;
  revision: number;
  submitted_values: FrozenValue[];
}

interface HoldingRow {
  manager_org_id: string;
  company_org_id: string;
  ownership_pct: string;
  invested_cny: string;
  revision_id: string | null;
  submitted_values: FrozenValue[] | null;
}

interface ControversyRow {
  id: string;
  entity_org_id: string;
  event_date: string;
  severity: number;
  category: string;
  status: string;
  source: string;
}

export const UNIVERSE_BATCH = 500;

async function disclosureBatch(db: Queryable, q: UniverseQuery, after: string, limit: number) {
  const r = await db.query<DisclosureRow>(
    `SELECT DISTINCT ON (d.org_id) d.org_id, o.industry_code, d.id AS disclosure_id, d.frameworks, d.catalogue_version,
            to_char(d.period_end, 'YYYY-MM-DD') AS period_end, rv.id AS revision_id, rv.revision, rv.submitted_values
       FROM disclosures d
       JOIN organisations o ON o.id = d.org_id AND o.kind = $1 AND o.industry_code IS NOT NULL
       JOIN disclosure_revisions rv ON rv.disclosure_id = d.id AND rv.outcome = 'accepted'
      WHERE d.entity_kind = $1 AND d.period_year = $2 AND d.status IN ('accepted', 'published') AND d.org_id > $3
      ORDER BY d.org_id, rv.revision DESC
      LIMIT $4`,
    [q.methodology.entityKind, q.periodYear, after, limit],
  );
  return r.rows;
}

async function holdingsOf(db: Queryable, q: UniverseQuery, managers: readonly string[]) {
  if (q.methodology.entityKind !== "fund_manager" || managers.length === 0) return new Map<string, HoldingRow[]>();
  const r = await db.query<HoldingRow>(
    `SELECT l.manager_org_id, l.company_org_id, l.ownership_pct::text, l.invested_cny::text,
            pc.revision_id, pc.submitted_values
       FROM portfolio_links l
       LEFT JOIN LATERAL (
         SELECT rv.id AS revision_id, rv.submitted_values
           FROM disclosures pd JOIN disclosure_revisions rv ON rv.disclosure_id = pd.id AND rv.outcome = 'accepted'
          WHERE pd.org_id = l.company_org_id AND pd.reviewer_org_id = l.manager_org_id
            AND pd.entity_kind = 'portfolio_company' AND pd.period_year = $2
          ORDER BY rv.revision DESC LIMIT 1) pc ON true
      WHERE l.manager_org_id = ANY($1::uuid[]) AND l.status = 'active'
        AND l.invited_at < make_date($2 + 1, 1, 1)
      ORDER BY l.manager_org_id, l.company_org_id, l.fund_name`,
    [managers, q.periodYear],
  );
  const by = new Map<string, HoldingRow[]>();
  for (const h of r.rows) by.set(h.manager_org_id, [...(by.get(h.manager_org_id) ?? []), h]);
  return by;
}

async function controversiesOf(db: Queryable, q: UniverseQuery, orgs: readonly string[]) {
  const categories = q.methodology.controversies.categories.map((c) => c.id);
  const r = await db.query<ControversyRow>(
    `SELECT id, entity_org_id, to_char(event_date, 'YYYY-MM-DD') AS event_date, severity, category, status, source
       FROM rating_controversies
      WHERE entity_org_id = ANY($1::uuid[]) AND category = ANY($2::text[]) AND event_date <= $3::date
      ORDER BY entity_org_id, id`,
    [orgs, categories, q.asOf],
  );
  const by = new Map<string, ControversyEvent[]>();
  for (const c of r.rows) {
    const event: ControversyEvent = {
      id: c.id,
      date: c.event_date,
      severity: c.severity,
      category: c.category,
      status: c.status,
      source: c.source,
    };
    by.set(c.entity_org_id, [...(by.get(c.entity_org_id) ?? []), event]);
  }
  return by;
}

const valuesOf = (frozen: readonly FrozenValue[], revision: number) =>
  ratingValuesFromDisclosure(frozen.map((v) => thawed(v, revision)));

function entityOf(
  kind: EntityKind,
  row: DisclosureRow,
  holdings: readonly HoldingRow[],
  controversies: readonly ControversyEvent[],
): UniverseEntity {
  const values = new Map<string, RatingValue>(valuesOf(row.submitted_values, row.revision));
  const ctx = disclosureContext({
    catalogueVersion: row.catalogue_version,
    entityKind: kind,
    frameworks: row.frameworks,
    periodEnd: row.period_end,
  });
  const disclosed = new Set(row.submitted_values.filter((v) => v.payload !== null).map((v) => v.indicatorId));
  const derived: Record<string, string> = {};
  const add = (d: { values: Map<string, RatingValue>; trace: Map<string, string> }) => {
    for (const [id, v] of d.values) values.set(id, v);
    for (const [id, t] of d.trace) derived[id] = t;
  };
  add(
    disclosureCompleteness(
      ctx.items.map((i) => i.indicator.id),
      disclosed,
    ),
  );
  const portfolioRevisions: string[] = [];
  if (kind === "fund_manager") {
    const list: PortfolioHolding[] = holdings.map((h) => {
      if (h.revision_id) portfolioRevisions.push(h.revision_id);
      return {
        companyId: h.company_org_id,
        ownershipPct: h.ownership_pct,
        investedCny: h.invested_cny,
        values: h.submitted_values && h.revision_id ? valuesOf(h.submitted_values, 0) : null,
      };
    });
    add(portfolioRatingInputs(list));
  }
  const sources: EntitySources = {
    disclosureId: row.disclosure_id,
    revisionId: row.revision_id,
    revision: row.revision,
    derived,
    ...(kind === "fund_manager" ? { portfolioRevisions: portfolioRevisions.sort() } : {}),
  };
  const input: RatedEntityInput = { id: row.org_id, industryCode: row.industry_code, values, controversies };
  return { input, sources };
}

/** One batch of the universe after organisation id `after` ("" for the first), at most `limit` entities. */
export async function universeBatch(
  db: Queryable,
  q: UniverseQuery,
  after: string,
  limit = UNIVERSE_BATCH,
): Promise<UniverseEntity[]> {
  const rows = await disclosureBatch(db, q, after || "00000000-0000-0000-0000-000000000000", limit);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.org_id);
  const holdings = await holdingsOf(db, q, ids);
  const controversies = await controversiesOf(db, q, ids);
  const kind = q.methodology.entityKind as EntityKind;
  return rows.map((row) => entityOf(kind, row, holdings.get(row.org_id) ?? [], controversies.get(row.org_id) ?? []));
}

/** Streams the whole universe batch by batch; the callback may be async (progress reports, inserts). */
export async function forEachUniverseBatch(
  db: Queryable,
  q: UniverseQuery,
  fn: (batch: readonly UniverseEntity[]) => Promise<void> | void,
): Promise<void> {
  let after = "";
  for (;;) {
    const batch = await universeBatch(db, q, after);
    if (batch.length === 0) return;
    await fn(batch);
    after = batch.at(-1)?.input.id ?? after;
    if (batch.length < UNIVERSE_BATCH) return;
  }
}

/** How many entities the universe holds (for progress). */
export async function universeSize(db: Queryable, q: UniverseQuery): Promise<number> {
  const r = await db.query<{ n: string }>(
    `SELECT count(DISTINCT d.org_id)::text AS n
       FROM disclosures d
       JOIN organisations o ON o.id = d.org_id AND o.kind = $1 AND o.industry_code IS NOT NULL
      WHERE d.entity_kind = $1 AND d.period_year = $2 AND d.status IN ('accepted', 'published')
        AND EXISTS (SELECT 1 FROM disclosure_revisions rv WHERE rv.disclosure_id = d.id AND rv.outcome = 'accepted')`,
    [q.methodology.entityKind, q.periodYear],
  );
  return Number(r.rows[0]?.n ?? 0);
}
