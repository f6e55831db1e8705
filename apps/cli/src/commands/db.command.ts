import { migrate, migrationStatus } from "@greenfin/db";
import type { Command } from "commander";
import { withPlatform } from "../cli-platform";

export function dbCommand(program: Command): void {
  const db = program.command("db").description("Database maintenance");
  db.command("migrate")
    .description("Apply pending migrations (forward-only)")
    .action(() =>
      withPlatform(program.opts(), async (p) => {
        // openPlatform has migrated already; report what is now applied.
        const s = await migrate(p.db);
        const status = await migrationStatus(p.db);
        process.stdout.write(`Applied now: ${s.applied.length}; total applied: ${status.applied.length}; pending: 0\n`);
      }),
    );
  db.command("status")
    .description("List applied and pending migrations")
    .action(() =>
      withPlatform(program.opts(), async (p) => {
        const s = await migrationStatus(p.db);
        process.stdout.write(`${s.applied.map((m) => `applied  ${m}`).join("\n")}\n`);
        if (s.pending.length) process.stdout.write(`${s.pending.map((m) => `pending  ${m}`).join("\n")}\n`);
      }),
    );
}
