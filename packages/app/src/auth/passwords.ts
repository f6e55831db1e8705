import { checkPassword } from "@greenfin/domain";
import argon2 from "argon2";
import { AppError } from "../errors/app-error";

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): strong, and quick enough on two cores.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the e-mail is unknown, so both paths take the same time. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword("decoy-password-that-no-one-has-0!");
  return decoy;
}

export function assertStrongPassword(password: string, field = "password"): void {
  const problem = checkPassword(password);
  if (!problem) return;
  const zh = {
    too_short: `密码至少需要 ${problem.min} 个字符`,
    too_long: `密码最多 ${problem.max} 个字符`,
    too_simple: "密码需包含大写字母、小写字母、数字、符号中的至少三类",
  }[problem.code];
  const en = {
    too_short: `The password needs at least ${problem.min} characters`,
    too_long: `The password may have at most ${problem.max} characters`,
    too_simple: "The password needs three of: upper case, lower case, digits, symbols",
  }[problem.code];
  throw AppError.validation([{ path: field, messageZh: zh, messageEn: en }]);
}
