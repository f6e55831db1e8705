/**
 * The demo green-finance marketplace (generateDemoMarket): the institutions' products with their linked-pricing
 * references, the enterprises' carbon holdings (CEA allowances sized from the ETS allocations already seeded), a few
 * hundred financing needs in every state with their broadcasts (the real matcher, over the grades each need consents
 * to share), the institutions' claims and steps, each decided claim's price basis (the product table's quote on the
 * decision day, as the claim-step use-case stores it), the fundings, the pledges securing some of them (valued by the
 * domain as the pledge registry does), and the district's interest-subsidy programmes. Everything is dated relative
 * to the seeding clock, so some claims are overdue whenever the demo is seeded.
 *
 * Rows are inserted in bulk in one transaction, as the platform (no tenant), so the database's triggers run: claims are
 * inserted with no step (need_claims_reserve counts them and marks the need claimed), pledges active
 * (carbon_pledges_reserve keeps every holding within what is held), then the steps are written in one UPDATE
 * (need_claims_settle moves funded, chosen and all-declined needs), and last each need's own status, closing time and
 * reason are written as generated; then the service-level sweep runs once at the seeding time (reminders and overdue
 * flags, as the server's job writes them). What was seeded is recorded in the installation row ("demo-market"). Deterministic
 * for a seed (ids apart); once per database.
 */
import { randomUUID } from "node:crypto";
import type { Queryable } from "@greenfin/db";
import {
  type DemoClaimPlan,
  type DemoFinancingNeed,
  type DemoNeedStatus,
  type DemoOrganisation,
  generateDemoMarket,
} from "@greenfin/domain";
import { esgGradeScale, marketCalendar } from "../market/needs/need-rows";
import { type Quote, quote, type SharedFigures } from "../market/needs/product-pricing";
import { sweepServiceLevels } from "../market/needs/service-reminders-job";
import { chinaDate } from "../market/pledges/pledge-pricing";
import type { Platform } from "../platform";
import { insertJson, insertUnnest } from "./bulk-insert";
import { type PledgeRow, valuePledge } from "./seed-demo-market-pledge";
import { type DemoIds, insertDemoHoldings, insertDemoNeeds, insertDemoProducts } from "./seed-demo-market-rows";

export interface MarketSeedCounts {
  /** Product versions (published and retired). */
  products: number;
  published: number;
  needs: number;
  byStatus: Record<DemoNeedStatus, number>;
  /** need_broadcasts rows (need × institution). */
  broadcasts: number;
  claims: number;
  /** Claims left overdue at the seeding time on purpose (respond, visit or decide). */
  overdueClaims: number;
  /** market_reminders the service-level sweep wrote at the seeding time (due soon, and overdue flags). */
  reminders: number;
  /** Needs with three claimants. */
  threeClaimants: number;
  holdings: number;
  pledges: number;
  releasedPledges: number;
  subsidyProgrammes: number;
  /** Wall time of the seed, ms. */
  ms: number;
}

async function ids(db: Queryable): Promise<DemoIds> {
  const r = await db.query<{ demo_key: string; org_id: string; user_id: string | null; role: string | null }>(
    `SELECT o.demo_key, o.id AS org_id, m.user_id, m.role FROM organisations o LEFT JOIN memberships m ON m.org_id = o.id
      WHERE o.demo_key IS NOT NULL`,
  );
  const orgs = new Map<string, string>();
  const users = new Map<string, Map<string, string>>();
  for (const x of r.rows) {
    orgs.set(x.demo_key, x.org_id);
    if (x.user_id && x.role) users.set(x.demo_key, (users.get(x.demo_key) ?? new Map()).set(x.role, x.user_id));
  }
  return {
    org(key) {
      const id = orgs.get(key);
      if (!id) throw new Error(`the demo has no organisation ${key}`);
      return id;
    },
    user(key) {
      const u = users.get(key);
      return u?.get("analyst") ?? u?.get("admin") ?? null;
    },
  };
}

