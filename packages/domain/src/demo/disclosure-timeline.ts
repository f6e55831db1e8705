import type { SeededRandom } from "../random/seeded-random";
import { DAY_MS, isoAt, weekdayOf } from "./demo-time";
import type { DemoDisclosureScenario } from "./disclosure-history-types";

/** An ISO timestamp on a working day's office hours in China (09:00–17:59 CST is 01:00–09:59 UTC). */
function officeHours(rng: SeededRandom, utcMidnight: number): string {
  let t = utcMidnight;
  const weekday = weekdayOf(t);
  if (weekday === 6) t += 2 * DAY_MS;
  if (weekday === 0) t += DAY_MS;
  return isoAt(t + rng.int(1, 9) * 3_600_000 + rng.int(0, 59) * 60_000 + rng.int(0, 59) * 1000);
}

/** Midnight UTC of the day of an ISO timestamp. */
const dayOf = (iso: string) => Math.floor(Date.parse(iso) / DAY_MS) * DAY_MS;
/** Office hours on a day `minDays`–`maxDays` after the day of `iso` (so always strictly later). */
const later = (rng: SeededRandom, iso: string, minDays: number, maxDays: number) =>
  officeHours(rng, dayOf(iso) + rng.int(minDays, maxDays) * DAY_MS);

export interface PlannedRevision {
  readonly submittedAt: string;
  readonly reviewStartedAt: string | null;
  readonly decision: { readonly outcome: "returned" | "accepted"; readonly decidedAt: string } | null;
}

export interface PlannedTimeline {
  readonly createdAt: string;
  /** When a draft was last saved (drafts only). */
  readonly draftSavedAt: string | null;
  readonly revisions: readonly PlannedRevision[];
  readonly publishedAt: string | null;
}

/**
 * Plausible dates for a disclosure of `year`: opened in January or February of the next year, submitted in March to
 * May, opened by the reviewer within days and decided two to six weeks after submission, resubmitted one to three
 * weeks after a return, published within two weeks of acceptance.
 */
export function planTimeline(
  rng: SeededRandom,
  year: number,
  scenario: DemoDisclosureScenario,
  priorReturns: number,
): PlannedTimeline {
  // Ranges leave room for a weekend's shift: opened by the end of February, first submitted by the end of May.
  const createdAt = officeHours(rng, Date.UTC(year + 1, 0, 2) + rng.int(0, 54) * DAY_MS);
  if (scenario === "draft")
    return { createdAt, draftSavedAt: later(rng, createdAt, 1, 60), revisions: [], publishedAt: null };
  const outcomes: ("returned" | "accepted" | null)[] = Array.from({ length: priorReturns }, () => "returned");
  if (scenario === "published" || scenario === "accepted") outcomes.push("accepted");
  else if (scenario === "returned") outcomes.push("returned");
  else outcomes.push(null);
  const revisions: PlannedRevision[] = [];
  let submittedAt = officeHours(rng, Date.UTC(year + 1, 2, 1) + rng.int(0, 89) * DAY_MS);
  for (const outcome of outcomes) {
    const opened = outcome !== null || scenario === "in_review";
    const reviewStartedAt = opened ? later(rng, submittedAt, 1, 10) : null;
    const decision = outcome ? { outcome, decidedAt: later(rng, submittedAt, 14, 42) } : null;
    revisions.push({ submittedAt, reviewStartedAt, decision });
    if (decision) submittedAt = later(rng, decision.decidedAt, 7, 21);
  }
  const accepted = revisions.at(-1)?.decision;
  const publishedAt = scenario === "published" && accepted ? later(rng, accepted.decidedAt, 1, 14) : null;
  return { createdAt, draftSavedAt: null, revisions, publishedAt };
}
