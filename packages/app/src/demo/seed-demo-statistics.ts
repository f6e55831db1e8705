/**
 * The demo district's statistics reports (generateDemoStatistics): three years of the banks' monthly reports and of
 * every reporting institution's quarterly ones, standing on the platform's own books — the banks' labelled green
 * loans (green_financings) and their marketplace fundings (need_claims) as the database holds them when this runs,
 * after the green library and the marketplace. Reports, their figures and their revisions with the district's
 * decisions are inserted in bulk in one transaction (figures before revisions: a submitted revision's figures are
 * frozen by trigger); as for the other bulk seeds, what was seeded is recorded in the installation row
 * ("demo-statistics") rather than the audit log, whose entries record what people did. Once per database.
 */
import { randomUUID } from "node:crypto";
import type { Queryable } from "@greenfin/db";
import {
  type DemoOrganisation,
  type DemoStatMarketFunding,
  type DemoStatPlatformLoan,
  type DemoStatReport,
  type DemoStatRevision,
  type DemoStatValue,
  generateDemoStatistics,
} from "@greenfin/domain";
import { DEFAULT_STAT_TEMPLATES, loadStatTemplate, statBreakdownItems } from "@greenfin/reference";
import type { Platform } from "../platform";
import { insertUnnest } from "./bulk-insert";

export interface StatisticsSeedCounts {
  reports: number;
  monthly: number;
  quarterly: number;
  values: number;
  revisions: number;
  /** Reports awaiting the district's decision, returned, and corrected after acceptance. */
  submitted: number;
  returned: number;
  revised: number;
  ms: number;
}

/** The banks' labelled green loans on the pre-fill's caliber (level-1 use, industry section). */
async function readPlatformLoans(db: Queryable): Promise<DemoStatPlatformLoan[]> {
  const r = await db.query<{
    key: string;
    use: string | null;
    section: string | null;
    amount: string;
    outstanding: string;
    start_date: string;
    maturity_date: string | null;
  }>(
    `SELECT o.demo_key AS key, nullif(split_part(coalesce(f.category_code, ''), '.', 1), '') AS use,
            nullif(left(coalesce(f.industry_code, ''), 1), '') AS section, f.amount::text AS amount,
            f.outstanding::text AS outstanding, f.start_date::text AS start_date, f.maturity_date::text AS maturity_date
       FROM green_financings f JOIN organisations o ON o.id = f.org_id
      WHERE f.instrument = 'loan' AND o.kind = 'bank' AND o.demo_key IS NOT NULL`,
  );
  return r.rows.map((x) => ({
    institutionKey: x.key,
    use: x.use,
    section: x.section,
    amount: x.amount,
    outstanding: x.outstanding,
    startDate: x.start_date,
    maturityDate: x.maturity_date,
  }));
}

/** Claims funded through the marketplace, by the China date of the funding. */
async function readMarketFundings(db: Queryable): Promise<DemoStatMarketFunding[]> {
  const r = await db.query<{ key: string; date: string; amount: string }>(
    `SELECT o.demo_key AS key, to_char(c.funded_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS date,
            c.funded_amount::text AS amount
       FROM need_claims c JOIN organisations o ON o.id = c.org_id
      WHERE c.funded_at IS NOT NULL AND c.funded_amount IS NOT NULL AND o.demo_key IS NOT NULL`,
  );
  return r.rows.map((x) => ({ institutionKey: x.key, date: x.date, amount: x.amount }));
}

/** Each demo organisation's id and a member to act for it (analyst, else reviewer, else admin). */
async function actors(db: Queryable) {
  const r = await db.query<{ key: string; id: string; user_id: string | null; role: string | null }>(
    `SELECT o.demo_key AS key, o.id, m.user_id, m.role FROM organisations o LEFT JOIN memberships m ON m.org_id = o.id
      WHERE o.demo_key IS NOT NULL AND o.kind <> 'enterprise'`,
  );
  const orgs = new Map<string, { id: string; users: Map<string, string> }>();
  for (const x of r.rows) {
    const o = orgs.get(x.key) ?? { id: x.id, users: new Map<string, string>() };
    if (x.role && x.user_id) o.users.set(x.role, x.user_id);
    orgs.set(x.key, o);
  }
  const org = (key: string) => {
    const o = orgs.get(key);
    if (!o) throw new Error(`the demo has no organisation ${key}`);
    return o;
  };
  const user = (key: string, ...roles: string[]) =>
    [...roles, "admin"].map((role) => org(key).users.get(role)).find((u) => u !== undefined) ?? null;
  return { org, user };
}

