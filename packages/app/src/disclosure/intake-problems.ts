import { describeLocation, type IntakeProblem } from "@greenfin/domain";
import type { IntakeProblemLike } from "../errors/app-error";

/** Problems as clients receive them: the domain's problem plus `path`, the location in words. */
export const toIntakeProblems = (problems: readonly IntakeProblem[]): IntakeProblemLike[] =>
  problems.map((p) => ({
    code: p.code,
    severity: p.severity,
    location: p.location,
    ...(p.indicatorId ? { indicatorId: p.indicatorId } : {}),
    ...(p.dimension ? { dimension: p.dimension } : {}),
    path: describeLocation(p.location).en,
    messageZh: p.messageZh,
    messageEn: p.messageEn,
  }));
