/** Writes docs/bench/latest.json and latest.md: the machine, the settings, and every result beside its reference. */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { Machine } from "./machine";
import type { Result } from "./result";

export interface BenchReport {
  at: string;
  totalSeconds: number;
  machine: Machine;
  loadAtEnd: number[];
  /** The environment variables that scaled this run, with the values used. */
  settings: Record<string, string>;
  /** What a reader needs to read the figures right. */
  notes: string[];
  results: Result[];
}

const fixed = (x: number, digits: number) =>
  x.toLocaleString("en", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function rate(value: number): string {
  if (value >= 100) return fixed(value, 0);
  if (value >= 1) return fixed(value, 1);
  return value.toPrecision(2);
}

const seconds = (s: number) => (s >= 10 ? fixed(s, 1) : s >= 0.1 ? fixed(s, 2) : s.toPrecision(2));

function row(r: Result): string {
  const ref = r.reference;
  return [
    r.name,
    seconds(r.seconds),
    `${rate(r.throughput.value)} ${r.throughput.unit}`,
    fixed(r.peakRssMiB, 0),
    ref ? `${ref.name}: ${seconds(ref.seconds)} s, ${rate(ref.throughput.value)} ${ref.throughput.unit}` : "—",
    r.ratio === null ? "—" : `${fixed(r.ratio, r.ratio >= 10 ? 0 : 1)}×`,
    r.note,
  ]
    .map((cell) => cell.replace(/\|/g, "\\|"))
    .join(" | ");
}

export function markdown(report: BenchReport): string {
  const m = report.machine;
  return [
    `# GreenFin benchmarks (${report.at.slice(0, 16).replace("T", " ")} UTC)`,
    "",
    `Produced by \`npm run bench\` (scripts/bench.ts) in ${fixed(report.totalSeconds / 60, 1)} minutes.`,
    "",
    "## Machine",
    "",
    `- CPU: ${m.cpus} × ${m.cpuModel}`,
    `- Memory: ${m.memoryGiB} GiB`,
    `- OS: ${m.os}, kernel ${m.kernel}`,
    `- Node ${m.node}; PGlite ${m.pglite} (${m.pgliteServer}); PostgreSQL server: ${m.postgres ?? "none named (embedded database only)"}`,
    `- Load average (1, 5, 15 min) at the start ${m.loadAtStart.join(", ")}, at the end ${report.loadAtEnd.join(", ")}`,
    "",
    "The machine is shared (other work ran beside this benchmark), so absolute times vary from run to run. Each",
    "benchmark therefore also runs a stated reference that does the same work at the limit of the machine, in the same",
    "process and the same run, under the same load: the ratio (GreenFin's time over the reference's for the same work,",
    "that is the reference's throughput over GreenFin's) is the figure to compare between runs and machines.",
    "",
    "## Settings",
    "",
    ...Object.entries(report.settings).map(([k, v]) => `- \`${k}\` = ${v}`),
    "",
    "## Notes",
    "",
    ...report.notes.map((n) => `- ${n}`),
    "",
    "## Results",
    "",
    "Peak RSS is the resident set of the process doing the work (MiB); the note says which process.",
    "",
    "| benchmark | seconds | throughput | peak RSS MiB | reference (same work, same run) | ratio | note |",
    "|---|---:|---:|---:|---|---:|---|",
    ...report.results.map((r) => `| ${row(r)} |`),
    "",
  ].join("\n");
}

export function writeReport(report: Omit<BenchReport, "loadAtEnd">): string {
  const full: BenchReport = { ...report, loadAtEnd: loadavg().map((x) => Math.round(x * 100) / 100) };
  const out = join(process.cwd(), "docs", "bench");
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "latest.json"), `${JSON.stringify(full, null, 2)}\n`);
  const md = markdown(full);
  writeFileSync(join(out, "latest.md"), md);
  return md;
}