/** What the generator needs from the seeded demo: allowances, certified projects, the grades matching may see. */
async function readInputs(db: Queryable) {
  // One after another: a transaction's connection runs one statement at a time.
  const [allowances, projects, esg, carbon] = [
    await db.query<{ owner_key: string; year: number; allocated_t: string }>(
      `SELECT o.demo_key AS owner_key, a.year, a.allocated_t::text AS allocated_t
         FROM carbon_ets_allocations a JOIN organisations o ON o.id = a.org_id WHERE o.demo_key IS NOT NULL`,
    ),
    await db.query<{ id: string; owner_key: string; category: string }>(
      `SELECT g.id, o.demo_key AS owner_key, g.certified_category AS category
         FROM green_projects g JOIN organisations o ON o.id = g.org_id
        WHERE g.status = 'certified' AND g.certified_category IS NOT NULL AND o.demo_key IS NOT NULL
        ORDER BY g.ref_no`,
    ),
    // As market_need_shared_grades reads them (0010/0012).
    await db.query<{ key: string; grade: string }>(
      `SELECT DISTINCT ON (res.org_id) o.demo_key AS key, coalesce(ov.to_grade, res.grade) AS grade
         FROM rating_results res
         JOIN rating_runs r ON r.id = res.run_id AND r.status = 'published' AND r.entity_kind = 'enterprise'
         LEFT JOIN rating_overrides ov ON ov.result_id = res.id AND ov.status = 'approved'
         JOIN organisations o ON o.id = res.org_id
        WHERE o.demo_key IS NOT NULL
        ORDER BY res.org_id, r.period_year DESC, r.published_at DESC`,
    ),
    await db.query<{ key: string; grade: number }>(
      `SELECT DISTINCT ON (g.org_id) o.demo_key AS key, g.grade
         FROM carbon_grades g JOIN carbon_grade_batches b ON b.id = g.batch_id JOIN organisations o ON o.id = g.org_id
        WHERE o.demo_key IS NOT NULL
        ORDER BY g.org_id, b.year DESC, b.created_at DESC`,
    ),
  ];
  const grades = new Map<string, { esgGrade?: string; carbonGrade?: number }>();
  for (const x of esg.rows) grades.set(x.key, { esgGrade: x.grade });
  for (const x of carbon.rows) grades.set(x.key, { ...grades.get(x.key), carbonGrade: Number(x.grade) });
  return {
    allowances: allowances.rows.map((x) => ({ ownerKey: x.owner_key, year: x.year, allocatedT: x.allocated_t })),
    projects: projects.rows.map((x) => ({ ref: x.id, ownerKey: x.owner_key, category: x.category })),
    grades,
  };
}

interface ClaimRowPlan {
  id: string;
  needId: string;
  need: DemoFinancingNeed;
  c: DemoClaimPlan;
  productId: string;
  pricingRef: string | null;
  basis: Quote | null;
  rate: string | null;
  pledgeId: string | null;
}

