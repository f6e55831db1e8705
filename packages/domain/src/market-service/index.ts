export {
  type ClaimProgress,
  type ClaimTimers,
  evaluateClaimTimers,
  STAGE_STATUSES,
  type StageStatus,
  type StageTimer,
} from "./claim-timers";
export {
  type InstitutionClaim,
  type InstitutionCompliance,
  type StageCompliance,
  summariseCompliance,
} from "./compliance-summary";
export { amountCloseness, evaluateRules, type MatchingScales } from "./eligibility-rules";
export * from "./eligibility-types";
export { type Instant, type LocalDate, parseInstant } from "./local-time";
export { MATCH_RANKING, matchProducts, type ProductMatch } from "./match-products";
export {
  checkServiceLevelConfig,
  DEFAULT_SERVICE_LEVEL_CONFIG,
  SERVICE_STAGES,
  type ServiceLevelConfig,
  type ServiceStage,
  STAGE_NAMES,
} from "./service-level-config";
export {
  buildWorkingCalendar,
  CalendarCoverageError,
  isWorkingDay,
  localDateOf,
  type WorkingCalendar,
  type WorkingCalendarData,
} from "./working-calendar";
export {
  addWorkingDays,
  addWorkingDaysToInstant,
  DEADLINE_RULES,
  type DeadlineRule,
  workingDaysBetween,
} from "./working-days";
export { workingHoursBetween } from "./working-time";
