import { type ClaimProgress, evaluateClaimTimers } from "./claim-timers";
import { HOUR_MS, type Instant, parseInstant } from "./local-time";
import {
  DEFAULT_SERVICE_LEVEL_CONFIG,
  SERVICE_STAGES,
  type ServiceLevelConfig,
  type ServiceStage,
} from "./service-level-config";
import type { WorkingCalendar } from "./working-calendar";
import { workingMsBetween } from "./working-time";

export interface InstitutionClaim extends ClaimProgress {
  readonly institutionId: string;
  /**
   * When the need stopped asking this claimant for steps (the enterprise chose an offer, or withdrew the need): the
   * claim is judged then, not at `now`, so a stage still pending at that moment is never held against it.
   */
  readonly stoppedAt?: Instant;
}

export interface StageCompliance {
  readonly onTime: number;
  readonly late: number;
  readonly overdue: number;
  readonly pending: number;
  /** onTime ÷ (onTime + late + overdue): pending stages are not judged yet; null when nothing is judged. */
  readonly onTimeRate: number | null;
}

export interface InstitutionCompliance {
  readonly institutionId: string;
  readonly claims: number;
  readonly stages: Readonly<Record<ServiceStage, StageCompliance>>;
  /** Stages overdue now (not done, past the deadline), over all its claims. */
  readonly overdueCount: number;
  /** Median working hours from claim to response over responded claims (24 working hours a working day); null if none. */
  readonly medianResponseWorkingHours: number | null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Service-level compliance per institution at `now`, institutions in code-unit order of their ids. */
export function summariseCompliance(
  calendar: WorkingCalendar,
  claims: readonly InstitutionClaim[],
  now: Instant,
  config: ServiceLevelConfig = DEFAULT_SERVICE_LEVEL_CONFIG,
): InstitutionCompliance[] {
  const byInstitution = new Map<string, InstitutionClaim[]>();
  for (const c of claims) byInstitution.set(c.institutionId, [...(byInstitution.get(c.institutionId) ?? []), c]);
  const ids = [...byInstitution.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return ids.map((institutionId) => {
    const own = byInstitution.get(institutionId) ?? [];
    const counts = Object.fromEntries(
      SERVICE_STAGES.map((s) => [s, { onTime: 0, late: 0, overdue: 0, pending: 0 }]),
    ) as Record<ServiceStage, { onTime: number; late: number; overdue: number; pending: number }>;
    const responseHours: number[] = [];
    for (const claim of own) {
      const at = claim.stoppedAt !== undefined && claim.stoppedAt < now ? claim.stoppedAt : now;
      for (const t of evaluateClaimTimers(calendar, claim, at, config).stages) {
        const c = counts[t.stage];
        if (t.status === "done-on-time") c.onTime += 1;
        else if (t.status === "done-late") c.late += 1;
        else if (t.status === "overdue") c.overdue += 1;
        else c.pending += 1;
      }
      const responded = claim.completed.respond;
      if (responded !== undefined)
        responseHours.push(
          workingMsBetween(calendar, parseInstant(claim.claimedAt), parseInstant(responded)) / HOUR_MS,
        );
    }
    const stages = Object.fromEntries(
      SERVICE_STAGES.map((s) => {
        const c = counts[s];
        const judged = c.onTime + c.late + c.overdue;
        return [s, { ...c, onTimeRate: judged ? c.onTime / judged : null }];
      }),
    ) as Record<ServiceStage, StageCompliance>;
    return {
      institutionId,
      claims: own.length,
      stages,
      overdueCount: SERVICE_STAGES.reduce((n, s) => n + counts[s].overdue, 0),
      medianResponseWorkingHours: median(responseHours),
    };
  });
}
