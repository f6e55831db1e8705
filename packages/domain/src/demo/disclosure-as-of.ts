import type { RawEntry } from "../disclosure/entry";
import type { DemoDecision, DemoDisclosure } from "./disclosure-history-types";

export type DemoDisclosureStatus = "draft" | "submitted" | "in_review" | "returned" | "accepted" | "published";

export interface DemoRevisionState {
  readonly revision: number;
  readonly entries: readonly RawEntry[];
  readonly submittedAt: string;
  /** null while undecided at the moment asked about. */
  readonly decision: DemoDecision | null;
}

export interface DemoDisclosureState {
  readonly status: DemoDisclosureStatus;
  readonly revisions: readonly DemoRevisionState[];
  /** The working draft: the last submitted revision's entries once there is one. */
  readonly draft: readonly RawEntry[];
  readonly firstSubmittedAt: string | null;
  readonly updatedAt: string;
}

/**
 * A planned disclosure as it stands at `now` (an ISO timestamp): whatever lies after `now` has not happened yet, so
 * the disclosure stays in an earlier state (a decision not yet taken leaves it submitted or in review). Null when it
 * was not even opened by then.
 */
export function disclosureAsOf(d: DemoDisclosure, now: string): DemoDisclosureState | null {
  const happened = (at: string | null): at is string => at !== null && at <= now;
  if (!happened(d.createdAt)) return null;
  let status: DemoDisclosureStatus = "draft";
  let updatedAt = d.createdAt;
  let draft = d.revisions[0]?.entries ?? d.draft;
  if (happened(d.draftSavedAt)) updatedAt = d.draftSavedAt;
  const revisions: DemoRevisionState[] = [];
  for (const [i, r] of d.revisions.entries()) {
    if (!happened(r.submittedAt)) break;
    const decided = r.decision && happened(r.decision.decidedAt) ? r.decision : null;
    revisions.push({ revision: i + 1, entries: r.entries, submittedAt: r.submittedAt, decision: decided });
    draft = r.entries;
    status = "submitted";
    updatedAt = r.submittedAt;
    if (happened(r.reviewStartedAt)) [status, updatedAt] = ["in_review", r.reviewStartedAt];
    if (!decided) break;
    [status, updatedAt] = [decided.outcome, decided.decidedAt];
  }
  if (status === "accepted" && happened(d.publishedAt)) [status, updatedAt] = ["published", d.publishedAt];
  return { status, revisions, draft, firstSubmittedAt: revisions[0]?.submittedAt ?? null, updatedAt };
}
