/**
 * The demo district's carbon data: every enterprise's monthly activity for the demo years, written as one
 * utility-style bulk feed recorded under the district (straight into the table, as the other demo seeders do: the
 * generated rows are valid by construction, and the import's checks would triple the first start); ETS allowances
 * are recorded for the
 * covered enterprises; the demo enterprise grants the demo bank its carbon data (so the bank's login shows a
 * carbon account); and each year's accounts are computed by the "carbon.accounts" job — queued for the worker
 * when the server starts (so the first start stays quick), or run here and now for `greenfin demo seed`.
 */
import {
  calculateCarbonAccount,
  DEMO_ENERGY_YEARS,
  DEMO_LOGIN_ORGS,
  type DemoOrganisation,
  demoEnterpriseActivity,
  etsSectorOf,
} from "@greenfin/domain";
import { loadActivityItems, loadCarbonFactorSet } from "@greenfin/reference";
import { DISTRICT_PROVINCE } from "../carbon/account-source";
import { CARBON_ACCOUNTS_JOB, carbonAccountsHandler } from "../carbon/carbon-accounts-job";
import { recordEtsAllocation } from "../carbon/ets-allocations";
import { enqueueJob } from "../jobs/job-queue";
import { runJobNow } from "../jobs/job-worker";
import type { Platform } from "../platform";
import { demoActor } from "./demo-actor";

export interface CarbonSeedCounts {
  activityRows: number;
  enterprises: number;
  etsAllocations: number;
  /** "computed" when the accounts were made here, "queued" when left to the worker. */
  accounts: "computed" | "queued";
}

const BATCH = 20_000;

/** Writes the generated rows (with each item's working-unit quantity where the unit is the working one). */
async function insertActivity(
  p: Platform,
  districtOrgId: string,
  organisations: readonly DemoOrganisation[],
  seed: number,
) {
  const ids = new Map(
    (
      await p.db.query<{ uscc: string; id: string }>("SELECT uscc, id FROM organisations WHERE kind = 'enterprise'")
    ).rows.map((r) => [r.uscc, r.id]),
  );
  const now = p.clock.now();
  const rows = organisations.flatMap((o) => demoEnterpriseActivity(seed, o));
  const enterprises = new Set(rows.map((r) => r.enterprise)).size;
  const imported = await p.db.query<{ id: string }>(
    `INSERT INTO carbon_activity_imports (org_id, channel, file_name, content_hash, row_count, inserted, enterprise_count,
        created_at)
     VALUES ($1, 'bulk', 'utility-feed-demo.csv', $2, $3, $3, $4, $5)
     ON CONFLICT (org_id, content_hash) WHERE repeat_of IS NULL DO UPDATE SET row_count = EXCLUDED.row_count
     RETURNING id`,
    [districtOrgId, `demo-seed-${seed}`, rows.length, enterprises, now],
  );
  const working = new Map(loadActivityItems().items.map((i) => [i.code, i.units[0]]));
  for (let i = 0; i < rows.length; i += BATCH) {
    const b = rows.slice(i, i + BATCH);
    await p.db.query(
      `INSERT INTO carbon_activity (org_id, meter, month, item, quantity, unit, quantity_working, import_id, updated_at)
       SELECT o, m, (mo || '-01')::date, it, q::numeric, u, CASE WHEN w THEN q::numeric END, $8, $9
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::boolean[])
           AS x(o, m, mo, it, q, u, w)
       ON CONFLICT (org_id, meter, month, item) DO NOTHING`,
      [
        b.map((r) => ids.get(r.enterprise)),
        b.map((r) => r.meter),
        b.map((r) => r.month),
        b.map((r) => r.item),
        b.map((r) => r.quantity),
        b.map((r) => r.unit),
        b.map((r) => working.get(r.item) === r.unit),
        imported.rows[0]!.id,
        now,
      ],
    );
  }
  return { rows: rows.length, enterprises };
}