export async function seedDemoMarket(
  p: Platform,
  district: { seed: number; organisations: readonly DemoOrganisation[] },
  options: { needCount?: number } = {},
): Promise<MarketSeedCounts> {
  const started = performance.now();
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const id = await ids(tx);
    const inputs = await readInputs(tx);
    const market = generateDemoMarket({
      seed: district.seed,
      organisations: district.organisations,
      nowMs: now.getTime(),
      calendar: marketCalendar(),
      esgGrades: esgGradeScale(),
      ...(options.needCount !== undefined ? { needCount: options.needCount } : {}),
      ...inputs,
    });
    const districtKey = district.organisations.find((o) => o.kind === "district")!.key;

    const { productIds, productRef } = await insertDemoProducts(tx, id, market.products);
    const holdingIds = await insertDemoHoldings(tx, id, market.holdings, districtKey);
    const needs = market.needs;
    const needIds = await insertDemoNeeds(tx, id, needs, productIds);

    // Claims, with no step yet: the reserve trigger counts them and marks each need claimed.
    const claims: ClaimRowPlan[] = needs.flatMap((need) =>
      need.claims.map((c) => ({
        id: randomUUID(),
        needId: needIds.get(need.key)!,
        need,
        c,
        productId: productIds.get(c.productId)!,
        pricingRef: productRef.get(c.productId) ?? null,
        basis: null,
        rate: c.rate,
        pledgeId: null,
      })),
    );
    claims.sort((a, b) => (a.c.claimedAt < b.c.claimedAt ? -1 : a.c.claimedAt > b.c.claimedAt ? 1 : 0));
    await insertUnnest(
      tx,
      "need_claims",
      [
        { name: "id", type: "uuid", value: (x: ClaimRowPlan) => x.id },
        { name: "need_id", type: "uuid", value: (x) => x.needId },
        { name: "org_id", type: "uuid", value: (x) => id.org(x.c.institutionKey) },
        { name: "enterprise_org_id", type: "uuid", value: (x) => id.org(x.need.ownerKey) },
        { name: "product_id", type: "uuid", value: (x) => x.productId },
        { name: "claimed_by", type: "uuid", value: (x) => id.user(x.c.institutionKey) },
        { name: "claimed_at", type: "timestamptz", value: (x) => x.c.claimedAt },
      ],
      claims,
      2000,
    );

    // Each decided claim's price basis: its product table's quote on the decision day, over what the need shares.
    const priced = claims.filter((x) => x.c.decidedAt && x.pricingRef);
    const figures = new Map<string, SharedFigures>();
    if (priced.length) {
      const r = await tx.query<{ id: string; esg_grade: string | null; carbon_grade: number | null; c: string | null }>(
        `SELECT n.id, g.esg_grade, g.carbon_grade, market_need_disclosure_completeness(n.id)::text AS c
           FROM financing_needs n CROSS JOIN LATERAL market_need_shared_grades(n.id) g WHERE n.id = ANY($1::uuid[])`,
        [[...new Set(priced.map((x) => x.needId))]],
      );
      for (const x of r.rows)
        figures.set(x.id, { esgGrade: x.esg_grade, carbonGrade: x.carbon_grade, disclosureCompletenessPercent: x.c });
    }
    for (const x of priced) {
      const f = figures.get(x.needId) ?? { esgGrade: null, carbonGrade: null, disclosureCompletenessPercent: null };
      x.basis = quote(x.pricingRef, f, new Date(x.c.decidedAt!));
      if (x.c.decision === "approved" && x.basis) x.rate = x.basis.finalRatePercent;
    }

    // Pledges securing funded loans, inserted active (the reserve trigger keeps each holding within what is held).
    const holdingByKey = new Map(market.holdings.map((h) => [h.key, h]));
    const pledges: PledgeRow[] = [];
    for (const x of claims) {
      if (!x.c.pledge) continue;
      const holding = holdingByKey.get(x.c.pledge.holdingKey)!;
      const valued = valuePledge(x.c, holding);
      if (!valued) continue;
      x.pledgeId = randomUUID();
      pledges.push({
        ...valued,
        id: x.pledgeId,
        refNo: "",
        claimId: x.id,
        holdingId: holdingIds.get(holding.key)!,
        orgId: id.org(x.need.ownerKey),
        pledgeeId: id.org(x.c.institutionKey),
        registeredBy: id.user(x.c.institutionKey),
      });
    }
    pledges.sort((a, b) => (a.registeredAt < b.registeredAt ? -1 : a.registeredAt > b.registeredAt ? 1 : 0));
    if (pledges.length) {
      const seq = await tx.query<{ n: string }>(
        "SELECT nextval('carbon_pledge_ref_seq')::text AS n FROM generate_series(1, $1::int)",
        [pledges.length],
      );
      pledges.forEach((x, i) => {
        x.refNo = `CP-${chinaDate(new Date(x.registeredAt)).slice(0, 4)}-${seq.rows[i]!.n.padStart(6, "0")}`;
      });
      await insertJson(
        tx,
        "carbon_pledges",
        [
          { name: "id", type: "uuid", value: (x: PledgeRow) => x.id },
          { name: "ref_no", type: "text", value: (x) => x.refNo },
          { name: "holding_id", type: "uuid", value: (x) => x.holdingId },
          { name: "org_id", type: "uuid", value: (x) => x.orgId },
          { name: "pledgee_org_id", type: "uuid", value: (x) => x.pledgeeId },
          { name: "quantity", type: "numeric", value: (x) => x.quantity },
          { name: "unit", type: "text", value: (x) => x.unit },
          { name: "product_key", type: "text", value: (x) => x.productKey },
          { name: "pricing_ref", type: "text", value: (x) => x.pricingRef },
          { name: "loan_reference", type: "text", value: (x) => x.loanReference },
          { name: "secured_amount", type: "numeric", value: (x) => x.securedAmount },
          { name: "term_start", type: "date", value: (x) => x.termStart },
          { name: "term_end", type: "date", value: (x) => x.termEnd },
          { name: "call_price", type: "numeric", value: (x) => x.callPrice },
          { name: "liquidation_price", type: "numeric", value: (x) => x.liquidationPrice },
          { name: "status", type: "text", value: () => "active" },
          { name: "valuation", type: "text", value: (x) => x.valuation },
          { name: "registered_by", type: "uuid", value: (x) => x.registeredBy },
          { name: "registered_at", type: "timestamptz", value: (x) => x.registeredAt },
        ],
        pledges,
        200,
      );
      // The enterprise opened its carbon holdings to the lender when it chose the offer (grantFinancing).
      const grants = [
        ...new Map(
          claims.filter((x) => x.pledgeId).map((x) => [`${x.need.ownerKey}>${x.c.institutionKey}`, x] as const),
        ).values(),
      ];
      await insertUnnest(
        tx,
        "consent_grants",
        [
          { name: "grantor_org_id", type: "uuid", value: (x: ClaimRowPlan) => id.org(x.need.ownerKey) },
          { name: "grantee_org_id", type: "uuid", value: (x) => id.org(x.c.institutionKey) },
          { name: "scope", type: "text", value: () => "financing" },
          {
            name: "purpose",
            type: "text",
            value: () => "碳资产质押融资：选定报价时授权 / carbon-asset pledge: granted on choosing the offer",
          },
          { name: "valid_from", type: "timestamptz", value: (x) => x.c.chosenAt },
          {
            name: "expires_at",
            type: "timestamptz",
            value: (x) => new Date(new Date(x.c.chosenAt!).getTime() + 3 * 365 * 86_400_000).toISOString(),
          },
          { name: "created_at", type: "timestamptz", value: (x) => x.c.chosenAt },
        ],
        grants,
        1000,
      );
    }

    // The steps, decisions and choices in one UPDATE, then the fundings in another (one claim per need each time: the
    // settle trigger refuses to fund a need a sibling row's trigger already marked funded in the same statement).
    const stepped = claims.filter((x) => x.c.respondedAt);
    await tx.query(
      `UPDATE need_claims c SET responded_at = u.responded_at, visited_at = u.visited_at, decided_at = u.decided_at,
              decision = u.decision, approved_amount = u.approved_amount, rate = u.rate, reasons = u.reasons,
              price_basis = u.price_basis, offer_chosen = u.offer_chosen, chosen_at = u.chosen_at
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, responded_at timestamptz, visited_at timestamptz,
              decided_at timestamptz, decision text, approved_amount numeric, rate numeric, reasons text,
              price_basis jsonb, offer_chosen boolean, chosen_at timestamptz)
        WHERE c.id = u.id`,
      [
        JSON.stringify(
          stepped.map((x) => ({
            id: x.id,
            responded_at: x.c.respondedAt,
            visited_at: x.c.visitedAt,
            decided_at: x.c.decidedAt,
            decision: x.c.decision,
            approved_amount: x.c.approvedAmount,
            rate: x.c.decision === "approved" ? x.rate : null,
            reasons: x.c.reasons,
            price_basis: x.basis,
            offer_chosen: x.c.offerChosen,
            chosen_at: x.c.chosenAt,
          })),
        ),
      ],
    );
    const funded = claims.filter((x) => x.c.fundedAt);
    await tx.query(
      `UPDATE need_claims c SET funded_at = u.funded_at, funded_amount = u.funded_amount,
              loan_reference = u.loan_reference, pledge_id = u.pledge_id
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, funded_at timestamptz, funded_amount numeric,
              loan_reference text, pledge_id uuid)
        WHERE c.id = u.id`,
      [
        JSON.stringify(
          funded.map((x) => ({
            id: x.id,
            funded_at: x.c.fundedAt,
            funded_amount: x.c.fundedAmount,
            loan_reference: x.c.loanReference,
            pledge_id: x.pledgeId,
          })),
        ),
      ],
    );
    const released = pledges.filter((x) => x.releasedAt);
    if (released.length)
      await tx.query(
        `UPDATE carbon_pledges c SET status = 'released', released_at = u.at, released_by = c.registered_by,
                release_note = '贷款到期结清，解除质押 / loan repaid at maturity'
           FROM unnest($1::uuid[], $2::timestamptz[]) AS u(id, at) WHERE c.id = u.id`,
        [released.map((x) => x.id), released.map((x) => x.releasedAt)],
      );

    // Each need's own state, closing time and reason, as generated.
    await tx.query(
      `UPDATE financing_needs n SET status = u.status, closed_at = u.closed_at, close_reason = u.close_reason,
              updated_at = u.updated_at
         FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, status text, closed_at timestamptz, close_reason text,
              updated_at timestamptz)
        WHERE n.id = u.id`,
      [
        JSON.stringify(
          needs.map((n) => ({
            id: needIds.get(n.key),
            status: n.status,
            closed_at: n.closedAt,
            close_reason: n.closeReason,
            updated_at: n.updatedAt,
          })),
        ),
      ],
    );

    // The district's interest-subsidy programmes.
    const programmes = market.subsidyProgrammes;
    await insertUnnest(
      tx,
      "subsidy_programmes",
      [
        { name: "org_id", type: "uuid", value: () => id.org(districtKey) },
        { name: "name_zh", type: "text", value: (x: (typeof programmes)[number]) => x.nameZh },
        { name: "name_en", type: "text", value: (x) => x.nameEn },
        { name: "description", type: "text", value: (x) => x.description },
        { name: "kind", type: "text", value: (x) => x.kind },
        { name: "rate", type: "numeric", value: (x) => x.rate },
        {
          name: "category_prefixes",
          type: "text",
          value: (x) => x.categoryPrefixes.join(","),
          select: "string_to_array(u.category_prefixes, ',')",
        },
        { name: "period_start", type: "date", value: (x) => x.periodStart },
        { name: "period_end", type: "date", value: (x) => x.periodEnd },
        { name: "per_loan_cap", type: "numeric", value: (x) => x.perLoanCap },
        { name: "budget", type: "numeric", value: (x) => x.budget },
        { name: "status", type: "text", value: (x) => x.status },
        { name: "created_by", type: "uuid", value: () => id.user(districtKey) },
        { name: "created_at", type: "timestamptz", value: (x) => x.createdAt },
        { name: "opened_at", type: "timestamptz", value: (x) => x.openedAt },
        { name: "closed_at", type: "timestamptz", value: (x) => x.closedAt },
      ],
      programmes,
      100,
    );

    // The service-level sweep at the seeding time, as the server's job would run it: reminders and overdue flags.
    const sweep = await sweepServiceLevels(tx, now);

    const byStatus = Object.fromEntries(
      (["open", "claimed", "offer_chosen", "funded", "declined", "withdrawn", "expired"] as const).map((s) => [
        s,
        needs.filter((n) => n.status === s).length,
      ]),
    ) as Record<DemoNeedStatus, number>;
    const counts: MarketSeedCounts = {
      products: market.products.length,
      published: market.products.filter((x) => x.status === "published").length,
      needs: needs.length,
      byStatus,
      broadcasts: needs.reduce((n, x) => n + x.broadcast.length, 0),
      claims: claims.length,
      overdueClaims: claims.filter((x) => x.c.scenario.startsWith("overdue-")).length,
      reminders: sweep.reminders + sweep.overdueFlags,
      threeClaimants: needs.filter((n) => n.claims.length === 3).length,
      holdings: market.holdings.length,
      pledges: pledges.length,
      releasedPledges: released.length,
      subsidyProgrammes: programmes.length,
      ms: Math.round(performance.now() - started),
    };
    await tx.query("INSERT INTO installation (key, value) VALUES ('demo-market', $1::jsonb) ON CONFLICT DO NOTHING", [
      JSON.stringify(counts),
    ]);
    return counts;
  });
}

/** Seeds the marketplace once per database (installation key "demo-market"); null when done before or no demo. */
export async function seedDemoMarketOnce(
  p: Platform,
  district: { seed: number; organisations: readonly DemoOrganisation[] },
  options: { needCount?: number } = {},
): Promise<MarketSeedCounts | null> {
  const demo = await p.db.query("SELECT 1 FROM installation WHERE key = 'demo'");
  const done = await p.db.query("SELECT 1 FROM installation WHERE key = 'demo-market'");
  if (demo.rows.length === 0 || done.rows.length > 0) return null;
  return seedDemoMarket(p, district, options);
}
