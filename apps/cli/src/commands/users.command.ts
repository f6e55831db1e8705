import { readFileSync } from "node:fs";
import { AppError, createUserAsOperator } from "@greenfin/app";
import { ROLES, type Role } from "@greenfin/domain";
import type { Command } from "commander";
import { withPlatform } from "../cli-platform";

export function usersCommand(program: Command): void {
  const users = program.command("users").description("User accounts");
  users
    .command("create")
    .description("Create a user and make them a member of an organisation")
    .requiredOption("--email <email>", "login e-mail")
    .requiredOption("--name <name>", "display name")
    .requiredOption("--org <id|uscc|demo-key>", "the organisation: its id, USCC or demo key")
    .option("--role <role>", `one of ${ROLES.join(", ")}`, "viewer")
    .option("--password <password>", "initial password (or pass it on standard input with --password-stdin)")
    .option("--password-stdin", "read the password from standard input")
    .action(
      (opts: { email: string; name: string; org: string; role: string; password?: string; passwordStdin?: boolean }) =>
        withPlatform(program.opts(), async (p) => {
          if (!(ROLES as readonly string[]).includes(opts.role)) {
            throw AppError.validation([
              {
                path: "role",
                messageZh: `角色须为 ${ROLES.join("/")}`,
                messageEn: `role must be one of ${ROLES.join(", ")}`,
              },
            ]);
          }
          const password = opts.passwordStdin ? readFileSync(0, "utf8").trim() : opts.password;
          if (!password) {
            throw AppError.validation([
              { path: "password", messageZh: "需要密码", messageEn: "A password is required" },
            ]);
          }
          const org = await p.db.query<{ id: string }>(
            "SELECT id FROM organisations WHERE id::text = $1 OR uscc = $1 OR demo_key = $1",
            [opts.org],
          );
          if (!org.rows[0]) throw AppError.notFound("organisation");
          const r = await createUserAsOperator(p, {
            email: opts.email,
            displayName: opts.name,
            password,
            orgId: org.rows[0].id,
            role: opts.role as Role,
          });
          process.stdout.write(`Created user ${opts.email} (${r.userId}) as ${opts.role}.\n`);
        }),
    );
}
