import { describeLocation, type IntakeProblem, type ProblemLocation } from "@greenfin/domain";

/**
 * A file- or cell-level problem found by the file layer. The location leads the message so that each reads alone
 * in a list of problems.
 */
export function fileProblem(
  code: string,
  location: ProblemLocation,
  zh: string,
  en: string,
  extra: { indicatorId?: string; dimension?: string } = {},
): IntakeProblem {
  const where = describeLocation(location);
  return {
    severity: "error",
    code,
    location,
    ...(extra.indicatorId ? { indicatorId: extra.indicatorId } : {}),
    ...(extra.dimension ? { dimension: extra.dimension } : {}),
    messageZh: `${where.zh}：${zh}`,
    messageEn: `${where.en}: ${en}`,
  };
}

/** The location of a problem with the file as a whole (its kind, size, structure). */
export const wholeFile = (field: string): ProblemLocation => ({ source: "file", field });
