export { type ActivityBytes, CountedBytes } from "./activity-bytes";
export {
  ACTIVITY_COLUMN_ZH,
  ACTIVITY_COLUMNS,
  type ActivityColumn,
  type ActivityLocation,
  activityColumnOf,
  type CellProblem,
  type RowLocator,
  type SourceRow,
} from "./activity-columns";
export {
  type ActivityIntakeLimits,
  activityLimits,
  DEFAULT_ACTIVITY_LIMITS,
  HTTP_ACTIVITY_LIMITS,
} from "./activity-limits";
export { ActivityFileRefused, type ActivityProblem, activityProblem, fileLevel } from "./activity-problems";
export { readActivityCsv } from "./read-activity-csv";
export { plainNumber, readActivityXlsx } from "./read-activity-xlsx";
