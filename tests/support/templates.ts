/** Where the migrated template databases of one test run live, shared by setup and test files. */
import { join } from "node:path";

export const TEMPLATE_DIR = join(process.cwd(), ".tmp", "test-templates");
export const TEMPLATE_SEED = 4242;
export const TEMPLATE_ENTERPRISES = 24;

export function templateFile(kind: "empty" | "seeded"): string {
  return join(TEMPLATE_DIR, `pglite-${kind}.tar.gz`);
}

export function templateDbName(kind: "empty" | "seeded", run: string): string {
  return `gf_tpl_${kind}_${run}`;
}

/** The server URL with another database name in its path. */
export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
