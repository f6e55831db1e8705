/**
 * The marketplace's background sweep, queued every few minutes by the server (and runnable by name): for every claim
 * on a live need it evaluates the service-level timers and writes a reminder when a stage's reminder falls due and an
 * overdue flag when its deadline passes — once per claim, stage and kind (UNIQUE in market_reminders), so the sweep
 * may run any number of times. Then it closes needs nobody served in time: an open need without a claim after
 * `unclaimedDays`, and a claimed need without a chosen offer after `undecidedDays`, become expired with the reason.
 */
import type { Queryable } from "@greenfin/db";
import {
  CalendarCoverageError,
  DEFAULT_SERVICE_LEVEL_CONFIG,
  evaluateClaimTimers,
  type ServiceLevelConfig,
} from "@greenfin/domain";
import { enqueueJob } from "../../jobs/job-queue";
import type { JobHandler } from "../../jobs/job-worker";
import type { Platform } from "../../platform";
import { judgedAt } from "./claim-timers";
import { CLAIM_SELECT, type ClaimRow, marketCalendar } from "./need-rows";

export const MARKET_SERVICE_JOB = "market.service-levels";

/** How long a need waits (calendar days from posting) before it expires. Policy configuration, like the limits. */
export interface NeedExpiryConfig {
  readonly unclaimedDays: number;
  readonly undecidedDays: number;
}
export const DEFAULT_NEED_EXPIRY: NeedExpiryConfig = Object.freeze({ unclaimedDays: 30, undecidedDays: 90 });

export interface ServiceSweepResult {
  asOf: string;
  claimsChecked: number;
  reminders: number;
  overdueFlags: number;
  expired: number;
  /** Claims whose deadlines the working-day calendar does not cover (left unjudged). */
  uncovered: number;
}

export async function sweepServiceLevels(
  db: Queryable,
  asOf: Date,
  opts: { config?: ServiceLevelConfig; expiry?: NeedExpiryConfig } = {},
): Promise<ServiceSweepResult> {
  const config = opts.config ?? DEFAULT_SERVICE_LEVEL_CONFIG;
  const expiry = opts.expiry ?? DEFAULT_NEED_EXPIRY;
  const calendar = marketCalendar();
  const claims = (
    await db.query<ClaimRow>(
      `${CLAIM_SELECT} WHERE c.decided_at IS NULL AND c.claimed_at <= $1
          AND EXISTS (SELECT 1 FROM financing_needs n WHERE n.id = c.need_id AND n.status IN ('open','claimed'))`,
      [asOf],
    )
  ).rows;
  const rows: { claimId: string; needId: string; orgId: string; stage: string; kind: string; dueAt: string }[] = [];
  let uncovered = 0;
  for (const c of claims) {
    const at = judgedAt(c, asOf);
    const completed: Record<string, string> = {};
    if (c.responded_at) completed.respond = c.responded_at.toISOString();
    if (c.visited_at) completed.visit = c.visited_at.toISOString();
    try {
      const timers = evaluateClaimTimers(
        calendar,
        { claimedAt: c.claimed_at.toISOString(), completed },
        at.toISOString(),
        config,
      );
      for (const s of timers.stages) {
        const base = { claimId: c.id, needId: c.need_id, orgId: c.org_id, stage: s.stage, dueAt: s.dueAt };
        if (s.status === "overdue") rows.push({ ...base, kind: "overdue" });
        else if (s.reminderDue) rows.push({ ...base, kind: "due_soon" });
      }
    } catch (e) {
      if (!(e instanceof CalendarCoverageError)) throw e;
      uncovered += 1;
    }
  }
  const written = rows.length
    ? (
        await db.query<{ kind: string }>(
          `INSERT INTO market_reminders (claim_id, need_id, org_id, stage, kind, due_at, created_at)
           SELECT (r->>'claimId')::uuid, (r->>'needId')::uuid, (r->>'orgId')::uuid, r->>'stage', r->>'kind',
                  (r->>'dueAt')::timestamptz, $2
             FROM jsonb_array_elements($1::jsonb) r
           ON CONFLICT (claim_id, stage, kind) DO NOTHING RETURNING kind`,
          [JSON.stringify(rows), asOf],
        )
      ).rows
    : [];
  const expired = await db.query(
    `UPDATE financing_needs SET status = 'expired', closed_at = $1, updated_at = $1,
            close_reason = CASE WHEN claim_count = 0 THEN 'no institution claimed it within ' || $2::int || ' days'
                                ELSE 'no offer was chosen within ' || $3::int || ' days' END
      WHERE (status = 'open' AND claim_count = 0 AND posted_at <= $1::timestamptz - make_interval(days => $2::int))
         OR (status IN ('open','claimed') AND posted_at <= $1::timestamptz - make_interval(days => $3::int))
      RETURNING id`,
    [asOf, expiry.unclaimedDays, expiry.undecidedDays],
  );
  return {
    asOf: asOf.toISOString(),
    claimsChecked: claims.length,
    reminders: written.filter((r) => r.kind === "due_soon").length,
    overdueFlags: written.filter((r) => r.kind === "overdue").length,
    expired: expired.rows.length,
    uncovered,
  };
}

/** The job: the sweep at the platform's clock, as the platform (every institution's claims). */
export const marketServiceHandler: JobHandler = (p: Platform) => sweepServiceLevels(p.db, p.clock.now());

/** Queues the sweep unless one is waiting or running already (the server calls this on a timer). */
export async function queueServiceSweep(db: Queryable): Promise<boolean> {
  const pending = await db.query("SELECT 1 FROM jobs WHERE type = $1 AND status IN ('queued','running') LIMIT 1", [
    MARKET_SERVICE_JOB,
  ]);
  if (pending.rows.length) return false;
  await enqueueJob(db, null, MARKET_SERVICE_JOB, {}, { maxAttempts: 1 });
  return true;
}
