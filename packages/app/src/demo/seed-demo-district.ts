import type { Queryable } from "@greenfin/db";
import { type DemoDistrict, generateDemoDistrict } from "@greenfin/domain";
import { loadIndustryClassification } from "@greenfin/reference";
import { appendAudit } from "../audit/audit-log";
import { hashPassword } from "../auth/passwords";
import type { Platform } from "../platform";
import { type CarbonSeedCounts, seedDemoCarbonOnce } from "./seed-demo-carbon";
import { type DisclosureSeedCounts, noDisclosureCounts, seedDemoDisclosures } from "./seed-demo-disclosures";
import { type GreenSeedCounts, seedDemoGreenOnce } from "./seed-demo-green";
import { type MarketSeedCounts, seedDemoMarketOnce } from "./seed-demo-market";
import { type PcafSeedCounts, seedDemoPcafOnce } from "./seed-demo-pcaf";
import { noPortfolioCounts, type PortfolioSeedCounts, seedDemoPortfolios } from "./seed-demo-portfolios";
import { type RatingSeedCounts, seedDemoRatingsOnce } from "./seed-demo-ratings";
import { type StatisticsSeedCounts, seedDemoStatisticsOnce } from "./seed-demo-statistics";
import { seedDemoTargetsOnce } from "./seed-demo-targets";

/** Held while the demo district is written, so two processes starting on one new database do not both seed it. */
const DEMO_SEED_LOCK = 7_340_213;

/** Every demo account shares this password; the README and the login page show it. */
export const DEMO_PASSWORD = "GreenFin-2026!";
export const DEFAULT_DEMO_SEED = 20_260_101;

export interface SeedResult {
  seeded: boolean;
  seed: number;
  organisations: number;
  users: number;
  disclosures: DisclosureSeedCounts;
  /** The fund managers' portfolio links and their companies' portfolio-company disclosures. */
  portfolios: PortfolioSeedCounts;
  /** Rating runs made over the seeded disclosures (null when they were made before). */
  ratings: RatingSeedCounts | null;
  /** Activity data, ETS allowances and the carbon accounts (null when made before). */
  carbon: CarbonSeedCounts | null;
  /** The banks' and insurers' financed-emissions books and runs (null when made before). */
  pcaf: PcafSeedCounts | null;
  /** The green project library: projects, reviews, financings, benefit reports (null when made before or off). */
  green: GreenSeedCounts | null;
  /** The marketplace: products, needs in every state, claims, pledges, subsidy programmes (null when made before or off). */
  market: MarketSeedCounts | null;
  /** Three years of statistics reports standing on the green loans and the marketplace (null when made before or off). */
  statistics: StatisticsSeedCounts | null;
  /** The district's targets with their entered observations (null when made before or off, with `statistics`). */
  targets: number | null;
  logins: { email: string; orgNameZh: string; role: string }[];
}

/** The parts seeded after the district's own transaction. */
type Later = "ratings" | "carbon" | "pcaf" | "green" | "market" | "statistics" | "targets";

async function insertOrganisations(tx: Queryable, d: DemoDistrict): Promise<Map<string, string>> {
  const o = d.organisations;
  const col = <T>(f: (x: (typeof o)[number]) => T) => o.map(f);
  const r = await tx.query<{ id: string; demo_key: string }>(
    `INSERT INTO organisations (demo_key, kind, name_zh, name_en, uscc, industry_code, size, employees, revenue_cny,
                                area, address, institution_type, founded_year)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                          $8::int[], $9::numeric[], $10::text[], $11::text[], $12::text[], $13::int[])
     RETURNING id, demo_key`,
    [
      col((x) => x.key),
      col((x) => x.kind),
      col((x) => x.nameZh),
      col((x) => x.nameEn),
      col((x) => x.uscc),
      col((x) => x.industryCode),
      col((x) => x.size),
      col((x) => x.employees),
      col((x) => x.revenueCny),
      col((x) => x.area),
      col((x) => x.address),
      col((x) => x.institutionType),
      col((x) => x.foundedYear),
    ],
  );
  const ids = new Map(r.rows.map((x) => [x.demo_key, x.id]));
  const children = o.filter((x) => x.parentKey);
  if (children.length) {
    await tx.query(
      `UPDATE organisations o SET parent_id = p.id FROM unnest($1::text[], $2::text[]) AS c(key, parent_key)
         JOIN organisations p ON p.demo_key = c.parent_key WHERE o.demo_key = c.key`,
      [children.map((x) => x.key), children.map((x) => x.parentKey)],
    );
  }
  return ids;
}

async function insertUsers(tx: Queryable, d: DemoDistrict, ids: Map<string, string>, hash: string): Promise<void> {
  const u = d.users;
  await tx.query(
    `WITH input AS (SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[]) AS i(email, name, org_id, role)),
          created AS (INSERT INTO users (email, display_name, password_hash)
                      SELECT email, name, $5 FROM input RETURNING id, email)
     INSERT INTO memberships (user_id, org_id, role)
     SELECT c.id, i.org_id, i.role FROM input i JOIN created c ON c.email = i.email`,
    [u.map((x) => x.email), u.map((x) => x.displayName), u.map((x) => ids.get(x.orgKey)), u.map((x) => x.role), hash],
  );
}

