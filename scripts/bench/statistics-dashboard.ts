/**
 * District statistics dashboard benchmark: a synthetic district of N banks (the demo's size, 25, and ten times that)
 * with 36 months of accepted monthly reports (every metric of the monthly template, the green-loan figures split by
 * three catalogue uses) and 12 quarters of accepted quarterly reports (every metric, the by-industry ones split by two
 * sections); one bank in ten joins a year into the window. Built by bulk SQL on a fresh embedded database (and a fresh
 * PostgreSQL database when a server is named), then the
 * dashboard's main use-case (GET /api/statistics/dashboard) is timed as the server runs it — inside a tenant
 * transaction as the district, under row-level security — median of several runs after a warm-up: computed from
 * the accepted figures (a fresh database handle, as after an acceptance) and served from the cache. References, timed
 * the same way: for the computed dashboard one SQL statement that sums every accepted value per metric, item and
 * period over the institutions (the aggregation at the core of the dashboard, without its shaping, targets or
 * completeness rules); for the cached one a tenant transaction around `SELECT 1` (the floor of any request that
 * reads the database under row-level security).
 *
 *   npx tsx scripts/bench/statistics-dashboard.ts [institutions …]
 */
import { fileURLToPath } from "node:url";
import { type Actor, getStatDashboard, runAsTenant, systemClock, tenantAware } from "@greenfin/app";
import { type Database, migrate } from "@greenfin/db";
import { DEFAULT_STAT_TEMPLATES, loadStatTemplate } from "@greenfin/reference";
import {
  type BenchEngine,
  benchEngines,
  createBenchDatabase,
  dropBenchDatabase,
  openBenchDatabase,
} from "./bench-database";
import { engineName } from "./carbon-ingest";
import { withMemoryPeak } from "./memory-peak";
import { count, per, type Result, result } from "./result";

export const DASHBOARD_BENCH_SIZES = (process.env.GF_BENCH_DASHBOARD_SIZES ?? "25,250")
  .split(",")
  .map((x) => Number(x.trim()))
  .filter((x) => x > 0);
const TOTALS_SQL = `SELECT v.metric, v.item, r.period, sum(v.value) AS total, count(*) AS reporters
  FROM stat_reports r JOIN stat_report_values v ON v.report_id = r.id AND v.revision = r.accepted_revision
 WHERE r.accepted_revision IS NOT NULL
 GROUP BY v.metric, v.item, r.period`;
const RUNS = 7;
const FIRST_MONTH = "2024-01-01";
const MONTHS = 36;
const QUARTERS = 12;

/** The template's figures as (metric, item) pairs: the total of every metric, and items for broken-down ones. */
function cells(ref: string): { metrics: string[]; items: string[] } {
  const metrics: string[] = [];
  const items: string[] = [];
  for (const m of loadStatTemplate(ref).metrics) {
    metrics.push(m.key);
    items.push("");
    const split =
      m.breakdown === "catalogue-use" ? ["1", "4", "7"] : m.breakdown === "industry-section" ? ["C", "D"] : [];
    for (const item of split) {
      metrics.push(m.key);
      items.push(item);
    }
  }
  return { metrics, items };
}

/** N banks, a district, and their accepted reports; returns the district as an actor. */
export async function seedDashboardDistrict(db: Database, institutions: number): Promise<Actor> {
  const d = await db.query<{ id: string }>(
    "INSERT INTO organisations (kind, name_zh, name_en) VALUES ('district', '基准管委会', 'Bench district') RETURNING id",
  );
  await db.query(
    `INSERT INTO organisations (kind, name_zh, name_en)
     SELECT 'bank', '基准银行' || i, 'Bench bank ' || i FROM generate_series(1, $1::int) AS i`,
    [institutions],
  );
  // One bank in ten (by row number) joins a year into the window.
  const periods = [
    {
      ref: DEFAULT_STAT_TEMPLATES.monthly,
      sql: `to_char($2::date + make_interval(months => s), 'YYYY-MM')`,
      count: MONTHS,
      late: 12,
    },
    {
      ref: DEFAULT_STAT_TEMPLATES.quarterly,
      sql: `to_char($2::date + make_interval(months => 3 * s), 'YYYY') || '-Q' || to_char($2::date + make_interval(months => 3 * s), 'Q')`,
      count: QUARTERS,
      late: 4,
    },
  ];
  for (const t of periods) {
    await db.query(
      `INSERT INTO stat_reports (org_id, template_ref, period, status, revision, accepted_revision, created_at, updated_at)
       SELECT o.id, $1, ${t.sql}, 'accepted', 1, 1, now(), now()
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM organisations WHERE kind = 'bank') o
         CROSS JOIN generate_series(0, $3::int - 1) AS s
        WHERE o.n % 10 <> 0 OR s >= $4::int`,
      [t.ref, FIRST_MONTH, t.count, t.late],
    );
    const c = cells(t.ref);
    // Values first: a revision's figures are frozen once its submission is recorded.
    await db.query(
      `INSERT INTO stat_report_values (report_id, revision, metric, item, value)
       SELECT r.id, 1, c.metric, c.item, (abs(hashtext(r.id::text || c.metric || c.item)) % 100000000000)::numeric / 100
         FROM stat_reports r CROSS JOIN unnest($2::text[], $3::text[]) AS c(metric, item)
        WHERE r.template_ref = $1`,
      [t.ref, c.metrics, c.items],
    );
    await db.query(
      `INSERT INTO stat_report_revisions (report_id, revision, submitted_at, outcome, decided_at)
       SELECT id, 1, now(), 'accepted', now() FROM stat_reports WHERE template_ref = $1`,
      [t.ref],
    );
  }
  await db.exec("ANALYZE stat_reports; ANALYZE stat_report_values");
  return { userId: null, orgId: d.rows[0]!.id, orgKind: "district", role: "admin", via: "session" };
}

