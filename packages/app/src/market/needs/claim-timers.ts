/**
 * Service-level timers at `asOf` (default: the clock's now) for every claim the actor can see — an institution its
 * own, an enterprise those on its needs, the district all — with the domain's stage status per stage (respond, visit,
 * decide: pending, done-on-time, done-late, overdue), reminders and overdue flags, on the working-day calendar loaded
 * from reference data. A step recorded after `asOf` counts as not yet done; a claim made after `asOf` is left out. A
 * claim whose deadlines run past the calendar's coverage is listed with the coverage error instead of timers.
 *
 * `serviceLevelCompliance(asOf)` is the district's view: per institution, the domain's compliance summary.
 */
import {
  CalendarCoverageError,
  type ClaimProgress,
  type ClaimTimers,
  DEFAULT_SERVICE_LEVEL_CONFIG,
  evaluateClaimTimers,
  type InstitutionClaim,
  type InstitutionCompliance,
  type ServiceLevelConfig,
  summariseCompliance,
} from "@greenfin/domain";
import { requireDistrict } from "../../access/tenancy";
import type { Actor } from "../../context/actor";
import { AppError } from "../../errors/app-error";
import type { Platform } from "../../platform";
import { requireMarketReader } from "./need-access";
import { CLAIM_SELECT, type ClaimRow, marketCalendar } from "./need-rows";

export interface TimerOptions {
  asOf?: Date;
  config?: ServiceLevelConfig;
  calendarRef?: string;
}

export interface ClaimTimerView {
  claimId: string;
  needId: string;
  institutionId: string;
  institutionName: string;
  enterpriseOrgId: string;
  claimedAt: string;
  /** Null when the calendar does not cover the deadlines (see `coverageError`). */
  timers: ClaimTimers | null;
  overdue: boolean;
  overdueStages: string[];
  reminderDue: boolean;
  coverageError: string | null;
}

export interface ClaimTimersResult {
  asOf: string;
  calendar: string;
  config: ServiceLevelConfig;
  claims: ClaimTimerView[];
  overdueCount: number;
}

/**
 * The instant a claim is judged at: `asOf`, or earlier when the need stopped asking for steps (the enterprise chose an
 * offer, or the need was withdrawn, expired or declined) — a stage still pending then is not held against anyone.
 */
export const judgedAt = (c: ClaimRow, asOf: Date): Date => (c.stopped_at && c.stopped_at < asOf ? c.stopped_at : asOf);

function progress(c: ClaimRow, asOf: Date): ClaimProgress {
  const done = (d: Date | null) => (d && d <= asOf ? d.toISOString() : undefined);
  const completed: Record<string, string> = {};
  for (const [stage, at] of [
    ["respond", done(c.responded_at)],
    ["visit", done(c.visited_at)],
    ["decide", done(c.decided_at)],
  ] as const)
    if (at !== undefined) completed[stage] = at;
  return { claimedAt: c.claimed_at.toISOString(), completed };
}

async function visibleClaims(p: Platform, actor: Actor, asOf: Date): Promise<ClaimRow[]> {
  const params: unknown[] = [asOf];
  let filter = "";
  if (actor.orgKind !== "district") {
    params.push(actor.orgId);
    filter = " AND (c.org_id = $2 OR c.enterprise_org_id = $2)";
  }
  return (
    await p.db.query<ClaimRow>(`${CLAIM_SELECT} WHERE c.claimed_at <= $1${filter} ORDER BY c.claimed_at, c.id`, params)
  ).rows;
}

export async function claimTimers(p: Platform, actor: Actor, opts: TimerOptions = {}): Promise<ClaimTimersResult> {
  requireMarketReader(actor);
  const asOf = opts.asOf ?? p.clock.now();
  const config = opts.config ?? DEFAULT_SERVICE_LEVEL_CONFIG;
  const calendar = marketCalendar(opts.calendarRef);
  const rows = await visibleClaims(p, actor, asOf);
  const claims = rows.map((c): ClaimTimerView => {
    const base = {
      claimId: c.id,
      needId: c.need_id,
      institutionId: c.org_id,
      institutionName: c.org_name,
      enterpriseOrgId: c.enterprise_org_id,
      claimedAt: c.claimed_at.toISOString(),
    };
    try {
      const at = judgedAt(c, asOf);
      const timers = evaluateClaimTimers(calendar, progress(c, at), at.toISOString(), config);
      const overdueStages = timers.stages.filter((s) => s.status === "overdue").map((s) => s.stage);
      return {
        ...base,
        timers,
        overdue: overdueStages.length > 0,
        overdueStages,
        reminderDue: timers.stages.some((s) => s.reminderDue),
        coverageError: null,
      };
    } catch (e) {
      if (!(e instanceof CalendarCoverageError)) throw e;
      return { ...base, timers: null, overdue: false, overdueStages: [], reminderDue: false, coverageError: e.message };
    }
  });
  return {
    asOf: asOf.toISOString(),
    calendar: calendar.ref,
    config,
    claims,
    overdueCount: claims.filter((c) => c.overdue).length,
  };
}

export interface InstitutionComplianceView extends InstitutionCompliance {
  institutionName: string;
}

export interface ComplianceResult {
  asOf: string;
  calendar: string;
  config: ServiceLevelConfig;
  institutions: InstitutionComplianceView[];
  /** Claims left out because the calendar does not cover their deadlines. */
  uncovered: string[];
}

export async function serviceLevelCompliance(
  p: Platform,
  actor: Actor,
  opts: TimerOptions = {},
): Promise<ComplianceResult> {
  requireDistrict(actor, "read");
  const asOf = opts.asOf ?? p.clock.now();
  const config = opts.config ?? DEFAULT_SERVICE_LEVEL_CONFIG;
  const calendar = marketCalendar(opts.calendarRef);
  const rows = await visibleClaims(p, actor, asOf);
  const names = new Map(rows.map((c) => [c.org_id, c.org_name]));
  const covered: InstitutionClaim[] = [];
  const uncovered: string[] = [];
  for (const c of rows) {
    const at = judgedAt(c, asOf);
    const claim = {
      institutionId: c.org_id,
      ...progress(c, at),
      ...(at < asOf ? { stoppedAt: at.toISOString() } : {}),
    };
    try {
      evaluateClaimTimers(calendar, claim, at.toISOString(), config);
      covered.push(claim);
    } catch (e) {
      if (!(e instanceof CalendarCoverageError)) throw e;
      uncovered.push(c.id);
    }
  }
  let institutions: InstitutionCompliance[];
  try {
    institutions = summariseCompliance(calendar, covered, asOf.toISOString(), config);
  } catch (e) {
    if (e instanceof CalendarCoverageError)
      throw new AppError("VALIDATION_FAILED", {
        zh: `工作日历不覆盖该日期：${e.message}`,
        en: `The working-day calendar does not cover this date: ${e.message}`,
        details: { field: "asOf" },
      });
    throw e;
  }
  return {
    asOf: asOf.toISOString(),
    calendar: calendar.ref,
    config,
    institutions: institutions.map((i) => ({ ...i, institutionName: names.get(i.institutionId) ?? "" })),
    uncovered,
  };
}
