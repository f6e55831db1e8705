/**
 * HTTP benchmarks: `greenfin serve` on the seeded embedded database of the startup benchmark, in a child process, and
 * autocannon in this process on loopback, GF_BENCH_HTTP_SECONDS (default 5) per route at GF_BENCH_HTTP_CONNECTIONS
 * (default 10) connections after a one-second warm-up: GET /api/health (public), the district dashboard signed in as
 * the district's admin (served from the cache after the first read), and the first page of a rating run's results
 * signed in as the rating agency's admin. The reference for each is a bare Fastify server (bare-server.ts, also a
 * child process started the same way) answering the same path with the exact body GreenFin answered, measured the
 * same way right after it: the ratio is the machine's cost of GreenFin's routes (session, tenant transaction under
 * row-level security, the use-case, serialisation) over the cost of HTTP itself.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { SESSION_COOKIE } from "@greenfin/contracts";
import autocannon from "autocannon";
import { peakRssOf, untilIdle } from "./child-process";
import { count, per, type Result, result } from "./result";
import { bareServe, greenfinServe, stopChild, waitForUrl } from "./startup";

const SECONDS = Number(process.env.GF_BENCH_HTTP_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.GF_BENCH_HTTP_CONNECTIONS ?? 10);
const PASSWORD = "GreenFin-2026!";

interface Route {
  label: string;
  path: string;
  cookie: string | null;
  type: string;
  body: string;
}

async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`login of ${email}: ${res.status} ${await res.text()}`);
  const set = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!set) throw new Error(`login of ${email}: no session cookie`);
  return set.split(";")[0]!;
}

async function fetchRoute(base: string, label: string, path: string, cookie: string | null): Promise<Route> {
  const res = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
  const body = await res.text();
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${body.slice(0, 200)}`);
  return { label, path, cookie, type: res.headers.get("content-type") ?? "application/json", body };
}

/** The routes to measure, with the bodies GreenFin answers them with (a first call also fills the dashboard cache). */
async function routes(base: string): Promise<Route[]> {
  const district = await signIn(base, "admin@district.demo");
  const rating = await signIn(base, "admin@rating.demo");
  const list: Route[] = [
    await fetchRoute(base, "GET /api/health (public; migration status from the database)", "/api/health", null),
    await fetchRoute(
      base,
      "GET /api/statistics/dashboard (district admin; from the cache)",
      "/api/statistics/dashboard",
      district,
    ),
  ];
  const runs = JSON.parse((await fetchRoute(base, "", "/api/rating/runs", rating)).body) as { id: string }[];
  if (runs[0])
    list.push(
      await fetchRoute(
        base,
        "GET /api/rating/runs/:id/results (rating agency admin; first page)",
        `/api/rating/runs/${runs[0].id}/results`,
        rating,
      ),
    );
  return list;
}

async function load(url: string, cookie: string | null, seconds: number) {
  const r = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: cookie ? { cookie } : {},
  });
  if (r.errors || r.non2xx) throw new Error(`${url}: ${r.errors} errors, ${r.non2xx} non-2xx responses`);
  return r;
}

/** Measures every route on GreenFin (port) and on the bare server (port + 1), one after the other per route. */
export async function benchHttp(dataDir: string, port: number): Promise<Result[]> {
  const base = `http://127.0.0.1:${port}`;
  const bareBase = `http://127.0.0.1:${port + 1}`;
  const server = greenfinServe(dataDir, port);
  let bare: ReturnType<typeof bareServe> | undefined;
  try {
    await waitForUrl(`${base}/api/health`, (b) => b.includes('"ok"'), Date.now() + 600_000);
    // The job worker may still be computing what the demo seed queued (the carbon accounts): let it finish.
    const waited = await untilIdle(server.pid!, 300);
    process.stderr.write(`http: server idle after ${waited.toFixed(0)} s\n`);
    const measured = await routes(base);
    const file = join(dataDir, "..", "bare-http-routes.json");
    writeFileSync(file, JSON.stringify(Object.fromEntries(measured.map((r) => [r.path, r]))));
    bare = bareServe(port + 1, file);
    await waitForUrl(`${bareBase}/api/health`, () => true, Date.now() + 60_000);
    const out: Result[] = [];
    for (const route of measured) {
      await load(`${base}${route.path}`, route.cookie, 1);
      const gf = await load(`${base}${route.path}`, route.cookie, SECONDS);
      await load(`${bareBase}${route.path}`, null, 1);
      const ref = await load(`${bareBase}${route.path}`, null, SECONDS);
      const refRps = ref.requests.total / ref.duration;
      out.push(
        result({
          name: `HTTP: ${route.label}, ${CONNECTIONS} connections (embedded DB, full demo district)`,
          seconds: gf.duration,
          throughput: per(gf.requests.total, gf.duration, "requests/s"),
          peakRssMiB: peakRssOf(server.pid!),
          reference: {
            name: `a bare Fastify route answering the same ${count(route.body.length)}-byte body, same load`,
            seconds: ref.duration,
            throughput: { value: refRps, unit: "requests/s" },
          },
          note:
            `server child process (peak RSS so far); ${count(gf.requests.total)} requests, latency p50 ${gf.latency.p50} ms, ` +
            `p99 ${gf.latency.p99} ms, 0 errors; bare: p50 ${ref.latency.p50} ms, p99 ${ref.latency.p99} ms`,
        }),
      );
    }
    return out;
  } finally {
    if (bare) await stopChild(bare);
    await stopChild(server);
  }
}