export interface DashboardBenchRun {
  engine: BenchEngine;
  institutions: number;
  values: number;
  seedSeconds: number;
  /** Computed from the accepted figures (the first read after an acceptance). */
  coldSeconds: number;
  /** Served from the cache (no report accepted since). */
  warmSeconds: number;
  /** CPU time of a cold read (this process runs the embedded engine too): less sensitive to a busy machine. */
  coldCpuSeconds: number;
  /** References (see the header), median seconds. */
  totalsSqlSeconds: number;
  selectOneSeconds: number;
  baseRssMiB: number;
  peakRssMiB: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/** Median wall and CPU seconds of RUNS calls after a warm-up call. */
async function timed(fn: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await fn();
    wall.push((performance.now() - t) / 1000);
    const u = process.cpuUsage(c);
    cpu.push((u.user + u.system) / 1e6);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export async function runDashboardBench(engine: BenchEngine, institutions: number): Promise<DashboardBenchRun> {
  const where = await createBenchDatabase(engine, "dashboard");
  const db = await openBenchDatabase(where);
  try {
    await migrate(db);
    const t = performance.now();
    const district = await seedDashboardDistrict(db, institutions);
    const seedSeconds = (performance.now() - t) / 1000;
    // The cache is kept per database handle: a fresh handle is a cold read, the same one a warm read.
    const read = (tenant: { db: Database; clock: typeof systemClock }) =>
      runAsTenant(db, district, () => getStatDashboard(tenant, district));
    const fresh = () => ({ db: tenantAware(db), clock: systemClock });
    const first = await read(fresh());
    const h = first.headline.find((x) => x.metric === "green_loan_balance");
    if (first.period !== "2026-12" || !h?.value || first.institutions !== institutions)
      throw new Error(`unexpected dashboard: ${first.period} ${h?.value} ${first.institutions}`);
    const baseRssMiB = process.memoryUsage().rss / 2 ** 20;
    const measured = await withMemoryPeak(async () => {
      const cold = await timed(() => read(fresh()));
      const same = fresh();
      return { cold, warm: await timed(() => read(same)) };
    });
    const { cold, warm } = measured.value;
    const totals = await timed(() => db.query(TOTALS_SQL));
    const tenant = fresh();
    const selectOne = await timed(() => runAsTenant(db, district, () => tenant.db.query("SELECT 1")));
    const n = await db.query<{ n: string }>("SELECT count(*)::text AS n FROM stat_report_values");
    return {
      engine,
      institutions,
      values: Number(n.rows[0]!.n),
      seedSeconds,
      coldSeconds: cold.wall,
      coldCpuSeconds: cold.cpu,
      warmSeconds: warm.wall,
      totalsSqlSeconds: totals.wall,
      selectOneSeconds: selectOne.wall,
      baseRssMiB,
      peakRssMiB: baseRssMiB + measured.peakMiB,
    };
  } finally {
    await db.close();
    await dropBenchDatabase(where);
  }
}

export async function benchStatisticsDashboard(sizes = DASHBOARD_BENCH_SIZES): Promise<Result[]> {
  const out: Result[] = [];
  for (const engine of benchEngines())
    for (const size of sizes) {
      const r = await runDashboardBench(engine, size);
      const what = `statistics: district dashboard, ${size} institutions × 36 months + 12 quarters (${engineName(engine)}, district under RLS)`;
      const common = `bench process (RSS before ${r.baseRssMiB.toFixed(0)} MiB); median of ${RUNS} after a warm-up`;
      out.push(
        result({
          name: `${what}: computed (first read after an acceptance)`,
          seconds: r.coldSeconds,
          throughput: per(1, r.coldSeconds, "dashboards/s"),
          peakRssMiB: r.peakRssMiB,
          reference: {
            name: "one SQL statement summing every accepted value per metric, item and period (no RLS, no shaping)",
            seconds: r.totalsSqlSeconds,
            throughput: per(1, r.totalsSqlSeconds, "dashboards/s"),
          },
          note: `${common}; CPU ${r.coldCpuSeconds.toFixed(3)} s; ${count(r.values)} accepted values`,
        }),
        result({
          name: `${what}: cached (no acceptance since)`,
          seconds: r.warmSeconds,
          throughput: per(1, r.warmSeconds, "dashboards/s"),
          peakRssMiB: r.peakRssMiB,
          reference: {
            name: "a tenant transaction around SELECT 1 (the floor of a read under RLS)",
            seconds: r.selectOneSeconds,
            throughput: per(1, r.selectOneSeconds, "dashboards/s"),
          },
          note: `${common}; one fingerprint query`,
        }),
      );
    }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number);
  const results = await benchStatisticsDashboard(sizes.length ? sizes : DASHBOARD_BENCH_SIZES);
  for (const r of results) process.stdout.write(`${JSON.stringify(r)}\n`);
}
