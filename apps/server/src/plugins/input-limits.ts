import { AppError, type FieldProblem } from "@greenfin/app";
import type { FastifyInstance } from "fastify";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** U+0000, which a PostgreSQL text value cannot hold, or a UTF-16 surrogate without its pair, which UTF-8 cannot. */
function unstorableText(s: string): boolean {
  return s.includes("\u0000") || LONE_SURROGATE.test(s);
}
/** Deeper than any contract nests; beyond it recursive code (validation, JSON, hashing) could exhaust the stack. */
const MAX_DEPTH = 32;
const MAX_PROBLEMS = 20;

/** Parsed JSON, query strings and route parameters (whose prototype may itself have none); not buffers. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

function problem(path: string, zh: string, en: string): FieldProblem {
  return { path, messageZh: `${path}：${zh}`, messageEn: `${path}: ${en}` };
}

const unstorable = (path: string) =>
  problem(
    path,
    "包含无法保存的字符（空字符或不成对的代理项）",
    "contains characters that cannot be stored (NUL or an unpaired surrogate)",
  );
const tooDeep = (path: string) =>
  problem(path, `嵌套超过 ${MAX_DEPTH} 层`, `is nested more than ${MAX_DEPTH} levels deep`);

/** Walks the input without recursion, so that the check itself cannot run out of stack. */
export function inputProblems(roots: Record<string, unknown>): FieldProblem[] {
  const queue: [unknown, string, number][] = Object.entries(roots).map(([k, v]) => [v, k, 0]);
  const problems: FieldProblem[] = [];
  for (let i = 0; i < queue.length && problems.length < MAX_PROBLEMS; i++) {
    const [value, path, depth] = queue[i]!;
    if (typeof value === "string") {
      if (unstorableText(value)) problems.push(unstorable(path));
      continue;
    }
    const entries = Array.isArray(value)
      ? value.map((v, j) => [String(j), v] as const)
      : isPlainObject(value)
        ? Object.entries(value)
        : null;
    if (!entries) continue;
    if (depth >= MAX_DEPTH) {
      problems.push(tooDeep(path));
      continue;
    }
    for (const [k, v] of entries) {
      if (unstorableText(k)) problems.push(unstorable(`${path}.${k}`));
      queue.push([v, `${path}.${k}`, depth + 1]);
    }
  }
  return problems;
}

/**
 * Refuses, before validation and before any SQL, input no contract can want: text the database would reject (NUL
 * fails the query) or silently change (a lone surrogate becomes U+FFFD), and nesting deeper than any schema.
 */
export function registerInputLimits(app: FastifyInstance): void {
  app.addHook("preValidation", async (req) => {
    const problems = inputProblems({ params: req.params, querystring: req.query, body: req.body });
    if (problems.length > 0) throw AppError.validation(problems);
  });
}
