import type { Role } from "@greenfin/domain";
import { appendAudit } from "../audit/audit-log";
import { assertStrongPassword, hashPassword } from "../auth/passwords";
import { AppError } from "../errors/app-error";
import type { Platform } from "../platform";

/** The CLI's way in: creates a user with a membership, for an operator at the console. */
export async function createUserAsOperator(
  p: Platform,
  input: { email: string; displayName: string; password: string; orgId: string; role: Role },
) {
  assertStrongPassword(input.password);
  const org = await p.db.query("SELECT 1 FROM organisations WHERE id = $1", [input.orgId]);
  if (!org.rows.length) throw AppError.notFound("organisation");
  const hash = await hashPassword(input.password);
  const now = p.clock.now();
  return p.db.transaction(async (tx) => {
    const dup = await tx.query("SELECT 1 FROM users WHERE lower(email) = lower($1)", [input.email]);
    if (dup.rows.length)
      throw new AppError("CONFLICT", { zh: "该邮箱已注册", en: "This e-mail is already registered" });
    const r = await tx.query<{ id: string }>(
      "INSERT INTO users (email, display_name, password_hash, created_at) VALUES ($1,$2,$3,$4) RETURNING id",
      [input.email, input.displayName, hash, now],
    );
    const userId = r.rows[0]!.id;
    await tx.query("INSERT INTO memberships (user_id, org_id, role, created_at) VALUES ($1,$2,$3,$4)", [
      userId,
      input.orgId,
      input.role,
      now,
    ]);
    await appendAudit(tx, null, now, {
      action: "user.create",
      entityType: "user",
      entityId: userId,
      orgId: input.orgId,
      details: { email: input.email, role: input.role, via: "cli" },
    });
    return { userId };
  });
}
