import { Command, CommanderError } from "commander";
import { auditCommand } from "./commands/audit.command";
import { carbonCommand } from "./commands/carbon.command";
import { classifyCommand } from "./commands/classify.command";
import { dbCommand } from "./commands/db.command";
import { demoCommand } from "./commands/demo.command";
import { disclosureCommand } from "./commands/disclosure.command";
import { pcafCommand } from "./commands/pcaf.command";
import { rateCommand } from "./commands/rate.command";
import { serveCommand } from "./commands/serve.command";
import { usersCommand } from "./commands/users.command";
import { describeError, EXIT, exitCodeOf } from "./exit-codes";

const program = new Command("greenfin")
  .description("GreenFin 绿金通 — ESG finance demonstration-zone platform")
  .option("--data-dir <dir>", "where the embedded database and secrets live (default: DATA_DIR or ./data)")
  .showHelpAfterError()
  .exitOverride();

serveCommand(program);
dbCommand(program);
demoCommand(program);
auditCommand(program);
disclosureCommand(program);
rateCommand(program);
pcafCommand(program);
carbonCommand(program);
classifyCommand(program);
usersCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Help and version exit 0; every usage mistake is bad input.
    process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.badInput);
  }
  process.stderr.write(`${describeError(error)}\n`);
  process.exit(exitCodeOf(error));
}
