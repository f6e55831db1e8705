import { DAY_MS, formatInstant, formatLocal, type Instant, parseInstant } from "./local-time";
import {
  checkServiceLevelConfig,
  DEFAULT_SERVICE_LEVEL_CONFIG,
  SERVICE_STAGES,
  type ServiceLevelConfig,
  type ServiceStage,
  STAGE_NAMES,
} from "./service-level-config";
import type { WorkingCalendar } from "./working-calendar";
import { deadlineMs } from "./working-days";
import { subtractWorkingMs, workingMsBetween } from "./working-time";

export const STAGE_STATUSES = ["pending", "done-on-time", "done-late", "overdue"] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

/** A claim as the timers see it: when it was claimed and when each stage was completed so far. */
export interface ClaimProgress {
  readonly claimedAt: Instant;
  readonly completed: Partial<Readonly<Record<ServiceStage, Instant>>>;
}

export interface StageTimer {
  readonly stage: ServiceStage;
  readonly limitWorkingDays: number;
  readonly dueAt: Instant;
  readonly remindAt: Instant;
  readonly doneAt: Instant | null;
  readonly status: StageStatus;
  /** Working time past the deadline (to completion, or to now when overdue) in working days, rounded up; 0 if not late. */
  readonly workingDaysLate: number;
  /** A pending stage whose reminder time has come. */
  readonly reminderDue: boolean;
  readonly explanation: { readonly zh: string; readonly en: string };
}

export interface ClaimTimers {
  readonly calendar: string;
  readonly rule: ServiceLevelConfig["deadlineRule"];
  readonly claimedAt: Instant;
  readonly now: Instant;
  readonly stages: readonly StageTimer[];
}

const STATUS_TEXT: Readonly<Record<StageStatus, { zh: string; en: string }>> = {
  pending: { zh: "进行中", en: "pending" },
  "done-on-time": { zh: "按时完成", en: "done on time" },
  "done-late": { zh: "逾期完成", en: "done late" },
  overdue: { zh: "已逾期", en: "overdue" },
};

/** Where the deadline's working time ends: 24:00 for an end-of-day deadline, so reminders fall on round hours. */
function deadlineAnchor(calendar: WorkingCalendar, due: number): number {
  return calendar.dayStartMs(calendar.localDayOf(due + 1)) === due + 1 ? due + 1 : due;
}

/**
 * Each stage's deadline, reminder and state at `now`. Refuses a `now` before the claim, a completion before the claim
 * or after `now`, and any instant the calendar does not cover (CalendarCoverageError).
 */
export function evaluateClaimTimers(
  calendar: WorkingCalendar,
  claim: ClaimProgress,
  now: Instant,
  config: ServiceLevelConfig = DEFAULT_SERVICE_LEVEL_CONFIG,
): ClaimTimers {
  checkServiceLevelConfig(config);
  const claimMs = parseInstant(claim.claimedAt);
  const nowMs = parseInstant(now);
  if (nowMs < claimMs) throw new RangeError(`now (${now}) is before the claim (${claim.claimedAt})`);
  const local = (ms: number) => formatLocal(ms, calendar.utcOffsetMinutes);
  const stages = SERVICE_STAGES.map((stage): StageTimer => {
    const limit = config.limits[stage];
    const due = deadlineMs(calendar, claimMs, limit, config.deadlineRule);
    const leadMs = config.reminderLeadWorkingDays * DAY_MS;
    const remind = Math.max(claimMs, subtractWorkingMs(calendar, deadlineAnchor(calendar, due), leadMs));
    const doneText = claim.completed[stage];
    const done = doneText === undefined ? null : parseInstant(doneText);
    if (done !== null && (done < claimMs || done > nowMs))
      throw new RangeError(`${stage} completed at ${doneText}, outside the claim (${claim.claimedAt}) … now (${now})`);
    const status: StageStatus =
      done !== null ? (done <= due ? "done-on-time" : "done-late") : nowMs > due ? "overdue" : "pending";
    const lateUntil = done ?? nowMs;
    const workingDaysLate =
      status === "done-late" || status === "overdue"
        ? Math.max(1, Math.ceil(workingMsBetween(calendar, due, lateUntil) / DAY_MS))
        : 0;
    const name = STAGE_NAMES[stage];
    const s = STATUS_TEXT[status];
    const late = workingDaysLate
      ? { zh: `，逾期${workingDaysLate}个工作日`, en: `, ${workingDaysLate} working day(s) late` }
      : { zh: "", en: "" };
    return {
      stage,
      limitWorkingDays: limit,
      dueAt: formatInstant(due),
      remindAt: formatInstant(remind),
      doneAt: done === null ? null : formatInstant(done),
      status,
      workingDaysLate,
      reminderDue: status === "pending" && nowMs >= remind,
      explanation: {
        zh: `${name.zh}：自认领时间 ${local(claimMs)} 起 ${limit} 个工作日（${config.deadlineRule === "end-of-day" ? `当日不计入，截至第${limit}个工作日24时` : `第${limit}个工作日的同一时刻`}），截止 ${local(due)}；${s.zh}${late.zh}`,
        en: `${name.en}: ${limit} working day(s) from the claim at ${local(claimMs)} (${config.deadlineRule} rule) → due ${local(due)}; ${s.en}${late.en}`,
      },
    };
  });
  return { calendar: calendar.ref, rule: config.deadlineRule, claimedAt: claim.claimedAt, now, stages };
}
