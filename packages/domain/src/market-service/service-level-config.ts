import type { DeadlineRule } from "./working-days";

/** The stages a claimant must complete, each timed from the claim instant (not from the previous stage). */
export const SERVICE_STAGES = ["respond", "visit", "decide"] as const;
export type ServiceStage = (typeof SERVICE_STAGES)[number];

export const STAGE_NAMES: Readonly<Record<ServiceStage, { readonly zh: string; readonly en: string }>> = {
  respond: { zh: "响应", en: "respond" },
  visit: { zh: "走访", en: "visit" },
  decide: { zh: "审批决定", en: "decide" },
};

export interface ServiceLevelConfig {
  /** Working days from the claim instant to each stage's deadline. */
  readonly limits: Readonly<Record<ServiceStage, number>>;
  readonly deadlineRule: DeadlineRule;
  /** A reminder falls due this much working time before a pending stage's deadline (0.5 = 12 working hours). */
  readonly reminderLeadWorkingDays: number;
}

/**
 * The 绿贷通-style limits the marketplace issue names (respond in 1, visit in 3, decide in 9 working days); a district
 * may configure others. Policy configuration, not reference data: it is the platform's rule, not a published fact.
 */
export const DEFAULT_SERVICE_LEVEL_CONFIG: ServiceLevelConfig = Object.freeze({
  limits: Object.freeze({ respond: 1, visit: 3, decide: 9 }),
  deadlineRule: "end-of-day",
  reminderLeadWorkingDays: 0.5,
});

export function checkServiceLevelConfig(config: ServiceLevelConfig): void {
  for (const stage of SERVICE_STAGES) {
    const n = config.limits[stage];
    if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`the ${stage} limit must be a whole number ≥ 1`);
  }
  const lead = config.reminderLeadWorkingDays;
  if (!(Number.isFinite(lead) && lead >= 0)) throw new RangeError("the reminder lead must be ≥ 0 working days");
}
