import { describeLocation, type ProblemLocation } from "@greenfin/domain";
import type { ActivityColumn, ActivityLocation } from "./activity-columns";

/** A problem with an activity file or row: where (row and column), and why, in Chinese and English. */
export interface ActivityProblem {
  readonly code: string;
  readonly severity: "error";
  readonly location: ActivityLocation;
  /** The location in words (as for disclosure problems). */
  readonly path: string;
  /** CSV line, worksheet row or list position (1-based); null for the file as a whole. */
  readonly row: number | null;
  readonly column: ActivityColumn | null;
  readonly messageZh: string;
  readonly messageEn: string;
}

export function activityProblem(
  code: string,
  location: ActivityLocation,
  row: number | null,
  column: ActivityColumn | null,
  zh: string,
  en: string,
): ActivityProblem {
  const where = describeLocation(location as ProblemLocation);
  return {
    code,
    severity: "error",
    location,
    path: where.en,
    row,
    column,
    messageZh: `${where.zh}：${zh}`,
    messageEn: `${where.en}: ${en}`,
  };
}

export const fileLevel = (code: string, field: string, zh: string, en: string): ActivityProblem =>
  activityProblem(code, { source: "file", field }, null, null, zh, en);

/** Thrown by a reader when the file as a whole cannot be read (wrong kind, too large, header missing columns). */
export class ActivityFileRefused extends Error {
  override name = "ActivityFileRefused";
  constructor(readonly problems: readonly ActivityProblem[]) {
    super(problems.map((p) => p.messageEn).join("; "));
  }
}
