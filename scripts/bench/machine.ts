/** The facts of the machine a report was measured on, for its header. */
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { type Database, openPgliteDatabase, openPostgresDatabase } from "@greenfin/db";
import { benchServerUrl } from "./bench-database";

export interface Machine {
  cpuModel: string;
  cpus: number;
  memoryGiB: number;
  os: string;
  kernel: string;
  node: string;
  pglite: string;
  /** The PostgreSQL PGlite embeds (SELECT version()). */
  pgliteServer: string;
  /** The server named by GF_BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL, when one is. */
  postgres: string | null;
  /** 1, 5 and 15 minute load averages when the run started: the machine is shared. */
  loadAtStart: number[];
}

function osName(): string {
  if (!existsSync("/etc/os-release")) return type();
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync("/etc/os-release", "utf8"));
  return pretty?.[1] ?? type();
}

function pgliteVersion(): string {
  const file = new URL("../../node_modules/@electric-sql/pglite/package.json", import.meta.url);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version : "?";
}

async function serverVersion(open: () => Promise<Database>): Promise<string> {
  const db = await open();
  try {
    const r = await db.query<{ v: string }>("SELECT version() AS v");
    return r.rows[0]!.v.replace(/ on .*$/, "").replace(/,.*$/, "");
  } finally {
    await db.close();
  }
}

export async function machineFacts(): Promise<Machine> {
  const url = benchServerUrl();
  return {
    cpuModel: cpus()[0]?.model.trim() ?? "?",
    cpus: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    kernel: `${type()} ${release()}`,
    node: process.version,
    pglite: pgliteVersion(),
    pgliteServer: await serverVersion(() => openPgliteDatabase()),
    postgres: url ? await serverVersion(() => openPostgresDatabase(url, { max: 1 })) : null,
    loadAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}
