/**
 * `npm run bench`: measured figures, written to docs/bench/latest.{json,md}: startup of the platform on the
 * embedded database to a served page (first start with migration and demo seeding, and a restart), and the
 * disclosure module's workbook import and validation, the rating engine on synthetic universes of up to 100,000
 * entities, and the carbon module's bulk ingestion and yearly accounts (GF_BENCH_CARBON_ROWS activity rows, default
 * 10,000,000; on PostgreSQL too when GF_BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL names a server).
 * Later modules add their benchmarks here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { benchCarbon } from "./bench/carbon-accounts";
import { benchDisclosureImport, benchDisclosureValidation } from "./bench/disclosure";
import { benchGreenClassify } from "./bench/green-classify";
import { benchPcafRun } from "./bench/pcaf-run";
import { benchRating } from "./bench/rating";
import { timeStartup } from "./bench/startup";
import { benchStatisticsDashboard } from "./bench/statistics-dashboard";

export interface Result {
  name: string;
  seconds: number;
  note: string;
}

async function main() {
  const results: Result[] = [];
  const dir = mkdtempSync(join(tmpdir(), "greenfin-bench-"));
  try {
    results.push({
      name: "first start to a served page (embedded DB: create, migrate, seed 2,030 organisations and 2,391 disclosures)",
      seconds: await timeStartup(dir, 8311),
      note: "fresh data directory",
    });
    results.push({
      name: "restart to a served page (embedded DB on disk)",
      seconds: await timeStartup(dir, 8312),
      note: "same data directory",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  results.push(await benchDisclosureImport(10_000));
  results.push(benchDisclosureValidation(1_000));
  results.push(...(await benchRating()));
  results.push(...(await benchCarbon()));
  results.push(...(await benchPcafRun()));
  results.push(...(await benchGreenClassify()));
  results.push(...(await benchStatisticsDashboard()));
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "?",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  const out = join(process.cwd(), "docs", "bench");
  mkdirSync(out, { recursive: true });
  const at = new Date().toISOString();
  writeFileSync(join(out, "latest.json"), `${JSON.stringify({ at, machine, results }, null, 2)}\n`);
  const md = [
    `# Benchmarks (${at.slice(0, 10)})`,
    "",
    `Machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}.`,
    "",
    "| benchmark | seconds | note |",
    "|---|---:|---|",
    ...results.map((r) => `| ${r.name} | ${r.seconds.toFixed(2)} | ${r.note} |`),
    "",
  ].join("\n");
  writeFileSync(join(out, "latest.md"), md);
  process.stdout.write(md);
}

await main();