export async function seedDemoStatistics(
  p: Platform,
  district: { seed: number; organisations: readonly DemoOrganisation[] },
  greenFinancings?: readonly DemoStatPlatformLoan[],
): Promise<StatisticsSeedCounts> {
  const started = performance.now();
  const monthly = loadStatTemplate(DEFAULT_STAT_TEMPLATES.monthly);
  const quarterly = loadStatTemplate(DEFAULT_STAT_TEMPLATES.quarterly);
  return p.db.transaction(async (tx) => {
    const stats = generateDemoStatistics({
      seed: district.seed,
      nowMs: p.clock.now().getTime(),
      institutions: district.organisations
        .filter((o) => o.kind !== "enterprise")
        .map((o) => ({ key: o.key, kind: o.kind, institutionType: o.institutionType })),
      monthly,
      quarterly,
      breakdownItems: statBreakdownItems(),
      platformLoans: greenFinancings ?? (await readPlatformLoans(tx)),
      marketFundings: await readMarketFundings(tx),
    });
    const { org, user } = await actors(tx);
    const districtKey = district.organisations.find((o) => o.kind === "district")?.key ?? "";
    const reviewer = districtKey ? user(districtKey, "reviewer") : null;
    const rows = stats.reports.map((r) => ({ id: randomUUID(), r }));
    await insertUnnest(
      tx,
      "stat_reports",
      [
        { name: "id", type: "uuid", value: (x: (typeof rows)[number]) => x.id },
        { name: "org_id", type: "uuid", value: (x) => org(x.r.orgKey).id },
        { name: "template_ref", type: "text", value: (x) => x.r.templateRef },
        { name: "period", type: "text", value: (x) => x.r.period },
        { name: "status", type: "text", value: (x) => x.r.status },
        { name: "revision", type: "integer", value: (x) => x.r.revision },
        { name: "accepted_revision", type: "integer", value: (x) => x.r.acceptedRevision },
        { name: "created_by", type: "uuid", value: (x) => user(x.r.orgKey, "analyst") },
        { name: "created_at", type: "timestamptz", value: (x) => x.r.createdAt },
        { name: "updated_at", type: "timestamptz", value: (x) => x.r.updatedAt },
      ],
      rows,
      2000,
    );
    type Rev = { id: string; r: DemoStatReport; v: DemoStatRevision };
    const revisions: Rev[] = rows.flatMap(({ id, r }) => r.revisions.map((v) => ({ id, r, v })));
    const values = revisions.flatMap(({ id, v }) => v.values.map((x) => ({ id, revision: v.revision, x })));
    await insertUnnest(
      tx,
      "stat_report_values",
      [
        { name: "report_id", type: "uuid", value: (y: (typeof values)[number]) => y.id },
        { name: "revision", type: "integer", value: (y) => y.revision },
        { name: "metric", type: "text", value: (y) => y.x.metric },
        { name: "item", type: "text", value: (y) => y.x.item ?? "" },
        { name: "value", type: "numeric", value: (y) => y.x.value },
        { name: "source", type: "text", value: (y) => (y.x as DemoStatValue).source },
      ],
      values,
      5000,
    );
    await insertUnnest(
      tx,
      "stat_report_revisions",
      [
        { name: "report_id", type: "uuid", value: (x: Rev) => x.id },
        { name: "revision", type: "integer", value: (x) => x.v.revision },
        { name: "submitted_by", type: "uuid", value: (x) => user(x.r.orgKey, "analyst") },
        { name: "submitted_at", type: "timestamptz", value: (x) => x.v.submittedAt },
        { name: "outcome", type: "text", value: (x) => x.v.outcome },
        { name: "decided_by", type: "uuid", value: (x) => (x.v.outcome ? reviewer : null) },
        { name: "decided_at", type: "timestamptz", value: (x) => x.v.decidedAt },
        { name: "decision_note", type: "text", value: (x) => x.v.decisionNote },
      ],
      revisions,
      2000,
    );
    const count = (f: (r: DemoStatReport) => boolean) => stats.reports.filter(f).length;
    const counts: StatisticsSeedCounts = {
      reports: rows.length,
      monthly: count((r) => r.templateRef === monthly.ref),
      quarterly: count((r) => r.templateRef === quarterly.ref),
      values: values.length,
      revisions: revisions.length,
      submitted: count((r) => r.status === "submitted"),
      returned: count((r) => r.status === "returned"),
      revised: count((r) => r.revision > 1),
      ms: 0,
    };
    await tx.query(
      "INSERT INTO installation (key, value) VALUES ('demo-statistics', $1::jsonb) ON CONFLICT DO NOTHING",
      [JSON.stringify({ ...counts, joiner: stats.joiner, months: [stats.months[0], stats.months.at(-1)] })],
    );
    return { ...counts, ms: Math.round(performance.now() - started) };
  });
}

/** Seeds the statistics once per database (installation key "demo-statistics"); null when done before or no demo. */
export async function seedDemoStatisticsOnce(
  p: Platform,
  district: { seed: number; organisations: readonly DemoOrganisation[] },
  greenFinancings?: readonly DemoStatPlatformLoan[],
): Promise<StatisticsSeedCounts | null> {
  const demo = await p.db.query("SELECT 1 FROM installation WHERE key = 'demo'");
  const done = await p.db.query("SELECT 1 FROM installation WHERE key = 'demo-statistics'");
  if (demo.rows.length === 0 || done.rows.length > 0) return null;
  return seedDemoStatistics(p, district, greenFinancings);
}
