/** The load test's figures as docs/load/latest.json and latest.md, and whether the run met the bar. */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import type { Verification } from "./verify";
import type { KindStats, WorkloadResult } from "./workload";

export interface RunFacts {
  processes: number;
  secondsAsked: number;
  claimRate: number;
  postgres: string;
  /** Seconds: first process seeded and answering, background jobs done, sign-ins, fixtures. */
  setup: { seedSeconds: number; jobsSeconds: number; jobsLeft: Record<string, number>; loginSeconds: number };
  sessions: Record<string, number>;
  fixtures: {
    readPages: Record<string, number>;
    /** Candidate pages a kind may not open (left out of its reads). */
    notOpenToKind: string[];
    drafts: number;
    needs: number;
    plannedClaims: number;
  };
  serverProblems: string[];
  loadAverageAtStart: number[];
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarise(name: string, parts: readonly KindStats[], seconds: number) {
  const lat = parts.flatMap((k) => k.latenciesMs).sort((a, b) => a - b);
  const sum = (f: (k: KindStats) => number) => parts.reduce((s, k) => s + f(k), 0);
  return {
    name,
    connections: sum((k) => k.connections),
    requests: lat.length,
    rps: Math.round((lat.length / seconds) * 10) / 10,
    p50: Math.round(percentile(lat, 50)),
    p95: Math.round(percentile(lat, 95)),
    p99: Math.round(percentile(lat, 99)),
    max: Math.round(lat.at(-1) ?? 0),
    ok: sum((k) => k.ok),
    refusedAsDesigned: sum((k) => k.refusedAsDesigned),
    errors: sum((k) => k.errors),
    socketErrors: sum((k) => k.socketErrors),
    timeouts: sum((k) => k.timeouts),
  };
}

export type Row = ReturnType<typeof summarise>;

export function buildReport(w: WorkloadResult, v: Verification, facts: RunFacts) {
  const overall = summarise("all", w.kinds, w.seconds);
  const kinds = w.kinds.map((k) => ({ ...summarise(k.kind, [k], w.seconds), errorSamples: k.errorSamples }));
  const byPort: Record<string, number> = {};
  for (const k of w.kinds) for (const [port, n] of Object.entries(k.byPort)) byPort[port] = (byPort[port] ?? 0) + n;
  const failures = [
    ...(overall.errors ? [`${overall.errors} responses outside 2xx/3xx (not refusals by design)`] : []),
    ...(overall.socketErrors ? [`${overall.socketErrors} socket errors`] : []),
    ...(overall.timeouts ? [`${overall.timeouts} timeouts`] : []),
    ...v.writes.flatMap((c) => (c.lost ? [`${c.lost} lost ${c.kind} writes`] : [])),
    ...v.writes.flatMap((c) => c.violations),
    ...(v.auditChain.ok ? [] : ["the audit chain does not verify"]),
    ...facts.serverProblems.filter((l) => /"level":(50|60)/.test(l)).map((l) => `server: ${l.slice(0, 800)}`),
  ];
  const machine = {
    cpuModel: cpus()[0]?.model ?? "?",
    cpus: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: facts.postgres,
    loadAverageAtStart: facts.loadAverageAtStart.map((x) => Math.round(x * 100) / 100),
    loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
  };
  return {
    at: w.startedAt,
    passed: failures.length === 0,
    failures,
    machine,
    facts,
    seconds: w.seconds,
    overall,
    byPort,
    kinds,
    writes: v.writes,
    auditChain: v.auditChain,
  };
}

export type Report = ReturnType<typeof buildReport>;

const row = (r: Row) =>
  `| ${r.name} | ${r.connections} | ${r.requests} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.refusedAsDesigned} | ${r.errors} | ${r.socketErrors} | ${r.timeouts} |`;

export function markdown(r: Report): string {
  const m = r.machine;
  return [
    `# Load test (${r.at.slice(0, 16).replace("T", " ")} UTC): ${r.passed ? "passed" : "FAILED"}`,
    "",
    `\`npm run load\`: ${r.facts.processes} server processes on one PostgreSQL database, ${r.overall.connections} connections, ` +
      `${r.seconds.toFixed(1)} s of mixed load from ${Object.values(r.facts.sessions).reduce((a, b) => a + b, 0)} ` +
      `signed-in users of every organisation kind (${Object.entries(r.facts.sessions)
        .map(([k, n]) => `${k} ${n}`)
        .join(", ")}).`,
    "",
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.postgres.split(" on ")[0]}; ` +
      `load average ${m.loadAverageAtStart.join(" / ")} at the start (the load generator, the servers and PostgreSQL share these cores).`,
    "",
    "Kinds: **dashboard** the district's statistics dashboard and rating distribution; **home** each kind's " +
      "home-page calls; **rating-list** pages of rating results; **rating-explain** one result with its explanation; " +
      "**market-read** open needs, overview, own products, reminders; **pledge-read** the carbon pledge registry and " +
      "holdings; **disclosure-save** a text value (with a sequence number) saved into a draft disclosure; " +
      "**market-claim** an institution claiming a fresh financing need (up to four at once on one need, across processes).",
    "",
    "Latency in milliseconds. Refused as designed: a fourth claimant on a need, or an institution claiming a need twice (409 CONFLICT).",
    "",
    "| kind | connections | requests | req/s | p50 | p95 | p99 | max | refused as designed | errors (non-2xx/3xx) | socket errors | timeouts |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...r.kinds.map(row),
    row({ ...r.overall, name: "**all**" }),
    "",
    `Replies by process (port): ${Object.entries(r.byPort)
      .map(([port, n]) => `${port}: ${n}`)
      .join(", ")}. ` +
      "Every session is used on every process (sessions live in the database), whichever process signed it in.",
    "",
    "| writes | acknowledged | found in the database | audit entries | committed, reply not awaited | lost | rule breaks |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...r.writes.map(
      (w) =>
        `| ${w.kind} | ${w.acknowledged} | ${w.found} | ${w.auditEntries} | ${w.unacknowledged} | ${w.lost} | ${w.violations.length} |`,
    ),
    "",
    `Audit chain: ${r.auditChain.ok ? "verified" : "BROKEN"} (${r.auditChain.checked} entries).`,
    "",
    `Setup: demo district seeded and first process answering in ${r.facts.setup.seedSeconds.toFixed(0)} s, background jobs ` +
      `done ${r.facts.setup.jobsSeconds.toFixed(0)} s later${Object.keys(r.facts.setup.jobsLeft).length ? ` (still pending: ${JSON.stringify(r.facts.setup.jobsLeft)})` : ""}, ` +
      `sign-ins ${r.facts.setup.loginSeconds.toFixed(0)} s; ${r.facts.fixtures.drafts} draft disclosures, ${r.facts.fixtures.needs} fresh financing needs with ${r.facts.fixtures.plannedClaims} planned claims (${r.facts.claimRate}/s).`,
    "",
    ...(r.failures.length ? ["## Failures", "", ...r.failures.map((f) => `- ${f}`), ""] : []),
    ...(r.facts.serverProblems.length
      ? [
          "## Server log (warnings and errors)",
          "",
          ...r.facts.serverProblems.map((l) => `- \`${l.slice(0, 800)}\``),
          "",
        ]
      : []),
  ].join("\n");
}

export function writeReport(r: Report): string {
  const dir = join(process.cwd(), "docs", "load");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "latest.json"), `${JSON.stringify(r, null, 2)}\n`);
  const md = markdown(r);
  writeFileSync(join(dir, "latest.md"), md);
  return md;
}