/**
 * Seeds the demo district once per database (a second call reports `seeded: false`). Later modules
 * extend this with their own demo data from the same seed.
 */
export async function seedDemoDistrict(
  p: Platform,
  /** `ratings: false` leaves out the demo rating runs (the shared test template, whose tests count audit entries). */
  options: {
    seed?: number;
    enterpriseCount?: number;
    ratings?: boolean;
    /** "queue" (the server: its worker computes the accounts), "now" (the CLI), or false (the test template). */
    carbon?: "queue" | "now" | false;
    /** The same for the financed-emissions runs; as `carbon` when left out (they read its accounts). */
    pcaf?: "queue" | "now" | false;
    /** The demo green project library and the banks' green financings (on by default). */
    green?: boolean;
    /** The demo marketplace, after the green library; as `green` when left out (its needs finance green projects). */
    market?: boolean;
    /**
     * The demo statistics reports, after the marketplace; as `market` (so as `green`) when left out: they stand on
     * the green loans and the marketplace's fundings.
     */
    statistics?: boolean;
  } = {},
) {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const district = generateDemoDistrict({
    seed,
    industries: loadIndustryClassification(),
    ...(options.enterpriseCount !== undefined ? { enterpriseCount: options.enterpriseCount } : {}),
  });
  const hash = await hashPassword(DEMO_PASSWORD);
  const now = p.clock.now();
  const byKey = new Map(district.organisations.map((o) => [o.key, o]));
  const logins = district.users.map((u) => ({
    email: u.email,
    orgNameZh: byKey.get(u.orgKey)?.nameZh ?? "",
    role: u.role,
  }));
  const result = await p.db.transaction<Omit<SeedResult, Later>>(async (tx) => {
    // Several processes may start on one new database at once: one seeds, the others wait here and then find it done.
    await tx.query("SELECT pg_advisory_xact_lock($1)", [DEMO_SEED_LOCK]);
    const done = await tx.query("SELECT 1 FROM installation WHERE key = 'demo' FOR UPDATE");
    const existing = await tx.query("SELECT 1 FROM organisations LIMIT 1");
    if (done.rows.length || existing.rows.length) {
      return {
        seeded: false,
        seed,
        organisations: 0,
        users: 0,
        disclosures: noDisclosureCounts(),
        portfolios: noPortfolioCounts(),
        logins,
      };
    }
    const ids = await insertOrganisations(tx, district);
    await insertUsers(tx, district, ids, hash);
    const disclosures = await seedDemoDisclosures(tx, {
      seed,
      organisations: district.organisations,
      orgIds: ids,
      now,
    });
    const portfolios = await seedDemoPortfolios(tx, { seed, organisations: district.organisations, orgIds: ids, now });
    await tx.query("INSERT INTO installation (key, value) VALUES ('demo', $1::jsonb)", [
      JSON.stringify({ seed, seededAt: now.toISOString(), organisations: ids.size }),
    ]);
    await appendAudit(tx, null, now, {
      action: "demo.seed",
      entityType: "installation",
      entityId: "demo",
      // One entry for the whole seed, disclosures and portfolios included, rather than one per step of each of them.
      details: { seed, organisations: ids.size, users: district.users.length, disclosures, portfolios },
    });
    return {
      seeded: true,
      seed,
      organisations: ids.size,
      users: district.users.length,
      disclosures,
      portfolios,
      logins,
    };
  });
  // Ratings run through the platform's own use-cases and job, which open their own transactions: after the commit.
  // A start that died between the two makes them on the next start.
  const ratings = options.ratings === false ? null : await seedDemoRatingsOnce(p);
  const carbon = options.carbon === false ? null : await seedDemoCarbonOnce(p, district, options.carbon ?? "now");
  // After the carbon jobs: queued runs are claimed after them, and runs made now find the accounts.
  const pcafMode = options.pcaf ?? options.carbon ?? "now";
  const pcaf = pcafMode === false ? null : await seedDemoPcafOnce(p, district, pcafMode);
  const green = options.green === false ? null : await seedDemoGreenOnce(p, district);
  const market = (options.market ?? options.green) === false ? null : await seedDemoMarketOnce(p, district);
  const statistics =
    (options.statistics ?? options.market ?? options.green) === false
      ? null
      : await seedDemoStatisticsOnce(p, district);
  // The targets read the statistics just seeded (a green-loan balance target starts from their earliest year end).
  const targets =
    (options.statistics ?? options.market ?? options.green) === false ? null : await seedDemoTargetsOnce(p);
  return { ...result, ratings, carbon, pcaf, green, market, statistics, targets };
}
