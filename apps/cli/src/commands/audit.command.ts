import { verifyStoredAuditChain } from "@greenfin/app";
import type { Command } from "commander";
import { withPlatform } from "../cli-platform";
import { EXIT } from "../exit-codes";

export function auditCommand(program: Command): void {
  const audit = program.command("audit").description("The hash-chained audit log");
  audit
    .command("verify")
    .description("Re-compute every entry's hash and link; name each edited or deleted entry (exit 3 if any)")
    .action(() =>
      withPlatform(program.opts(), async (p) => {
        const r = await verifyStoredAuditChain(p.db);
        if (r.ok) {
          process.stdout.write(`Audit chain intact: ${r.checked} entries verified.\n`);
          return;
        }
        for (const b of r.breaks) {
          const what =
            b.reason === "hash_mismatch"
              ? "content was edited (hash mismatch)"
              : b.reason === "prev_hash_mismatch"
                ? "link to the previous entry is broken"
                : `entries ${b.expectedSeq}..${b.seq - 1} are missing (deleted)`;
          process.stdout.write(`BROKEN at entry seq=${b.seq}: ${what}\n`);
        }
        process.stdout.write(`Audit chain BROKEN: ${r.breaks.length} problem(s) in ${r.checked} entries.\n`);
        process.exitCode = EXIT.checkFailed;
      }),
    );
}
