import { DEMO_PASSWORD } from "@greenfin/app";
import { serve } from "@greenfin/server";
import type { Command } from "commander";
import { configFrom } from "../cli-platform";

const DEMO_LOGINS = ["district", "bank", "insurer", "wealth", "fund", "enterprise", "rating", "verifier"];

export function serveCommand(program: Command): void {
  program
    .command("serve")
    .description("Migrate the database, seed the demo district on first start, serve web and API")
    .option("--port <port>", "port to listen on (default: PORT or 8080)")
    .option("--no-seed", "do not seed the demo district into an empty database")
    .action(async (opts: { port?: string; seed: boolean }) => {
      if (opts.port) process.env.PORT = opts.port;
      if (!opts.seed) process.env.SEED_DEMO = "never";
      const config = configFrom(program.opts());
      const started = Date.now();
      await serve(config, {
        handleSignals: true,
        onReady: ({ url, seeded }) => {
          const lines = [
            "",
            `  GreenFin 绿金通 is running at ${url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
            `  Database: ${config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.dataDir}`}`,
            seeded ? "  The demo district was seeded just now." : "",
            `  Demo logins (password ${DEMO_PASSWORD}): <role>@<kind>.demo`,
            `    roles: admin, analyst, reviewer, viewer; kinds: ${DEMO_LOGINS.join(", ")}`,
            "    e.g. admin@district.demo, analyst@bank.demo, admin@enterprise.demo",
            `  API docs: ${url}/api/docs`,
            "",
          ];
          process.stdout.write(`${lines.filter((l, i) => l || i === 0 || i === lines.length - 1).join("\n")}\n`);
        },
      });
    });
}