/** Safe to run again after a crash part-way: every step skips or replaces what an earlier attempt wrote. */
export async function seedDemoCarbon(
  p: Platform,
  district: { seed: number; organisations: readonly DemoOrganisation[] },
  accounts: "now" | "queue",
): Promise<CarbonSeedCounts> {
  const admin = await demoActor(p.db, DEMO_LOGIN_ORGS.district, "admin");
  const imported = await insertActivity(p, admin.orgId, district.organisations, district.seed);

  // Allowances: roughly the year's Scope 1 (a few per cent either way), verified for all but the latest year.
  const set = loadCarbonFactorSet();
  const ets = set.ets;
  const now = p.clock.now();
  const covered = district.organisations.filter((o) => o.industryCode && etsSectorOf(o.industryCode, ets));
  let allocations = 0;
  for (const o of covered) {
    const id = await p.db.query<{ id: string }>("SELECT id FROM organisations WHERE uscc = $1", [o.uscc]);
    const orgId = id.rows[0]?.id;
    if (!orgId) continue;
    for (const year of DEMO_ENERGY_YEARS) {
      const rows = demoEnterpriseActivity(district.seed, o).filter((r) => r.month.startsWith(String(year)));
      if (rows.length === 0) continue;
      // Verified emissions are the account's Scope 1 (what the verifier would confirm); allocations fall a few per
      // cent either side of it, so the district has both surpluses and deficits to look at.
      const account = calculateCarbonAccount(set, {
        enterprise: { id: o.uscc as string, industryCode: o.industryCode, province: DISTRICT_PROVINCE },
        year,
        rows: rows.map((r, i) => ({ ...r, ref: String(i + 1) })),
        calculatedOn: now.toISOString().slice(0, 10),
      });
      const verified = Math.round(Number(account.totals.scope1));
      const allocated = Math.round(verified * (0.94 + (allocations % 5) * 0.03));
      await recordEtsAllocation(p, admin, orgId, {
        year,
        allocatedT: String(allocated),
        verifiedT: year === DEMO_ENERGY_YEARS[DEMO_ENERGY_YEARS.length - 1] ? null : String(verified),
        source: "演示数据：省生态环境厅年度配额分配方案（虚构） / demo: provincial allocation plan (fictional)",
      });
      allocations++;
    }
  }

  // The demo enterprise lets the demo bank read its carbon account for a year (a loan file's consent).
  await p.db.query(
    `INSERT INTO consent_grants (grantor_org_id, grantee_org_id, scope, purpose, valid_from, expires_at)
     SELECT e.id, b.id, 'carbon', '绿色贷款审批：碳账户查询 / green loan review: carbon account', $3,
            $3::timestamptz + interval '1 year'
       FROM organisations e, organisations b WHERE e.demo_key = $1 AND b.demo_key = $2
        AND NOT EXISTS (SELECT 1 FROM consent_grants g WHERE g.grantor_org_id = e.id AND g.grantee_org_id = b.id
                          AND g.scope = 'carbon')`,
    [DEMO_LOGIN_ORGS.enterprise, DEMO_LOGIN_ORGS.bank, now],
  );

  for (const year of DEMO_ENERGY_YEARS) {
    const job = await enqueueJob(p.db, admin, CARBON_ACCOUNTS_JOB, { year }, { maxAttempts: 3 });
    if (accounts === "now")
      await runJobNow(p, job.id, "demo-seed", { handlers: { [CARBON_ACCOUNTS_JOB]: carbonAccountsHandler } });
  }
  return {
    activityRows: imported.rows,
    enterprises: imported.enterprises,
    etsAllocations: allocations,
    accounts: accounts === "now" ? "computed" : "queued",
  };
}

/** Seeds the carbon data once per database (installation key "demo-carbon"); null when already done or no demo. */
export async function seedDemoCarbonOnce(
  p: Platform,
  district: { seed: number; organisations: readonly DemoOrganisation[] },
  accounts: "now" | "queue",
): Promise<CarbonSeedCounts | null> {
  const demo = await p.db.query("SELECT 1 FROM installation WHERE key = 'demo'");
  const done = await p.db.query("SELECT 1 FROM installation WHERE key = 'demo-carbon'");
  if (demo.rows.length === 0 || done.rows.length > 0) return null;
  const counts = await seedDemoCarbon(p, district, accounts);
  await p.db.query("INSERT INTO installation (key, value) VALUES ('demo-carbon', $1::jsonb) ON CONFLICT DO NOTHING", [
    JSON.stringify(counts),
  ]);
  return counts;
}
