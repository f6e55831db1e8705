import { z } from "zod";
import type { FieldProblem } from "./app-error";

const zh = z.locales.zhCN().localeError;
const en = z.locales.en().localeError;

type IssueLike = Parameters<typeof zh>[0];

function text(map: typeof zh, issue: IssueLike, fallback: string): string {
  const r = map(issue);
  return typeof r === "string" ? r : (r?.message ?? fallback);
}

/** One zod issue as a field problem, with zod's own Chinese and English wording. */
export function issueProblem(path: string, issue: IssueLike, fallback: string): FieldProblem {
  return {
    path,
    messageZh: `${path}：${text(zh, issue, fallback)}`,
    messageEn: `${path}: ${text(en, issue, fallback)}`,
  };
}

/** Every offending field of a zod error, with its path and a reason in both languages. */
export function zodProblems(error: z.ZodError, prefix = ""): FieldProblem[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(body)";
    return issueProblem(path, issue as unknown as IssueLike, issue.message);
  });
}
