import { type ErrorCode, exitCodeFor, isAppError } from "@greenfin/app";

/** 0 done; 1 failure on our side; 2 bad input or usage; 3 a check ran and found a problem. */
export const EXIT = { ok: 0, failure: 1, badInput: 2, checkFailed: 3 } as const;

export function exitCodeOf(error: unknown): number {
  if (isAppError(error)) return exitCodeFor(error.code as ErrorCode);
  return EXIT.failure;
}

export function describeError(error: unknown): string {
  if (!isAppError(error)) return error instanceof Error ? error.message : String(error);
  const problems = (error.details?.problems ?? []) as { path: string; messageZh: string; messageEn: string }[];
  const lines = [`${error.code}: ${error.messageZh} / ${error.messageEn}`];
  for (const p of problems) lines.push(`  - ${p.path}: ${p.messageZh} / ${p.messageEn}`);
  return lines.join("\n");
}
