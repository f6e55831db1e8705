import type { TFieldProblem, TStatProblem } from "@greenfin/contracts";
import { ApiError } from "../../../../api/client";
import { cellKey } from "../shared/figures";

/** The problems of a report by cell (metric|item); the rest (the period, the report as a whole) under "". */
export function problemsByCell(problems: readonly TStatProblem[]): Map<string, TStatProblem[]> {
  const out = new Map<string, TStatProblem[]>();
  for (const p of problems) {
    const key = p.metric ? cellKey(p.metric, p.item) : "";
    out.set(key, [...(out.get(key) ?? []), p]);
  }
  return out;
}

/** `values.<metric>[.<item>]` → metric and item (items never contain a dot but level-2 uses like "1.4" may). */
function fromPath(path: string): { metric: string | null; item: string | null } {
  const m = /^values\.([a-z0-9_]+)(?:\.(.+))?$/.exec(path);
  return m ? { metric: m[1] ?? null, item: m[2] ?? null } : { metric: null, item: null };
}

/**
 * The problems a refused save or submission carries: a submission's are the check's own (TStatProblem); a save's
 * unstorable figures come as field problems with a path, turned into the same shape so they sit by their field.
 */
export function problemsOfError(e: unknown): TStatProblem[] | null {
  if (!(e instanceof ApiError)) return null;
  const list = (e.details as { problems?: unknown } | null | undefined)?.problems;
  if (!Array.isArray(list) || list.length === 0) return null;
  return (list as (TStatProblem | TFieldProblem)[]).map((p) => {
    if ("severity" in p && "code" in p) return p;
    const { metric, item } = fromPath(p.path);
    return {
      path: p.path,
      code: "invalid",
      severity: "error",
      metric,
      item,
      check: null,
      messageZh: p.messageZh,
      messageEn: p.messageEn,
    };
  });
}
